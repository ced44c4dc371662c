//! Thai, Bengali and Devanagari typed into the binary in a real terminal (tmux, 80x24): arrows,
//! Backspace and Ctrl-W take whole grapheme clusters, a long answer wraps without a cluster
//! coming apart, and the session file holds byte for byte what was typed.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Tmux, have_tmux, session_file, wait_until};
use serde_json::json;
use waypost_core::store::{FileStore, Store};
use waypost_core::testing::{built_in, session};

/// A learning review saved in `data`, open at its first multi-line question.
fn at_a_multiline_question(data: &std::path::Path) -> String {
    let q = built_in("learning-review");
    let mut s = session(&q, "review", "Acme");
    s.position = Some("planned".into());
    FileStore::new(data).create(&s).unwrap();
    s.id
}

fn stored(data: &std::path::Path) -> serde_json::Value {
    session_file(data).1["answers"]["planned"]["value"].clone()
}

#[test]
fn thai_bengali_and_devanagari_are_typed_edited_and_stored_as_typed() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = at_a_multiline_question(&data);
    let app = Tmux::start("wp-scripts", &data, &format!("resume {id}"));
    app.resize(80, 24);
    app.wait_for("What was supposed to happen");
    let (thai, bengali, hindi) = ("ที่นี่มีเด็กและครอบครัว ", "শিশুদের সুরক্ষার অধিকার ", "बच्चों की सुरक्षा सुनिश्चित करना");
    let typed = format!("{thai}{bengali}{hindi}");
    app.keys(&[&typed]);
    // The words are on screen whole, the Devanagari ones wrapped to a line of their own if
    // need be.
    let screen = app.wait_for("सुनिश्चित");
    for word in ["ครอบครัว", "সুরক্ষার", "অধিকার", "बच्चों"] {
        assert!(screen.contains(word), "{word} whole on screen:\n{screen}");
    }
    app.keys(&["Enter"]);
    wait_until(|| stored(&data) == json!(typed));
    // Back to it: Left twice goes over करना's last clusters (ना, then र), Backspace takes क
    // and Ctrl-W the word before it, सुनिश्चित, whole.
    app.keys(&["PPage"]);
    app.wait_for("What was supposed to happen");
    app.keys(&["End", "Left", "Left", "BSpace", "C-w", "Enter"]);
    let edited = format!("{thai}{bengali}बच्चों की सुरक्षा रना");
    wait_until(|| stored(&data) == json!(edited));
    app.keys(&["C-c"]);
    assert_eq!(app.wait_exit(), 0);
}
