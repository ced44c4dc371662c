//! Votes on the question shown, or on the field of a list's item being entered (a stakeholder's
//! power): the facilitator enters each participant's choice with one key, the voter's name
//! shown, then the agreed answer (the most common choice is highlighted, so
//! Enter agrees on it). Ten voters take twelve keys: the vote key, ten choices, Enter.

use waypost_core::interview::Refusal;
use waypost_core::interview::item_votes::{is_voted_field, item_votes, vote_in_item};
use waypost_core::interview::votes::{Spread, is_voted};
use waypost_core::questionnaire::Question;
use waypost_core::session::Timestamp;

use super::editor::Editor;
use super::list_editor::ListEditor;
use super::update::active;
use super::{Interview, Layer};
use crate::tui::action::Action;
use crate::tui::messages as msg;
use crate::tui::widgets::{Level, Message};

impl Interview {
    /// Whether the question shown is put to a vote, or the field of the item being entered.
    pub fn voted(&self) -> bool {
        self.voted_field().is_some() || self.question().is_some_and(|q| is_voted(self.q(), q))
    }

    /// The field of the item being entered, when it is put to a vote.
    fn voted_field(&self) -> Option<&Question> {
        let (Editor::List(list), Some(question)) = (&self.editor, self.question()) else { return None };
        list.field(question).filter(|f| is_voted_field(f))
    }

    /// The spread of the votes given on the question shown (or the field of the item being
    /// entered), when it is put to a vote.
    pub fn spread(&self) -> Option<Spread> {
        let lang = self.languages().0;
        if let (Some(field), Editor::List(ListEditor { editing: Some(edit), .. })) = (self.voted_field(), &self.editor)
        {
            return Some(Spread::of(self.q(), field, &item_votes(&edit.entry.item, &field.id), lang));
        }
        let question = self.question().filter(|q| is_voted(self.q(), q))?;
        Some(Spread::in_session(self.q(), question, self.session(), lang))
    }

    /// Gives (or with `None` takes back) a voter's choice: on the field of the item being entered
    /// (kept in the item, saved with its draft), else on the question shown; returns whether the
    /// session changed.
    fn cast(&mut self, voter: &str, choice: Option<&str>, now: Timestamp) -> Result<bool, Refusal> {
        let Some(field) = self.voted_field().cloned() else { return self.ctl.vote(voter, choice, now) };
        let participants = self.voters().to_vec();
        let q = self.ctl.questionnaire();
        if let Editor::List(ListEditor { editing: Some(edit), .. }) = &mut self.editor {
            vote_in_item(q, &field, &mut edit.entry.item, &participants, voter, choice)?;
        }
        Ok(false)
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
            let Some(index) = active(it).key_index(d) else { return false };
            let Some(choice) = active(it).value_at(index) else { return false };
            match it.cast(&name, Some(&choice), now) {
                Ok(c) => changed = c,
                Err(e) => {
                    it.refused(&e);
                    return false;
                }
            }
            Some(voter + 1)
        }
        Action::RemoveItem => {
            changed = it.cast(&name, None, now).unwrap_or(false);
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
    if let (Some(index), Editor::Choices { .. }) = (leader, &*active(it)) {
        active(it).highlight(index);
        let label = spread.bars[index].label.clone();
        it.message = Some(Message::new(Level::Info, msg::votes_done(&label)));
    } else {
        it.message = Some(Message::new(Level::Info, msg::votes_done_no_leader()));
    }
}
