//! Hostile folders, files and bytes, each tried on the binary: waypost refuses them, names them,
//! never writes through a link, never hangs on a FIFO, and lets no raw control byte out.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(unix)]

mod common;

use std::io::Write;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};
use waypost_core::store::{FileStore, Store};
use waypost_core::testing::{example, give, session};

fn waypost(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(common::binary())
        .env("WAYPOST_LANG", "en")
        .args(args)
        .env("WAYPOST_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Whether bytes hold anything a terminal acts on or reorders: C0 but tab and newline, DEL, C1,
/// bidirectional controls.
fn has_raw_controls(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes).chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

const HOSTILE: &str = "Acme\u{1b}]52;c;aGk=\u{7}\u{9b}31m\u{7f}\u{8}\r\u{202e}";

/// A session of the example with hostile text in its answers, saved in `data`.
fn hostile_session(data: &Path) -> String {
    let q = example();
    let mut s = session(&q, "hostile", HOSTILE);
    give(&q, &mut s, &[("sector", json!("tourism")), ("summary", json!(HOSTILE)), ("plan", json!("yes"))]);
    let store = FileStore::new(data);
    store.create(&s).unwrap();
    s.id
}

/// A data folder (in a temporary folder kept alive by the first value) with the example
/// questionnaire and a session full of hostile text, and that session's id.
fn hostile_data() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    with_example(&data);
    let id = hostile_session(&data);
    (dir, data, id)
}

fn with_example(data: &Path) {
    let own = data.join("questionnaires");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example.json"), own.join("example.json"))
        .unwrap();
}

#[test]
fn a_planted_lock_link_is_set_aside_and_its_target_untouched() {
    let (dir, data, id) = hostile_data();
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    std::fs::create_dir_all(data.join("locks")).unwrap();
    symlink(&victim, data.join(format!("locks/{id}.lock"))).unwrap();
    let out = waypost(&data, &["--plain", "resume", &id], ":q\n");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("symbolic link") && stderr.contains(&format!("{id}.lock")), "{stderr}");
    assert!(stderr.contains("was not used and was moved to") && stderr.contains("quarantine"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(std::fs::symlink_metadata(data.join(format!("quarantine/{id}.lock"))).unwrap().is_symlink());
}

#[test]
fn a_folder_of_the_data_folder_planted_as_a_link_is_refused_and_gets_no_file() {
    let (dir, data, id) = hostile_data();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    symlink(&elsewhere, data.join("locks")).unwrap();
    let out = waypost(&data, &["--plain", "resume", &id], ":q\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("symbolic link") && stderr.contains("locks"), "{stderr}");
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0, "nothing created through the link");
}

#[test]
fn a_planted_spare_link_is_set_aside_and_receives_nothing() {
    let (dir, data, id) = hostile_data();
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    symlink(&victim, data.join(format!("sessions/.{id}.json.spare"))).unwrap();
    let out = waypost(&data, &["--plain", "resume", &id], ":n a note\n:q\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Note saved") && !stdout.contains("Not saved"), "{stdout}");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!(".{id}.json.spare")) && stderr.contains("symbolic link"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious", "nothing written through the link");
    let saved = std::fs::read_to_string(data.join(format!("sessions/{id}.json"))).unwrap();
    assert!(saved.contains("a note"), "the note is saved in the session's own file");
}

#[test]
fn fifos_devices_and_folders_named_json_are_reported_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    with_example(&data);
    hostile_session(&data);
    let sessions = data.join("sessions");
    mkfifo(&sessions.join("fifo.json"));
    symlink("/dev/zero", sessions.join("zero.json")).unwrap();
    std::fs::create_dir(sessions.join("folder.json")).unwrap();
    let out = waypost(&data, &["list"], "");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("fifo.json") && stderr.contains("not a regular file"), "{stderr}");
    assert!(stderr.contains("zero.json"), "{stderr}");
    let fifo = dir.path().join("q.json");
    mkfifo(&fifo);
    let out = waypost(&data, &["validate", fifo.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("not a regular file"));
}

#[test]
fn csv_and_json_exports_let_no_raw_control_byte_out() {
    let (_dir, data, id) = hostile_data();
    let csv = waypost(&data, &["export", &id, "--format", "csv"], "");
    assert!(csv.status.success());
    assert!(!has_raw_controls(&csv.stdout), "{:?}", String::from_utf8_lossy(&csv.stdout));
    assert!(String::from_utf8_lossy(&csv.stdout).contains("<U+001B>]52;c;aGk=<U+0007>"));
    let report = waypost(&data, &["report", "--questionnaire", "learning-review-example", "--format", "csv"], "");
    assert!(!has_raw_controls(&report.stdout));
    for args in [vec!["export", &id, "--format", "json"], vec!["list", "--json"], vec!["show", &id, "--json"]] {
        let out = waypost(&data, &args, "");
        assert!(out.status.success(), "{args:?}");
        assert!(!has_raw_controls(&out.stdout), "{args:?}: {:?}", String::from_utf8_lossy(&out.stdout));
    }
    let json = waypost(&data, &["export", &id, "--format", "json"], "");
    let back: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(back["answers"]["summary"]["value"], HOSTILE, "the same data, escaped");
}

#[test]
fn error_messages_quote_file_text_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = hostile_session(&data); // its questionnaire is not known without the example
    let path = data.join(format!("sessions/{id}.json"));
    let mut file: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    file["questionnaire"]["id"] = json!("x\u{1b}]52;c;aGk=\u{7}y");
    std::fs::write(&path, file.to_string()).unwrap();
    for args in [vec!["resume", &id], vec!["show", &id], vec!["--plain", "resume", &id]] {
        let out = waypost(&data, &args, "");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(!has_raw_controls(&out.stderr), "{args:?}: {:?}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("x␛]52;c;aGk=␇y"), "{args:?}");
    }
}

#[test]
fn a_data_folder_others_can_write_is_made_private() {
    let (_dir, data, id) = hostile_data();
    for folder in [&data, &data.join("sessions")] {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    let out = waypost(&data, &["--plain", "resume", &id], ":n tightened\n:q\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for folder in [&data, &data.join("sessions")] {
        assert_eq!(std::fs::metadata(folder).unwrap().permissions().mode() & 0o777, 0o700, "{}", folder.display());
    }
}

#[test]
fn export_to_a_folder_a_bare_name_a_device_or_a_session() {
    let (dir, data, id) = hostile_data();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    // A folder: the default name inside it, the folder untouched.
    let out = waypost(&data, &["export", &id, "--format", "md", "-o", out_dir.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out_dir.join(format!("{id}.md")).is_file());
    // Again: replaced, and nothing left beside it.
    let out = waypost(&data, &["export", &id, "--format", "md", "-o", out_dir.to_str().unwrap()], "");
    assert!(out.status.success());
    let names: Vec<_> = std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, [std::ffi::OsString::from(format!("{id}.md"))]);
    // A bare file name, in the current folder.
    let out = Command::new(common::binary())
        .env("WAYPOST_LANG", "en")
        .args(["export", &id, "--format", "csv", "-o", "bare.csv"])
        .env("WAYPOST_DATA_DIR", &data)
        .current_dir(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out_dir.join("bare.csv").is_file());
    // A device and a session file are refused, and left as they were.
    let session_file = data.join(format!("sessions/{id}.json"));
    let before = std::fs::read(&session_file).unwrap();
    for target in [Path::new("/dev/null"), session_file.as_path()] {
        let out = waypost(&data, &["export", &id, "--format", "md", "-o", target.to_str().unwrap()], "");
        assert_eq!(out.status.code(), Some(1), "{}", target.display());
    }
    assert_eq!(std::fs::read(&session_file).unwrap(), before);
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(&std::fs::metadata("/dev/null").unwrap().file_type()));
}

#[test]
fn any_year_from_0000_to_9999_lists_and_sorts_right() {
    let (_dir, data, id) = hostile_data();
    let path = data.join(format!("sessions/{id}.json"));
    let file: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for (n, when) in
        ["0001-01-01T00:00:00Z", "1500-06-01T12:00:00+02:00", "2500-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]
            .iter()
            .enumerate()
    {
        let mut other = file.clone();
        let other_id = format!("year-{n}");
        other["id"] = json!(other_id);
        other["updated_at"] = json!(when);
        std::fs::write(data.join(format!("sessions/{other_id}.json")), other.to_string()).unwrap();
    }
    std::fs::remove_file(&path).unwrap();
    // Twice: from the files, then from the listing index.
    for _ in 0..2 {
        let out = waypost(&data, &["list", "--json"], "");
        let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
        let listed: Vec<(&str, &str)> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["id"].as_str().unwrap(), r["updated_at"].as_str().unwrap()))
            .collect();
        assert_eq!(
            listed,
            [
                ("year-3", "9999-12-31T23:59:59Z"),
                ("year-2", "2500-01-01T00:00:00Z"),
                ("year-1", "1500-06-01T12:00:00+02:00"),
                ("year-0", "0001-01-01T00:00:00Z"),
            ]
        );
    }
}

#[test]
fn a_session_whose_id_breaks_the_rules_is_listed_as_damaged() {
    let (_dir, data, id) = hostile_data();
    let mut file: Value =
        serde_json::from_slice(&std::fs::read(data.join(format!("sessions/{id}.json"))).unwrap()).unwrap();
    let bad = "bad\u{1b}[2Jid";
    file["id"] = json!(bad);
    let name = data.join(format!("sessions/{bad}.json"));
    std::fs::write(&name, file.to_string()).unwrap();
    let out = waypost(&data, &["list"], "");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is not a session id") && stderr.contains("bad␛[2Jid"), "{stderr}");
    assert!(!has_raw_controls(&out.stderr) && !has_raw_controls(&out.stdout));
    let rows = waypost(&data, &["list", "--json"], "");
    assert_eq!(serde_json::from_slice::<Value>(&rows.stdout).unwrap().as_array().unwrap().len(), 1);
}

#[test]
fn trashing_one_id_three_times_keeps_all_three_and_restore_brings_back_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    with_example(&data);
    let store = FileStore::new(&data);
    let q = example();
    let mut names = Vec::new();
    for n in 0..3 {
        let s = session(&q, "same-id", &format!("Version {n}"));
        store.create(&s).unwrap();
        names.push(store.trash("same-id").unwrap());
    }
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 3, "no trashing overwrote another: {names:?}");
    let out = waypost(&data, &["restore", "same-id"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(store.load("same-id").unwrap().subject.organisation, "Version 2");
    let again = waypost(&data, &["restore", "same-id"], "");
    assert_eq!(again.status.code(), Some(1), "a session with the id exists: nothing is overwritten");
    // The trash lists the two left, and either can come back once the id is free again.
    let catalog = waypost_core::questionnaire::Catalog::default();
    let left: Vec<String> = store.trashed(&catalog).unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(matches!(store.restore_trashed(&left[0]), Err(waypost_core::store::StoreError::Exists(_))));
    store.trash("same-id").unwrap();
    let first = left.iter().find(|n| *n == "same-id.json").unwrap();
    let back = store.restore_trashed(first);
    assert!(matches!(back.as_deref(), Ok("same-id")), "{back:?}");
    assert_eq!(store.load("same-id").unwrap().subject.organisation, "Version 0");
    assert!(store.restore_trashed("../sessions/same-id.json").is_err(), "only names of the trash");
}

/// The uid of a second user to play the attacker, created when missing (needs root).
fn attacker() -> Option<u32> {
    let name = "waypost-attacker";
    let uid = || {
        let out = Command::new("id").args(["-u", name]).output().ok()?;
        String::from_utf8_lossy(&out.stdout).trim().parse().ok()
    };
    if let Some(uid) = uid() {
        return Some(uid);
    }
    let made =
        Command::new("useradd").args(["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name]).status();
    if made.is_ok_and(|s| s.success()) { uid() } else { None }
}

#[test]
fn a_data_folder_another_user_owns_and_can_write_is_refused() {
    let Some(uid) = attacker() else {
        common::skip("a second user cannot be created here (needs root and useradd)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("shared");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o777)).unwrap();
    std::os::unix::fs::chown(&data, Some(uid), None).unwrap();
    let out =
        waypost(&data, &["--plain", "new", "learning-review", "--organisation", "Acme", "--facilitator", "Ana"], "");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("belongs to another user and others can write to it"), "{stderr}");
    assert!(!data.join("sessions").exists(), "nothing written into it");
    assert_eq!(std::fs::metadata(&data).unwrap().permissions().mode() & 0o777, 0o777, "and not changed");
}

#[test]
fn every_command_and_export_on_hostile_text_lets_no_raw_control_byte_out() {
    let (_dir, data, id) = hostile_data();
    // A second session to compare with, and a hostile questionnaire file beside the example.
    let q = example();
    let mut later = session(&q, "hostile-2", HOSTILE);
    give(&q, &mut later, &[("sector", json!("ict")), ("summary", json!(format!("{HOSTILE} later")))]);
    FileStore::new(&data).create(&later).unwrap();
    let mut bad: Value = serde_json::from_str(include_str!("fixtures/example.json")).unwrap();
    bad["id"] = json!("hostile-q");
    bad["title"] = json!(HOSTILE);
    bad["sections"][0]["questions"][1]["prompt"] = json!(HOSTILE);
    std::fs::write(data.join("questionnaires/hostile.json"), bad.to_string()).unwrap();
    std::fs::write(data.join("questionnaires/broken.json"), format!("{{\"id\": \"{HOSTILE}\"")).unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["questionnaires"],
        vec!["validate"],
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", &id],
        vec!["show", &id, "--json"],
        vec!["export", &id, "--format", "md"],
        vec!["export", &id, "--format", "csv"],
        vec!["export", &id, "--format", "html"],
        vec!["export", &id, "--format", "json"],
        vec!["compare", &id, "hostile-2"],
        vec!["compare", &id, "hostile-2", "--format", "html"],
        vec!["report", "--questionnaire", "learning-review-example"],
        vec!["report", "--questionnaire", "learning-review-example", "--format", "csv"],
        vec!["report", "--questionnaire", "learning-review-example", "--format", "html"],
        vec!["show", "no\u{1b}[2Jsuch"],
        vec!["--plain", "resume", &id],
    ];
    for args in &commands {
        let out = waypost(&data, args, ":q\n");
        assert!(!has_raw_controls(&out.stdout), "{args:?} stdout: {:?}", String::from_utf8_lossy(&out.stdout));
        assert!(!has_raw_controls(&out.stderr), "{args:?} stderr: {:?}", String::from_utf8_lossy(&out.stderr));
    }
}

/// Makes a FIFO at `path`: by the command, as `mkfifoat` is not on every Unix (macOS lacks it).
fn mkfifo(path: &std::path::Path) {
    assert!(std::process::Command::new("mkfifo").arg(path).status().unwrap().success());
}
