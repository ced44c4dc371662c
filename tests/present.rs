//! The audience view in a real terminal beside the facilitator's (two tmux servers): it follows
//! every move, shows the votes as bars, never writes the session or takes its lock, and stays up
//! when the facilitator's window is killed.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Tmux, have_tmux, session_file, wait_until};

/// A data folder holding the workshop fixture among its questionnaires.
fn data_with_workshop(dir: &Path) -> std::path::PathBuf {
    let data = dir.join("data");
    std::fs::create_dir_all(data.join("questionnaires")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop/workshop.json");
    std::fs::copy(fixture, data.join("questionnaires/workshop.json")).unwrap();
    data
}

/// Sends keys to the facilitator and waits for the room to see `text`; returns how long that
/// took from the last key (sent to the facilitator's terminal) to the room's screen showing it.
fn room_sees(facilitator: &Tmux, room: &Tmux, keys: &[&str], text: &str) -> Duration {
    let (last, first) = keys.split_last().expect("a key");
    facilitator.keys(first);
    let start = Instant::now();
    facilitator.send(last);
    room.wait_for(text);
    start.elapsed()
}

#[test]
fn the_room_follows_the_facilitator_and_outlives_the_window() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = data_with_workshop(dir.path());
    let people = "--participant Ana --participant Bo --participant Cy";
    let facilitator =
        Tmux::start("wp-facilitator", &data, &format!("new partner-workshop --organisation 'Hotel Sol' {people}"));
    facilitator.wait_for("Welcome: what this workshop is for.");
    let (path, saved) = session_file(&data);
    let id = saved["id"].as_str().unwrap().to_owned();
    let room = Tmux::start("wp-room", &data, &format!("present {id}"));
    room.wait_for("Welcome: what this workshop is for.");

    let mut waits = vec![room_sees(&facilitator, &room, &["Enter"], "Is the partnership ready")];
    let screen = room.wait_for("○ Partly");
    assert!(!screen.contains("Enter") && !screen.contains("Sections"), "no key hints, no outline:\n{screen}");
    waits.push(room_sees(&facilitator, &room, &["v", "1"], "1 vote"));
    waits.push(room_sees(&facilitator, &room, &["1", "2"], "3 votes"));
    let screen = room.screen();
    let yes = screen.lines().find(|l| l.trim_start().starts_with("Yes ")).unwrap_or_default();
    assert!(yes.contains('█') && yes.trim_end().ends_with("█ 2"), "the votes as bars, the count after:\n{screen}");
    waits.push(room_sees(&facilitator, &room, &["Enter"], "How well are concerns about children followed up?"));
    waits.push(room_sees(&facilitator, &room, &["PageUp"], "● Yes"));
    waits.sort();
    eprintln!("the room saw each move within {:?} (median {:?})", waits.last().unwrap(), waits[waits.len() / 2]);
    assert!(*waits.last().unwrap() < Duration::from_secs(5), "{waits:?}");

    // A note typed by the facilitator never reaches the room.
    facilitator.keys(&["n"]);
    facilitator.keys(&["Bo", "Space", "disagrees", "Enter"]);
    wait_until(|| session_file(&data).1["answers"]["ready"]["note"] == "Bo disagrees");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!room.screen().contains("disagrees"), "{}", room.screen());

    // The projector's size.
    room.resize(160, 45);
    room.wait_for("● Yes");

    // The facilitator's window killed: the room keeps the last view; the file is as it was left.
    let before = std::fs::read(&path).unwrap();
    let status = Command::new("kill").args(["-9", &facilitator.pid()]).status().unwrap();
    assert!(status.success());
    assert_eq!(facilitator.wait_exit(), 137);
    std::thread::sleep(Duration::from_millis(500));
    assert!(room.screen().contains("● Yes"), "{}", room.screen());
    assert_eq!(std::fs::read(&path).unwrap(), before, "the room never writes the session");

    // The room holds no lock: the session resumes for editing while the room still watches.
    let again = Tmux::start("wp-again", &data, &format!("resume {id}"));
    let screen = again.wait_for("Resumed session");
    assert!(!screen.contains("read-only"), "{screen}");
    room_sees(&again, &room, &["PageDown"], "How well are concerns");
    again.keys(&["C-c"]);
    assert_eq!(again.wait_exit(), 0);
    room.keys(&["q"]);
    assert_eq!(room.wait_exit(), 0);
}

#[test]
fn the_room_follows_a_questionnaire_that_gains_votes_without_a_restart() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = data_with_workshop(dir.path());
    let file = data.join("questionnaires/workshop.json");
    let with_votes = std::fs::read_to_string(&file).unwrap();
    let without = with_votes.replacen("\"votes\": true", "\"votes\": false", 1);
    assert_ne!(without, with_votes);
    std::fs::write(&file, &without).unwrap();
    let people = "--participant Ana --participant Bo";
    let facilitator =
        Tmux::start("wp-before", &data, &format!("new partner-workshop --organisation 'Hotel Sol' {people}"));
    facilitator.wait_for("Welcome: what this workshop is for.");
    facilitator.keys(&["Enter"]);
    facilitator.wait_for("Is the partnership ready");
    let id = session_file(&data).1["id"].as_str().unwrap().to_owned();
    let room = Tmux::start("wp-room-votes", &data, &format!("present {id}"));
    room.wait_for("Is the partnership ready");
    facilitator.keys(&["C-c"]);
    assert_eq!(facilitator.wait_exit(), 0);

    // The questionnaire gains its votes; the facilitator's window opens again on it.
    std::fs::write(&file, &with_votes).unwrap();
    let again = Tmux::start("wp-after", &data, &format!("resume {id}"));
    again.wait_for("Is the partnership ready");
    again.keys(&["v", "1"]);
    again.wait_for("Vote of Bo");
    again.keys(&["1"]);
    let screen = room.wait_for("2 votes");
    assert!(screen.contains('█'), "the votes as bars, with no restart of the room:\n{screen}");
    again.keys(&["C-c"]);
    assert_eq!(again.wait_exit(), 0);
    room.keys(&["q"]);
    assert_eq!(room.wait_exit(), 0);
}

#[test]
fn an_unknown_session_is_said_before_the_screen_is_taken() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(common::binary())
        .env("WAYPOST_DATA_DIR", dir.path().join("data"))
        .env("WAYPOST_LANG", "es")
        .args(["present", "20261128-0930-nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("20261128-0930-nobody"), "{said}");
}
