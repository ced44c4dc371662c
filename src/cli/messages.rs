//! Every text the command line prints of its own, by id. Texts from files and sessions are passed
//! in and cleaned where they are printed.

/// Standard output could not be written.
pub fn cannot_write_output() -> &'static str {
    "cannot write the output"
}
/// A report that could not be written where asked.
pub fn cannot_write_to(file: &str) -> String {
    format!("cannot write {file}")
}
/// A session back from the trash.
pub fn restored(id: &str) -> String {
    format!("{id} is back among the sessions")
}
/// A report written to a file.
pub fn wrote(file: &str) -> String {
    format!("wrote {file}")
}
/// `--plain` without a command.
pub fn plain_needs_command() -> &'static str {
    "--plain needs a command: `waypost --plain new QUESTIONNAIRE_ID` or `waypost --plain resume SESSION_ID`"
}
/// A session opened with another version of its questionnaire.
pub fn other_version(session: &str, questionnaire: &str, started: &str, now: &str) -> String {
    format!("note: session \"{session}\" was started with {questionnaire} version {started}; using version {now}")
}
/// Two sessions compared in date order, not in the order given.
pub fn reordered(earlier: &str) -> String {
    format!("note: compared in date order: {earlier} is the earlier session")
}
/// A damaged session file met while listing.
pub fn damaged(path: &str, message: &str) -> String {
    format!("damaged session file {path}: {message}")
}
/// No sessions to list.
pub fn no_sessions() -> &'static str {
    "No sessions yet. Start one with `waypost new QUESTIONNAIRE_ID`.\n"
}
/// The listing's column heads.
pub const LIST_COLUMNS: [&str; 6] = ["UPDATED", "STATUS", "DONE", "QUESTIONNAIRE", "ORGANISATION", "ID"];
/// The questionnaires' column heads.
pub const QUESTIONNAIRE_COLUMNS: [&str; 4] = ["ID", "VERSION", "TITLE", "FROM"];
/// A file that checked clean.
pub fn file_ok(file: &str) -> String {
    format!("{file}: ok")
}
/// The count at the end of `validate`.
pub fn checked(files: usize, bad: usize, errors: usize, warnings: usize) -> String {
    format!(
        "{files} {} checked: {bad} with problems ({errors} {}, {warnings} {})",
        if files == 1 { "file" } else { "files" },
        if errors == 1 { "error" } else { "errors" },
        if warnings == 1 { "warning" } else { "warnings" }
    )
}
