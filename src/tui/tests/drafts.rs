//! What is typed but not confirmed is on disk within a second, on leaving the question and on
//! quitting, as a draft that is never an answer and comes back on resuming.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use serde_json::json;

use super::*;

/// The example session at its "summary" question (a multi-line text).
fn at_summary() -> (App, std::rc::Rc<MemoryStore>, String) {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter); // the note
    press(&mut app, KeyCode::Char('2')); // ICT: no membership question
    press(&mut app, KeyCode::Enter); // channels: none
    press(&mut app, KeyCode::PageDown); // staff trained: skipped
    assert_eq!(current(&app), "summary");
    (app, store, id)
}

#[test]
fn typed_text_is_a_draft_on_disk_within_a_second_and_comes_back() {
    let (mut app, store, id) = at_summary();
    type_text(&mut app, "Half a sentence\twith a tab");
    assert!(store.get(&id).unwrap().drafts().is_empty(), "not saved on every key");
    let before = app.idle_view();
    a_second_later(&mut app);
    // The event loop draws after a tick only when the idle view changed: "Draft: saving…" must
    // become "Draft saved" with no key pressed.
    assert_ne!(app.idle_view(), before, "the tick's save is drawn");
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.drafts()["summary"].answer, Some(json!("Half a sentence\twith a tab")));
    assert!(saved.answers().get("summary").is_none(), "a draft is not an answer");
    insta::assert_snapshot!(draw(&mut app, 100, 30).backend());

    let (mut again, _) = app_on(store.clone());
    again.resume(&id);
    assert_eq!(current(&again), "summary");
    press(&mut again, KeyCode::Char('!'));
    press(&mut again, KeyCode::Enter);
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.answers()["summary"].value, Some(json!("Half a sentence\twith a tab!")));
    assert!(saved.drafts().is_empty(), "the confirmed answer replaces its draft");
}

#[test]
fn leaving_the_question_or_quitting_saves_the_draft_at_once() {
    let (mut app, store, id) = at_summary();
    type_text(&mut app, "typed, then moved on");
    press(&mut app, KeyCode::PageDown);
    assert_eq!(store.get(&id).unwrap().drafts()["summary"].answer, Some(json!("typed, then moved on")));
    type_text(&mut app, "2026-1");
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.done);
    assert_eq!(store.get(&id).unwrap().drafts()["last_report"].answer, Some(json!("2026-1")));
}

#[test]
fn list_items_are_kept_before_the_list_is_confirmed() {
    let (mut app, store, id) = at_summary();
    press(&mut app, KeyCode::PageDown); // summary
    press(&mut app, KeyCode::PageDown); // last report
    assert_eq!(current(&app), "stakeholders");
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Eva");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Bo");
    a_second_later(&mut app);
    let draft = store.get(&id).unwrap().drafts()["stakeholders"].clone();
    assert_eq!(draft.answer, Some(json!([{"name": "Eva", "power": "high", "commitment": "champion"}])));
    let item = draft.item.expect("the item being entered");
    assert_eq!((item.field.as_str(), item.text.as_deref()), ("name", Some("Bo")));

    let (mut again, _) = app_on(store.clone());
    again.resume(&id);
    type_text(&mut again, "b");
    press(&mut again, KeyCode::Enter);
    press(&mut again, KeyCode::Char('1'));
    press(&mut again, KeyCode::Char('2'));
    press(&mut again, KeyCode::Enter);
    let saved = store.get(&id).unwrap();
    let names: Vec<_> = saved.answers()["stakeholders"]
        .value
        .as_ref()
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].clone())
        .collect();
    assert_eq!(names, [json!("Eva"), json!("Bob")]);
    assert!(saved.drafts().is_empty());
}

#[test]
fn an_answer_waiting_for_its_reason_and_the_reason_typed_come_back() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter); // the note
    press(&mut app, KeyCode::Char('2')); // ICT
    press(&mut app, KeyCode::Enter); // channels: none
    assert_eq!(current(&app), "staff_trained");
    type_text(&mut app, "20000");
    press(&mut app, KeyCode::Enter); // a soft warning asks for a reason
    type_text(&mut app, "All bra");
    a_second_later(&mut app);
    let draft = store.get(&id).unwrap().drafts()["staff_trained"].clone();
    assert_eq!((draft.pending, draft.reason.as_deref()), (Some(json!(20000)), Some("All bra")));

    let (mut again, _) = app_on(store.clone());
    again.resume(&id);
    type_text(&mut again, "nches");
    press(&mut again, KeyCode::Enter);
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.answers()["staff_trained"].value, Some(json!(20000)));
    assert_eq!(saved.answers()["staff_trained"].override_reason.as_deref(), Some("All branches"));
    assert!(saved.drafts().is_empty());
}

#[test]
fn a_failing_save_of_a_draft_is_retried_every_two_seconds_not_at_once() {
    let (mut app, store, _) = at_summary();
    store.fail_saves.set(true);
    type_text(&mut app, "typed while the disk is full");
    a_second_later(&mut app);
    let attempts = store.save_attempts.get();
    assert!(app.unsaved, "kept in memory, said so");
    assert!(app.patience() >= std::time::Duration::from_secs(1), "the next try waits: {:?}", app.patience());
    app.dispatch(crate::tui::action::Action::Tick);
    assert_eq!(store.save_attempts.get(), attempts + 1, "one retry per tick");
}

#[test]
fn a_note_being_typed_is_a_draft_until_esc_cancels_it() {
    let (mut app, store, id) = at_summary();
    press(&mut app, KeyCode::Esc); // leave the text input
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "HR will confirm");
    a_second_later(&mut app);
    assert_eq!(store.get(&id).unwrap().drafts()["summary"].note.as_deref(), Some("HR will confirm"));
    press(&mut app, KeyCode::Esc);
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(store.get(&id).unwrap().drafts().is_empty(), "cancelled with its draft");
}

#[test]
fn the_new_session_form_is_a_draft_until_the_session_starts() {
    let (mut app, store) = app();
    app.open_form("learning-review", Subject::default());
    type_text(&mut app, "Acme Hotels");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Ana");
    assert!(store.form_drafts.borrow().is_empty(), "not saved on every key");
    a_second_later(&mut app);
    let draft = store.form_drafts.borrow()["learning-review"].clone();
    assert_eq!((draft.organisation.as_str(), draft.facilitator.as_str()), ("Acme Hotels", "Ana"));
    // Esc (or a closed terminal) leaves the form; opening it again brings the text back.
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(store.form_drafts.borrow()["learning-review"].facilitator, "Anax", "saved on leaving");
    let (mut again, _) = app_on(store.clone());
    again.open_form("learning-review", Subject::default());
    insta::assert_snapshot!(draw(&mut again, 80, 24).backend());
    press(&mut again, KeyCode::Backspace);
    press(&mut again, KeyCode::Enter);
    press(&mut again, KeyCode::Enter);
    assert_eq!(session(&again).subject.facilitator, "Ana");
    assert!(store.form_drafts.borrow().is_empty(), "the started session holds the text now");
}
