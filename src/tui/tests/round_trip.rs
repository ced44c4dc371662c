//! Stored text is never rewritten by showing it: any text answer, opened in its input, drawn, and
//! confirmed without a change, comes back byte for byte and records nothing.

use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;
use serde_json::json;
use waypost_core::interview::{Input, answer};
use waypost_core::store::Store;
use waypost_core::testing::{example, now, session as new_session};

use super::*;

/// Texts people type and paste: tabs, line breaks, right-to-left marks and scripts, combining
/// marks, emoji, wide characters, and control characters from a pasted terminal line.
fn texts() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        " ",
        "\t",
        "\n",
        "\u{200F}",
        "\u{200E}",
        "\u{202E}",
        "\u{2066}",
        "שלום",
        "عالم",
        "e\u{301}",
        "👍🏽",
        "東京",
        "ñ",
        "\u{1b}[31m",
        "\u{7}",
        "\u{9b}",
        "\r",
        "\u{feff}",
        "x",
    ]);
    prop::collection::vec(pieces, 1..12)
        .prop_map(|p| p.concat())
        .prop_filter("an answer is not only spaces", |s| !s.trim().is_empty())
}

/// Opens a session of the example whose `question` holds `text`, at that question.
fn opened_on(question: &str, text: &str) -> (App, std::rc::Rc<MemoryStore>, String) {
    let (mut app, store) = app();
    let q = example();
    let mut s = new_session(&q, "round-trip", "Acme");
    answer(&q, &mut s, "sector", Input::Value(json!("tourism")), None, now(), None).unwrap();
    answer(&q, &mut s, "plan", Input::Value(json!("yes")), None, now(), None).unwrap();
    answer(&q, &mut s, question, Input::Value(json!(text)), None, now(), None).unwrap();
    s.position = Some(question.into());
    store.create(&s).unwrap();
    app.resume("round-trip");
    (app, store, s.id)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn shown_and_confirmed_unchanged_is_the_same_bytes(text in texts()) {
        for question in ["summary", "plan_detail"] {
            let (mut app, store, id) = opened_on(question, &text);
            prop_assert_eq!(current(&app), question);
            let events = store.get(&id).unwrap().events().len();
            let terminal = draw(&mut app, 100, 30);
            let screen: String = terminal.backend().buffer().content().iter().map(ratatui::buffer::Cell::symbol).collect();
            let overrides = '\u{202A}'..='\u{202E}';
            let raw = screen.chars().any(|c| c.is_control() || overrides.contains(&c));
            prop_assert!(!raw, "a control or bidi override reached the frame");
            press(&mut app, KeyCode::Enter);
            let saved = store.get(&id).unwrap();
            prop_assert_eq!(saved.answers()[question].value.clone(), Some(json!(text)));
            prop_assert_eq!(saved.events().len(), events, "confirming an unchanged answer records nothing");
        }
    }
}
