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

/// An app with two CSR sessions a year apart and a stakeholder grid, all for Acme Hotels.
fn reviewing() -> (App, std::rc::Rc<waypost_core::store::MemoryStore>) {
    reviewing_in("en")
}

/// The same sessions, asked in `language`.
pub(super) fn reviewing_in(language: &str) -> (App, std::rc::Rc<waypost_core::store::MemoryStore>) {
    use serde_json::json;
    use waypost_core::interview::{Input, answer};
    use waypost_core::store::Store;
    let (app, store) = app();
    let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    let subject = waypost_core::session::Subject {
        organisation: "Acme Hotels".into(),
        facilitator: "Ana".into(),
        ..Default::default()
    };
    let make = |qid: &str, id: &str, when: &str, answers: &[(&str, serde_json::Value)]| {
        let q = &app.catalog.get(qid).unwrap().questionnaire;
        let qref = waypost_core::session::QuestionnaireRef::of(q);
        let mut s = waypost_core::session::Session::new(id.into(), qref, language.into(), subject.clone(), at(when));
        for (k, v) in answers {
            answer(q, &mut s, k, Input::Value(v.clone()), Some("Agreed with the board"), at(when), None).unwrap();
        }
        store.create(&s).unwrap();
    };
    make(
        "csr-self-assessment",
        "2025-acme",
        "2025-11-28T09:30:00+01:00",
        &[("sector", json!("tourism")), ("csr_so_far", json!("Nothing yet")), ("cp_policy", json!("planned"))],
    );
    make(
        "csr-self-assessment",
        "2026-acme",
        "2026-11-28T09:30:00+01:00",
        &[
            ("sector", json!("tourism")),
            ("csr_so_far", json!("A first staff training")),
            ("cp_policy", json!("in_place")),
            ("policy_board", json!("yes")),
            ("management", json!("not_involved")),
        ],
    );
    make(
        "stakeholder-grid",
        "2026-acme-grid",
        "2026-11-27T09:30:00+01:00",
        &[
            ("scope", json!("company")),
            ("subject", json!("Acme Hotels")),
            (
                "stakeholders",
                json!([
                    {"name": "Ana (CEO)", "power": "decides", "commitment": "sceptical", "concerns": "Costs", "next_step": "Meet in December"},
                    {"name": "Bo (HR)", "power": "some", "commitment": "champion", "door_opener": "yes"},
                    {"name": "Cy (Finance)", "power": "decides", "commitment": "sceptical", "roles": ["block"]},
                    {"name": "Police", "type": "police", "power": "strong", "commitment": "supportive"}
                ]),
            ),
        ],
    );
    (app, store)
}

#[test]
fn the_session_browser_with_filters_search_and_trash() {
    let (mut app, store) = reviewing();
    press(&mut app, KeyCode::Char('b'));
    assert_snapshot!("browser", draw(&mut app, 100, 24).backend());
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "GRÍD");
    let Screen::Browser(b) = &app.screen else { panic!("browser left") };
    assert_eq!(b.rows().len(), 1, "narrowed as typed, accents and case aside");
    for _ in 0.."GRÍD".chars().count() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "costs");
    press(&mut app, KeyCode::Enter);
    assert_snapshot!("browser_search", draw(&mut app, 100, 24).backend());
    press(&mut app, KeyCode::Esc);
    // A filter opens a small picker of the values the sessions have, with their counts.
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.mode(), crate::tui::keys::Mode::Picker);
    press(&mut app, KeyCode::Down);
    assert_snapshot!("browser_picker", draw(&mut app, 100, 24).backend());
    press(&mut app, KeyCode::Enter);
    let Screen::Browser(b) = &app.screen else { panic!("browser left") };
    assert_eq!((b.organisation.as_deref(), b.rows().len()), (Some("Acme Hotels"), 3));
    press(&mut app, KeyCode::Char('i'));
    press(&mut app, KeyCode::Esc);
    let Screen::Browser(b) = &app.screen else { panic!("browser left") };
    assert_eq!((b.status, b.picker.is_none()), (None, true), "Esc leaves the filter as it was");
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let Screen::Browser(b) = &app.screen else { panic!("browser left") };
    assert_eq!((b.organisation.as_deref(), b.questionnaire.as_deref()), (None, Some("csr-self-assessment")));
    press(&mut app, KeyCode::Char('t'));
    assert_snapshot!("browser_trash", draw(&mut app, 100, 24).backend());
    press(&mut app, KeyCode::Char('y'));
    assert!(store.trashed.borrow().contains_key("2026-acme"));
    assert!(store.get("2026-acme").is_none());
    // Any session in the trash comes back from the trash view, not only the last one moved.
    press(&mut app, KeyCode::Char('T'));
    assert_snapshot!("browser_trash_view", draw(&mut app, 100, 24).backend());
    press(&mut app, KeyCode::Char('s'));
    assert!(matches!(&app.screen, Screen::Browser(b) if b.trash_view.is_some()), "a letter does nothing here");
    press(&mut app, KeyCode::Enter);
    assert!(store.get("2026-acme").is_some() && store.trashed.borrow().is_empty());
    let Screen::Browser(b) = &app.screen else { panic!("browser left") };
    assert!(b.trash_view.is_none() && b.rows().iter().any(|r| r.id == "2026-acme"));
    assert!(app.status.as_ref().is_some_and(|s| s.text.contains("2026-acme is back")), "{:?}", app.status);
}

#[test]
fn summary_grid_and_comparison() {
    let (mut app, _) = reviewing();
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('s'));
    assert_snapshot!("summary", draw(&mut app, 100, 30).backend());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Down);
    assert_snapshot!("grid", draw(&mut app, 120, 36).backend());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('c'));
    assert_snapshot!("compare", draw(&mut app, 100, 30).backend());
}

#[test]
fn a_summary_taller_than_the_terminal_says_how_much_is_below() {
    let (mut app, _) = reviewing();
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('s'));
    let last_row = |app: &mut App| {
        let screen = draw(app, 80, 16);
        let buffer = screen.backend().buffer();
        (0..80).map(|x| buffer[(x, 13)].symbol()).collect::<String>()
    };
    let first = last_row(&mut app);
    let below: usize = first.trim().trim_start_matches('↓').trim().split(' ').next().unwrap().parse().expect("a count");
    assert!(first.trim().ends_with(&format!("{below} more")), "{first}");
    press(&mut app, KeyCode::Down);
    assert!(last_row(&mut app).contains(&format!("↓ {} more", below - 1)), "one line scrolled");
    for _ in 0..below {
        press(&mut app, KeyCode::Down);
    }
    assert!(!last_row(&mut app).contains('↓'), "at the end nothing is below");
}

#[test]
fn grid_labels_stay_inside_the_frame_and_off_the_axis_at_any_size() {
    let (mut app, _) = reviewing();
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('g'));
    for (width, height) in [(60, 20), (80, 24), (93, 27), (100, 30), (127, 33), (160, 45)] {
        let screen = draw(&mut app, width, height);
        let buffer = screen.backend().buffer();
        let rows: Vec<String> = (0..height).map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect()).collect();
        let right = rows[0].chars().position(|c| c == '┐').expect("the grid's frame");
        let bottom = rows.iter().position(|r| r.starts_with('└')).expect("the grid's bottom");
        for row in &rows[1..bottom] {
            assert_eq!(
                row.chars().nth(right),
                Some('│'),
                "{width}x{height}: a label crosses the frame:\n{}",
                rows.join("\n")
            );
        }
        let named = rows.iter().find(|r| r.starts_with("│Inform and") || r.starts_with("│ Inform and")).expect("named");
        assert!(!named.contains('⠉') && !named.contains('⠤'), "{width}x{height}: a name on the axis: {named}");
        assert!(rows.iter().any(|r| r.starts_with("→ Opposed … Champion")), "{width}x{height}: the x axis is marked");
        assert!(rows.iter().any(|r| r.starts_with("↑ Little or no say … Decides")), "{width}x{height}: the y axis too");
    }
}

#[test]
fn export_from_the_summary_writes_private_files() {
    let (mut app, _) = reviewing();
    let dir = tempfile::tempdir().unwrap();
    app.exports = Some(dir.path().join("exports"));
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('e'));
    let html = std::fs::read_to_string(dir.path().join("exports/2026-acme.html")).unwrap();
    assert!(html.contains("Commitment and governance"));
    assert!(dir.path().join("exports/2026-acme.md").exists());
    assert!(app.status.as_ref().unwrap().text.starts_with("Wrote 2026-acme.md, 2026-acme.html and 2026-acme.csv"));
    let csv = std::fs::read(dir.path().join("exports/2026-acme.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}".as_bytes()), "the CSV starts with the byte-order mark Excel needs");
}

#[test]
fn a_follow_up_starts_from_the_highlighted_session() {
    let (mut app, store) = reviewing();
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('u'));
    let id = session(&app).id.clone();
    assert_eq!(id, "20261128-0930-csr-self-assessment-acme-hotels");
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.answers()["cp_policy"].value, Some(serde_json::json!("in_place")));
    assert_eq!(saved.extra["follows"], serde_json::json!("2026-acme"));
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
    let (mut app, _) = reviewing();
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
