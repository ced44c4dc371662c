//! Home starts on the questionnaires: Enter starts a new session, never resumes another one.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::tui::app::Screen;

#[test]
fn enter_on_home_starts_a_new_session_even_with_sessions_listed() {
    let (mut app, store) = interview("learning-review-example");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)), "back home");
    let (mut again, _) = app_on(store);
    again.go_home();
    press(&mut again, KeyCode::Enter);
    assert!(matches!(again.screen, Screen::Form(_)), "Enter opens the form for a new session");
    press(&mut again, KeyCode::Esc);
    press(&mut again, KeyCode::Tab);
    press(&mut again, KeyCode::Enter);
    assert!(matches!(again.screen, Screen::Interview(_)), "Tab, then Enter resumes the session");
}

#[test]
fn a_letter_that_does_nothing_says_so() {
    let (mut app, _) = app();
    press(&mut app, KeyCode::Char('z'));
    let status = app.status.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert_eq!(status, "z does nothing here; ? shows the keys.");
}

#[test]
fn a_completed_session_opens_read_only_and_reopens_with_o() {
    use waypost_core::interview::{Input, answer};
    use waypost_core::store::Store;
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    let q = waypost_core::testing::example();
    let mut s = store.get(&id).unwrap();
    let now = waypost_core::testing::now();
    answer(&q, &mut s, "sector", Input::Value(serde_json::json!("ict")), None, now, None).unwrap();
    waypost_core::interview::complete(&q, &mut s, now).unwrap();
    store.save(&s).unwrap();
    chord(&mut app, KeyCode::Char('c'), ratatui::crossterm::event::KeyModifiers::CONTROL);
    let (mut again, _) = app_on(store.clone());
    again.resume(&id);
    let Screen::Interview(it) = &again.screen else { panic!("an interview") };
    assert!(it.read_only(), "completed: read-only");
    press(&mut again, KeyCode::Left); // back to the sector, answered
    let text: String =
        draw(&mut again, 100, 30).backend().buffer().content().iter().map(ratatui::buffer::Cell::symbol).collect();
    assert!(text.contains("Answered (read-only)") && !text.contains("Saved ✓"), "{text}");
    assert!(text.contains("Enter next") && !text.contains("Enter confirm"), "read-only says what Enter does");
    press(&mut again, KeyCode::Char('o'));
    let Screen::Interview(it) = &again.screen else { panic!("an interview") };
    assert!(!it.read_only(), "reopened");
}

#[test]
fn a_follow_up_shows_copied_answers_as_to_confirm() {
    let (mut app, store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    press(&mut app, KeyCode::Enter); // the note
    press(&mut app, KeyCode::Char('2')); // ICT
    chord(&mut app, KeyCode::Char('c'), ratatui::crossterm::event::KeyModifiers::CONTROL);
    let (mut again, _) = app_on(store);
    again.perform(crate::tui::effect::Effect::FollowUp(id));
    assert_eq!(current(&again), "sector", "opens at the first answer to confirm");
    insta::assert_snapshot!(draw(&mut again, 100, 30).backend());
}

#[test]
fn a_status_message_expires_and_an_error_stays() {
    use crate::tui::action::Action;
    use crate::tui::widgets::Level;
    let (mut app, _) = app();
    let later = |seconds: i64| -> crate::tui::app::Clock {
        Box::new(move || waypost_core::testing::now() + chrono::Duration::seconds(seconds))
    };
    app.tell(Level::Info, "Started session x");
    app.dispatch(Action::Tick);
    app.clock = later(9);
    app.dispatch(Action::Tick);
    assert!(app.status.is_some(), "still shown after nine seconds");
    app.clock = later(10);
    app.dispatch(Action::Tick);
    assert!(app.status.is_none(), "gone after ten");
    app.tell(Level::Error, "Not saved");
    app.dispatch(Action::Tick);
    app.clock = later(600);
    app.dispatch(Action::Tick);
    assert!(app.status.is_some(), "an error stays until something replaces it");
}

#[test]
fn esc_from_a_report_goes_back_the_way_it_came() {
    let (mut app, _store) = interview("learning-review-example");
    let id = session(&app).id.clone();
    // Reached by finishing: Esc goes home.
    app.perform(crate::tui::effect::Effect::Finished(id));
    assert!(matches!(app.screen, Screen::Summary(_) | Screen::Grid(_)), "the report after finishing");
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)), "finished, then home");
    // Reached from the browser: Esc goes back to it.
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('s'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Browser(_)), "back to the browser");
}
