//! Every text plain mode prints of its own, from the message catalogue (`locales/*/plain.ftl`)
//! in the interface language. Texts from questionnaires and answers are passed in and cleaned
//! where they are printed. Indentation and the prompts' trailing space are layout, so they are
//! added here rather than kept in the translations.

use waypost_core::tr;

/// The commands, shown at the start and with `:h`.
pub(crate) fn commands() -> String {
    tr!("plain-commands")
}
/// Asked when `--organisation` was not given.
pub(crate) fn ask_organisation() -> String {
    format!("{} ", tr!("plain-ask-organisation"))
}
/// Asked when `--facilitator` was not given.
pub(crate) fn ask_facilitator() -> String {
    format!("{} ", tr!("plain-ask-facilitator"))
}
/// Items carried over from an earlier session.
pub(crate) fn carried(n: usize, from: &str) -> String {
    tr!("plain-carried", n = n, from = from)
}
/// A session started.
pub(crate) fn started(id: &str) -> String {
    tr!("plain-started", id = id)
}
/// A session open in another window.
pub(crate) fn locked_elsewhere(id: &str) -> String {
    tr!("plain-locked-elsewhere", id = id)
}
/// A session pulled from the team's server: not answered here.
pub(crate) fn team_session(id: &str, who: &str) -> String {
    tr!("plain-team-session", id = id, who = who)
}
/// Where and how to go on later.
pub(crate) fn resume_hint(id: &str) -> String {
    tr!("plain-resume-hint", id = id)
}
/// The session saved at the end.
pub(crate) fn saved_as(id: &str) -> String {
    tr!("plain-saved-as", id = id)
}
/// A question that must be answered.
pub(crate) fn required() -> String {
    format!(" {}", tr!("plain-required"))
}
/// A question that shows a value and takes no other.
pub(crate) fn fixed() -> String {
    format!(" {}", tr!("plain-fixed"))
}
/// How far the interview is.
pub(crate) fn progress(n: usize, total: usize) -> String {
    format!("[{n}/{total}] ")
}
/// The hint under a multi-select.
pub(crate) fn multi_hint() -> String {
    format!("  {}", tr!("plain-multi-hint"))
}
/// How an answer is typed, under a question whose kind has a format (a date).
pub(crate) fn format_hint(format: &str) -> String {
    format!("  ({format})")
}
/// The hint under a multi-line text.
pub(crate) fn multiline_hint() -> String {
    format!("  {}", tr!("plain-multiline-hint"))
}
/// The hint under a list.
pub(crate) fn list_hint() -> String {
    format!("  {}", tr!("plain-list-hint"))
}
/// A reply that is neither yes nor no.
pub(crate) fn yes_or_no() -> String {
    format!("  {}", tr!("plain-yes-or-no"))
}
/// The list is full.
pub(crate) fn list_full(max: usize) -> String {
    format!("  {}", tr!("plain-list-full", max = max))
}
/// A reply typed at a note, which takes none.
pub(crate) fn nothing_to_answer() -> String {
    format!("  {}", tr!("plain-nothing-to-answer"))
}
/// The prompt on a note (a question without an answer).
pub(crate) fn press_enter() -> String {
    format!("{} ", tr!("plain-press-enter"))
}
/// The answer stored.
pub(crate) fn current(text: &str) -> String {
    format!("  {}", tr!("plain-current", text = text))
}
/// The default a question's input starts with, taken by an empty line.
pub(crate) fn default_offered(text: &str) -> String {
    format!("  {}", tr!("plain-default", text = text))
}
/// A question without help.
pub(crate) fn no_help() -> String {
    tr!("plain-no-help")
}
/// A note kept, or removed when emptied.
pub(crate) fn note_saved(kept: bool) -> String {
    if kept { tr!("plain-note-saved") } else { tr!("plain-note-removed") }
}
/// A soft warning.
pub(crate) fn warning(text: &str) -> String {
    format!("  {}", tr!("plain-warning", text = text))
}
/// Asked when warnings hold.
pub(crate) fn ask_reason() -> String {
    format!("  {} ", tr!("plain-ask-reason"))
}
/// Asks what a chosen "other" choice stands for.
pub(crate) fn specify_other(label: &str) -> String {
    format!("  {} ", tr!("plain-specify-other", label = label))
}
/// The questionnaire switched to another language.
pub(crate) fn language_switched(language: &str) -> String {
    format!("  {}", tr!("language-switched", language = waypost_core::i18n::language_called(language)))
}
/// On `:l` where the questionnaire has one language.
/// The questions are in `language`, which is not the interface's.
pub(crate) fn other_language(language: &str) -> String {
    let name = waypost_core::i18n::language_called;
    tr!("plain-other-language", language = name(language), interface = name(waypost_core::i18n::language()))
}

pub(crate) fn one_language() -> String {
    format!("  {}", tr!("plain-one-language"))
}
/// On going back from the first question.
pub(crate) fn first_question() -> String {
    format!("  {}", tr!("plain-first-question"))
}
/// After the last question.
pub(crate) fn last_question() -> String {
    format!("\n{}", tr!("plain-last-question"))
}
/// The session finished.
pub(crate) fn completed() -> String {
    tr!("plain-completed")
}
/// Finishing refused.
pub(crate) fn still_missing(ids: &str) -> String {
    tr!("plain-still-missing", ids = ids)
}
/// A line that is not UTF-8.
pub(crate) fn not_utf8() -> String {
    format!("  {}", tr!("plain-not-utf8"))
}
/// A save that failed.
pub(crate) fn not_saved(reason: &str) -> String {
    format!("  {}", tr!("plain-not-saved", reason = reason))
}
/// Quitting with changes that could not be saved.
pub(crate) fn quit_unsaved() -> String {
    tr!("plain-quit-unsaved")
}
/// Asked after each list item.
pub(crate) fn add_another() -> String {
    format!("{} ", tr!("plain-add-another"))
}
/// The prompt for an answer.
pub(crate) fn prompt() -> &'static str {
    "> "
}
/// The prompt for a list field.
pub(crate) fn field_prompt() -> &'static str {
    "  > "
}
/// A date typed another way, as it will be kept.
pub(crate) fn date_read(date: &str) -> String {
    format!("  = {date}")
}
/// A question's votes so far.
pub(crate) fn votes(spread: &str) -> String {
    format!("  {}", tr!("plain-votes", spread = spread))
}
/// Before asking each participant's vote.
pub(crate) fn votes_hint() -> String {
    format!("  {}", tr!("plain-votes-hint"))
}
/// Asks one participant's vote.
pub(crate) fn vote_of(voter: &str) -> String {
    format!("  {} ", tr!("plain-vote-of", voter = voter))
}
/// A vote asked for with no participants.
pub(crate) fn no_voters() -> String {
    format!("  {}", tr!("workshop-no-voters"))
}
/// A dot vote with nothing to vote on.
pub(crate) fn no_dot_targets() -> String {
    format!("  {}", tr!("workshop-no-dot-targets"))
}
/// How a dot vote goes.
pub(crate) fn dots_hint(each: usize) -> String {
    format!("  {}", tr!("plain-dots-hint", dots = each))
}
/// Asks a participant for their dots.
pub(crate) fn dots_of(voter: &str, left: usize) -> String {
    format!("  {} ", tr!("plain-dots-of", voter = voter, left = left))
}
/// A participant who has given every dot.
pub(crate) fn dots_all_given(voter: &str) -> String {
    format!("  {}", tr!("plain-dots-all-given", voter = voter))
}
/// A number that is not among the actions and items.
pub(crate) fn dots_bad_number(word: &str, targets: usize) -> String {
    format!("  {}", tr!("plain-dots-bad-number", word = word, count = targets))
}
/// More numbers than dots left.
pub(crate) fn dots_too_many(left: usize) -> String {
    format!("  {}", tr!("plain-dots-too-many", left = left))
}
/// The heading of the ranking after a dot vote.
pub(crate) fn dots_done() -> String {
    tr!("plain-dots-done")
}
/// How many dots one action or item got.
pub(crate) fn dots_count(dots: usize) -> String {
    tr!("rep-dots-count", dots = dots)
}
/// A list's draft: items entered before and not confirmed (if any), and perhaps one half
/// entered.
pub(crate) fn list_draft(items: Option<usize>, half: bool) -> String {
    let half = if half { "yes" } else { "no" };
    let text = match items {
        Some(items) => tr!("plain-list-draft", items = items, half = half),
        None => tr!("plain-list-draft-half"),
    };
    format!("  {text}")
}
/// A text typed before and not confirmed.
pub(crate) fn text_draft(text: &str) -> String {
    format!("  {}", tr!("plain-text-draft", text = text))
}
