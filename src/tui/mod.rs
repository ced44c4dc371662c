//! The terminal UI.

use crate::cli::args::Theme;
use crate::cli::context::Context;
use crate::cli::{Done, Failure};

/// How the UI looks and works.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The colour theme.
    pub theme: Theme,
    /// Line-by-line mode.
    pub plain: bool,
}

/// A new session to start.
pub struct Start {
    /// Questionnaire id.
    pub questionnaire: String,
    /// Organisation.
    pub organisation: Option<String>,
    /// Facilitator.
    pub facilitator: Option<String>,
    /// Participants.
    pub participants: Vec<String>,
    /// Language.
    pub language: Option<String>,
}

/// Opens the home screen.
pub fn home(_ctx: &Context, _ui: Options) -> Result<Done, Failure> {
    Ok(Done::Ok)
}

/// Starts a new session.
pub fn start(_ctx: &Context, _ui: Options, _start: Start) -> Result<Done, Failure> {
    Ok(Done::Ok)
}

/// Resumes a session.
pub fn resume(_ctx: &Context, _ui: Options, _id: &str) -> Result<Done, Failure> {
    Ok(Done::Ok)
}
