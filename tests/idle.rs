//! Idle costs nothing: with a megabyte of text on screen (an answer, a prompt), the interview and
//! the audience view use next to no processor time while nobody types. Measured as the process's
//! CPU time over three idle seconds, with a bound generous enough for a busy machine (a frame
//! drawn in full every wake-up cost a third to nine tenths of a core).

#![cfg(target_os = "linux")]
// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::time::Duration;

use common::{Tmux, have_tmux, session_file};
use serde_json::json;

/// A megabyte of words.
fn megabyte() -> String {
    "word ".repeat(200_000)
}

/// The CPU time (user and system) the process has used so far, from `/proc/<pid>/stat`.
fn cpu_time(pid: &str) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command's name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    // Clock ticks are a hundredth of a second on Linux.
    Duration::from_millis(ticks * 10)
}

/// The CPU time the program in `tmux` uses over three seconds in which nothing happens.
fn idle_cost(tmux: &Tmux) -> Duration {
    let pid = tmux.pid();
    let before = cpu_time(&pid);
    std::thread::sleep(Duration::from_secs(3));
    cpu_time(&pid) - before
}

/// The bound: a tenth of the three seconds.
const BOUND: Duration = Duration::from_millis(300);

/// A session of the learning review on the question "Which event is reviewed?", answered with a
/// megabyte of text; returns its id.
fn session_with_long_answer(data: &Path) -> String {
    let out = std::process::Command::new(common::binary())
        .args(["--plain", "new", "learning-review", "--organisation", "Acme", "--facilitator", "F"])
        .env("WAYPOST_DATA_DIR", data)
        .env("WAYPOST_LANG", "en")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (path, mut session) = session_file(data);
    let at = "2026-12-06T10:00:00Z";
    session["answers"] = json!({
        "review_type": {"value": "after_event", "answered_at": at},
        "review_date": {"value": "2026-12-01", "answered_at": at},
        "event": {"value": megabyte(), "answered_at": at},
    });
    session["position"] = json!("event");
    std::fs::write(&path, serde_json::to_vec(&session).unwrap()).unwrap();
    session["id"].as_str().unwrap().to_owned()
}

#[test]
fn a_megabyte_answer_costs_nothing_while_idle() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = session_with_long_answer(&data);
    let interview = Tmux::start("wp-idle-interview", &data, &format!("resume {id}"));
    interview.wait_for("word word word");
    let cost = idle_cost(&interview);
    assert!(cost < BOUND, "the interview used {cost:?} of three idle seconds");
    drop(interview);
    let room = Tmux::start("wp-idle-room", &data, &format!("present {id}"));
    room.wait_for("word word word");
    let cost = idle_cost(&room);
    assert!(cost < BOUND, "the audience view used {cost:?} of three idle seconds");
}

#[test]
fn a_megabyte_prompt_costs_nothing_while_idle() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("questionnaires")).unwrap();
    let questionnaire = json!({
        "format": 1, "id": "long-prompt", "version": "1", "title": "Long prompt",
        "sections": [{"id": "s", "title": "S", "questions": [
            {"id": "q", "kind": "text", "prompt": format!("Start {}", megabyte())}
        ]}]
    });
    std::fs::write(data.join("questionnaires/long-prompt.json"), questionnaire.to_string()).unwrap();
    let interview = Tmux::start("wp-idle-prompt", &data, "new long-prompt --organisation Acme");
    interview.wait_for("Start word word");
    let cost = idle_cost(&interview);
    assert!(cost < BOUND, "the interview used {cost:?} of three idle seconds");
}
