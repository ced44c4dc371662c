//! The read-only report screens: a session's summary, its grid, and a comparison of two.

use crate::questionnaire::{Questionnaire, View};
use crate::report::compare::Comparison;
use crate::session::Session;

/// Which report of a session is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Scores, bands, suggested actions, overrides, notes, state counts.
    Summary,
    /// The grid view, with the highlighted point.
    Grid(usize),
}

/// A session's report screen.
pub struct Report {
    /// The questionnaire.
    pub q: Questionnaire,
    /// The session.
    pub session: Session,
    /// The page shown.
    pub page: Page,
    /// Lines scrolled down.
    pub scroll: u16,
}

impl Report {
    /// The grid view of the questionnaire, if it declares one.
    pub fn grid(&self) -> Option<&crate::questionnaire::Grid> {
        self.q.views.iter().map(|View::Grid(g)| g).next()
    }
}

/// Two sessions compared.
pub struct Compared {
    /// The title: questionnaire and organisation.
    pub title: String,
    /// What changed.
    pub comparison: Comparison,
    /// Lines scrolled down.
    pub scroll: u16,
}
