//! Texts about sessions and the app itself: opened, started, saved, exported, the terminal, overlays.

use std::path::Path;

use super::key;
use crate::tui::action::Action;
use crate::tui::keys::Mode;

/// A session started (with items carried over from an earlier one).
pub fn started(id: &str, carried: Option<(usize, &str)>) -> String {
    match carried {
        Some((n, from)) => format!("Started session {id}; {n} open item(s) carried over from {from}"),
        None => format!("Started session {id}"),
    }
}

/// A session resumed.
pub fn resumed(id: &str) -> String {
    format!("Resumed session {id}")
}

/// A session held by another window.
pub fn opened_elsewhere(id: &str) -> String {
    format!("Session {id} is open in another window: opened read-only.")
}

/// A session opened to look at.
pub fn viewing(id: &str) -> String {
    format!("Viewing {id} read-only.")
}

/// A follow-up started.
pub fn follow_up_started(of: &str, id: &str) -> String {
    format!("Follow-up of {of} started as {id}: check each answer.")
}

/// Saving works again after a failure.
pub fn saved_again() -> String {
    "Saved again: every answer is on disk.".into()
}

/// A save failed (the reason first: a long path must not push it off the line).
pub fn not_saved(reason: &str) -> String {
    format!("Not saved: {reason}. Your answers are kept here and saving is retried.")
}

/// The status line's mark for changes not on disk.
pub fn not_saved_mark() -> &'static str {
    " NOT SAVED "
}

/// The session list could not be read.
pub fn cannot_list(reason: &str) -> String {
    format!("Could not list the sessions: {reason}")
}

/// A session moved to the trash.
pub fn trashed(id: &str, to: &Path) -> String {
    format!(
        "Moved {id} to {} ({} brings it back; {} shows the trash)",
        waypost_core::text::line(&to.display().to_string()),
        key(Mode::Browser, &Action::Undo),
        key(Mode::Browser, &Action::ShowTrash)
    )
}

/// A key that does nothing where it was pressed.
pub fn stray_key(key: char) -> String {
    format!(
        "{} does nothing here; {} shows the keys.",
        waypost_core::text::line(&key.to_string()),
        super::key(Mode::Command, &Action::Help)
    )
}

/// A session just finished: its report is shown.
pub fn finished_report() -> String {
    format!(
        "The session is completed and saved. Here is its report ({} writes it to the exports folder).",
        key(Mode::Summary, &Action::Export)
    )
}

/// A completed session opened: read-only until reopened.
pub fn completed_read_only(id: &str) -> String {
    format!(
        "{id} is completed: shown read-only; {} reopens it to change answers.",
        super::key(Mode::Command, &Action::Reopen)
    )
}

/// A completed session reopened.
pub fn reopened() -> &'static str {
    "Reopened: answers can be changed; finish again from the review."
}

/// The title of the trash view.
pub fn trash_view_title() -> &'static str {
    "Trash"
}

/// What the trash view holds and how to bring a session back.
pub fn trash_view_info(count: usize) -> String {
    let sessions = if count == 1 { "1 session".to_owned() } else { format!("{count} sessions") };
    format!(
        "{sessions} in the trash · {}: bring the highlighted one back · {}: back to the sessions",
        key(Mode::Trash, &Action::Confirm),
        key(Mode::Trash, &Action::Back)
    )
}

/// The trash holds nothing.
pub fn trash_empty() -> &'static str {
    "The trash is empty."
}

/// A session back from the trash.
pub fn restored(id: &str) -> String {
    format!("{id} is back among the sessions.")
}

/// Reports written by the export key.
pub fn exported(name: &str, dir: &Path, csv: bool) -> String {
    if csv {
        format!("Wrote {name}.md, {name}.html and {name}.csv (for Excel too) in {}", dir.display())
    } else {
        format!("Wrote {name}.md and {name}.html in {}", dir.display())
    }
}

/// The export key failed.
pub fn export_failed(dir: &Path, reason: &str) -> String {
    format!("Could not export to {}: {reason}", dir.display())
}

/// The export key without a folder to write to.
pub fn no_exports_folder() -> String {
    "No exports folder is set.".into()
}

/// Questionnaire files that override built-ins.
pub fn overrides(n: usize) -> String {
    format!("{n} of your questionnaires override built-ins (see `waypost questionnaires`).")
}

/// Questionnaire files that could not be used.
pub fn unusable_questionnaires(n: usize) -> String {
    format!("{n} questionnaire file(s) could not be used: run `waypost validate`.")
}

// Screens.

/// The help overlay's last line.
pub fn help_close() -> String {
    format!("{} closes this help.", key(Mode::Help, &Action::Back))
}

/// The terminal is smaller than the app needs.
pub fn too_small(min: (u16, u16), now: (u16, u16)) -> [String; 3] {
    [
        "Terminal too small".into(),
        format!("waypost needs {}x{}; this is {}x{}.", min.0, min.1, now.0, now.1),
        format!("Enlarge the window. {} saves and quits.", key(Mode::Typing, &Action::Quit)),
    ]
}

/// The quit question when changes are not saved.
pub fn unsaved_quit() -> &'static str {
    "The latest changes could not be saved:"
}

/// The quit question's title.
pub fn quit_title() -> &'static str {
    " Quit without saving? "
}

/// The quit question's choices.
pub fn quit_choices() -> String {
    format!(
        "{}: quit anyway and lose them · {}: stay and keep trying",
        key(Mode::ConfirmQuit, &Action::Quit),
        key(Mode::ConfirmQuit, &Action::Back)
    )
}

/// The help overlay's title.
pub fn help_title(mode: &str) -> String {
    format!(" Keys: {mode} ")
}

/// What the help overlay calls the screen under it.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Home => "home",
        Mode::Form => "typing",
        Mode::Command => "question",
        Mode::Filter => "filtering the choices",
        Mode::Typing => "typing an answer",
        Mode::ListTable => "list",
        Mode::ConfirmItem => "keep the item?",
        Mode::Review => "review",
        Mode::Help => "help",
        Mode::ConfirmQuit => "quit",
        Mode::Browser => "sessions",
        Mode::ConfirmTrash => "move to the trash?",
        Mode::Trash => "trash",
        Mode::Summary => "summary",
        Mode::Grid => "grid",
        Mode::Compare => "comparison",
    }
}

/// The app started without a terminal.
pub fn needs_terminal() -> &'static str {
    "the interview needs a terminal; use --plain to answer line by line"
}

/// The terminal could not be taken over.
pub fn cannot_open_terminal() -> &'static str {
    "cannot open the terminal"
}

/// Signals could not be watched (to save before the app is stopped).
pub fn cannot_watch_signals() -> &'static str {
    "cannot watch for signals, which the app needs to save before it is stopped"
}
/// The terminal failed while the app ran.
pub fn terminal_error() -> &'static str {
    "terminal error"
}

/// Quit although changes could not be saved.
pub fn quit_unsaved() -> &'static str {
    "quit with changes that could not be saved"
}

/// A save that met another program's changes to the same answers: this window's version went to
/// a copy.
pub fn saved_as_copy(id: &str, places: &[String], copy: &str) -> String {
    format!(
        "Another program changed the same answers of {id} ({}): your version is saved as a copy, {copy}, and you go on in it; {id} keeps the other version.",
        places.join(", ")
    )
}

/// A save that merged another program's changes.
pub fn merged() -> &'static str {
    "Saved, together with changes another program made to this session meanwhile."
}
