//! Texts about sessions and the app itself: opened, started, saved, exported, the terminal,
//! overlays. From the message catalogue (`locales/*/sessions.ftl`); the spaces around box titles
//! are layout.

use std::path::Path;

use waypost_core::text::line;
use waypost_core::tr;

use super::key;
use crate::tui::action::Action;
use crate::tui::keys::Mode;

/// A session started (with items carried over from an earlier one).
pub(crate) fn started(id: &str, carried: Option<(usize, &str)>) -> String {
    match carried {
        Some((n, from)) => tr!("ses-started-carried", id = id, n = n, from = from),
        None => tr!("ses-started", id = id),
    }
}
/// A session resumed.
pub(crate) fn resumed(id: &str) -> String {
    tr!("ses-resumed", id = id)
}
/// A session held by another window.
pub(crate) fn opened_elsewhere(id: &str) -> String {
    tr!("ses-opened-elsewhere", id = id)
}
/// A session opened to look at.
pub(crate) fn viewing(id: &str) -> String {
    tr!("ses-viewing", id = id)
}
/// A follow-up started.
pub(crate) fn follow_up_started(of: &str, id: &str) -> String {
    tr!("ses-follow-up-started", of = of, id = id)
}
/// A save failed (the reason first: a long path must not push it off the line).
pub(crate) fn not_saved(reason: &str) -> String {
    tr!("ses-not-saved", reason = reason)
}
/// The status line's mark for changes not on disk.
pub(crate) fn not_saved_mark() -> String {
    format!(" {} ", tr!("ses-not-saved-mark"))
}
/// The session list could not be read.
pub(crate) fn cannot_list(reason: &str) -> String {
    tr!("ses-cannot-list", reason = reason)
}
/// A session moved to the trash.
pub(crate) fn trashed(id: &str, to: &Path) -> String {
    tr!(
        "ses-trashed",
        id = id,
        to = line(&to.display().to_string()).into_owned(),
        undo = key(Mode::Browser, &Action::Undo),
        trash = key(Mode::Browser, &Action::ShowTrash)
    )
}
/// A key that does nothing where it was pressed.
pub(crate) fn stray_key(pressed: char) -> String {
    tr!("ses-stray-key", key = line(&pressed.to_string()).into_owned(), help = key(Mode::Command, &Action::Help))
}
/// A session just finished: its report is shown.
pub(crate) fn finished_report() -> String {
    tr!("ses-finished-report", export = key(Mode::Summary, &Action::Export))
}
/// A completed session opened: read-only until reopened.
pub(crate) fn completed_read_only(id: &str) -> String {
    tr!("ses-completed-read-only", id = id, reopen = key(Mode::Command, &Action::Reopen))
}
/// A session pulled from the team's server opened: read-only, a follow-up continues it.
pub(crate) fn team_read_only(id: &str, who: &str) -> String {
    tr!("ses-team-read-only", id = id, who = line(who).into_owned(), follow_up = key(Mode::Browser, &Action::FollowUp))
}
/// A completed session reopened.
pub(crate) fn reopened() -> String {
    tr!("ses-reopened")
}
/// The title of the trash view.
pub(crate) fn trash_view_title() -> String {
    tr!("ses-trash-view-title")
}
/// What the trash view holds and how to bring a session back.
pub(crate) fn trash_view_info(count: usize) -> String {
    tr!(
        "ses-trash-view-info",
        n = count,
        confirm = key(Mode::Trash, &Action::Confirm),
        back = key(Mode::Trash, &Action::Back)
    )
}
/// The trash holds nothing.
pub(crate) fn trash_empty() -> String {
    tr!("ses-trash-empty")
}
/// A session back from the trash.
pub(crate) fn restored(id: &str) -> String {
    tr!("ses-restored", id = id)
}
/// Ctrl-Z found the session back already (another window or `waypost restore` brought it).
pub(crate) fn restored_already(id: &str) -> String {
    tr!("ses-restored-already", id = id)
}
/// Reports written by the export key.
pub(crate) fn exported(name: &str, dir: &Path, csv: bool) -> String {
    let dir = dir.display().to_string();
    if csv { tr!("ses-exported-csv", name = name, dir = dir) } else { tr!("ses-exported", name = name, dir = dir) }
}
/// The export key failed.
pub(crate) fn export_failed(dir: &Path, reason: &str) -> String {
    tr!("ses-export-failed", dir = dir.display().to_string(), reason = reason)
}
/// The export key without a folder to write to.
pub(crate) fn no_exports_folder() -> String {
    tr!("ses-no-exports-folder")
}
/// Questionnaire files that override built-ins.
pub(crate) fn overrides(n: usize) -> String {
    tr!("ses-overrides", n = n)
}
/// Questionnaire files that could not be used.
pub(crate) fn unusable_questionnaires(n: usize) -> String {
    tr!("ses-unusable", n = n)
}
/// The help overlay's last line.
pub(crate) fn help_close() -> String {
    tr!("ses-help-close", key = key(Mode::Help, &Action::Back))
}
/// The same, where the help is taller than the terminal.
pub(crate) fn help_close_scroll() -> String {
    tr!("ses-help-close-scroll", key = key(Mode::Help, &Action::Back))
}
/// The terminal is smaller than the app needs.
pub(crate) fn too_small(min: (u16, u16), now: (u16, u16)) -> [String; 3] {
    [
        tr!("ses-too-small"),
        tr!("ses-too-small-size", w = min.0, h = min.1, nw = now.0, nh = now.1),
        tr!("ses-too-small-hint", quit = key(Mode::Typing, &Action::Quit)),
    ]
}
/// The quit question when changes are not saved.
pub(crate) fn unsaved_quit() -> String {
    tr!("ses-unsaved-quit")
}
/// The quit question's title.
pub(crate) fn quit_title() -> String {
    format!(" {} ", tr!("ses-quit-title"))
}
/// The quit question's choices.
pub(crate) fn quit_choices() -> String {
    tr!("ses-quit-choices", quit = key(Mode::ConfirmQuit, &Action::Quit), back = key(Mode::ConfirmQuit, &Action::Back))
}
/// The help overlay's title.
pub(crate) fn help_title(mode: &str) -> String {
    format!(" {} ", tr!("ses-help-title", mode = mode))
}
/// What the help overlay calls the screen under it.
pub(crate) fn mode_name(mode: Mode) -> String {
    tr!(match mode {
        Mode::Home => "mode-home",
        Mode::Form => "mode-form",
        Mode::Command => "mode-command",
        Mode::Filter => "mode-filter",
        Mode::Typing => "mode-typing",
        Mode::ListTable => "mode-list",
        Mode::ConfirmItem => "mode-confirm-item",
        Mode::Review => "mode-review",
        Mode::Help => "mode-help",
        Mode::ConfirmQuit => "mode-confirm-quit",
        Mode::Browser => "mode-browser",
        Mode::ConfirmTrash => "mode-confirm-trash",
        Mode::Trash => "mode-trash",
        Mode::Picker => "mode-picker",
        Mode::Summary => "mode-summary",
        Mode::Grid => "mode-grid",
        Mode::Compare => "mode-compare",
        Mode::Present => "mode-present",
        Mode::Vote => "mode-vote",
        Mode::DotVote => "mode-dot-vote",
    })
}
/// The app started without a terminal.
pub(crate) fn needs_terminal() -> String {
    tr!("ses-needs-terminal")
}
/// The terminal could not be taken over.
pub(crate) fn cannot_open_terminal() -> String {
    tr!("ses-cannot-open-terminal")
}
/// Signals could not be watched (to save before the app is stopped).
pub(crate) fn cannot_watch_signals() -> String {
    tr!("ses-cannot-watch-signals")
}
/// The terminal failed while the app ran.
pub(crate) fn terminal_error() -> String {
    tr!("ses-terminal-error")
}
/// Quit although changes could not be saved.
pub(crate) fn quit_unsaved() -> String {
    tr!("ses-quit-unsaved")
}
