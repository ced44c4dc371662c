//! Votes on the question shown: the facilitator enters each participant's choice with one key,
//! the voter's name shown, then the agreed answer (the most common choice is highlighted, so
//! Enter agrees on it). Ten voters take twelve keys: the vote key, ten choices, Enter.

use waypost_core::interview::votes::{Spread, is_voted};
use waypost_core::session::Timestamp;

use super::editor::Editor;
use super::{Interview, Layer};
use crate::tui::action::Action;
use crate::tui::messages as msg;
use crate::tui::widgets::{Level, Message};

impl Interview {
    /// Whether the question shown is put to a vote.
    pub fn voted(&self) -> bool {
        self.question().is_some_and(|q| is_voted(self.q(), q))
    }

    /// The spread of the votes given on the question shown, when it is put to a vote.
    pub fn spread(&self) -> Option<Spread> {
        let question = self.question().filter(|q| is_voted(self.q(), q))?;
        Some(Spread::in_session(self.q(), question, self.session(), self.languages().0))
    }

    /// The voters: the session's participants.
    pub fn voters(&self) -> &[String] {
        &self.session().subject.participants
    }

    /// Starts entering votes, with the first voter.
    pub fn start_votes(&mut self) {
        if self.refuse_read_only() || !self.voted() {
            return;
        }
        if self.voters().is_empty() {
            self.message = Some(Message::new(Level::Warning, msg::no_voters()));
            return;
        }
        self.layer = Layer::Voting(0);
        self.message = None;
    }
}

/// Carries out an action while votes are entered; returns whether the session changed.
pub(super) fn update(it: &mut Interview, action: Action, now: Timestamp) -> bool {
    let Layer::Voting(voter) = it.layer else { return false };
    let Some(name) = it.voters().get(voter).cloned() else {
        it.layer = Layer::Question;
        return false;
    };
    let mut changed = false;
    let next = match action {
        Action::Pick(d) => {
            let Some(index) = it.editor.key_index(d) else { return false };
            let Some(question) = it.question().cloned() else { return false };
            let Some(choice) = it.q().choices(&question).get(index).map(|c| c.value.clone()) else { return false };
            match it.ctl.vote(&name, Some(&choice), now) {
                Ok(c) => changed = c,
                Err(e) => {
                    it.refused(&e);
                    return false;
                }
            }
            Some(voter + 1)
        }
        Action::RemoveItem => {
            changed = it.ctl.vote(&name, None, now).unwrap_or(false);
            Some(voter + 1)
        }
        Action::Skip => Some(voter + 1),
        Action::Previous => Some(voter.saturating_sub(1)),
        _ => None,
    };
    match next {
        Some(n) if n < it.voters().len() => it.layer = Layer::Voting(n),
        _ => finish(it),
    }
    changed
}

/// Leaves the votes: the most common choice is highlighted, so Enter agrees on it.
fn finish(it: &mut Interview) {
    it.layer = Layer::Question;
    let Some(spread) = it.spread() else { return };
    let leader = spread.leader().and_then(|v| spread.bars.iter().position(|b| b.value == v));
    if let (Some(index), Editor::Choices { .. }) = (leader, &it.editor) {
        it.editor.highlight(index);
        let label = spread.bars[index].label.clone();
        it.message = Some(Message::new(Level::Info, msg::votes_done(&label)));
    } else {
        it.message = Some(Message::new(Level::Info, msg::votes_done_no_leader()));
    }
}
