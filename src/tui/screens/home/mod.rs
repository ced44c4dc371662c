//! The home screen's state: the questionnaires, the sessions, which pane has the focus.

pub(crate) mod update;
pub(crate) mod view;

use waypost_core::questionnaire::Catalog;
use waypost_core::store::{Store, StoreError};

use super::{Around, ScreenView, Updated};
use crate::tui::action::Action;
use crate::tui::keys::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use waypost_core::store::rows::{Damaged, Row, collect};

/// Which list has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The questionnaires, to start a session.
    Questionnaires,
    /// The sessions, to resume one.
    Sessions,
}

/// The home screen.
pub struct Home {
    /// The focused list.
    pub pane: Pane,
    /// Highlighted questionnaire.
    pub q_cursor: usize,
    /// Highlighted session.
    pub s_cursor: usize,
    /// Sessions, newest first.
    pub sessions: Vec<Row>,
    /// Session files that could not be read.
    pub damaged: Vec<Damaged>,
}

/// How many sessions the home screen lists; the browser lists them all.
pub(crate) const RECENT: usize = 8;

impl Home {
    /// A home screen with nothing listed yet.
    pub fn empty() -> Home {
        Home { pane: Pane::Questionnaires, q_cursor: 0, s_cursor: 0, sessions: Vec::new(), damaged: Vec::new() }
    }

    /// The home screen with the sessions in the store.
    pub fn load(store: &dyn Store, catalog: &Catalog) -> Result<Home, StoreError> {
        let (sessions, damaged) = collect(store, catalog, None, None)?;
        // The focus starts on the questionnaires: Enter never opens another session by surprise.
        Ok(Home { pane: Pane::Questionnaires, q_cursor: 0, s_cursor: 0, sessions, damaged })
    }

    /// The sessions listed: the most recent ones.
    pub fn shown_sessions(&self) -> &[Row] {
        &self.sessions[..self.sessions.len().min(RECENT)]
    }

    /// Moves the highlight of the focused list by `delta`.
    pub fn step(&mut self, delta: isize, questionnaires: usize) {
        let sessions = self.shown_sessions().len();
        let (cursor, len) = match self.pane {
            Pane::Questionnaires => (&mut self.q_cursor, questionnaires),
            Pane::Sessions => (&mut self.s_cursor, sessions),
        };
        *cursor = cursor.saturating_add_signed(delta).min(len.saturating_sub(1));
    }

    /// Switches the focus to the other list.
    pub fn switch(&mut self) {
        self.pane = match self.pane {
            Pane::Questionnaires => Pane::Sessions,
            Pane::Sessions => Pane::Questionnaires,
        };
    }
}

impl ScreenView for Home {
    fn mode(&self) -> Mode {
        Mode::Home
    }

    fn update(&mut self, action: Action, around: &Around<'_>) -> Updated {
        update::update(self, action, around.catalog).into()
    }

    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer) {
        view::render(self, around.catalog, around.theme, area, buf);
    }
}
