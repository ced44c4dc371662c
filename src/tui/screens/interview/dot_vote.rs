//! A dot vote on the suggested actions, in the question pane: each participant in turn gives
//! their dots (three unless the questionnaire says otherwise) with the actions' number keys; the
//! actions are then ranked by their dots in the summary and every report.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use waypost_core::scoring::Suggestion;
use waypost_core::session::Timestamp;
use waypost_core::text::line;
use waypost_core::votes::{dots_per_voter, rank};

use super::Interview;
use crate::tui::action::Action;
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Level, Message, level_style};

/// At most this many actions take part: one digit key each.
const MOST: usize = 9;

impl Interview {
    /// The suggested actions for the answers so far, ranked by the dots given.
    pub fn suggestions(&self) -> Vec<Suggestion> {
        let lang = self.languages().0;
        let mut actions = waypost_core::scoring::score(self.q(), self.session().answers(), lang)
            .map(|s| s.actions)
            .unwrap_or_default();
        rank(self.session(), &mut actions);
        actions
    }

    /// Starts a dot vote, with the first participant.
    pub fn start_dot_vote(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        let text = if self.voters().is_empty() {
            msg::no_voters()
        } else if self.suggestions().is_empty() {
            msg::no_actions_to_vote_on()
        } else {
            self.dotting = Some(0);
            self.message = None;
            return;
        };
        self.message = Some(Message::new(Level::Warning, text));
    }
}

/// Carries out an action during the dot vote; returns whether the session changed.
pub fn update(it: &mut Interview, action: Action, now: Timestamp) -> bool {
    let Some(voter) = it.dotting else { return false };
    let Some(name) = it.voters().get(voter).cloned() else {
        it.dotting = None;
        return false;
    };
    // The actions as numbered on screen when the key was pressed.
    let shown: Vec<String> = it.suggestions().into_iter().take(MOST).map(|a| a.question).collect();
    let left = |it: &Interview| dots_per_voter(it.q()) - it.session().dots.get(&name).map_or(0, Vec::len);
    it.message = None;
    match action {
        Action::Pick(d) => {
            let Some(id) = usize::from(d).checked_sub(1).and_then(|i| shown.get(i)) else { return false };
            if let Err(e) = it.ctl.give_dot(&name, id, now) {
                it.refused(&e);
                return false;
            }
            // A voter whose dots are all given hands over to the next.
            if left(it) == 0 {
                next(it, voter + 1);
            }
            true
        }
        Action::RemoveItem => it.ctl.take_back_dot(&name, now).unwrap_or(false),
        Action::Skip => {
            next(it, voter + 1);
            false
        }
        Action::Previous => {
            it.dotting = Some(voter.saturating_sub(1));
            false
        }
        _ => {
            it.dotting = None;
            false
        }
    }
}

fn next(it: &mut Interview, voter: usize) {
    if voter < it.voters().len() {
        it.dotting = Some(voter);
    } else {
        it.dotting = None;
        it.message = Some(Message::new(Level::Info, msg::dot_vote_done()));
    }
}

/// Draws the dot vote into the question pane: whose dots, how many are left, the actions with
/// their number keys and dots.
pub fn render(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let Some(voter) = it.dotting.and_then(|n| it.voters().get(n)) else { return };
    let lang = it.languages().0;
    let left = dots_per_voter(it.q()) - it.session().dots.get(voter).map_or(0, Vec::len);
    let mut lines = vec![
        Line::styled(msg::dot_vote_title(voter, left), theme.title),
        Line::styled(msg::dot_vote_hint(), theme.dim),
        Line::raw(""),
    ];
    let mine = it.session().dots.get(voter);
    for (n, action) in it.suggestions().iter().take(MOST).enumerate() {
        let own = mine.map_or(0, |d| d.iter().filter(|id| **id == action.question).count());
        let dots = format!("{}{}", "●".repeat(own), "○".repeat(action.dots - own));
        let note = waypost_core::report::summary::action_note(action, lang);
        let style = if own > 0 { theme.selected } else { theme.text };
        lines.push(Line::styled(format!("{} {} ({note}) {dots}", n + 1, line(&action.text)), style));
    }
    if let Some(m) = &it.message {
        lines.push(Line::raw(""));
        lines.push(Line::styled(line(&m.text).into_owned(), level_style(theme, m.level)));
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
}
