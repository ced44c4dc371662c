//! The app in Spanish at 80x24, and the key that switches a questionnaire's language.

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use waypost_core::session::EventKind;

use super::*;

/// Speaks `language` for as long as it lives, English again after (also when a test fails).
pub(super) struct Speaking;

impl Speaking {
    pub(super) fn spanish() -> Speaking {
        waypost_core::i18n::set_language("es");
        Speaking
    }

    pub(super) fn portuguese() -> Speaking {
        waypost_core::i18n::set_language("pt-BR");
        Speaking
    }
}

impl Drop for Speaking {
    fn drop(&mut self) {
        waypost_core::i18n::set_language("en");
    }
}

/// The text of a drawn screen, one string per row.
pub(super) fn rows(app: &mut App) -> Vec<String> {
    let screen = draw(app, 80, 24);
    let buffer = screen.backend().buffer();
    (0..24).map(|y| (0..80).map(|x| buffer[(x, y)].symbol()).collect()).collect()
}

#[test]
fn a_session_started_in_spanish_asks_in_spanish_and_every_screen_speaks_it() {
    let _es = Speaking::spanish();
    let (mut app, _store) = interview("partner-screening");
    assert_eq!(session(&app).language, "es", "the interface's language, which the questionnaire is written in");
    assert_snapshot!("es_interview", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::F(1));
    assert_snapshot!("es_help", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "Hoteles Acme");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    assert_snapshot!("es_review", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_snapshot!("es_home", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('b'));
    assert_snapshot!("es_browser", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('s'));
    assert_snapshot!("es_summary", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_session_keeps_the_language_of_a_questionnaire_written_in_one_language() {
    let _es = Speaking::spanish();
    let (app, _store) = interview("learning-review-example");
    let q = &app.catalog.get("learning-review-example").unwrap().questionnaire;
    assert_eq!(session(&app).language, q.language_for("es"));
}

#[test]
fn l_switches_the_questionnaire_s_language_and_the_session_records_it() {
    let (mut app, store) = interview("partner-screening");
    let id = session(&app).id.clone();
    assert_eq!(session(&app).language, "en");
    // The first question takes text, so letters are typed: F2 switches there.
    press(&mut app, KeyCode::F(2));
    assert_eq!(session(&app).language, "es");
    let screen = rows(&mut app).join("\n");
    assert!(screen.contains("¿De qué empresa se trata?"), "the question is asked in Spanish:\n{screen}");
    assert!(screen.contains("now in Spanish"), "the switch is said in the interface's words:\n{screen}");
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.language, "es", "saved at once");
    let event = saved.events().last().unwrap();
    assert_eq!(
        (event.action.clone(), event.from.clone(), event.to.clone()),
        (EventKind::LanguageChanged, "en".into(), "es".into())
    );
    // What was typed stays across a switch; out of the input, L switches too.
    type_text(&mut app, "Acme");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(session(&app).language, "pt-BR", "the next of en, es, pt-BR");
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(session(&app).language, "en", "round to the first");
    press(&mut app, KeyCode::Enter);
    assert_eq!(saved_value(&store, &id, "company"), Some("Acme".into()));
}

fn saved_value(store: &std::rc::Rc<waypost_core::store::MemoryStore>, id: &str, question: &str) -> Option<String> {
    let s = store.get(id).unwrap();
    s.answers().get(question)?.value.as_ref()?.as_str().map(str::to_owned)
}

#[test]
fn the_summary_grid_comparison_and_form_in_spanish_at_80x24() {
    let _es = Speaking::spanish();
    let (mut app, _) = super::review_screens::reviewing_in("es");
    super::review_screens::summary_grid_compare(&mut app, &mut |screen, app| match screen {
        "summary" => assert_snapshot!("es_summary_scored", draw(app, 80, 24).backend()),
        "grid" => assert_snapshot!("es_grid", draw(app, 80, 24).backend()),
        _ => {
            let screen = rows(app).join("\n");
            assert!(screen.contains("Puntajes") && !screen.contains("Scores"), "{screen}");
            assert_snapshot!("es_compare", draw(app, 80, 24).backend());
        }
    });
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    assert_snapshot!("es_form", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_list_item_has_room_to_type_at_80x24_under_a_long_section_guidance() {
    let _es = Speaking::spanish();
    let (mut app, _store) = interview("stakeholder-grid");
    while current(&app) != "stakeholders" {
        press(&mut app, KeyCode::PageDown);
    }
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('3')); // the type: a manager, then the name
    type_text(&mut app, "Rosa Quispe");
    let screen = rows(&mut app);
    assert!(screen.iter().any(|r| r.contains("│Rosa Quispe")), "what is typed is seen:\n{}", screen.join("\n"));
    assert!(screen.iter().any(|r| r.contains("¿Quiénes son los actores?")), "the prompt stays:\n{}", screen.join("\n"));
}

#[test]
fn a_spanish_yes_is_s_and_keys_are_named_as_a_spanish_keyboard_prints_them() {
    use waypost_core::store::Store;
    let _es = Speaking::spanish();
    let (mut app, store) = app();
    let q = &app.catalog.get("learning-review").unwrap().questionnaire;
    store.create(&waypost_core::testing::session(q, "2026-acme", "Acme")).unwrap();
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('?'));
    let help = rows(&mut app).join("\n");
    assert!(help.contains("Supr") && !help.contains("Del "), "{help}");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Delete);
    let asked = rows(&mut app).join("\n");
    assert!(asked.contains("s: moverla"), "{asked}");
    press(&mut app, KeyCode::Char('s'));
    assert!(store.get("2026-acme").is_none(), "s says yes");
}
