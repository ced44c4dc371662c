//! Keys typed faster than the screen shows, and digits on a long list of choices: a key never
//! changes an answer the facilitator cannot see changing, and keys typed before a dialog opened
//! do not land in it.

use ratatui::crossterm::event::KeyCode;
use serde_json::json;
use waypost_core::interview::{Input, answer};
use waypost_core::store::Store;
use waypost_core::testing::{built_in, now, session as new_session};

use super::*;
use crate::tui::screens::interview::editor::Editor;
use crate::tui::screens::interview::{Layer, Prompt};

/// The interview shown.
fn interview(app: &App) -> &crate::tui::screens::interview::Interview {
    let Screen::Interview(it) = &app.screen else { panic!("not in an interview") };
    it
}

/// The stakeholder grid with a new stakeholder at its first field, the type (24 choices).
pub(super) fn grid_at_type() -> (App, std::rc::Rc<MemoryStore>) {
    let (mut app, store) = app();
    let q = built_in("stakeholder-grid");
    let mut s = new_session(&q, "grid", "Acme");
    s.position = Some("stakeholders".into());
    store.create(&s).unwrap();
    app.resume("grid");
    // The type comes first: a group of children is described, never named.
    press(&mut app, KeyCode::Char('+'));
    assert!(matches!(interview(&app).input(), Editor::Choices { picked, .. } if picked.len() == 24));
    (app, store)
}

/// The fields of the stakeholder being entered.
fn item(app: &App) -> serde_json::Map<String, serde_json::Value> {
    let Editor::List(list) = &interview(app).editor else { panic!("not a list") };
    list.editing.as_ref().expect("an item being entered").entry.item.clone()
}

#[test]
fn a_choice_found_by_its_name_is_confirmed_and_the_next_digit_answers_the_next_field() {
    let (mut app, _store) = grid_at_type();
    draw(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "polic");
    press(&mut app, KeyCode::Enter);
    draw(&mut app, 80, 24);
    // What is typed next goes to the next fields (the name, role and organisation, formal or
    // not, then power), never back to the type.
    type_text(&mut app, "Ana");
    for _ in 0..3 {
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Char('1'));
    draw(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('3'));
    let fields = item(&app);
    assert_eq!((&fields["type"], &fields["name"]), (&json!("police"), &json!("Ana")), "{fields:?}");
    assert!(fields.contains_key("formality") && fields.contains_key("power"), "{fields:?}");
}

#[test]
fn a_digit_whose_choice_is_out_of_view_picks_nothing() {
    let (mut app, _store) = grid_at_type();
    // Down to the 15th choice: the window has scrolled past the first nine.
    for _ in 0..15 {
        press(&mut app, KeyCode::Down);
    }
    let screen = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(!screen.contains("3 ( )"), "choice 3 is out of view:\n{screen}");
    press(&mut app, KeyCode::Char('3'));
    assert!(item(&app).get("type").is_none(), "nothing picked: {:?}", item(&app));
    let said = app.status.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    let said = interview(&app).message.as_ref().map_or(said, |m| m.text.clone());
    assert!(said.contains("not on screen"), "{said}");
    // Once it is in view again, its digit picks it.
    for _ in 0..15 {
        press(&mut app, KeyCode::Up);
    }
    draw(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('3'));
    assert!(item(&app).get("type").is_some(), "{:?}", item(&app));
}

#[test]
fn keys_typed_before_a_warning_showed_do_not_land_in_its_reason() {
    let (mut app, store) = app();
    let q = built_in("learning-review");
    let mut s = new_session(&q, "lr", "Acme");
    answer(&q, &mut s, "review_type", Input::Value(json!("periodic")), None, now(), None).unwrap();
    for id in ["purpose", "roles", "fit", "value", "communication", "decision_makers", "credit", "core_business"] {
        answer(&q, &mut s, &format!("health_{id}_cso"), Input::Value(json!("0")), None, now(), None).unwrap();
    }
    s.position = Some("health_purpose_company".into());
    store.create(&s).unwrap();
    app.resume("lr");
    draw(&mut app, 100, 30);
    // Three quick 3s: the first answers and opens the warning's reason box before any frame
    // shows it; the other two were meant for the questions after.
    burst(&mut app, "333");
    let it = interview(&app);
    let Layer::Prompt(Prompt::Reason { area, .. }) = &it.layer else { panic!("the warning asks for a reason") };
    assert_eq!(area.lines().join(""), "", "no key typed ahead is the reason");
    let said = app.status.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(said.contains("before this warning showed"), "{said}");
    let saved = store.get("lr").unwrap();
    assert!(saved.answers().get("health_roles_company").is_none(), "nothing answered unseen");
    // Seen, the box takes what is typed.
    draw(&mut app, 100, 30);
    type_text(&mut app, "agreed");
    let Layer::Prompt(Prompt::Reason { area, .. }) = &interview(&app).layer else { panic!("still asking") };
    assert_eq!(area.lines().join(""), "agreed");
}

#[test]
fn digits_typed_ahead_over_several_questions_each_answer_their_own() {
    // The example: "Which sector?" (two choices), then "Member of The Code?" (three).
    let (mut app, store) = super::interview("learning-review-example");
    while current(&app) != "sector" {
        press(&mut app, KeyCode::PageDown);
    }
    draw(&mut app, 80, 24);
    // Faster than the screen: the third choice of the next question was never drawn, yet it is
    // what the facilitator meant.
    burst(&mut app, "13");
    let saved = store.get(&interview(&app).session().id).unwrap();
    assert_eq!(saved.answers()["sector"].value, Some(json!("tourism")));
    assert_eq!(saved.answers()["member"].value, Some(json!("no")));
}
