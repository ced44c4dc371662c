//! Typed text and list items survive a killed terminal and every signal, on the real binary in
//! tmux: kill -9 after the draft's second, SIGTERM, SIGHUP (a closed terminal window), Ctrl-C.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use common::{Tmux, have_tmux, session_file, wait_until};

/// A learning review at "Which event is reviewed?", with text typed there.
fn typing(name: &str, data: &std::path::Path, text: &str) -> Tmux {
    let app = Tmux::start(name, data, "new learning-review --organisation 'Acme Hotels' --facilitator Ana");
    app.wait_for("What kind of review is this?");
    app.keys(&["1"]);
    app.wait_for("On what date is the review held?");
    app.keys(&["2026-11-28", "Enter"]);
    app.wait_for("Which event is reviewed?");
    app.keys(&[text]);
    app.wait_for(text);
    app
}

fn draft(data: &std::path::Path, question: &str) -> serde_json::Value {
    session_file(data).1["drafts"][question]["answer"].clone()
}

#[test]
fn typed_text_is_on_disk_within_a_second_and_survives_kill_9() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = typing("wp-draft-kill", &data, "Workshop in Santa Cruz");
    wait_until(|| draft(&data, "event") == "Workshop in Santa Cruz");
    app.wait_for("Draft saved");
    assert!(Command::new("kill").args(["-9", &app.pid()]).status().unwrap().success());
    assert_eq!(app.wait_exit(), 137);
    let (_, saved) = session_file(&data);
    assert!(saved["answers"].get("event").is_none(), "a draft is not an answer");

    let id = saved["id"].as_str().unwrap().to_owned();
    let again = Tmux::start("wp-draft-resume", &data, &format!("resume {id}"));
    // The lowest line first: a capture can land between the rows of one frame.
    let screen = again.wait_for("Draft saved");
    assert!(screen.contains("Workshop in Santa Cruz"), "{screen}");
    again.keys(&["Enter"]);
    wait_until(|| session_file(&data).1["answers"]["event"]["value"] == "Workshop in Santa Cruz");
    again.keys(&["C-c"]);
    assert_eq!(again.wait_exit(), 0);
    assert!(session_file(&data).1.get("drafts").is_none(), "no draft is left once it is the answer");
}

/// Sends a signal to waypost right after typing (before the draft's second is up).
fn signalled(name: &str, signal: &str, exit: i32) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = typing(name, &data, "typed just now");
    assert!(Command::new("kill").args([signal, &app.pid()]).status().unwrap().success());
    assert_eq!(app.wait_exit(), exit);
    assert_eq!(draft(&data, "event"), "typed just now");
    // Restored: the normal screen, mouse reporting off, the cursor shown (tmux 3.3 has no flag
    // for bracketed paste, which the same guard turns off).
    let flags = app.pane("#{alternate_on} #{mouse_any_flag} #{cursor_flag}");
    assert_eq!(flags, "0 0 1", "alternate screen, mouse, cursor");
}

#[test]
fn sigterm_saves_what_was_typed_restores_the_terminal_and_exits_143() {
    if have_tmux() {
        signalled("wp-draft-term", "-TERM", 143);
    }
}

#[test]
fn sighup_saves_what_was_typed_and_exits_129() {
    if have_tmux() {
        signalled("wp-draft-hup", "-HUP", 129);
    }
}

#[test]
fn ctrl_c_saves_what_was_typed_and_quits() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = typing("wp-draft-ctrlc", &data, "typed before Ctrl-C");
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
    assert_eq!(draft(&data, "event"), "typed before Ctrl-C");
}

#[test]
fn closing_the_window_saves_what_was_typed_and_leaves_no_process() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = typing("wp-draft-close", &data, "typed as the lid closed");
    let pid = app.pid();
    app.close_window();
    wait_until(|| draft(&data, "event") == "typed as the lid closed");
    wait_until(|| !std::path::Path::new(&format!("/proc/{pid}")).exists());
}

#[test]
fn the_new_session_form_survives_a_closed_window_and_comes_back() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = Tmux::start("wp-draft-form", &data, "new learning-review");
    app.wait_for("Participants");
    app.keys(&["Acme Hotels", "Tab", "Ana Pé"]);
    app.wait_for("Ana Pé");
    let pid = app.pid();
    app.close_window();
    let file = data.join("drafts/learning-review.json");
    wait_until(|| {
        std::fs::read(&file)
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .is_some_and(|d| d["organisation"] == "Acme Hotels" && d["facilitator"] == "Ana Pé")
    });
    wait_until(|| !std::path::Path::new(&format!("/proc/{pid}")).exists());
    assert!(!data.join("sessions").exists() || std::fs::read_dir(data.join("sessions")).unwrap().count() == 0);

    let again = Tmux::start("wp-draft-form-again", &data, "new learning-review");
    let screen = again.wait_for("has not started yet");
    assert!(screen.contains("Acme Hotels") && screen.contains("Ana Pé"), "{screen}");
    again.keys(&["Enter", "Enter"]);
    again.wait_for("What kind of review is this?");
    wait_until(|| !file.exists());
    assert_eq!(session_file(&data).1["subject"]["facilitator"], "Ana Pé");
    again.keys(&["C-c"]);
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn a_list_items_draft_says_saved_once_it_is_on_disk() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = Tmux::start("wp-draft-item", &data, "new stakeholder-grid --organisation Acme");
    app.wait_for("Stakeholder");
    app.keys(&["Enter", "1"]);
    app.wait_for("Which company or partnership");
    app.keys(&["Acme", "Enter", "Enter", "Enter"]);
    app.wait_for("Who are the stakeholders?");
    app.keys(&["+", "3", "Ana Pérez", "Enter"]); // the type first (a manager), then the name
    app.wait_for("stakeholder 1 — Role");
    wait_until(|| session_file(&data).1["drafts"]["stakeholders"]["item"]["fields"]["name"] == "Ana Pérez");
    // The tick that saved it also says so: no key is pressed after the save.
    app.wait_for("Draft saved");
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
}
