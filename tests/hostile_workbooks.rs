//! Workbooks crafted to hurt an import (`tests/fixtures/hostile/`, a few KB each): each is read
//! or refused with a reason, within the reader's limits (128 MB, 5 s); nothing aborts the
//! command, no panic or source path reaches the user, nothing is left behind. The command runs
//! under a memory limit of its own too, so the whole import is held to it, not only its reader.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

/// `waypost import FILE ARGS` on the data folder `home`, in English, the whole command limited
/// to 256 MB of address space where the system allows it.
fn import(home: &Path, file: &str, args: &[&str]) -> Output {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile").join(file);
    let mut command = if cfg!(unix) {
        let mut sh = Command::new("sh");
        sh.args(["-c", "ulimit -v 262144 && exec \"$0\" \"$@\"", env!("CARGO_BIN_EXE_waypost")]);
        sh
    } else {
        Command::new(env!("CARGO_BIN_EXE_waypost"))
    };
    command.arg("import").arg(&fixture).args(args).env("WAYPOST_DATA_DIR", home.join("data")).env("WAYPOST_LANG", "en");
    command.output().expect("the binary runs")
}

fn said(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What every outcome holds to: an exit code (no signal), and nothing of a panic said.
fn clean(out: &Output) {
    let text = said(out);
    assert!(out.status.code().is_some(), "ended by a signal: {text}");
    for leak in ["panicked", "backtrace", ".cargo", "calamine", "memory allocation"] {
        assert!(!text.contains(leak), "{leak} shown: {text}");
    }
}

/// The files in the data folder's questionnaires.
fn kept(home: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(home.join("data/questionnaires")) else { return Vec::new() };
    let mut names: Vec<String> = entries.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn far_cells_are_read_as_what_they_hold_not_as_the_rectangle_they_span() {
    for file in ["far-cell.xlsx", "z-cell.xlsx"] {
        let home = tempfile::tempdir().unwrap();
        let out = import(home.path(), file, &[]);
        clean(&out);
        assert!(out.status.success(), "{file}: {}", said(&out));
        assert!(said(&out).contains("1 question in 1 section"), "{}", said(&out));
    }
}

#[test]
fn formats_read_whole_are_stopped_at_the_reader_s_limits_and_said() {
    for (file, why) in [
        ("spaces.ods", "needed more than 128 MB of memory"),
        ("sector-loop.xls", "so it was stopped"),
        ("rows-repeated.ods", "the workbook cannot be read"),
        ("reader-panics.xls", "the workbook cannot be read"),
    ] {
        let home = tempfile::tempdir().unwrap();
        let out = import(home.path(), file, &[]);
        clean(&out);
        assert_eq!(out.status.code(), Some(1), "{file}");
        assert!(said(&out).contains(&format!("{file}: ")) && said(&out).contains(why), "{file}: {}", said(&out));
        assert!(kept(home.path()).is_empty(), "{file}: {:?}", kept(home.path()));
    }
}

#[test]
fn ten_thousand_nested_parentheses_are_a_note_not_a_stack_overflow() {
    let home = tempfile::tempdir().unwrap();
    let out = import(home.path(), "deep.xlsx", &[]);
    clean(&out);
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("parentheses nested more than 32 deep"), "{}", said(&out));
    assert!(said(&out).len() < 2_000, "the note quotes the start of the expression only");
}

#[test]
fn the_reader_s_refusal_is_said_in_the_interface_s_language() {
    let home = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/two-surveys.xlsx");
    // The language given on the command line, not the environment's: the reader, a process of
    // its own, is told it.
    let out = Command::new(env!("CARGO_BIN_EXE_waypost"))
        .args(["--language", "es", "import"])
        .arg(&fixture)
        .env("WAYPOST_DATA_DIR", home.path().join("data"))
        .env("WAYPOST_LANG", "en")
        .output()
        .expect("the binary runs");
    clean(&out);
    assert!(said(&out).contains(r#"el libro tiene dos hojas "survey" y "SURVEY""#), "{}", said(&out));
}

#[test]
fn two_sheets_of_one_name_and_a_built_in_s_id_are_said_and_nothing_is_installed() {
    let home = tempfile::tempdir().unwrap();
    let out = import(home.path(), "two-surveys.xlsx", &[]);
    clean(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains(r#"two sheets "survey" and "SURVEY""#), "{}", said(&out));
    let out = import(home.path(), "builtin-id.xlsx", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains(r#"the form's id is "learning-review", a built-in questionnaire's"#), "{}", said(&out));
    assert!(kept(home.path()).is_empty());
    let out = import(home.path(), "builtin-id.xlsx", &["--force"]);
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(kept(home.path()), ["learning-review.json"]);
}

#[test]
fn a_missing_folder_is_said_and_a_killed_import_s_leftover_is_cleaned_by_the_next() {
    let home = tempfile::tempdir().unwrap();
    let missing = format!("{}/nope/", home.path().display());
    let out = import(home.path(), "z-cell.xlsx", &["-o", &missing]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains("nope/: no such folder"), "{}", said(&out));
    assert!(!home.path().join("nope").exists());
    // What a kill -9 in the middle of a write leaves: an old temporary file of waypost's shape.
    let folder = home.path().join("data/questionnaires");
    std::fs::create_dir_all(&folder).unwrap();
    let leftover = folder.join(".z-cell.json.Ab12Cd.tmp");
    std::fs::write(&leftover, vec![b' '; 1 << 20]).unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&leftover).unwrap().set_modified(hour_ago).unwrap();
    let theirs = folder.join("notes.tmp");
    std::fs::write(&theirs, "the user's").unwrap();
    let out = import(home.path(), "z-cell.xlsx", &[]);
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(kept(home.path()), ["notes.tmp", "z-cell.json"], "the leftover went, the user's file stayed");
}
