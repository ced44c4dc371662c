//! Snapshots of every screen and every question kind, at the smallest supported size and larger.

use insta::assert_snapshot;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::*;

/// Goes to a question of the example by skipping forward with PgDn.
fn at(app: &mut App, id: &str) {
    for _ in 0..20 {
        if current(app) == id {
            return;
        }
        if app.mode() == crate::tui::keys::Mode::Typing {
            press(app, KeyCode::Esc);
        }
        press(app, KeyCode::PageDown);
    }
    panic!("never reached {id}");
}

fn example_at(id: &str) -> App {
    let (mut app, _) = interview("learning-review-example");
    at(&mut app, id);
    app
}

#[test]
fn home_empty_and_with_sessions() {
    let (mut app, _) = app();
    assert_snapshot!("home_empty", draw(&mut app, 80, 24).backend());
    let (mut app, store) = interview("csr-self-assessment");
    press(&mut app, KeyCode::Esc);
    let _ = store;
    assert_snapshot!("home_sessions", draw(&mut app, 100, 24).backend());
}

#[test]
fn new_session_form() {
    let (mut app, _) = app();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Acme Hotels");
    press(&mut app, KeyCode::Enter);
    assert_snapshot!("form", draw(&mut app, 80, 24).backend());
}

#[test]
fn each_question_kind() {
    for id in ["intro", "sector", "channels", "staff_trained", "summary", "last_report", "stakeholders"] {
        let mut app = example_at(id);
        assert_snapshot!(format!("kind_{id}"), draw(&mut app, 80, 24).backend());
    }
}

#[test]
fn a_scored_scale_and_the_outline_at_width() {
    let (mut app, _) = interview("csr-self-assessment");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('1'));
    at(&mut app, "cp_policy");
    press(&mut app, KeyCode::Char('h'));
    assert_snapshot!("scored_scale_with_help", draw(&mut app, 110, 30).backend());
}

#[test]
fn list_item_being_entered() {
    let mut app = example_at("stakeholders");
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Eva");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('1'));
    assert_snapshot!("list_item_field", draw(&mut app, 80, 24).backend());
    type_text(&mut app, "Fears cost");
    press(&mut app, KeyCode::Enter);
    assert_snapshot!("list_with_item", draw(&mut app, 80, 24).backend());
}

#[test]
fn help_overlays_follow_the_mode() {
    let mut app = example_at("sector");
    press(&mut app, KeyCode::Char('?'));
    assert_snapshot!("help_question", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Esc);
    let mut app = example_at("summary");
    press(&mut app, KeyCode::F(1));
    assert_snapshot!("help_typing", draw(&mut app, 80, 24).backend());
}

#[test]
fn review_and_finish() {
    let mut app = example_at("sector");
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Char('f'));
    assert_snapshot!("review_missing", draw(&mut app, 80, 24).backend());
}

#[test]
fn prompts_for_a_note_and_a_reason() {
    let mut app = example_at("sector");
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Mostly hotels");
    assert_snapshot!("note_prompt", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Esc);
    at(&mut app, "staff_trained");
    type_text(&mut app, "20000");
    press(&mut app, KeyCode::Enter);
    assert_snapshot!("reason_prompt", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_save_error_is_shown() {
    let (mut app, store) = interview("learning-review-example");
    press(&mut app, KeyCode::Enter);
    store.fail_saves.set(true);
    press(&mut app, KeyCode::Char('1'));
    assert_snapshot!("save_error", draw(&mut app, 80, 24).backend());
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_snapshot!("save_error_quit", draw(&mut app, 80, 24).backend());
}

#[test]
fn too_small_and_every_size_without_panic() {
    let mut app = example_at("stakeholders");
    assert_snapshot!("too_small", draw(&mut app, 40, 10).backend());
    for (w, h) in [(0, 0), (1, 1), (59, 15), (60, 16), (80, 24), (200, 60), (300, 5)] {
        let _ = draw(&mut app, w, h);
    }
    press(&mut app, KeyCode::Char('+'));
    for (w, h) in [(60, 16), (61, 17), (80, 24)] {
        let _ = draw(&mut app, w, h);
    }
}

#[test]
fn text_from_files_never_reaches_the_terminal_raw() {
    let (mut app, _) = interview("learning-review-example");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('n'));
    app.dispatch(super::super::action::Action::Paste("\x1b]0;owned\x07\x1b[2J\u{202e}evil".into()));
    press(&mut app, KeyCode::Enter);
    let terminal = draw(&mut app, 100, 30);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert!(!cell.symbol().chars().any(|c| c.is_control() || c == '\u{202e}'), "raw {:?}", cell.symbol());
    }
    let text: String = buffer.content().iter().map(ratatui::buffer::Cell::symbol).collect();
    assert!(text.contains("␛]0;owned␇"), "shown as visible text");
}

#[test]
fn no_color_means_no_colour_and_high_contrast_is_strong() {
    use crate::setup::ThemeChoice as ThemeArg;
    use ratatui::style::Color;
    let mut app = example_at("sector");
    app.theme = crate::tui::theme::Theme::new(ThemeArg::Default, true);
    let terminal = draw(&mut app, 80, 24);
    let coloured = terminal.backend().buffer().content().iter().any(|c| c.fg != Color::Reset || c.bg != Color::Reset);
    assert!(!coloured, "NO_COLOR: no cell has a colour");
    app.theme = crate::tui::theme::Theme::new(ThemeArg::HighContrast, false);
    press(&mut app, KeyCode::Down); // highlights the first choice
    let terminal = draw(&mut app, 80, 24);
    let buffer = terminal.backend().buffer();
    let (x, y) = (0..24)
        .flat_map(|y| (0..80).map(move |x| (x, y)))
        .find(|&(x, y)| x + 6 < 80 && (x..x + 6).map(|i| buffer[(i, y)].symbol()).collect::<String>() == "Travel")
        .unwrap();
    let cell = &buffer[(x, y)];
    assert_eq!((cell.fg, cell.bg), (Color::Black, Color::White), "the highlighted choice is black on white");
}

#[test]
fn the_interview_in_spanish() {
    waypost_core::i18n::set_language("es");
    let mut app = example_at("channels");
    let screen = draw(&mut app, 80, 24);
    waypost_core::i18n::set_language("en");
    insta::assert_snapshot!(screen.backend());
}

#[test]
fn a_choice_too_long_for_the_screen_ends_with_an_ellipsis() {
    use waypost_core::store::Store;
    let (mut app, store) = app();
    let q = &app.catalog.get("partner-screening").unwrap().questionnaire;
    let mut s = waypost_core::testing::session(q, "screening", "Acme");
    s.language = "es".into();
    s.position = Some("purpose".into());
    store.create(&s).unwrap();
    app.resume("screening");
    waypost_core::i18n::set_language("es");
    let screen = draw(&mut app, 80, 24);
    waypost_core::i18n::set_language("en");
    let text: Vec<String> =
        (0..24).map(|y| (0..80).map(|x| screen.backend().buffer()[(x, y)].symbol().to_owned()).collect()).collect();
    let long = text.iter().find(|l| l.contains("Cambiar las prácticas")).expect("the choice is shown");
    assert!(long.trim_end().ends_with('…'), "cut with an ellipsis: {long}");
    insta::assert_snapshot!(screen.backend());
}

#[test]
fn the_screens_at_160x45() {
    let (mut app, _) = super::review_screens::reviewing();
    assert_snapshot!("wide_home", draw(&mut app, 160, 45).backend());
    press(&mut app, KeyCode::Char('b'));
    assert_snapshot!("wide_browser", draw(&mut app, 160, 45).backend());
    press(&mut app, KeyCode::Char('s'));
    assert_snapshot!("wide_summary", draw(&mut app, 160, 45).backend());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('g'));
    assert_snapshot!("wide_grid", draw(&mut app, 160, 45).backend());
    let mut app = example_at("channels");
    assert_snapshot!("wide_interview", draw(&mut app, 160, 45).backend());
    press(&mut app, KeyCode::Char('r'));
    assert_snapshot!("wide_review", draw(&mut app, 160, 45).backend());
}
