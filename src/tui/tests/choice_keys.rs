//! Choices: the key shown is the key that picks, an untouched choice records nothing by accident,
//! a stored value that is no longer a choice is kept, and choices that do not fit say so.

use ratatui::crossterm::event::KeyCode;
use serde_json::json;
use waypost_core::interview::{Input, answer};
use waypost_core::store::Store;
use waypost_core::testing::{built_in, now, session as new_session};

use super::*;
use crate::tui::keys::Mode;
use crate::tui::screens::interview::editor::Editor;

/// The learning review opened at one of its questions, with `answers` given first.
fn learning_review_at(question: &str, answers: &[(&str, serde_json::Value)]) -> (App, std::rc::Rc<MemoryStore>) {
    let (mut app, store) = app();
    let q = built_in("learning-review");
    let mut s = new_session(&q, "lr", "Acme");
    for (id, v) in answers {
        answer(&q, &mut s, id, Input::Value(v.clone()), Some("checked"), now(), None).unwrap();
    }
    s.position = Some(question.into());
    store.create(&s).unwrap();
    app.resume("lr");
    assert_eq!(current(&app), question);
    (app, store)
}

fn periodic() -> Vec<(&'static str, serde_json::Value)> {
    vec![("review_type", json!("periodic"))]
}

#[test]
fn a_zero_to_three_scale_is_keyed_by_its_numbers() {
    let (mut app, store) = learning_review_at("health_purpose_cso", &periodic());
    insta::assert_snapshot!(draw(&mut app, 100, 30).backend());
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(store.get("lr").unwrap().answers()["health_purpose_cso"].value, Some(json!("2")), "2 records 2");
    press(&mut app, KeyCode::Char('0'));
    assert_eq!(store.get("lr").unwrap().answers()["health_roles_cso"].value, Some(json!("0")), "0 records 0");
}

#[test]
fn enter_on_an_untouched_choice_records_nothing() {
    let (mut app, store) = learning_review_at("health_purpose_cso", &periodic());
    press(&mut app, KeyCode::Enter);
    assert!(store.get("lr").unwrap().answers().get("health_purpose_cso").is_none());
    assert_eq!(current(&app), "health_roles_cso", "moved on without an answer");
}

#[test]
fn a_stored_value_that_is_no_longer_a_choice_is_shown_and_kept() {
    let (mut app, store) = learning_review_at("review_type", &periodic());
    let mut file = serde_json::to_value(store.get("lr").unwrap()).unwrap();
    file["answers"]["review_type"]["value"] = json!("quarterly");
    let changed: waypost_core::session::Session = serde_json::from_value(file).unwrap();
    store.save(&changed).unwrap();
    app.resume("lr");
    let screen = draw(&mut app, 100, 30);
    let text: String = screen.backend().buffer().content().iter().map(ratatui::buffer::Cell::symbol).collect();
    assert!(text.contains("No longer a choice: quarterly"), "{text}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(store.get("lr").unwrap().answers()["review_type"].value, Some(json!("quarterly")), "kept");
}

#[test]
fn choices_that_do_not_fit_say_how_many_more() {
    let (mut app, _) = learning_review_at("health_purpose_cso", &periodic());
    let screen = draw(&mut app, 60, 16);
    let text: String = screen.backend().buffer().content().iter().map(ratatui::buffer::Cell::symbol).collect();
    assert!(text.contains("↓ ") && text.contains(" more"), "{text}");
    insta::assert_snapshot!(screen.backend());
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    insta::assert_snapshot!("scrolled", draw(&mut app, 60, 16).backend());
}

#[test]
fn every_size_with_choices_a_stale_value_and_a_scrolled_list_never_panics() {
    let (mut app, store) = learning_review_at("health_purpose_cso", &periodic());
    for (w, h) in (60..=82).step_by(11).flat_map(|w| (16..=26).map(move |h| (w, h))) {
        let _ = draw(&mut app, w, h);
        press(&mut app, KeyCode::Down);
    }
    let mut file = serde_json::to_value(store.get("lr").unwrap()).unwrap();
    file["answers"]["review_type"]["value"] = json!("quarterly");
    file["position"] = json!("review_type");
    store.save(&serde_json::from_value(file).unwrap()).unwrap();
    app.resume("lr");
    for h in [1, 2, 3, 4, 16, 17, 18, 19, 20] {
        let _ = draw(&mut app, 60, h);
        press(&mut app, KeyCode::Up);
    }
}

/// The editor keys go to in the interview shown.
fn input_of(app: &App) -> &Editor {
    let Screen::Interview(it) = &app.screen else { panic!("not in an interview") };
    it.input()
}

#[test]
fn a_long_list_of_choices_filters_as_you_type() {
    let (mut app, _store) = super::type_ahead::grid_at_type();
    let q = built_in("stakeholder-grid");
    press(&mut app, KeyCode::Char('/'));
    assert_eq!(app.mode(), Mode::Filter);
    // Letters and digits go into the filter, not to commands; accents and case do not matter.
    type_text(&mut app, "MUNICIPALI");
    assert_eq!(input_of(&app).shown_choices(), vec![8]);
    press(&mut app, KeyCode::Backspace);
    for _ in 0.."MUNICIPALI".len() - 1 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "co");
    let shown = input_of(&app).shown_choices();
    assert!(shown.len() > 1 && shown.len() < 24, "{shown:?}");
    insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
    // A filter that holds nothing picks nothing; Esc shows every choice again.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "zzz");
    press(&mut app, KeyCode::Enter);
    let Editor::Choices { picked, .. } = input_of(&app) else { panic!("not choices") };
    assert_eq!(picked.iter().position(|p| *p), None);
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Esc);
    assert_eq!((app.mode(), input_of(&app).shown_choices().len()), (Mode::Command, 24));
    // Enter picks the choice found and confirms it, as its digit would: on to the next field.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "co");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_ne!(app.mode(), Mode::Filter, "on to the name, past the filter");
    let item = typed_item(&app);
    let types = &q.choices(&q.question("stakeholders").unwrap().fields[0]);
    assert_eq!(item["type"], types[shown[1]].value.as_str(), "{item:?}");
}

/// The fields of the list item being entered.
fn typed_item(app: &App) -> serde_json::Map<String, serde_json::Value> {
    let Screen::Interview(it) = &app.screen else { panic!("not in an interview") };
    let Editor::List(list) = &it.editor else { panic!("not a list") };
    list.editing.as_ref().expect("an item being entered").entry.item.clone()
}

#[test]
fn a_cascading_select_lists_and_keys_only_the_choices_offered() {
    let (mut app, _store) = super::app_with("tests/fixtures/cascading");
    let subject = waypost_core::session::Subject { organisation: "Acme".into(), ..Default::default() };
    let new = waypost_core::lifecycle::NewSession { questionnaire: "places".into(), subject, language: None };
    app.start(new).expect("starts");
    // A digit picks the region and goes on.
    press(&mut app, KeyCode::Char('2'));
    // Cusco's districts only, keyed 1 and 2.
    assert_eq!(input_of(&app).offered(), 2);
    insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(session(&app).answers()["district"].value, Some(json!("san_jeronimo")));
}

#[test]
fn a_read_only_question_shows_its_value_takes_no_typing_and_enter_keeps_it() {
    let (mut app, _store) = super::app_with("tests/fixtures/cascading");
    let subject = waypost_core::session::Subject { organisation: "Acme".into(), ..Default::default() };
    let new = waypost_core::lifecycle::NewSession { questionnaire: "places".into(), subject, language: None };
    app.start(new).expect("starts");
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(session(&app).answers()["district"].value, Some(json!("miraflores")));
    // On the read-only question: a paste changes nothing, and it is marked.
    app.dispatch(crate::tui::action::Action::Paste("Other source".into()));
    insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
    // `e` (type) is not offered, and does not open the input.
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.mode(), Mode::Command);
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).answers()["source"].value, Some(json!("INEI 2017")));
}
