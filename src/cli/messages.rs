//! Every text the command line prints of its own, from the message catalogue (`locales/*/cli.ftl`)
//! in the interface language. Texts from files and sessions are passed in and cleaned where they
//! are printed.

use waypost_core::tr;

/// Standard output could not be written.
pub(crate) fn cannot_write_output() -> String {
    tr!("cli-cannot-write-output")
}
/// A report that could not be written where asked.
pub(crate) fn cannot_write_to(file: &str) -> String {
    tr!("cli-cannot-write-to", file = file)
}
/// A session back from the trash.
pub(crate) fn restored(id: &str) -> String {
    tr!("cli-restored", id = id)
}
/// A report written to a file.
pub(crate) fn wrote(file: &str) -> String {
    tr!("cli-wrote", file = file)
}
/// `--plain` without a command.
pub(crate) fn plain_needs_command() -> String {
    tr!("cli-plain-needs-command")
}
/// A session opened with another version of its questionnaire.
pub(crate) fn other_version(session: &str, questionnaire: &str, started: &str, now: &str) -> String {
    tr!("cli-other-version", session = session, questionnaire = questionnaire, started = started, now = now)
}
/// Two sessions compared in date order, not in the order given.
pub(crate) fn reordered(earlier: &str) -> String {
    tr!("cli-reordered", earlier = earlier)
}
/// A damaged session file met while listing.
pub(crate) fn damaged(path: &str, message: &str) -> String {
    tr!("cli-damaged", path = path, message = message)
}
/// No sessions to list.
pub(crate) fn no_sessions() -> String {
    format!("{}\n", tr!("cli-no-sessions"))
}
/// No session passes the filters, while some exist.
pub(crate) fn no_match() -> String {
    format!("{}\n", tr!("cli-no-match"))
}
/// The listing's column heads, in the interface language (scripts read `--json`).
pub(crate) fn list_columns() -> [String; 6] {
    ["cli-col-updated", "cli-col-status", "cli-col-done", "cli-col-questionnaire", "cli-col-organisation", "cli-col-id"]
        .map(|id| tr!(id))
}
/// The questionnaires' column heads.
pub(crate) fn questionnaire_columns() -> [String; 4] {
    ["cli-col-id", "cli-col-version", "cli-col-title", "cli-col-from"].map(|id| tr!(id))
}
/// A file that checked clean.
pub(crate) fn file_ok(file: &str) -> String {
    tr!("cli-file-ok", file = file)
}
/// The count at the end of `validate`.
pub(crate) fn checked(files: usize, bad: usize, errors: usize, warnings: usize) -> String {
    tr!("cli-checked", files = files, bad = bad, errors = errors, warnings = warnings)
}
/// `translate export` into the language the texts are written in.
pub(crate) fn translate_source_language(language: &str) -> String {
    tr!("cli-translate-source-language", language = language)
}
/// A file that could not be read.
pub(crate) fn cannot_read(file: &str) -> String {
    tr!("cli-cannot-read", file = file)
}
/// One entry of a PO file not applied, or a text it lacks.
pub(crate) fn translate_note(file: &str, place: &str, kind: &str) -> String {
    tr!("cli-translate-note", file = file, place = place, kind = kind)
}
/// The count at the end of `translate import`.
pub(crate) fn translate_imported(applied: usize, notes: usize, language: &str) -> String {
    tr!("cli-translate-imported", applied = applied, notes = notes, language = language)
}
