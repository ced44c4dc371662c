//! Interviews driven by key events, checking what reaches the store.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use serde_json::json;
use waypost_core::questionnaire::AnswerState;
use waypost_core::session::Status;

use super::*;
use crate::tui::app::Screen;
use crate::tui::keys::Mode;
use waypost_core::session::EventKind;

#[test]
fn a_whole_learning_review_by_keys() {
    let (mut app, store) = interview("learning-review");
    let id = session(&app).id.clone();
    // The date, the questionnaire and the UUID's end (counted in tests), never the organisation.
    assert_eq!(id, "20261128-0930-learning-review-000000000001");
    assert_eq!(current(&app), "review_type");
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(current(&app), "review_date");
    type_text(&mut app, "2026-11-28");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "event");
    type_text(&mut app, "Workshop in Lima");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(current(&app), "participants", "the period is not asked after an event");
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Eva");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Acme");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "decision_maker_present");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "previous_actions");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "rule");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Train 20 staff");
    chord(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    type_text(&mut app, "by June");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Trained 12");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "why_different");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Command);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Plan earlier");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "lessons", "health, results and the retrospect are not asked after an event");
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Start early");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "actions");
    press(&mut app, KeyCode::Char('+'));
    for text in ["Send the report", "Ana", "DtZ", "2026-12-15"] {
        type_text(&mut app, text);
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Review, "after the last question comes the review");
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(app.mode(), Mode::Summary, "finishing opens the report");
    assert!(app.status.as_ref().is_some_and(|m| m.text.starts_with("The session is completed and saved")));

    let saved = store.get(&id).expect("saved");
    assert_eq!(saved.status, Status::Completed);
    let value = |q: &str| saved.answers()[q].value.clone();
    assert_eq!(value("review_type"), Some(json!("after_event")));
    assert_eq!(value("review_date"), Some(json!("2026-11-28")));
    assert_eq!(value("phase"), Some(json!("consolidate")));
    assert_eq!(
        value("participants"),
        Some(json!([{"role": "Eva", "organisation": "Acme", "side": "company", "decision_maker": "yes"}]))
    );
    assert_eq!(value("decision_maker_present"), Some(json!("yes")));
    assert_eq!(value("previous_actions"), Some(json!([])));
    assert_eq!(value("planned"), Some(json!("Train 20 staff\nby June")));
    assert_eq!(saved.answers()["why_different"].state, Some(AnswerState::NotApplicable));
    assert_eq!(value("lessons"), Some(json!([{"lesson": "Start early", "tag": "keep", "share": "no"}])));
    assert_eq!(
        value("actions"),
        Some(
            json!([{"what": "Send the report", "owner": "Ana", "organisation": "DtZ", "due": "2026-12-15", "status": "open"}])
        )
    );
    assert!(!saved.answers().contains_key("went_well"), "skipped questions have no answer");
    let answered = saved.events().iter().filter(|e| e.action == EventKind::Answered).count();
    assert_eq!(answered, 13);
    assert!(saved.events().iter().any(|e| e.action == EventKind::Completed));
}

#[test]
fn every_confirmed_answer_is_saved_at_once_and_resumed_at_its_position() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter); // the note
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(store.get(&id).unwrap().answers()["sector"].value, Some(json!("tourism")));
    assert_eq!(current(&app), "member");
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.done);
    let (mut again, _) = app_on(store.clone());
    again.resume(&id);
    assert_eq!(current(&again), "member");
}

#[test]
fn hard_checks_block_and_soft_warnings_ask_for_a_reason() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter); // the note
    press(&mut app, KeyCode::Char('1')); // tourism
    press(&mut app, KeyCode::Down); // highlights the first choice: an untouched one records nothing
    press(&mut app, KeyCode::Enter); // and Enter records it
    assert_eq!(store.get(&id).unwrap().answers()["member"].value, Some(json!("yes")));
    assert_eq!(current(&app), "channels");
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "staff_trained");
    type_text(&mut app, "-3");
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), "staff_trained");
    let Screen::Interview(it) = &app.screen else { panic!() };
    assert_eq!(it.message.as_ref().unwrap().text, "the smallest allowed is 0 people");
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "20000");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form, "a reason is asked for");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form, "an empty reason is not enough");
    type_text(&mut app, "All branches");
    press(&mut app, KeyCode::Enter);
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.answers()["staff_trained"].value, Some(json!(20000)));
    assert_eq!(saved.answers()["staff_trained"].override_reason.as_deref(), Some("All branches"));
    assert_eq!(saved.answers()["channels"].value, Some(json!(["web"])));
}

#[test]
fn notes_states_previous_and_hidden_answers() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(current(&app), "channels");
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    assert_eq!(current(&app), "sector");
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Mostly hotels");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.answers()["sector"].note.as_deref(), Some("Mostly hotels"));
    assert!(saved.answers()["member"].inactive, "member is hidden for ICT but kept");
    assert_eq!(saved.answers()["member"].value, Some(json!("partly")));
    assert_eq!(current(&app), "channels");
    press(&mut app, KeyCode::Right);
    assert_eq!(app.mode(), Mode::Typing, "a number question takes typing at once");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(store.get(&id).unwrap().answers()["staff_trained"].state, Some(AnswerState::DontKnow));
    assert_eq!(current(&app), "summary");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(current(&app), "summary", "this question does not allow don't know");
}

#[test]
fn a_failed_save_keeps_the_answer_retries_and_warns_before_quitting() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter);
    store.fail_saves.set(true);
    press(&mut app, KeyCode::Char('1'));
    assert!(app.unsaved);
    assert_eq!(session(&app).answers()["sector"].value, Some(json!("tourism")), "kept in memory");
    assert!(store.get(&id).unwrap().answers().get("sector").is_none());
    assert!(app.status.as_ref().unwrap().text.starts_with("Not saved: no space left on device (memory/"));
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(!app.done && app.confirm_quit, "quitting asks first");
    press(&mut app, KeyCode::Esc);
    assert!(!app.confirm_quit);
    let attempts = store.save_attempts.get();
    app.dispatch(super::super::action::Action::Tick);
    assert_eq!(store.save_attempts.get(), attempts + 1, "saving is retried");
    store.fail_saves.set(false);
    app.dispatch(super::super::action::Action::Tick);
    assert!(!app.unsaved);
    assert_eq!(store.get(&id).unwrap().answers()["sector"].value, Some(json!("tourism")));
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.done);
}

#[test]
fn a_session_open_elsewhere_opens_read_only() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    let (mut other, _) = app_on(store.clone());
    store.lock_elsewhere(&id);
    other.resume(&id);
    let Screen::Interview(it) = &other.screen else { panic!("not opened") };
    assert!(it.read_only());
    assert!(other.status.as_ref().unwrap().text.contains("open in another window"));
    press(&mut other, KeyCode::Enter);
    press(&mut other, KeyCode::Char('1'));
    assert!(store.get(&id).unwrap().answers().is_empty(), "a read-only view changes nothing");
    press(&mut app, KeyCode::Enter);
}

#[test]
fn home_opens_the_form_and_starts_a_session() {
    let (mut app, store) = app();
    assert_eq!(app.mode(), Mode::Home);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let Screen::Form(form) = &app.screen else { panic!("form left") };
    assert_eq!(form.error.as_deref(), Some("Give the organisation's name."));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    type_text(&mut app, "Fundación Renacer");
    for _ in 0..3 {
        press(&mut app, KeyCode::Enter);
    }
    let started = store.get("20261128-0930-code-implementation-check-000000000001").expect("started under its new id");
    assert_eq!(started.subject.organisation, "Fundación Renacer");
    // A UUIDv7: the app's clock in its first 48 bits (counted, not random, in tests).
    let millis = format!("{:012x}", waypost_core::testing::now().timestamp_millis());
    let uuid = started.uuid.expect("a uuid");
    assert_eq!(uuid, format!("{}-{}-7000-8000-000000000001", &millis[..8], &millis[8..]));
    press(&mut app, KeyCode::Esc); // leaves the first question's text input
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Home);
    let Screen::Home(home) = &app.screen else { panic!() };
    assert_eq!(home.sessions.len(), 1);
}

#[test]
fn mouse_clicks_pick_choices_and_jump_in_the_outline() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter);
    let _ = draw(&mut app, 100, 30);
    // Choices start under the header; find the row of "ICT" on screen.
    let screen = draw(&mut app, 100, 30);
    let buffer = screen.backend().buffer().clone();
    let row =
        (0..30).find(|y| (0..100).map(|x| buffer[(x, *y)].symbol()).collect::<String>().contains("( ) ICT")).unwrap();
    app.dispatch(super::super::action::Action::Click(40, row));
    press(&mut app, KeyCode::Enter);
    assert_eq!(store.get(&id).unwrap().answers()["sector"].value, Some(json!("ict")));
    // The outline lists sections from the row under its border.
    app.dispatch(super::super::action::Action::Click(3, 2));
    assert_eq!(current(&app), "intro");
}

#[test]
fn the_terminal_cursor_follows_the_text_being_typed_and_hides_elsewhere() {
    let (mut app, _) = interview("partner-screening");
    type_text(&mut app, "Acme");
    let terminal = draw(&mut app, 80, 24);
    let buffer = terminal.backend().buffer().clone();
    let at = terminal.backend().cursor_position();
    assert!(terminal.backend().cursor_visible(), "shown while typing");
    let before: String = (at.x - 4..at.x).map(|x| buffer[(x, at.y)].symbol()).collect();
    assert_eq!(before, "Acme", "the cursor is just after the typed text");
    press(&mut app, KeyCode::Left);
    let terminal = draw(&mut app, 80, 24);
    assert_eq!(terminal.backend().cursor_position().x, at.x - 1, "and moves with it");
    press(&mut app, KeyCode::Enter);
    let terminal = draw(&mut app, 80, 24);
    assert!(!terminal.backend().cursor_visible(), "hidden on a choice question");
}

#[test]
fn text_inputs_take_the_line_editing_keys_of_a_terminal() {
    let mut app = at_the_summary();
    let typed = |app: &App| -> String {
        let Screen::Interview(it) = &app.screen else { panic!("not in an interview") };
        let crate::tui::screens::interview::editor::Editor::Text(area) = it.input() else { panic!("not a text input") };
        area.lines().join("\n")
    };
    type_text(&mut app, "one two three");
    chord(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(typed(&app), "one two ", "Ctrl-W deletes the word before the cursor");
    chord(&mut app, KeyCode::Char('a'), KeyModifiers::CONTROL);
    type_text(&mut app, ">");
    assert_eq!(typed(&app), ">one two ", "Ctrl-A goes to the start");
    chord(&mut app, KeyCode::Char('e'), KeyModifiers::CONTROL);
    chord(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(typed(&app), "", "Ctrl-U clears to the start of the line");
    chord(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(typed(&app), ">one two ", "Ctrl-Z undoes");
}

#[test]
fn a_default_from_the_session_starts_the_input_and_enter_takes_it() {
    use waypost_core::store::Store;
    let (mut app, store) = interview("stakeholder-grid");
    while current(&app) != "subject" {
        press(&mut app, KeyCode::PageDown);
    }
    // The grid asks which company: the input already holds the session's organisation.
    insta::assert_snapshot!("default_from_the_session", draw(&mut app, 80, 24).backend());
    a_second_later(&mut app);
    assert!(session(&app).drafts().get("subject").is_none(), "a default shown is no draft");
    press(&mut app, KeyCode::Enter);
    let id = session(&app).id.clone();
    let saved = store.load(&id).expect("saved");
    assert_eq!(saved.answers()["subject"].value, Some(serde_json::json!("Acme Hotels")));
    // Typed over, it is what was typed.
    press(&mut app, KeyCode::PageUp);
    assert_eq!(current(&app), "subject");
    chord(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    type_text(&mut app, "Acme Hotels and Lima Tours");
    press(&mut app, KeyCode::Enter);
    let saved = store.load(&id).expect("saved");
    assert_eq!(saved.answers()["subject"].value, Some(serde_json::json!("Acme Hotels and Lima Tours")));
}
