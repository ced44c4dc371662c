//! Everything a user can do, as one enum: key tables map keys to these, and `App::update`
//! carries them out.

use ratatui::crossterm::event::KeyEvent;
use waypost_core::questionnaire::AnswerState;

/// A user's intent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Save and quit the app.
    Quit,
    /// Open the help overlay.
    Help,
    /// Leave an input, a prompt or an overlay; go back.
    Back,
    /// Move up in a list or choices.
    Up,
    /// Move down in a list or choices.
    Down,
    /// Switch between the panes of a screen.
    SwitchPane,
    /// Open or confirm: on home, open the selection; in an interview, confirm and go on.
    Confirm,
    /// Toggle the multi-select choice under the cursor.
    Toggle,
    /// Choose the n-th choice (1-based) directly.
    Pick(u8),
    /// Go to the previous visible question.
    Previous,
    /// Go to the next visible question without confirming.
    Skip,
    /// Put the focus in the text input.
    Edit,
    /// Write a note on the question.
    Note,
    /// Give an answer state instead of an answer.
    State(AnswerState),
    /// Show or hide the question's help.
    ToggleHelp,
    /// Open the review of every answer.
    Review,
    /// Finish the session from the review.
    Finish,
    /// Add an item to a list.
    AddItem,
    /// Remove the selected list item.
    RemoveItem,
    /// Bring back the list item just removed (or the session just moved to the trash).
    Undo,
    /// Show the sessions in the trash, to bring one back.
    ShowTrash,
    /// Filter a long list of choices by typing.
    Filter,
    /// Give up the list item being entered.
    Discard,
    /// Insert a line break in a multi-line text.
    NewLine,
    /// Start a new session (home).
    NewSession,
    /// Open the session browser.
    Browse,
    /// Open the highlighted session read-only.
    View,
    /// Show a session's summary: scores, bands, suggested actions.
    Summary,
    /// Show a session's grid view.
    Grid,
    /// Start a follow-up session from the highlighted one.
    FollowUp,
    /// Mark the highlighted session for a comparison.
    Mark,
    /// Compare the marked session with the highlighted one.
    Compare,
    /// Move the highlighted session to the trash (asks first).
    Trash,
    /// Type a search.
    Search,
    /// Cycle the questionnaire filter.
    FilterQuestionnaire,
    /// Cycle the status filter.
    FilterStatus,
    /// Cycle the organisation filter.
    FilterOrganisation,
    /// Filter by where sessions came from (this laptop, or who in the team).
    FilterOrigin,
    /// Write the report of what is shown to the exports folder.
    Export,
    /// Say yes to the question asked.
    Yes,
    /// A key typed into the focused text input.
    Type(KeyEvent),
    /// A click at a screen cell (column, row).
    Click(u16, u16),
    /// Text pasted into the focused input.
    Paste(String),
    /// Time passed (retry a failed save).
    Tick,
    /// A key that does nothing where it was pressed.
    Stray(char),
    /// Open a completed session, shown read-only, for changes.
    Reopen,
    /// Confirm, on purpose, every answer copied from the earlier session.
    ConfirmCopied,
    /// Switch the questionnaire to its next language.
    SwitchLanguage,
    /// Starts entering the participants' votes on the question shown.
    Vote,
    /// Hides (or shows again) notes and help, for a screen the room sees too.
    HideNotes,
    /// Starts a dot vote on the suggested actions.
    DotVote,
}
