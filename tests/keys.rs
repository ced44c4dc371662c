//! Keys in a real terminal, on the binary in tmux: a 0–3 scale is keyed by its numbers, home
//! starts on the questionnaires, and a pasted text with tabs, right-to-left marks and line breaks
//! is stored byte for byte and left unchanged when it is opened and confirmed again.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Tmux, have_tmux, session_file, wait_until};
use serde_json::json;
use waypost_core::store::{FileStore, Store};
use waypost_core::testing::{built_in, give, session};

/// A learning review saved in `data`, open at `question`, with `answers` given.
fn learning_review_at(data: &std::path::Path, question: &str, answers: &[(&str, serde_json::Value)]) -> String {
    let q = built_in("learning-review");
    let mut s = session(&q, "review", "Acme");
    give(&q, &mut s, answers);
    s.position = Some(question.into());
    FileStore::new(data).create(&s).unwrap();
    s.id
}

#[test]
fn a_zero_to_three_scale_is_keyed_by_its_numbers() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = learning_review_at(&data, "health_purpose_cso", &[("review_type", json!("periodic"))]);
    let app = Tmux::start("wp-keys-scale", &data, &format!("resume {id}"));
    let screen = app.wait_for("Fully");
    assert!(
        screen.contains("0 ○ Not at all") && screen.contains("3 ○ Fully"),
        "the key shown beside each choice is its number: {screen}"
    );
    app.keys(&["2"]);
    wait_until(|| session_file(&data).1["answers"]["health_purpose_cso"]["value"] == "2");
    app.wait_for("Needs, resources");
    app.keys(&["0"]);
    wait_until(|| session_file(&data).1["answers"]["health_roles_cso"]["value"] == "0");
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn home_starts_on_the_questionnaires_not_the_last_session() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = learning_review_at(&data, "event", &[("review_type", json!("after_event"))]);
    let app = Tmux::start("wp-keys-home", &data, "");
    app.wait_for(&id);
    // Enter opens a new session's form; the names typed next go into it, not into the session.
    app.keys(&["Enter"]);
    app.wait_for("New session");
    app.keys(&["Acme Hotels"]);
    app.wait_for("Acme Hotels");
    let (_, saved) = session_file(&data);
    assert!(saved["answers"].get("event").is_none() && saved.get("drafts").is_none(), "nothing typed into it");
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn a_pasted_text_round_trips_byte_for_byte() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = learning_review_at(&data, "planned", &[("review_type", json!("after_event"))]);
    let app = Tmux::start("wp-keys-paste", &data, &format!("resume {id}"));
    app.wait_for("What was supposed to happen?");
    let text = "Plan\tA: שלום\u{200F} and عالم \u{202B}x\u{202C}\nsecond line 👍🏽 e\u{301}";
    app.paste(text);
    app.wait_for("second line");
    app.keys(&["Enter"]);
    wait_until(|| session_file(&data).1["answers"]["planned"]["value"] == text);
    let events = session_file(&data).1["events"].as_array().unwrap().len();
    // Opened again and confirmed unchanged: the same bytes, no new event.
    app.keys(&["PPage"]);
    app.wait_for("second line");
    wait_until(|| session_file(&data).1["position"] == "planned");
    app.keys(&["Enter"]);
    wait_until(|| session_file(&data).1["position"] == "happened");
    let (_, saved) = session_file(&data);
    assert_eq!(saved["answers"]["planned"]["value"], text);
    assert_eq!(saved["events"].as_array().unwrap().len(), events, "nothing was rewritten");
    let screen = app.screen();
    assert!(!screen.contains('\u{202B}') && !screen.contains('\u{200F}'), "marks are not drawn raw");
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
}
