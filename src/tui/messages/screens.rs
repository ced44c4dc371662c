//! The texts of the other screens: home, the new-session form, the browser, summary, grid,
//! comparison. From the message catalogue (`locales/*/screens.ftl`); the spaces around box
//! titles are layout.

use waypost_core::tr;

use super::key;
use crate::tui::action::Action;
use crate::tui::keys::Mode;

/// Home's hint.
pub(crate) fn home_hint() -> String {
    tr!("scr-home-hint")
}
/// The form's labels.
pub(crate) fn form_labels() -> [String; 3] {
    [tr!("scr-form-organisation"), tr!("scr-form-facilitator"), tr!("scr-form-participants")]
}
/// The form's title.
pub(crate) fn form_title(title: &str) -> String {
    tr!("scr-form-title", title = title)
}
/// The form's hint.
pub(crate) fn form_hint() -> String {
    tr!("scr-form-hint", next = key(Mode::Form, &Action::Confirm))
}
/// The form without an organisation.
pub(crate) fn organisation_needed() -> String {
    tr!("scr-organisation-needed")
}
/// The form came back from a draft.
pub(crate) fn form_restored(at: &str) -> String {
    tr!("scr-form-restored", at = at)
}
/// The form's draft file cannot be read (it is left as it is).
pub(crate) fn form_draft_unreadable(reason: &str) -> String {
    tr!("scr-form-draft-unreadable", reason = reason)
}
/// The questionnaires' title when the list scrolls: which one of how many is highlighted.
pub(crate) fn questionnaires_scrolled(at: usize, of: usize) -> String {
    format!(" {} ", tr!("scr-questionnaires-scrolled", at = at, of = of))
}
/// A questionnaire without a description.
pub(crate) fn no_description() -> String {
    tr!("scr-no-description")
}
/// A filter picker's title.
pub(crate) fn picker_title(filter: crate::tui::screens::browser::picker::Filter) -> String {
    use crate::tui::screens::browser::picker::Filter;
    let id = match filter {
        Filter::Questionnaire => "scr-picker-questionnaire",
        Filter::Status => "scr-picker-status",
        Filter::Organisation => "scr-picker-organisation",
        Filter::Origin => "scr-picker-origin",
    };
    format!(" {} ", waypost_core::i18n::message(id, &[]))
}
/// A value of a filter picker with its number of sessions.
pub(crate) fn picker_option(value: &str, sessions: usize) -> String {
    tr!("scr-picker-option", value = value, sessions = sessions)
}
/// The browser's filter line.
pub(crate) fn browser_filters(
    questionnaire: &str,
    status: &str,
    organisation: &str,
    shown: usize,
    all: usize,
) -> String {
    tr!(
        "scr-browser-filters",
        kq = key(Mode::Browser, &Action::FilterQuestionnaire),
        questionnaire = questionnaire,
        ks = key(Mode::Browser, &Action::FilterStatus),
        status = status,
        ko = key(Mode::Browser, &Action::FilterOrganisation),
        organisation = organisation,
        shown = shown,
        all = all
    )
}
/// Where the highlighted session came from, for the line above the table: this laptop, or who
/// in the team sent it and when.
pub(crate) fn origin_line(row: Option<&waypost_core::store::rows::Row>) -> String {
    match row.and_then(|r| r.from_team.as_deref()) {
        Some(who) => tr!(
            "scr-origin-team",
            who = who,
            follow_up = key(Mode::Browser, &Action::FollowUp),
            origin = key(Mode::Browser, &Action::FilterOrigin)
        ),
        None => tr!("scr-origin-laptop", origin = key(Mode::Browser, &Action::FilterOrigin)),
    }
}
/// The origin filter in force, after the other filters.
pub(crate) fn origin_in_force(origin: Option<&str>) -> String {
    format!(
        " · {}",
        tr!("scr-origin-in-force", key = key(Mode::Browser, &Action::FilterOrigin), origin = origin_choice(origin))
    )
}
/// The value of the origin filter.
pub(crate) fn origin_choice(origin: Option<&str>) -> String {
    match origin {
        Some(who) => tr!("scr-origin-choice-team", who = who),
        None => tr!("scr-origin-choice-laptop"),
    }
}
/// A filter that lets everything through.
pub(crate) fn filter_all() -> String {
    tr!("scr-filter-all")
}
/// The browser's search prompt.
pub(crate) fn search_prompt() -> String {
    tr!("scr-search-prompt", key = key(Mode::Form, &Action::Confirm))
}
/// The browser's column heads.
pub(crate) fn browser_columns() -> [String; 7] {
    [
        tr!("scr-col-last-change"),
        tr!("scr-col-started"),
        tr!("scr-col-status"),
        tr!("scr-col-done"),
        tr!("scr-col-questionnaire"),
        tr!("scr-col-organisation"),
        tr!("scr-col-facilitator"),
    ]
}
/// A session's standing with the team's server: a mark for its row, and words for the line
/// about the highlighted one.
pub(crate) fn sending(standing: &waypost_core::team::outbox::Standing) -> (&'static str, String) {
    use waypost_core::team::outbox::Standing;
    match standing {
        Standing::Waiting => ("↑", tr!("scr-sending-waiting")),
        Standing::Sent(at) => ("✓", tr!("scr-sending-sent", at = at.format("%Y-%m-%d %H:%M").to_string())),
        Standing::Failed(why) => ("!", tr!("scr-sending-failed", reason = why.as_str())),
    }
}
/// A session with no standing with the team's server yet.
pub(crate) fn sending_later() -> String {
    tr!("scr-sending-later")
}
/// The browser with nothing to show.
pub(crate) fn no_sessions(any: bool) -> String {
    if any { tr!("scr-no-match") } else { tr!("scr-no-sessions") }
}
/// The trash question.
pub(crate) fn trash_question(id: &str) -> String {
    tr!("scr-trash-question", id = id)
}
/// What the trash does.
pub(crate) fn trash_explained() -> String {
    tr!("scr-trash-explained")
}
/// Compare pressed without a marked session.
pub(crate) fn mark_first() -> String {
    tr!("scr-mark-first", mark = key(Mode::Browser, &Action::Mark), compare = key(Mode::Browser, &Action::Compare))
}
/// A grid asked of a questionnaire without one.
pub(crate) fn no_grid() -> String {
    tr!("scr-no-grid")
}
/// A grid asked of a questionnaire without one, opened on the summary instead.
pub(crate) fn no_grid_summary() -> String {
    tr!("scr-no-grid-summary")
}
/// The summary's actions heading.
pub(crate) fn suggested_actions() -> String {
    tr!("scr-suggested-actions")
}
/// A questionnaire without scores.
pub(crate) fn not_scored() -> String {
    tr!("scr-not-scored")
}
/// The summary's heading for flags the answers raise.
pub(crate) fn flags_title() -> String {
    tr!("scr-flags")
}
/// The summary's notes heading.
pub(crate) fn notes_title() -> String {
    tr!("scr-notes")
}
/// The counts of answer states.
pub(crate) fn state_counts(dont_know: usize, declined: usize, not_applicable: usize) -> String {
    tr!("scr-state-counts", dont_know = dont_know, declined = declined, not_applicable = not_applicable)
}
/// The comparison's score heading.
pub(crate) fn compare_scores() -> String {
    tr!("scr-compare-scores")
}
/// The comparison's answers heading.
pub(crate) fn changed_answers(n: usize) -> String {
    tr!("scr-changed-answers", n = n)
}
/// A grid whose list is hidden.
pub(crate) fn grid_hidden() -> String {
    tr!("scr-grid-hidden")
}
/// A grid's default title.
pub(crate) fn grid_title() -> String {
    tr!("scr-grid-title")
}
/// Stakeholders that could not be placed.
pub(crate) fn not_placed(names: &str) -> String {
    tr!("scr-not-placed", names = names)
}
/// An axis under the grid: `→ How committed…: Opposed … Champion`.
pub(crate) fn grid_axis(arrow: &str, title: &str, low: &str, high: &str) -> String {
    tr!("scr-grid-axis", arrow = arrow, title = title, low = low, high = high)
}
/// A quadrant with nobody in it.
pub(crate) fn nobody() -> String {
    tr!("scr-nobody")
}
/// The grid's side pane.
pub(crate) fn quadrants_title() -> String {
    format!(" {} ", tr!("scr-quadrants"))
}
/// The home screen's title.
pub(crate) fn home_title() -> String {
    tr!("scr-home-title")
}
/// Where a questionnaire comes from.
pub(crate) fn origin(built_in: bool) -> String {
    if built_in { tr!("scr-origin-built-in") } else { tr!("scr-origin-file") }
}
/// The home screen's questionnaire pane.
pub(crate) fn questionnaires_title() -> String {
    format!(" {} ", tr!("scr-questionnaires"))
}
/// Home without sessions.
pub(crate) fn home_no_sessions() -> String {
    tr!("scr-home-no-sessions", key = key(Mode::Home, &Action::Confirm))
}
/// A session without an organisation.
pub(crate) fn no_organisation() -> String {
    tr!("scr-no-organisation")
}
/// The home screen's session pane.
pub(crate) fn recent_title(shown: usize, all: usize) -> String {
    format!(" {} ", tr!("scr-recent", shown = shown, all = all, key = key(Mode::Home, &Action::Browse)))
}
/// Damaged session files on the home screen.
pub(crate) fn damaged_files(names: &[String]) -> String {
    tr!("scr-damaged-files", n = names.len(), names = names.join(", "))
}
/// The browser's title.
pub(crate) fn sessions_title() -> String {
    tr!("scr-sessions")
}
/// The search in force.
pub(crate) fn search_in_force(needle: &str) -> String {
    format!(" · {}", tr!("scr-search-in-force", needle = needle, key = key(Mode::Browser, &Action::Back)))
}
/// The session marked for a comparison.
pub(crate) fn marked(id: &str) -> String {
    format!(" · {}", tr!("scr-marked", id = id))
}
/// The search box's title.
pub(crate) fn search_title() -> String {
    format!(" {} ", tr!("scr-search-title"))
}
/// The count of damaged files in the browser.
pub(crate) fn damaged_count(n: usize) -> String {
    tr!("scr-damaged-count", n = n)
}
/// The trash question's choices.
pub(crate) fn trash_choices() -> String {
    tr!("scr-trash-choices", yes = key(Mode::ConfirmTrash, &Action::Yes), back = key(Mode::ConfirmTrash, &Action::Back))
}
/// The trash question's title.
pub(crate) fn trash_title() -> String {
    format!(" {} ", tr!("scr-trash-title"))
}
/// The overall score's row.
pub(crate) fn overall() -> String {
    tr!("scr-overall")
}
/// The title of the focused list.
pub(crate) fn focused_title(title: &str) -> String {
    format!("▶{title}")
}
