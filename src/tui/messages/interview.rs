//! The interview screen's texts: the question, its input, the list editor, the review. From the
//! message catalogue (`locales/*/interview.ftl`); the spaces around box titles are layout.

use waypost_core::tr;

use super::key;
use crate::tui::action::Action;
use crate::tui::keys::Mode;

/// A digit whose choice is scrolled out of view: nothing is picked.
pub(crate) fn choice_not_in_view(digit: u8) -> String {
    tr!("tui-choice-not-in-view", key = digit, filter = key(Mode::Command, &Action::Filter))
}

/// Keys that came before a warning's reason box showed, not put in it.
pub(crate) fn typed_ahead() -> String {
    tr!("tui-typed-ahead")
}

/// After the last visible question.
pub(crate) fn last_question() -> String {
    tr!("tui-last-question", finish = key(Mode::Review, &Action::Finish))
}
/// The questionnaire switched to another language.
pub(crate) fn language_switched(language: &str) -> String {
    tr!("language-switched", language = waypost_core::i18n::language_called(language))
}
/// On going back from the first question.
pub(crate) fn first_question() -> String {
    tr!("tui-first-question")
}
/// A list item entered in full.
pub(crate) fn item_added() -> String {
    tr!(
        "tui-item-added",
        confirm = key(Mode::ListTable, &Action::Confirm),
        add = key(Mode::ListTable, &Action::AddItem)
    )
}
/// A list item removed.
pub(crate) fn item_removed() -> String {
    tr!(
        "tui-item-removed",
        undo = key(Mode::ListTable, &Action::Undo),
        confirm = key(Mode::ListTable, &Action::Confirm)
    )
}
/// A removed list item brought back.
pub(crate) fn item_back() -> String {
    tr!("tui-item-back")
}
/// Leaving a list item with fields filled.
pub(crate) fn keep_item() -> String {
    tr!(
        "tui-keep-item",
        keep = key(Mode::ConfirmItem, &Action::Yes),
        discard = key(Mode::ConfirmItem, &Action::Discard),
        back = key(Mode::ConfirmItem, &Action::Back)
    )
}
/// A half-filled list item kept.
pub(crate) fn item_kept() -> String {
    tr!("tui-item-kept", confirm = key(Mode::ListTable, &Action::Confirm))
}
/// Adding to a list that is full.
pub(crate) fn list_full(max: usize) -> String {
    tr!("tui-list-full", max = max)
}
/// A new list item given up.
pub(crate) fn item_not_added() -> String {
    tr!("tui-item-not-added")
}
/// A change tried in a read-only session.
pub(crate) fn read_only() -> String {
    tr!("tui-read-only")
}
/// A note kept, or removed when emptied.
pub(crate) fn note_saved(kept: bool) -> String {
    if kept { tr!("tui-note-saved") } else { tr!("tui-note-removed") }
}
/// An empty reason given to go on past warnings.
pub(crate) fn reason_needed() -> String {
    tr!("tui-reason-needed", back = key(Mode::Form, &Action::Back))
}
/// The reason prompt left without a reason.
pub(crate) fn reason_cancelled() -> String {
    tr!("tui-reason-cancelled")
}
/// The session finished.
pub(crate) fn completed() -> String {
    tr!("tui-completed")
}
/// Finishing refused: these required questions have no answer yet.
pub(crate) fn still_missing(prompts: &[String]) -> String {
    tr!("tui-still-missing", n = prompts.len(), prompts = prompts.join(" · "))
}
/// A click on a section skipped for these answers.
pub(crate) fn section_skipped() -> String {
    tr!("tui-section-skipped")
}
/// No question visible.
pub(crate) fn nothing_shown() -> String {
    tr!("tui-nothing-shown")
}
/// A question without help.
pub(crate) fn no_help() -> String {
    tr!("tui-no-help")
}
/// The help line under a question.
pub(crate) fn help_line(help: &str) -> String {
    tr!("tui-help-line", help = help)
}
/// An answer state given.
pub(crate) fn given_state(state: &str) -> String {
    tr!("tui-given-state", state = state)
}
/// The answer on disk.
pub(crate) fn saved_mark() -> String {
    tr!("tui-saved-mark")
}
/// Beside an answer shown read-only.
pub(crate) fn answered_read_only() -> String {
    tr!("tui-answered-read-only")
}
/// The note under a question.
pub(crate) fn note_line(note: &str) -> String {
    tr!("tui-note-line", note = note)
}
/// An empty list.
pub(crate) fn empty_list(label: &str) -> String {
    tr!("tui-empty-list", label = label, add = key(Mode::ListTable, &Action::AddItem))
}
/// The review's heading.
pub(crate) fn review_title(questions: usize, missing: usize) -> String {
    tr!("tui-review-title", questions = questions, missing = missing)
}
/// The review's hint.
pub(crate) fn review_hint() -> String {
    tr!("tui-review-hint", go = key(Mode::Review, &Action::Confirm), finish = key(Mode::Review, &Action::Finish))
}
/// A list's item, when the questionnaire does not name it.
pub(crate) fn item() -> String {
    tr!("tui-item")
}
/// A list's table title: how many items.
pub(crate) fn items_title(n: usize, label: &str) -> String {
    format!(" {} ", tr!("tui-items-title", n = n, label = label))
}
/// The title over a list item's field.
pub(crate) fn item_field(label: &str, number: usize, prompt: &str, required: bool) -> String {
    format!("{label} {number} — {prompt}{}", if required { required_mark() } else { String::new() })
}
/// In place of a list field's prompt while what its chosen "other" stands for is typed.
pub(crate) fn item_specify(chosen: &str) -> String {
    tr!("tui-item-specify", chosen = chosen)
}
/// After a prompt that must be answered.
pub(crate) fn required_mark() -> String {
    format!("  {}", tr!("tui-required"))
}
/// The mark after a read-only question's prompt.
pub(crate) fn fixed_mark() -> String {
    format!("  {}", tr!("tui-fixed-mark"))
}
/// The review's text for a question without an answer.
pub(crate) fn missing(required: bool) -> String {
    if required { tr!("tui-missing-required") } else { tr!("tui-not-answered") }
}
/// The title of a text answer's box.
pub(crate) fn answer_title(multiline: bool) -> String {
    if multiline {
        format!(" {} ", tr!("tui-answer-title-multiline", newline = key(Mode::Typing, &Action::NewLine)))
    } else {
        format!(" {} ", tr!("tui-answer-title"))
    }
}
/// The note prompt's title.
pub(crate) fn note_title() -> String {
    let (save, newline, cancel) =
        (key(Mode::Form, &Action::Confirm), key(Mode::Typing, &Action::NewLine), key(Mode::Form, &Action::Back));
    format!(" {} ", tr!("tui-note-title", save = save, newline = newline, cancel = cancel))
}
/// The reason prompt's title.
pub(crate) fn reason_title() -> String {
    let (save, back) = (key(Mode::Form, &Action::Confirm), key(Mode::Form, &Action::Back));
    format!(" {} ", tr!("tui-reason-title", save = save, back = back))
}
/// The title of the prompt for what an "other" choice stands for.
pub(crate) fn other_title(label: &str) -> String {
    let (save, back) = (key(Mode::Form, &Action::Confirm), key(Mode::Form, &Action::Back));
    format!(
        " {} ",
        tr!("tui-other-title", label = waypost_core::text::line(label).into_owned(), save = save, back = back)
    )
}
/// The hint to a question's help.
pub(crate) fn help_hint() -> String {
    tr!("tui-help-hint", key = key(Mode::Command, &Action::ToggleHelp))
}
/// The questions are in `language`, not the interface's.
pub(crate) fn language_mark(language: &str) -> String {
    format!("{} ", tr!("tui-language-mark", language = waypost_core::i18n::language_called(language)))
}
/// A session opened read-only.
pub(crate) fn read_only_mark() -> String {
    format!("  {}", tr!("tui-read-only-mark"))
}
/// A completed session.
pub(crate) fn completed_mark() -> String {
    format!("  {}", tr!("tui-completed-mark"))
}
/// The progress gauge.
pub(crate) fn answered_of(answered: usize, total: usize) -> String {
    format!("{} ", tr!("tui-answered-of", answered = answered, total = total))
}
/// A section skipped, in the outline.
pub(crate) fn skip() -> String {
    tr!("tui-skip")
}
/// The outline's title.
pub(crate) fn sections_title() -> String {
    format!(" {} ", tr!("tui-sections-title"))
}
/// A soft warning gone past, with its reason.
pub(crate) fn overridden(reason: &str) -> String {
    format!("  {}", tr!("tui-overridden", reason = reason))
}
/// Typed text not yet on disk (saved within a second).
pub(crate) fn draft_pending() -> String {
    tr!("tui-draft-pending")
}
/// Typed text on disk as a draft, not yet an answer.
pub(crate) fn draft_saved() -> String {
    tr!("tui-draft-saved", confirm = key(Mode::Typing, &Action::Confirm))
}
/// A stored answer that is no longer among the choices.
pub(crate) fn no_longer_a_choice(value: &str) -> String {
    tr!("tui-no-longer-a-choice", value = value)
}
/// The filter over a long list of choices: what is typed and how many choices hold it.
pub(crate) fn choice_filter(typed: &str, shown: usize, total: usize) -> String {
    if shown == 0 {
        tr!("tui-filter-none", typed = typed)
    } else {
        tr!("tui-filter", typed = typed, shown = shown, total = total)
    }
}
/// Choices below the ones shown.
pub(crate) fn more_below(n: usize) -> String {
    format!("  {}", tr!("tui-more-below", n = n))
}
/// Choices above the ones shown.
pub(crate) fn more_above(n: usize) -> String {
    format!("  {}", tr!("tui-more-above", n = n))
}
/// How many copied answers wait to be confirmed, in the review.
pub(crate) fn copied_to_confirm(n: usize) -> String {
    tr!("tui-copied-to-confirm", n = n, key = key(Mode::Review, &Action::ConfirmCopied))
}
/// A copied answer in the review.
pub(crate) fn copied_answer(text: &str) -> String {
    tr!("tui-copied-answer", text = text)
}
/// Copied answers confirmed at once.
pub(crate) fn copied_confirmed(n: usize) -> String {
    if n == 0 { tr!("tui-copied-none") } else { tr!("tui-copied-confirmed", n = n) }
}
/// Under a copied answer.
pub(crate) fn to_confirm_line() -> String {
    tr!("tui-to-confirm-line", confirm = key(Mode::Command, &Action::Confirm))
}
