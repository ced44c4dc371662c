//! Every text plain mode prints of its own, by id. Texts from questionnaires and answers are
//! passed in and cleaned where they are printed.

/// The commands, shown at the start and with `:h`.
pub fn commands() -> &'static str {
    "Commands: :b back, :s skip, :n TEXT note, :dk don't know, :dec declined, :na not applicable, \
:h help, :r review, :f finish, :q quit. Empty line: keep the answer and go on. \
An answer that starts with a colon: type it after ::."
}
/// Asked when `--organisation` was not given.
pub fn ask_organisation() -> &'static str {
    "Organisation: "
}
/// Asked when `--facilitator` was not given.
pub fn ask_facilitator() -> &'static str {
    "Facilitator: "
}
/// Items carried over from an earlier session.
pub fn carried(n: usize, from: &str) -> String {
    if n == 1 {
        format!("1 open item carried over from {from}.")
    } else {
        format!("{n} open items carried over from {from}.")
    }
}
/// A session started.
pub fn started(id: &str) -> String {
    format!("Session {id} started; every answer is saved at once.")
}
/// A session open in another window.
pub fn locked_elsewhere(id: &str) -> String {
    format!("session \"{id}\" is open in another window; close it there first")
}
/// Where and how to go on later.
pub fn resume_hint(id: &str) -> String {
    format!("Saved. Resume with `waypost --plain resume {id}`.")
}
/// The session saved at the end.
pub fn saved_as(id: &str) -> String {
    format!("Saved as {id}.")
}
/// A question that must be answered.
pub fn required() -> &'static str {
    " (required)"
}
/// How far the interview is.
pub fn progress(n: usize, total: usize) -> String {
    format!("[{n}/{total}] ")
}
/// The hint under a multi-select.
pub fn multi_hint() -> &'static str {
    "  (numbers separated by commas)"
}
/// The hint under a date.
pub fn date_hint() -> &'static str {
    "  (a date as YYYY-MM-DD, or today)"
}
/// The hint under a multi-line text.
pub fn multiline_hint() -> &'static str {
    "  (several lines; end with a line holding only a dot)"
}
/// The hint under a list.
pub fn list_hint() -> &'static str {
    "  (y to add an item, n for none; an empty line keeps the list as it is)"
}
/// The list is full.
pub fn list_full(max: usize) -> String {
    format!("  The list holds at most {max} items.")
}
/// The prompt on a note (a question without an answer).
pub fn press_enter() -> &'static str {
    "(Enter to go on) "
}
/// The answer stored.
pub fn current(text: &str) -> String {
    format!("  current answer: {text}")
}
/// A question without help.
pub fn no_help() -> &'static str {
    "No help."
}
/// A note kept, or removed when emptied.
pub fn note_saved(kept: bool) -> &'static str {
    if kept { "Note saved." } else { "Note removed." }
}
/// A soft warning.
pub fn warning(text: &str) -> String {
    format!("  Warning: {text}")
}
/// Asked when warnings hold.
pub fn ask_reason() -> &'static str {
    "  Reason to go on (empty to answer again): "
}
/// On going back from the first question.
pub fn first_question() -> &'static str {
    "  This is the first question."
}
/// After the last question.
pub fn last_question() -> &'static str {
    "\nThat was the last question."
}
/// The session finished.
pub fn completed() -> &'static str {
    "The session is completed."
}
/// Finishing refused.
pub fn still_missing(ids: &str) -> String {
    format!("Still missing: {ids}. The session stays in progress.")
}
/// A line that is not UTF-8.
pub fn not_utf8() -> &'static str {
    "  That line is not text in UTF-8; type it again."
}
/// A save that failed.
pub fn not_saved(reason: &str) -> String {
    format!("  Not saved: {reason}. The answers are kept here; saving is tried again at the next step.")
}
/// Saving works again.
pub fn saved_again() -> &'static str {
    "  Saved again: every answer is on disk."
}
/// Quitting with changes that could not be saved.
pub fn quit_unsaved() -> &'static str {
    "the latest changes could not be saved"
}
/// Asked after each list item.
pub fn add_another() -> &'static str {
    "Add another? (y/n) "
}
/// The prompt for an answer.
pub fn prompt() -> &'static str {
    "> "
}
/// The prompt for a list field.
pub fn field_prompt() -> &'static str {
    "  > "
}
/// A date typed another way, as it will be kept.
pub fn date_read(date: &str) -> String {
    format!("  = {date}")
}
/// A save that met another program's changes to the same answers: this version went to a copy.
pub fn saved_as_copy(id: &str, places: &[String], copy: &str) -> String {
    format!(
        "  Another program changed the same answers of {id} ({}): your version is saved as a copy, {copy}, and you go on in it; {id} keeps the other version.",
        places.join(", ")
    )
}

/// A save that merged another program's changes.
pub fn merged() -> &'static str {
    "  Saved, together with changes another program made to this session meanwhile."
}
