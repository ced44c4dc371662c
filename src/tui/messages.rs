//! Every text the full-screen app shows of its own, by id: one function per message, so that the
//! next step (translations) replaces this one file. A message that names a key takes the key from
//! the key tables ([`key`]), never from a typed-in letter. Texts from files and answers are passed
//! in and cleaned only when drawn.

use std::path::Path;

use super::action::Action;
use super::keys::{Mode, key_for};

/// The first key bound to an action in a mode, as the hint bar shows it.
fn key(mode: Mode, action: &Action) -> String {
    key_for(mode, action)
}

// The interview.

/// After the last visible question.
pub fn last_question() -> String {
    format!(
        "That was the last question. Check the answers, then press {} to finish.",
        key(Mode::Review, &Action::Finish)
    )
}
/// On going back from the first question.
pub fn first_question() -> String {
    "This is the first question.".into()
}
/// A list item entered in full.
pub fn item_added() -> String {
    format!(
        "Item added to the list: press {} to confirm the list, {} to add another.",
        key(Mode::ListTable, &Action::Confirm),
        key(Mode::ListTable, &Action::AddItem)
    )
}
/// A list item removed.
pub fn item_removed() -> String {
    format!("Item removed: press {} to confirm the list.", key(Mode::ListTable, &Action::Confirm))
}
/// A new list item given up.
pub fn item_not_added() -> String {
    "Item not added.".into()
}
/// A change tried in a read-only session.
pub fn read_only() -> String {
    "Opened read-only: nothing can be changed here.".into()
}
/// A note kept, or removed when emptied.
pub fn note_saved(kept: bool) -> String {
    if kept { "Note saved.".into() } else { "Note removed.".into() }
}
/// An empty reason given to go on past warnings.
pub fn reason_needed() -> String {
    format!("Give a reason to go on, or {} to change the answer.", key(Mode::Form, &Action::Back))
}
/// The reason prompt left without a reason.
pub fn reason_cancelled() -> String {
    "Not saved: change the answer, or confirm again and give a reason.".into()
}
/// The session finished.
pub fn completed() -> String {
    "The session is completed and saved.".into()
}
/// Finishing refused: these required questions have no answer yet.
pub fn still_missing(prompts: &[String]) -> String {
    format!("Still missing ({}): {}", prompts.len(), prompts.join(" · "))
}
/// A click on a section skipped for these answers.
pub fn section_skipped() -> String {
    "That section is skipped for these answers.".into()
}
/// No question visible.
pub fn nothing_shown() -> String {
    "No question is shown for these answers.".into()
}
/// A question without help.
pub fn no_help() -> String {
    "No help for this question.".into()
}
/// The help line under a question.
pub fn help_line(help: &str) -> String {
    format!("Help: {help}")
}
/// An answer state given.
pub fn given_state(state: &str) -> String {
    format!("Given: {state}")
}
/// The answer on disk.
pub fn saved_mark() -> &'static str {
    "Saved ✓"
}
/// The note under a question.
pub fn note_line(note: &str) -> String {
    format!("Note: {note}")
}
/// An empty list.
pub fn empty_list(label: &str) -> String {
    format!("No {label} yet: press {} to add one.", key(Mode::ListTable, &Action::AddItem))
}
/// The review's heading.
pub fn review_title(questions: usize, missing: usize) -> String {
    format!("Review: {questions} questions, {missing} without an answer")
}
/// The review's hint.
pub fn review_hint() -> String {
    format!(
        "{} goes to a question; {} finishes the session.",
        key(Mode::Review, &Action::Confirm),
        key(Mode::Review, &Action::Finish)
    )
}

// Sessions opened, started, saved.

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
    format!("Moved {id} to {}", to.display())
}
/// Reports written by the export key.
pub fn exported(name: &str, dir: &Path) -> String {
    format!("Wrote {name}.md and {name}.html in {}", dir.display())
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

/// Home's hint.
pub fn home_hint() -> &'static str {
    "Start a new session from a questionnaire, or resume one."
}
/// The form's labels.
pub const FORM_LABELS: [&str; 3] = ["Organisation", "Facilitator", "Participants (separated by commas)"];
/// The form's title.
pub fn form_title(title: &str) -> String {
    format!("New session: {title}")
}
/// The form's hint.
pub fn form_hint() -> String {
    format!(
        "Who is this interview with? {} moves to the next field; on the last, it starts.",
        key(Mode::Form, &Action::Confirm)
    )
}
/// The form without an organisation.
pub fn organisation_needed() -> String {
    "Give the organisation's name.".into()
}
/// The browser's filter line.
pub fn browser_filters(questionnaire: &str, status: &str, organisation: &str, shown: usize, all: usize) -> String {
    format!(
        "Questionnaire ({}): {questionnaire} · status ({}): {status} · organisation ({}): {organisation} · {shown} of {all} sessions",
        key(Mode::Browser, &Action::FilterQuestionnaire),
        key(Mode::Browser, &Action::FilterStatus),
        key(Mode::Browser, &Action::FilterOrganisation),
    )
}
/// A filter that lets everything through.
pub fn filter_all() -> &'static str {
    "all"
}
/// The browser's search prompt.
pub fn search_prompt() -> String {
    format!("Search organisations, answers and notes ({} runs it):", key(Mode::Form, &Action::Confirm))
}
/// The browser's column heads.
pub const BROWSER_COLUMNS: [&str; 6] =
    ["Last change", "Status", "Done", "Questionnaire", "Organisation", "Facilitator"];
/// The browser with nothing to show.
pub fn no_sessions(any: bool) -> &'static str {
    if any { "No session matches the filters." } else { "No sessions yet." }
}
/// The trash question.
pub fn trash_question(id: &str) -> String {
    format!("Move {id} to the trash folder?")
}
/// What the trash does.
pub fn trash_explained() -> &'static str {
    "It is moved, not deleted: it stays in <data dir>/trash."
}
/// Compare pressed without a marked session.
pub fn mark_first() -> String {
    format!(
        "Mark one session with {}, then highlight another and press {}.",
        key(Mode::Browser, &Action::Mark),
        key(Mode::Browser, &Action::Compare)
    )
}
/// A grid asked of a questionnaire without one.
pub fn no_grid() -> String {
    "This questionnaire has no grid view.".into()
}
/// A grid asked of a questionnaire without one, opened on the summary instead.
pub fn no_grid_summary() -> String {
    "This questionnaire has no grid view: showing the summary.".into()
}
/// The summary's score heading.
pub fn scores_title(scale: f64) -> String {
    format!("Scores (0–{scale})")
}
/// The summary's actions heading.
pub fn suggested_actions() -> &'static str {
    "Suggested actions"
}
/// A questionnaire without scores.
pub fn not_scored() -> &'static str {
    "This questionnaire is not scored."
}
/// The summary's override heading.
pub fn overrides_title() -> &'static str {
    "Warnings overridden, and why"
}
/// The summary's notes heading.
pub fn notes_title() -> &'static str {
    "Notes"
}
/// The counts of answer states.
pub fn state_counts(dont_know: usize, declined: usize, not_applicable: usize) -> String {
    format!("Don't know: {dont_know} · declined: {declined} · N/A: {not_applicable}")
}
/// The comparison's score heading.
pub fn compare_scores() -> &'static str {
    "Scores: before → after"
}
/// The comparison's answers heading.
pub fn changed_answers(n: usize) -> String {
    format!("Changed answers ({n})")
}
/// A grid whose list is hidden.
pub fn grid_hidden() -> &'static str {
    "The list of this grid is not shown for these answers."
}
/// A grid's default title.
pub fn grid_title() -> &'static str {
    "Grid"
}
/// Stakeholders that could not be placed.
pub fn not_placed(names: &str) -> String {
    format!("Not placed: {names}")
}
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
        Mode::Typing => "typing an answer",
        Mode::ListTable => "list",
        Mode::Review => "review",
        Mode::Help => "help",
        Mode::ConfirmQuit => "quit",
        Mode::Browser => "sessions",
        Mode::ConfirmTrash => "trash",
        Mode::Summary => "summary",
        Mode::Grid => "grid",
        Mode::Compare => "comparison",
    }
}
/// A quadrant with nobody in it.
pub fn nobody() -> &'static str {
    "(nobody)"
}
/// The grid's side pane.
pub fn quadrants_title() -> &'static str {
    " Quadrants "
}
/// The app started without a terminal.
pub fn needs_terminal() -> &'static str {
    "the interview needs a terminal; use --plain to answer line by line"
}
/// The terminal could not be taken over.
pub fn cannot_open_terminal() -> &'static str {
    "cannot open the terminal"
}
/// The terminal failed while the app ran.
pub fn terminal_error() -> &'static str {
    "terminal error"
}
/// Quit although changes could not be saved.
pub fn quit_unsaved() -> &'static str {
    "quit with changes that could not be saved"
}
/// A list's item, when the questionnaire does not name it.
pub fn item() -> &'static str {
    "item"
}
/// A list's table title: how many items.
pub fn items_title(n: usize, label: &str) -> String {
    if n == 1 { format!(" 1 {label} ") } else { format!(" {n} {label}s ") }
}
/// The title over a list item's field.
pub fn item_field(label: &str, number: usize, prompt: &str, required: bool) -> String {
    format!("{label} {number} — {prompt}{}", if required { required_mark() } else { "" })
}
/// After a prompt that must be answered.
pub fn required_mark() -> &'static str {
    "  (required)"
}
/// The review's text for a question without an answer.
pub fn missing(required: bool) -> &'static str {
    if required { "missing (required)" } else { "missing" }
}
/// The home screen's title.
pub fn home_title() -> &'static str {
    "waypost — guided assessment interviews"
}
/// Where a questionnaire comes from.
pub fn origin(built_in: bool) -> &'static str {
    if built_in { "built-in" } else { "your file" }
}
/// The home screen's questionnaire pane.
pub fn questionnaires_title() -> &'static str {
    " Questionnaires "
}
/// Home without sessions.
pub fn home_no_sessions() -> String {
    format!(" No sessions yet: pick a questionnaire and press {}.", key(Mode::Home, &Action::Confirm))
}
/// A session without an organisation.
pub fn no_organisation() -> &'static str {
    "(no organisation)"
}
/// The home screen's session pane.
pub fn recent_title(shown: usize, all: usize) -> String {
    format!(" Recent sessions ({shown} of {all}; {}: all) ", key(Mode::Home, &Action::Browse))
}
/// Damaged session files on the home screen.
pub fn damaged_files(names: &[String]) -> String {
    format!("{} damaged session file(s), left untouched: {}", names.len(), names.join(", "))
}
/// The browser's title.
pub fn sessions_title() -> &'static str {
    "Sessions"
}
/// The search in force.
pub fn search_in_force(needle: &str) -> String {
    format!(" · search: \"{needle}\" ({} clears)", key(Mode::Browser, &Action::Back))
}
/// The session marked for a comparison.
pub fn marked(id: &str) -> String {
    format!(" · marked: {id}")
}
/// The search box's title.
pub fn search_title() -> &'static str {
    " Search "
}
/// The count of damaged files in the browser.
pub fn damaged_count(n: usize) -> String {
    format!("{n} damaged file(s), left untouched:")
}
/// The trash question's choices.
pub fn trash_choices() -> String {
    format!("{}: move it · {}: keep it", key(Mode::ConfirmTrash, &Action::Yes), key(Mode::ConfirmTrash, &Action::Back))
}
/// The trash question's title.
pub fn trash_title() -> &'static str {
    " Trash "
}
/// The title of a text answer's box.
pub fn answer_title(multiline: bool) -> String {
    if multiline { format!(" Answer ({}: new line) ", key(Mode::Typing, &Action::NewLine)) } else { " Answer ".into() }
}
/// The title of a number's box: its unit and range.
pub fn number_title(unit: Option<&str>, min: Option<f64>, max: Option<f64>) -> String {
    let range = match (min, max) {
        (Some(lo), Some(hi)) => format!(", {lo}–{hi}"),
        (Some(lo), None) => format!(", from {lo}"),
        (None, Some(hi)) => format!(", up to {hi}"),
        _ => String::new(),
    };
    let unit = unit.map(|u| format!(" ({u})")).unwrap_or_default();
    format!(" Number{unit}{range} ")
}
/// The title of a date's box.
pub fn date_title() -> &'static str {
    " Date (YYYY-MM-DD, or today) "
}
/// The note prompt's title.
pub fn note_title() -> String {
    format!(
        " Note ({} saves, {} new line, {} cancels) ",
        key(Mode::Form, &Action::Confirm),
        key(Mode::Typing, &Action::NewLine),
        key(Mode::Form, &Action::Back)
    )
}
/// The reason prompt's title.
pub fn reason_title() -> String {
    format!(
        " Reason to go on ({} saves, {} changes the answer) ",
        key(Mode::Form, &Action::Confirm),
        key(Mode::Form, &Action::Back)
    )
}
/// The hint to a question's help.
pub fn help_hint() -> String {
    format!("{}: help and guidance reference", key(Mode::Command, &Action::ToggleHelp))
}
/// A session opened read-only.
pub fn read_only_mark() -> &'static str {
    "  [read-only]"
}
/// A completed session.
pub fn completed_mark() -> &'static str {
    "  [completed]"
}
/// The progress gauge.
pub fn answered_of(answered: usize, total: usize) -> String {
    format!("{answered} of {total} answered ")
}
/// A section skipped, in the outline.
pub fn skip() -> &'static str {
    "skip"
}
/// The outline's title.
pub fn sections_title() -> &'static str {
    " Sections "
}
/// A soft warning gone past, with its reason.
pub fn overridden(reason: &str) -> String {
    format!("  (warning overridden: {reason})")
}
/// The overall score's row.
pub fn overall() -> &'static str {
    "Overall"
}
