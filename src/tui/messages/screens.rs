//! The texts of the other screens: home, the new-session form, the browser, summary, grid, comparison.

use super::key;
use crate::tui::action::Action;
use crate::tui::keys::Mode;

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

/// The form came back from a draft.
pub fn form_restored(at: &str) -> String {
    format!("Restored what was typed here at {at}: the session has not started yet.")
}

/// The form's draft file cannot be read (it is left as it is).
pub fn form_draft_unreadable(reason: &str) -> String {
    format!(
        "The draft of this form cannot be read and is left as it is; what you type now is not kept as a draft: {reason}"
    )
}

/// The questionnaires' title when the list scrolls: which one of how many is highlighted.
pub fn questionnaires_scrolled(at: usize, of: usize) -> String {
    format!(" Questionnaires ({at} of {of}) ")
}

/// A questionnaire without a description.
pub fn no_description() -> &'static str {
    "No description."
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
    format!(
        "Type to narrow by organisation, facilitator or id; {} searches answers and notes too (accents and case aside):",
        key(Mode::Form, &Action::Confirm)
    )
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

/// The summary's heading for flags the answers raise.
pub fn flags_title() -> &'static str {
    "Flags"
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

/// A quadrant with nobody in it.
pub fn nobody() -> &'static str {
    "(nobody)"
}

/// The grid's side pane.
pub fn quadrants_title() -> &'static str {
    " Quadrants "
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

/// The overall score's row.
pub fn overall() -> &'static str {
    "Overall"
}

/// The title of the focused list.
pub fn focused_title(title: &str) -> String {
    format!("▶{}", title)
}
