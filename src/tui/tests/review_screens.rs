//! Snapshots of the screens that review sessions: the browser with its filters, search and
//! trash, a summary, a grid, a comparison, an export and a follow-up.

use insta::assert_snapshot;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use waypost_core::store::Store;

use crate::tui::widgets::Level;

use super::*;

/// An app with two CSR sessions a year apart and a stakeholder grid, all for Acme Hotels.
pub(super) fn reviewing() -> (App, std::rc::Rc<waypost_core::store::MemoryStore>) {
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

/// From home over the reviewing sessions: the newest one's summary, the grid (the next one),
/// then the two CSR sessions compared; `at` looks at each screen ("summary", "grid", "compare").
pub(super) fn summary_grid_compare(app: &mut App, at: &mut dyn FnMut(&str, &mut App)) {
    press(app, KeyCode::Char('b'));
    press(app, KeyCode::Char('s'));
    at("summary", app);
    press(app, KeyCode::Esc);
    press(app, KeyCode::Down);
    press(app, KeyCode::Char('g'));
    press(app, KeyCode::Down);
    at("grid", app);
    press(app, KeyCode::Esc);
    press(app, KeyCode::Down);
    press(app, KeyCode::Char('m'));
    press(app, KeyCode::Up);
    press(app, KeyCode::Up);
    press(app, KeyCode::Char('c'));
    at("compare", app);
}

#[test]
fn summary_grid_and_comparison() {
    let (mut app, _) = reviewing();
    summary_grid_compare(&mut app, &mut |screen, app| match screen {
        "grid" => assert_snapshot!("grid", draw(app, 120, 36).backend()),
        name => assert_snapshot!(name, draw(app, 100, 30).backend()),
    });
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
    assert_eq!(id, "20261128-0930-csr-self-assessment-000000000001");
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.answers()["cp_policy"].value, Some(serde_json::json!("in_place")));
    assert_eq!(saved.extra["follows"], serde_json::json!("2026-acme"));
}

#[test]
fn the_browser_follows_a_restore_made_elsewhere_and_ctrl_z_then_says_so() {
    let (mut app, store) = reviewing();
    press(&mut app, KeyCode::Char('b'));
    let Screen::Browser(b) = &app.screen else { panic!("not the browser") };
    let id = b.rows()[0].id.clone();
    let count = b.rows().len();
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Char('y'));
    assert!(store.get(&id).is_none(), "trashed");
    // `waypost restore` in another terminal.
    store.restore(&id).unwrap();
    let before = app.idle_view();
    app.dispatch(crate::tui::action::Action::Tick);
    assert_ne!(app.idle_view(), before, "the tick's reload is drawn");
    let Screen::Browser(b) = &app.screen else { panic!("browser left") };
    assert_eq!(b.rows().len(), count, "back in the list without a key");
    chord(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    let said = app.status.as_ref().expect("a message");
    assert_eq!(said.level, Level::Info, "{}", said.text);
    assert!(said.text.contains("already"), "{}", said.text);
}
