//! What an update asks the app to do after changing a screen's state: the work that reaches the
//! store or replaces the screen, carried out by [`App::perform`](super::app::App).

/// An effect of an action.
#[derive(Debug, PartialEq, Eq)]
pub enum Effect {
    /// Open a session for editing.
    Resume(String),
    /// Start a session from the form.
    Start,
    /// Go back to the home screen.
    Home,
    /// Open the form for a new session of this questionnaire.
    Form(String),
    /// Open the session browser.
    Browser,
    /// Run the search typed in the browser.
    RunSearch,
    /// Open a session read-only.
    View(String),
    /// Show a session's summary.
    Summary(String),
    /// A session was just finished: save it, then show its grid (where it has one) or summary.
    Finished(String),
    /// Show a session's grid.
    Grid(String),
    /// Switch between the summary and the grid of the session shown.
    SwitchReport,
    /// Start a follow-up of a session.
    FollowUp(String),
    /// Compare two sessions.
    Compare(String, String),
    /// Move a session to the trash.
    Trash(String),
    /// Bring a session back from the trash.
    Restore(String),
    /// Show the sessions in the trash.
    OpenTrash,
    /// Bring back this file of the trash.
    RestoreTrashed(String),
    /// Write the report shown to the exports folder.
    Export,
    /// Say something in the status line.
    Tell(String),
}
