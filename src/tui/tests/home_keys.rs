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
