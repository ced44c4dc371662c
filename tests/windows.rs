//! The Windows binary, run under Wine: the command line on Windows paths (drive letters,
//! backslashes, spaces), plain mode with CRLF input, forms out and back, validation, reports, and
//! the crash-safety promises that hold on Windows (a killed process loses no confirmed answer and
//! leaves nothing beside the files, a damaged file is never overwritten, one window per session).
//!
//! `.ci/windows` builds the binary and names it in WAYPOST_WINDOWS_BIN, with the test-only
//! stand-in DLL that Wine 8 needs beside it (`tests/windows/bcryptprimitives.c`). Without it the
//! tests say so and pass, except under CI, where they fail.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The Windows binary, once Wine has started it; `None` (the test skipped) when there is none.
fn exe() -> Option<PathBuf> {
    let Some(exe) = std::env::var_os("WAYPOST_WINDOWS_BIN").map(PathBuf::from) else {
        common::skip("WAYPOST_WINDOWS_BIN is not set (.ci/windows builds the Windows binary)");
        return None;
    };
    // The first start sets Wine's folder up; tests running in parallel wait for it once.
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let out = wine(&exe).arg("--version").output().expect("wine runs");
        assert!(out.status.success(), "the Windows binary starts under Wine: {}", text(&out.stderr));
    });
    Some(exe)
}

/// `wine EXE` with the environment every test gives it.
fn wine(exe: &Path) -> Command {
    let mut command = Command::new("wine");
    command.arg(exe).env("WINEDEBUG", "-all").env("WAYPOST_LANG", "en").env("NO_COLOR", "1");
    command
}

/// A folder of this machine as a Windows program names it: Wine's drive Z: is the root.
fn windows_path(path: &Path) -> String {
    format!("Z:{}", path.display()).replace('/', "\\")
}

/// A data folder whose name has a space, as `C:\Users\Ana María\…` has.
fn data_folder(dir: &Path) -> PathBuf {
    let data = dir.join("My Data");
    std::fs::create_dir_all(&data).unwrap();
    data
}

/// Runs `waypost ARGS` on `data` (named the Windows way), `input` on its standard input.
fn waypost(exe: &Path, data: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = start(exe, data, args);
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Starts `waypost ARGS` on `data`, its standard input and output piped.
fn start(exe: &Path, data: &Path, args: &[&str]) -> Child {
    wine(exe)
        .args(args)
        .env("WAYPOST_DATA_DIR", windows_path(data))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The only session file in `data`, read.
fn the_session(data: &Path) -> (PathBuf, Value) {
    let files = session_files(data);
    assert_eq!(files.len(), 1, "{files:?}");
    let value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    (files[0].clone(), value)
}

/// Every file in the sessions folder, the hidden ones included.
fn session_files(data: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(data.join("sessions")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

/// The answers of partner screening's first questions, each line ending as `eol` says.
fn screening_answers(eol: &str) -> String {
    ["Smoky Ltd", "5", "Tobacco", "1", "", "HQ", "1", "1,2,3", "1", "1", "Makes cigarettes", "second line", ".", ":q"]
        .iter()
        .map(|line| format!("{line}{eol}"))
        .collect()
}

/// A data folder (in a temporary folder, kept while the value lives) holding one partner
/// screening answered through plain mode with CRLF input.
fn screened(exe: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = data_folder(dir.path());
    assert!(waypost(exe, &data, &NEW_SCREENING, screening_answers("\r\n").as_bytes()).status.success());
    (dir, data)
}

const NEW_SCREENING: [&str; 7] =
    ["--plain", "new", "partner-screening", "--organisation", "Acme Ñandú", "--facilitator", "Ana"];

#[test]
fn plain_mode_reads_windows_line_ends_as_any_other() {
    let Some(exe) = exe() else { return };
    let mut answers = Vec::new();
    for eol in ["\r\n", "\n"] {
        let dir = tempfile::tempdir().unwrap();
        let data = data_folder(dir.path());
        let out = waypost(&exe, &data, &NEW_SCREENING, screening_answers(eol).as_bytes());
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Saved. Resume with"), "{}", text(&out.stdout));
        let (_, session) = the_session(&data);
        assert_eq!(session["subject"]["organisation"], "Acme Ñandú");
        // What was answered, without when.
        let values: Vec<(String, Value)> = session["answers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, answer)| (id.clone(), answer["value"].clone()))
            .collect();
        answers.push(values);
    }
    assert_eq!(answers[0], answers[1], "CRLF and LF give the same answers");
    let crlf: serde_json::Map<String, Value> = answers[0].iter().cloned().collect();
    assert_eq!(crlf.len(), 10, "{crlf:?}");
    assert_eq!(crlf["sector_other"], "Tobacco");
    assert_eq!(crlf["exclusions"], serde_json::json!(["tobacco", "alcohol", "weapons"]));
    assert_eq!(crlf["excluded_which"], "Makes cigarettes\nsecond line", "lines joined with LF, no CR");
}

#[test]
fn the_command_line_works_on_windows_paths() {
    let Some(exe) = exe() else { return };
    let (dir, data) = screened(&exe);
    let out = waypost(&exe, &data, &["list", "--json"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let out = waypost(&exe, &data, &["show", &id], b"");
    assert!(text(&out.stdout).contains("Acme Ñandú"), "{}", text(&out.stdout));

    // Exports into a folder named with a drive letter, backslashes and spaces.
    let exports = dir.path().join("Exported reports");
    std::fs::create_dir(&exports).unwrap();
    for format in ["md", "html", "csv", "json"] {
        let out = waypost(&exe, &data, &["export", &id, "--format", format, "-o", &windows_path(&exports)], b"");
        assert!(out.status.success(), "{format}: {}", text(&out.stderr));
    }
    let mut names: Vec<String> =
        std::fs::read_dir(&exports).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names.len(), 4, "one file per format, nothing beside them: {names:?}");
    let markdown = names.iter().find(|n| Path::new(n).extension().is_some_and(|e| e == "md")).unwrap();
    assert!(std::fs::read_to_string(exports.join(markdown)).unwrap().contains("Acme Ñandú"));

    // A report over the sessions, to a file named with forward slashes, as Windows takes them too.
    let report = format!("{}/report.html", windows_path(&exports).replace('\\', "/"));
    let out = waypost(
        &exe,
        &data,
        &["report", "--questionnaire", "partner-screening", "--format", "html", "-o", &report],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read_to_string(exports.join("report.html")).unwrap().contains("<html"));
    let out = waypost(&exe, &data, &["agenda", &id], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));

    // An unknown id with an escape sequence in it is named, never passed raw to the console.
    let out = waypost(&exe, &data, &["show", "\u{1b}]0;owned\u{7}x"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07), "{:?}", text(&out.stderr));
}

#[test]
fn questionnaires_and_forms_are_checked_and_converted_on_windows_paths() {
    let Some(exe) = exe() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = data_folder(dir.path());
    let forms = dir.path().join("Form files");
    std::fs::create_dir(&forms).unwrap();
    let xlsx = windows_path(&forms.join("screening form.xlsx"));
    let out = waypost(&exe, &data, &["export-form", "partner-screening", "--format", "xlsform", "-o", &xlsx], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let back = windows_path(&forms.join("screening back.json"));
    let out = waypost(&exe, &data, &["import", &xlsx, "-o", &back], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = waypost(&exe, &data, &["validate", &back], b"");
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));

    // A broken questionnaire is refused, named by its Windows path with the line and column.
    std::fs::write(forms.join("broken.json"), "{\r\n  \"id\": \"x\",\r\n  oops\r\n}").unwrap();
    let out = waypost(&exe, &data, &["validate", &windows_path(&forms.join("broken.json"))], b"");
    assert_eq!(out.status.code(), Some(1));
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(said.contains("broken.json") && said.contains("3:"), "{said}");
}

#[test]
fn a_killed_process_loses_no_confirmed_answer_and_leaves_nothing_beside_the_files() {
    let Some(exe) = exe() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = data_folder(dir.path());
    let mut child = start(&exe, &data, &NEW_SCREENING);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"Smoky Ltd\r\n5\r\nTobacco\r\n1\r\n").unwrap();
    stdin.flush().unwrap();
    // Each answer is on disk once confirmed: wait for the fourth, then kill, as a power cut would.
    let deadline = Instant::now() + Duration::from_secs(60);
    let saved = loop {
        let answered = std::fs::read_dir(data.join("sessions"))
            .ok()
            .and_then(|mut files| files.next())
            .and_then(|f| std::fs::read(f.unwrap().path()).ok())
            .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
            .and_then(|s| s["answers"].as_object().map(serde_json::Map::len));
        if answered == Some(4) {
            break true;
        }
        if Instant::now() > deadline {
            break false;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    child.kill().unwrap();
    let _ = child.wait();
    drop(stdin);
    assert!(saved, "four answers on disk within a minute");
    let (file, session) = the_session(&data);
    assert_eq!(session["answers"]["purpose"]["value"], serde_json::json!(["funding"]));
    assert_eq!(session_files(&data), vec![file.clone()], "no temporary file left beside it");

    // The lock of the killed process is gone with it: the session resumes where it was left.
    let id = file.file_stem().unwrap().to_string_lossy().into_owned();
    // The question after the fourth answer is skipped with an empty line, as when it was typed.
    let out = waypost(&exe, &data, &["--plain", "resume", &id], b"\r\nHQ\r\n:q\r\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (_, session) = the_session(&data);
    assert_eq!(session["answers"]["proposed_by"]["value"], "HQ");
}

#[test]
fn a_session_open_in_one_window_is_refused_in_another_and_a_damaged_one_is_never_overwritten() {
    let Some(exe) = exe() else { return };
    let (_dir, data) = screened(&exe);
    let (file, _) = the_session(&data);
    let id = file.file_stem().unwrap().to_string_lossy().into_owned();

    // The first window holds the session until its input ends; it has the lock once it has
    // written who holds it into the lock file (read here from outside Wine, which Windows' own
    // mandatory lock would refuse).
    let lock = data.join("locks").join(format!("{id}.lock"));
    std::fs::remove_file(&lock).unwrap();
    let mut first = start(&exe, &data, &["--plain", "resume", &id]);
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::fs::read(&lock).map_or(true, |holder| holder.is_empty()) {
        assert!(Instant::now() < deadline, "the first window took the lock within a minute");
        std::thread::sleep(Duration::from_millis(100));
    }
    let second = waypost(&exe, &data, &["--plain", "resume", &id], b":q\r\n");
    first.stdin.take().unwrap().write_all(b":q\r\n").unwrap();
    assert!(first.wait_with_output().unwrap().status.success());
    assert_eq!(second.status.code(), Some(1));
    assert!(text(&second.stderr).contains("is open in another window"), "{}", text(&second.stderr));

    // A damaged file is reported, named, and left exactly as it was.
    let damaged = b"{\"id\": \"broken\", \"answers\": {";
    std::fs::write(&file, damaged).unwrap();
    let out = waypost(&exe, &data, &["--plain", "resume", &id], b"x\r\n:q\r\n");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains(&id), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(&file).unwrap(), damaged);
    assert_eq!(session_files(&data), vec![file], "nothing written beside it");
}
