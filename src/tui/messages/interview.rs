//! The interview screen's texts: the question, its input, the list editor, the review.

use super::key;
use crate::tui::action::Action;
use crate::tui::keys::Mode;

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
    format!(
        "Item removed: {} brings it back; {} confirms the list.",
        key(Mode::ListTable, &Action::Undo),
        key(Mode::ListTable, &Action::Confirm)
    )
}

/// A removed list item brought back.
pub fn item_back() -> String {
    "Item back in the list.".into()
}

/// Leaving a list item with fields filled.
pub fn keep_item() -> String {
    format!(
        "Keep this item as it is? {} keep · {} discard · {} go on entering it",
        key(Mode::ConfirmItem, &Action::Yes),
        key(Mode::ConfirmItem, &Action::Discard),
        key(Mode::ConfirmItem, &Action::Back)
    )
}

/// A half-filled list item kept.
pub fn item_kept() -> String {
    format!("Item kept: press {} to confirm the list.", key(Mode::ListTable, &Action::Confirm))
}

/// Adding to a list that is full.
pub fn list_full(max: usize) -> String {
    format!("The list holds at most {max} items: edit or remove one to change it.")
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

/// Beside an answer shown read-only.
pub fn answered_read_only() -> &'static str {
    "Answered (read-only)"
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
    if required { "missing (required)" } else { "not answered" }
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

/// Typed text not yet on disk (saved within a second).
pub fn draft_pending() -> &'static str {
    "Draft: saving…"
}

/// Typed text on disk as a draft, not yet an answer.
pub fn draft_saved() -> String {
    format!("Draft saved: not an answer until you press {}", key(Mode::Typing, &Action::Confirm))
}

/// A stored answer that is no longer among the choices.
pub fn no_longer_a_choice(value: &str) -> String {
    format!("No longer a choice: {value} (kept until you pick another)")
}

/// The filter over a long list of choices: what is typed and how many choices hold it.
pub fn choice_filter(typed: &str, shown: usize, total: usize) -> String {
    if shown == 0 {
        format!("Filter: {typed}▏ · no choice holds it (Backspace to correct, Esc for every choice)")
    } else {
        format!("Filter: {typed}▏ · {shown} of {total} choices")
    }
}

/// Choices below the ones shown.
pub fn more_below(n: usize) -> String {
    format!("  ↓ {n} more")
}

/// Choices above the ones shown.
pub fn more_above(n: usize) -> String {
    format!("  ↑ {n} more")
}

/// How many copied answers wait to be confirmed, in the review.
pub fn copied_to_confirm(n: usize) -> String {
    format!(
        "{n} answer(s) copied from the last session wait to be confirmed: go to each, or press {} to confirm them all",
        key(Mode::Review, &Action::ConfirmCopied)
    )
}

/// A copied answer in the review.
pub fn copied_answer(text: &str) -> String {
    format!("{text} (copied, to confirm)")
}

/// Copied answers confirmed at once.
pub fn copied_confirmed(n: usize) -> String {
    if n == 0 {
        "No copied answer is waiting to be confirmed.".into()
    } else {
        format!("{n} copied answer(s) confirmed.")
    }
}

/// Under a copied answer.
pub fn to_confirm_line() -> String {
    format!("Copied from the last session: {} confirms it, or change it", key(Mode::Command, &Action::Confirm))
}

/// A date's box with the date as it will be kept.
pub fn date_read(date: &str) -> String {
    format!(" Date: {date} ")
}
