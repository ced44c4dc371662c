//! Key-driven tests of the app on ratatui's TestBackend, with an in-memory store and a fixed
//! clock so screens and files are the same on every run.

mod choice_keys;
mod drafts;
mod forms;
mod home_keys;
mod interview_keys;
mod list_keys;
mod narrow;
mod portuguese;
mod review_screens;
mod round_trip;
mod screens;
mod scripts;
mod spanish;
mod team;
mod type_ahead;
mod workshop;

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use waypost_core::questionnaire::Catalog;
use waypost_core::session::Session;
use waypost_core::store::MemoryStore;

use super::app::{App, Screen};
use super::theme::Theme;
use crate::setup::ThemeChoice as ThemeArg;
use waypost_core::lifecycle::NewSession;
use waypost_core::session::Subject;

/// An app on the built-ins and the format's example, with a fixed clock and no colour.
pub(super) fn app() -> (App, std::rc::Rc<MemoryStore>) {
    app_with("tests/fixtures")
}

/// An app on the built-ins and the questionnaires of a folder of the repository.
pub(super) fn app_with(folder: &str) -> (App, std::rc::Rc<MemoryStore>) {
    waypost_core::testing::count_uuids();
    let store = std::rc::Rc::new(MemoryStore::default());
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let catalog = Catalog::load(&[fixtures]);
    let clock = Box::new(|| chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").expect("valid"));
    let app = App::new(Box::new(store.clone()), catalog, Theme::new(ThemeArg::Default, true), clock);
    (app, store)
}

/// An app on a store another app uses too (a second window, or the same data after a restart).
pub(super) fn app_on(store: std::rc::Rc<MemoryStore>) -> (App, std::rc::Rc<MemoryStore>) {
    let (mut app, _) = app();
    app.store = Box::new(store.clone());
    (app, store)
}

/// Makes the drafts typed so far due, as if a second had passed.
pub(super) fn a_second_later(app: &mut App) {
    if app.draft_due.is_some() {
        app.draft_due = Some(std::time::Instant::now());
    }
    app.dispatch(crate::tui::action::Action::Tick);
}

/// An app with a session of `questionnaire` started for Acme Hotels.
pub(super) fn interview(questionnaire: &str) -> (App, std::rc::Rc<MemoryStore>) {
    let (mut app, store) = app();
    let subject = Subject { organisation: "Acme Hotels".into(), facilitator: "Ana".into(), ..Subject::default() };
    app.start(NewSession { questionnaire: questionnaire.into(), subject, language: None }).expect("starts");
    (app, store)
}

/// Presses a key.
/// An interview of the example learning review at its multi-line "Summary" question.
pub(super) fn at_the_summary() -> App {
    let (mut app, _) = interview("learning-review-example");
    press(&mut app, KeyCode::Enter); // the note
    press(&mut app, KeyCode::Char('2')); // ICT: no membership question
    press(&mut app, KeyCode::Enter); // channels: none
    press(&mut app, KeyCode::PageDown); // staff trained: skipped
    assert_eq!(current(&app), "summary");
    app
}

pub(super) fn press(app: &mut App, code: KeyCode) {
    // Each key is pressed looking at the screen (see `burst` for keys typed ahead).
    app.shown();
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// Presses a key with Ctrl or Alt.
pub(super) fn chord(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    app.shown();
    app.handle(Event::Key(KeyEvent::new(code, mods)));
}

/// Keys typed ahead, faster than the screen shows: no frame between them.
pub(super) fn burst(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.handle(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
    }
}

/// Types text, one key per character.
pub(super) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The screen as text, at a size.
pub(super) fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal.draw(|f| crate::tui::draw(f, app)).expect("draws");
    terminal
}

/// The id of the question shown.
pub(super) fn current(app: &App) -> String {
    match &app.screen {
        Screen::Interview(it) => it.question().map(|q| q.id.clone()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The session open in the app.
pub(super) fn session(app: &App) -> &Session {
    match &app.screen {
        Screen::Interview(it) => it.session(),
        _ => panic!("no interview open"),
    }
}
