//! The texts of workshops: votes, the audience view, the agenda's time. From the message
//! catalogue (`locales/*/workshop.ftl`).

use waypost_core::tr;

use super::key;
use crate::tui::action::Action;
use crate::tui::keys::Mode;

/// Under the bars, when the room is divided.
pub(crate) fn room_divided(votes: usize) -> String {
    tr!("tui-room-divided", votes = votes)
}
/// Under the bars, otherwise.
pub(crate) fn votes_given(votes: usize) -> String {
    tr!("tui-votes-given", votes = votes)
}
/// The audience view before the session could be read.
pub(crate) fn present_waiting() -> String {
    tr!("tui-present-waiting")
}
/// The audience view of a completed session.
pub(crate) fn present_completed() -> String {
    tr!("tui-present-completed")
}
/// The audience view's progress line.
pub(crate) fn present_progress(answered: usize, total: usize) -> String {
    tr!("tui-present-progress", answered = answered, total = total)
}
/// The answer the room agreed on last, on the projector while the next question is read out.
pub(crate) fn present_agreed(question: &str, answer: &str) -> String {
    tr!("tui-present-agreed", question = question, answer = answer)
}
/// A vote asked for on a question, with no participants to vote.
pub(crate) fn no_voters() -> String {
    tr!("workshop-no-voters")
}
/// The line over the choices while votes are entered.
pub(crate) fn vote_of(voter: &str, n: usize, of: usize) -> String {
    tr!("tui-vote-of", voter = waypost_core::text::line(voter).into_owned(), n = n, of = of)
}
/// After the last vote, when one choice leads.
pub(crate) fn votes_done(label: &str) -> String {
    let confirm = key(Mode::Command, &Action::Confirm);
    tr!("tui-votes-done", label = waypost_core::text::line(label).into_owned(), confirm = confirm)
}
/// After the last vote, with no choice ahead of the others.
pub(crate) fn votes_done_no_leader() -> String {
    tr!("tui-votes-done-tie")
}
/// Notes and help hidden, or shown again.
pub(crate) fn notes_hidden(hidden: bool) -> String {
    let key = key(Mode::Command, &Action::HideNotes);
    if hidden { tr!("tui-notes-hidden", key = key) } else { tr!("tui-notes-shown") }
}
/// The title line's mark while notes are hidden.
pub(crate) fn shared_screen_mark() -> String {
    format!("{} ", tr!("tui-shared-screen"))
}
/// The quiet notice at a section's planned end.
pub(crate) fn time_up(section: &str, minutes: u32) -> String {
    tr!("tui-time-up", section = waypost_core::text::line(section).into_owned(), minutes = minutes)
}
/// The title line's time: spent against planned on the section, then on the session.
pub(crate) fn time_against_plan(section: u64, section_plan: Option<u32>, total: u64, total_plan: u32) -> String {
    let minutes = |seconds: u64| (seconds + 30) / 60;
    let section = match section_plan {
        Some(plan) => tr!("tui-time-of", spent = minutes(section), plan = plan),
        None => tr!("tui-time-spent", spent = minutes(section)),
    };
    tr!("tui-time-line", section = section, total = tr!("tui-time-of", spent = minutes(total), plan = total_plan))
}
/// A dot vote with no suggested actions to vote on.
pub(crate) fn no_actions_to_vote_on() -> String {
    tr!("workshop-no-dot-targets")
}
/// The dot vote's title: whose dots, how many left.
pub(crate) fn dot_vote_title(voter: &str, left: usize) -> String {
    tr!("tui-dot-vote-title", voter = waypost_core::text::line(voter).into_owned(), left = left)
}
/// The dot vote's hint.
pub(crate) fn dot_vote_hint() -> String {
    tr!("tui-dot-vote-hint")
}
/// After the last voter's dots.
pub(crate) fn dot_vote_done() -> String {
    tr!("tui-dot-vote-done")
}
