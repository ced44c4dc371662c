//! The app in Brazilian Portuguese at 80x24, and a questionnaire not written in Portuguese shown
//! in its own language with a mark that says so.

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;

use super::spanish::{Speaking, rows};
use super::*;

#[test]
fn every_screen_speaks_portuguese() {
    let _pt = Speaking::portuguese();
    let (mut app, _store) = interview("partner-screening");
    assert_snapshot!("pt_interview", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::F(1));
    assert_snapshot!("pt_help", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "Hotéis Acme");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    assert_snapshot!("pt_review", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_snapshot!("pt_home", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('b'));
    assert_snapshot!("pt_browser", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('s'));
    assert_snapshot!("pt_summary", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_questionnaire_without_portuguese_is_shown_in_its_own_language_and_says_so() {
    let _pt = Speaking::portuguese();
    let (mut app, _store) = interview("learning-review-example");
    assert_eq!(session(&app).language, "en", "the questionnaire's first language");
    let screen = rows(&mut app).join("\n");
    assert!(screen.contains("[perguntas em inglês]"), "never silently:\n{screen}");
}
