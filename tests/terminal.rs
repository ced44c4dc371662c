//! The binary in a real terminal (tmux): answer, kill -9, resume. Set WAYPOST_BIN to test another
//! build (CI sets it to the release binary); without tmux these tests say so and pass.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use common::{Tmux, have_tmux, session_file, wait_until};

#[test]
fn answers_survive_kill_9_and_resume_at_the_right_place() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = Tmux::start("wp-kill", &data, "new learning-review --organisation 'Acme Hotels' --facilitator Ana");
    app.wait_for("What kind of review is this?");
    app.keys(&["2"]);
    app.wait_for("On what date is the review held?");
    app.keys(&["2026-11-28", "Enter"]);
    app.wait_for("Which phase is the partnership in?");
    app.keys(&["3"]);
    app.wait_for("The period reviewed starts on");
    app.keys(&["2026-05-01", "Enter"]);
    app.wait_for("and ends on");
    wait_until(|| session_file(&data).1["answers"].get("period_from").is_some());
    let status = Command::new("kill").args(["-9", &app.pid()]).status().unwrap();
    assert!(status.success());
    assert_eq!(app.wait_exit(), 137);

    let (path, saved) = session_file(&data);
    assert_eq!(saved["answers"]["review_type"]["value"], "periodic");
    assert_eq!(saved["answers"]["review_date"]["value"], "2026-11-28");
    assert_eq!(saved["answers"]["phase"]["value"], "consolidate");
    assert_eq!(saved["answers"]["period_from"]["value"], "2026-05-01");
    assert_eq!(saved["position"], "period_to");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }

    let id = saved["id"].as_str().unwrap().to_owned();
    let again = Tmux::start("wp-resume", &data, &format!("resume {id}"));
    // The status line, drawn last in a frame: a capture can land between the rows of one frame.
    let screen = again.wait_for("Resumed session");
    assert!(screen.contains("and ends on"), "{screen}");
    assert!(!screen.contains("read-only"), "the dead process's lock is recovered:\n{screen}");
    assert!(screen.contains("4 of "), "{screen}");
    again.keys(&["2026-10-31", "Enter"]);
    again.wait_for("Who takes part?");
    again.keys(&["C-c"]);
    assert_eq!(again.wait_exit(), 0, "quits cleanly after saving");
    assert_eq!(session_file(&data).1["answers"]["period_to"]["value"], "2026-10-31");
}

#[test]
fn a_second_window_gets_the_session_read_only() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let first = Tmux::start("wp-first", &data, "new csr-self-assessment --organisation Acme");
    first.wait_for("There are no wrong answers");
    let (_, saved) = session_file(&data);
    let id = saved["id"].as_str().unwrap().to_owned();
    let second = Tmux::start("wp-second", &data, &format!("resume {id}"));
    // Waits for the status line itself: a capture can land between the rows of one frame.
    let screen = second.wait_for("open in another window");
    assert!(screen.contains("[read-only]"), "{screen}");
    second.keys(&["q"]);
    first.keys(&["q"]);
    assert_eq!(first.wait_exit(), 0);
    assert_eq!(second.wait_exit(), 0);
}

#[test]
fn a_tiny_terminal_shows_a_message_and_resizing_is_fine() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let app = Tmux::start("wp-small", &dir.path().join("data"), "");
    app.wait_for("Questionnaires");
    app.resize(40, 10);
    app.wait_for("Terminal too small");
    app.resize(120, 40);
    app.wait_for("Questionnaires");
    app.keys(&["q"]);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn another_programs_edit_while_the_session_is_open_is_kept() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = Tmux::start("wp-external", &data, "new learning-review --organisation Acme --facilitator Ana");
    app.wait_for("What kind of review is this?");
    let (path, mut file) = session_file(&data);
    // Another program (a script, a sync tool) adds a participant and a field of its own.
    file["subject"]["participants"] = serde_json::json!(["Bo"]);
    file["synced_by"] = serde_json::json!("a script");
    std::fs::write(&path, file.to_string()).unwrap();
    app.keys(&["1"]);
    app.wait_for("On what date is the review held?");
    wait_until(|| session_file(&data).1["answers"].get("review_type").is_some());
    let (_, saved) = session_file(&data);
    assert_eq!(saved["subject"]["participants"], serde_json::json!(["Bo"]), "the other program's change kept");
    assert_eq!(saved["synced_by"], "a script");
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn an_edit_elsewhere_to_the_same_answer_keeps_both_versions() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = Tmux::start("wp-conflict", &data, "new learning-review --organisation Acme --facilitator Ana");
    app.wait_for("What kind of review is this?");
    app.keys(&["1"]);
    app.wait_for("On what date is the review held?");
    wait_until(|| session_file(&data).1["answers"]["review_type"]["value"] == "after_event");
    app.keys(&["PPage"]);
    app.wait_for("What kind of review is this?");
    wait_until(|| session_file(&data).1["position"] == "review_type");
    // Another program changes the same answer while the window shows it, then the window does.
    let (path, mut file) = session_file(&data);
    let id = file["id"].as_str().unwrap().to_owned();
    file["answers"]["review_type"]["value"] = serde_json::json!("end_of_phase");
    std::fs::write(&path, file.to_string()).unwrap();
    app.keys(&["2"]);
    app.wait_for("saved as a copy");
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(data.join("sessions").join(name)).unwrap()).unwrap()
    };
    let copy = read(&format!("{id}-copy.json"));
    assert_eq!(copy["answers"]["review_type"]["value"], "periodic", "this window's version, as a copy");
    assert_eq!(copy["copy_of"], id.as_str());
    assert_eq!(read(&format!("{id}.json"))["answers"]["review_type"]["value"], "end_of_phase", "the other kept");
    // The window goes on in the copy.
    app.keys(&["PPage"]);
    app.wait_for("What kind of review is this?");
    app.keys(&["1"]);
    wait_until(|| read(&format!("{id}-copy.json"))["answers"]["review_type"]["value"] == "after_event");
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn a_document_printed_on_the_terminal_shows_a_file_s_escapes_and_never_acts_on_them() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("questionnaires")).unwrap();
    // A title that would clear the screen and set the window's title, printed by a command
    // that writes a document (a PO file) to standard output.
    let q = serde_json::json!({"format": 1, "id": "escapes", "version": "1",
        "title": "Before\u{1b}[2J\u{1b}]0;pwned\u{7}After \u{202e}mirror",
        "sections": [{"id": "s", "title": "S", "questions": [{"id": "q", "kind": "text", "prompt": "Q?"}]}]});
    std::fs::write(data.join("questionnaires/escapes.json"), q.to_string()).unwrap();
    let app = Tmux::start("wp-po-escapes", &data, "translate export escapes --language fr");
    let screen = app.wait_for("After");
    assert!(screen.contains("msgid"), "the document was printed: {screen}");
    assert!(screen.contains("Before␛[2J␛]0;pwned␇After"), "shown, not acted on: {screen}");
    // Through a pipe the same command gives the bytes as they are.
    let out = Command::new(common::binary())
        .args(["translate", "export", "escapes", "--language", "fr"])
        .env("WAYPOST_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Before\u{1b}[2J"), "a pipe gets the file's bytes");
}
