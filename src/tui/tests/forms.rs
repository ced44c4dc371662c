//! Questionnaire features on screen: earlier answers shown in prompts and help (`${id}`, and
//! `${field}` in a list item), choices that stand alone.

use ratatui::crossterm::event::KeyCode;
use waypost_core::store::Store;

use super::*;

#[test]
fn prompts_show_earlier_answers_and_the_item_s_own_fields() {
    let (mut app, _) = app_with("tests/fixtures/forms");
    let subject = Subject { organisation: "Barrio Norte".into(), ..Subject::default() };
    app.start(NewSession { questionnaire: "household-visit".into(), subject, language: None }).expect("starts");
    type_text(&mut app, "Rosa Quispe");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "n_children");
    insta::assert_snapshot!("piped_prompt", draw(&mut app, 80, 24).backend());
    type_text(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "children");
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Luz");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2')); // not in school
    insta::assert_snapshot!("piped_field_prompt", draw(&mut app, 80, 24).backend());
    let said = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(said.contains("Why is Luz not in school?"), "{said}");
    // What is stored is the questionnaire's text and the answers, nothing filled in.
    assert!(!serde_json::to_string(session(&app)).expect("json").contains("Why is Luz"));
}

#[test]
fn a_choice_that_stands_alone_clears_the_others_and_is_cleared_by_them() {
    let (mut app, _) = app_with("tests/fixtures/forms");
    let subject = Subject { organisation: "Barrio Norte".into(), ..Subject::default() };
    app.start(NewSession { questionnaire: "household-visit".into(), subject, language: None }).expect("starts");
    for _ in 0..3 {
        press(&mut app, KeyCode::PageDown);
    }
    assert_eq!(current(&app), "support");
    press(&mut app, KeyCode::Char('1')); // food
    press(&mut app, KeyCode::Char('3')); // health
    press(&mut app, KeyCode::Char('4')); // none of these: the others go
    insta::assert_snapshot!("exclusive_ticked", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('2')); // school fees: "none" goes
    press(&mut app, KeyCode::Enter);
    let answer = session(&app).answers().get("support").and_then(|a| a.value.clone());
    assert_eq!(answer, Some(serde_json::json!(["school_fees"])));
}

#[test]
fn an_other_choice_asks_what_it_stands_for_and_keeps_it_as_a_draft_meanwhile() {
    let (mut app, store) = app_with("tests/fixtures/forms");
    let subject = Subject { organisation: "Barrio Norte".into(), ..Subject::default() };
    app.start(NewSession { questionnaire: "household-visit".into(), subject, language: None }).expect("starts");
    while current(&app) != "water" {
        press(&mut app, KeyCode::PageDown);
    }
    press(&mut app, KeyCode::Char('3')); // Other
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "the river");
    insta::assert_snapshot!("other_asked", draw(&mut app, 80, 24).backend());
    a_second_later(&mut app);
    let id = session(&app).id.clone();
    let saved = store.load(&id).expect("saved");
    let draft = saved.drafts().get("water").expect("a draft while the text is typed");
    assert_eq!((draft.pending.clone(), draft.other.as_deref()), (Some(serde_json::json!("other")), Some("the river")));
    press(&mut app, KeyCode::Enter);
    let answer = session(&app).answers().get("water").cloned().expect("answered");
    assert_eq!((answer.value, answer.other.as_deref()), (Some(serde_json::json!("other")), Some("the river")));
}

/// A household visit up to its one child's "why not in school", answered "Other": the
/// "please specify" step is next.
fn to_why_not_other(app: &mut App) {
    let subject = Subject { organisation: "Barrio Norte".into(), ..Subject::default() };
    app.start(NewSession { questionnaire: "household-visit".into(), subject, language: None }).expect("starts");
    type_text(app, "Rosa Quispe");
    press(app, KeyCode::Enter);
    type_text(app, "1");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('+'));
    type_text(app, "Luz");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('2')); // not in school
    press(app, KeyCode::Char('3')); // Other
}

#[test]
fn an_other_choice_in_a_list_item_asks_what_it_stands_for_and_survives_a_restart_meanwhile() {
    let (mut app, store) = app_with("tests/fixtures/forms");
    to_why_not_other(&mut app);
    type_text(&mut app, "helps at");
    insta::assert_snapshot!("other_in_item_asked", draw(&mut app, 80, 24).backend());
    a_second_later(&mut app);
    let id = session(&app).id.clone();
    let item = store.load(&id).expect("saved").drafts()["children"].item.clone().expect("the item being entered");
    assert!(item.specifying, "the draft knows the text is what \"Other\" stands for");
    assert_eq!((item.field.as_str(), item.text.as_deref()), ("why_not", Some("helps at")));

    // The terminal closes; the interview resumes where it was, text and all.
    let (mut again, _) = app_with("tests/fixtures/forms");
    again.store = Box::new(store.clone());
    again.resume(&id);
    type_text(&mut again, " home");
    press(&mut again, KeyCode::Enter);
    let table = format!("{:?}", draw(&mut again, 140, 24).backend());
    assert!(table.contains("Other: helps at home"), "{table}");
    press(&mut again, KeyCode::Enter); // the list
    let saved = store.load(&id).expect("saved");
    let items = saved.answers()["children"].value.clone().expect("the list is answered");
    assert_eq!(
        items,
        serde_json::json!([{"name": "Luz", "in_school": "no", "why_not": "other", "why_not.other": "helps at home"}])
    );
}

#[test]
fn an_other_choice_in_a_list_item_is_not_kept_without_what_it_stands_for() {
    let (mut app, _) = app_with("tests/fixtures/forms");
    to_why_not_other(&mut app);
    press(&mut app, KeyCode::Enter); // nothing typed
    let screen = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(screen.contains("say what \"Other\" stands for"), "{screen}");
    // Going back from "please specify" leads to the choice, which can be changed.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('1')); // works
    press(&mut app, KeyCode::Enter); // the list
    let items = session(&app).answers()["children"].value.clone().expect("answered");
    assert_eq!(items, serde_json::json!([{"name": "Luz", "in_school": "no", "why_not": "work"}]));
}
