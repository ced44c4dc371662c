//! Earlier answers shown in prompts and help (`${id}`), and a list item's own fields in its
//! fields' prompts (`${field}`).

use ratatui::crossterm::event::KeyCode;

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
