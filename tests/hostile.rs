//! Hostile input: arbitrary bytes never make the loaders panic, what is loaded saves and loads
//! back the same, text from files never reaches a terminal raw, and huge inputs are handled.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use serde_json::{Value, json};
use waypost_core::interview::{Input, answer, note};
use waypost_core::questionnaire::{Questionnaire, parse};
use waypost_core::session::{QuestionnaireRef, Session, Subject};
use waypost_core::store::encode::Encoder;
use waypost_core::store::{FileStore, Listed, Store};

fn example() -> Questionnaire {
    parse(include_bytes!("fixtures/example.json")).questionnaire.unwrap()
}

fn new_session(q: &Questionnaire) -> Session {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
    let qref = QuestionnaireRef::of(q);
    Session::new("s".into(), qref, "en".into(), Subject::default(), at)
}

/// Candidate answers for the example's questions, valid and not.
fn candidates() -> Vec<(&'static str, Value)> {
    vec![
        ("sector", json!("tourism")),
        ("sector", json!("ict")),
        ("sector", json!("mining")),
        ("member", json!("partly")),
        ("channels", json!(["web"])),
        ("channels", json!(["web", "email"])),
        ("staff_trained", json!(12)),
        ("staff_trained", json!(-4)),
        ("staff_trained", json!(20000)),
        ("summary", json!("Line one\nline \u{1b}[2J two")),
        ("last_report", json!("2026-02-30")),
        ("last_report", json!("2026-02-28")),
        ("stakeholders", json!([{"name": "A", "power": "high", "commitment": "opposed", "concerns": "cost"}])),
        ("stakeholders", json!([])),
        ("plan", json!("no")),
        ("plan", json!("yes")),
        ("plan_detail", json!("<script>x</script>")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_questionnaire_loader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse(&bytes);
    }

    #[test]
    fn mutated_questionnaires_never_panic(cuts in proptest::collection::vec((0usize..3000, any::<u8>()), 1..8)) {
        let mut bytes = include_bytes!("fixtures/example.json").to_vec();
        for (at, byte) in cuts {
            let i = at % bytes.len();
            bytes[i] = byte;
        }
        let parsed = parse(&bytes);
        if let Some(q) = parsed.usable() {
            // What loads writes back to something that loads the same.
            let again = parse(&serde_json::to_vec(q).unwrap());
            prop_assert_eq!(serde_json::to_value(again.questionnaire.unwrap()).unwrap(), serde_json::to_value(q).unwrap());
        }
    }

    #[test]
    fn the_session_loader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = serde_json::from_slice::<Session>(&bytes);
    }

    #[test]
    fn any_interview_saves_and_loads_back_the_same(ops in proptest::collection::vec((0usize..17, any::<bool>(), any::<bool>()), 1..40)) {
        let q = example();
        let mut s = new_session(&q);
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T10:00:00+01:00").unwrap();
        let choices = candidates();
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path());
        store.create(&s).unwrap();
        let mut encoder = Encoder::default();
        for (i, with_reason, with_note) in ops {
            let (id, value) = &choices[i];
            let _ = answer(&q, &mut s, id, Input::Value(value.clone()), with_reason.then_some("because"), at, Some(1.5));
            if with_note {
                let _ = note(&q, &mut s, id, "a note \u{7}", at);
            }
            // The fast encoder writes exactly the session.
            let back: Session = serde_json::from_slice(&encoder.encode(&s)).unwrap();
            prop_assert_eq!(&back, &s);
            store.save(&s).unwrap();
        }
        prop_assert_eq!(store.load("s").unwrap(), s);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse(deep.as_bytes()).usable().is_none());
    let cond = format!(
        "{{\"not\": {}{{\"answer\": \"a\", \"answered\": true}}{}}}",
        "{\"not\": ".repeat(5000),
        "}".repeat(5000)
    );
    let text = include_str!("fixtures/example.json")
        .replace(r#""show_if": {"answer": "sector", "equals": "tourism"}"#, &format!(r#""show_if": {cond}"#));
    assert!(parse(text.as_bytes()).usable().is_none());
    assert!(serde_json::from_str::<Session>(&deep).is_err());
}

#[test]
fn huge_files_are_reported_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&new_session(&example())).unwrap();
    let huge = store.sessions_dir().join("huge.json");
    std::fs::File::create(&huge).unwrap().set_len(300 * 1024 * 1024).unwrap();
    let mut damaged = Vec::new();
    let mut good = 0;
    store
        .scan(&mut |l| match l {
            Listed::Session(_) => good += 1,
            Listed::Damaged { message, .. } => damaged.push(message),
        })
        .unwrap();
    assert_eq!(good, 1);
    assert_eq!(damaged, ["300 MB is more than waypost reads from one file (256 MB)"]);
    assert_eq!(std::fs::metadata(&huge).unwrap().len(), 300 * 1024 * 1024, "left as it was");
}

#[test]
fn lists_of_ten_thousand_items_and_very_long_texts() {
    let q = example();
    let mut s = new_session(&q);
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T10:00:00+01:00").unwrap();
    let items: Vec<Value> = (0..10_000).map(|i| json!({"name": format!("Person {i}"), "power": "low"})).collect();
    answer(&q, &mut s, "stakeholders", Input::Value(Value::Array(items)), None, at, None).unwrap();
    answer(&q, &mut s, "summary", Input::Value(json!("word ".repeat(800))), None, at, None).unwrap();
    let md = waypost_core::report::markdown(&q, &s);
    assert_eq!(md.matches("| Person ").count(), 10_000);
    let csv = waypost_core::report::csv(&q, &s).unwrap();
    assert!(csv.len() > 10_000 * 20);
    let html = waypost_core::report::html(&q, &s);
    assert!(html.contains("Person 9999"));
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&s).unwrap();
    assert_eq!(store.load("s").unwrap(), s);
}

#[test]
fn show_list_and_markdown_never_pass_control_characters() {
    let q = waypost_core::questionnaire::Catalog::load(&[]).get("csr-self-assessment").unwrap().questionnaire.clone();
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T10:00:00+01:00").unwrap();
    let qref = QuestionnaireRef::of(&q);
    let evil = "Evil\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}Co";
    let subject = Subject {
        organisation: evil.into(),
        facilitator: evil.into(),
        participants: vec![evil.into()],
        ..Default::default()
    };
    let mut s = Session::new("evil".into(), qref, "en".into(), subject, at);
    answer(&q, &mut s, "sector", Input::Value(json!("other")), None, at, None).unwrap();
    answer(&q, &mut s, "sector_other", Input::Value(json!(evil)), None, at, None).unwrap();
    note(&q, &mut s, "sector", evil, at).unwrap();
    let dir = tempfile::tempdir().unwrap();
    FileStore::new(dir.path()).create(&s).unwrap();
    let raw = |c: char| c.is_control() && c != '\n' || c == '\u{202e}';
    for args in [vec!["show", "evil"], vec!["list"], vec!["export", "evil", "--format", "md"]] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_waypost"))
            .env("WAYPOST_LANG", "en")
            .args(&args)
            .env("WAYPOST_DATA_DIR", dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.chars().any(raw), "{args:?} let a control character through: {text:?}");
        assert!(text.contains("Evil"), "{args:?}");
    }
}
