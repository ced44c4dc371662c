//! At 80x24, in English and in Spanish: long texts wrap or are given whole, never cut; a long
//! list scrolls to the item chosen and says how many are above and below.

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use serde_json::json;
use waypost_core::store::Store;
use waypost_core::testing::{built_in, give, session as new_session};

use super::spanish::Speaking;
use super::*;

/// The text of a drawn screen at 80x24.
fn text(app: &mut App) -> String {
    let screen = draw(app, 80, 24);
    let buffer = screen.backend().buffer();
    (0..24).map(|y| (0..80).map(|x| buffer[(x, y)].symbol()).collect::<String>() + "\n").collect()
}

/// The words right of the outline (past its 26 columns), as one line: what wraps reads whole.
fn pane_words(screen: &str) -> String {
    let pane = screen.lines().map(|l| l.chars().skip(26).collect::<String>()).collect::<Vec<_>>().join(" ");
    pane.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A stakeholder grid in `language` at its list, with `n` stakeholders entered.
fn grid_with(language: &str, n: usize) -> (App, std::rc::Rc<MemoryStore>) {
    let (mut app, store) = app();
    let q = built_in("stakeholder-grid");
    let mut s = new_session(&q, "grid", "Minera Andina");
    s.language = language.into();
    let items: Vec<_> =
        (1..=n).map(|i| json!({"name": format!("Persona {i}"), "power": "some", "commitment": "neutral"})).collect();
    if n > 0 {
        give(&q, &mut s, &[("stakeholders", json!(items))]);
    }
    s.position = Some("stakeholders".into());
    store.create(&s).unwrap();
    app.resume("grid");
    (app, store)
}

/// Every screen below, in the interface language set by the caller.
fn long_texts(language: &str) {
    // An item's field: its long prompt wraps above its choices.
    let (mut app, _store) = grid_with(language, 0);
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('3')); // the type: a manager
    type_text(&mut app, "Ana");
    for _ in 0..3 {
        press(&mut app, KeyCode::Enter); // name, role, organisation
    }
    let screen = text(&mut app);
    let whole = if language == "es" { "sobre protección de la niñez?" } else { "protection?" };
    assert!(screen.contains(whole), "the field's prompt is whole:\n{screen}");
    assert_snapshot!(format!("{language}_item_field_prompt_wraps"), screen);

    // A filter that holds nothing: its whole message, wrapped.
    let (mut app, _store) = grid_with(language, 0);
    press(&mut app, KeyCode::Char('+')); // the type first
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "zzq");
    let screen = text(&mut app);
    assert!(screen.contains("Esc"), "the filter's message is whole:\n{screen}");
    assert_snapshot!(format!("{language}_filter_wraps"), screen);

    // Twelve stakeholders under the section's guidance: the one chosen is in view, and the
    // table says how many are above and below it.
    let (mut app, _store) = grid_with(language, 12);
    let screen = text(&mut app);
    assert!(screen.contains("Persona 1 ") && !screen.contains("Persona 12"), "{screen}");
    assert!(screen.contains("↓ "), "more below is said:\n{screen}");
    for _ in 0..11 {
        press(&mut app, KeyCode::Down);
    }
    let screen = text(&mut app);
    assert!(screen.contains("Persona 12") && screen.contains("↑ "), "{screen}");
    assert_snapshot!(format!("{language}_long_list_scrolled"), screen);

    // A choice whose row cuts it: highlighted, it is given whole under the choices.
    let (mut app, _store) = interview("partner-screening");
    type_text(&mut app, "Minera");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('4'));
    for _ in 0..4 {
        press(&mut app, KeyCode::Down); // the first shows the highlight, on the first choice
    }
    let screen = text(&mut app);
    let whole = if language == "es" {
        "Empleo o capacitación para las y los jóvenes con quienes trabajamos"
    } else {
        "Jobs or training for the young people we work with"
    };
    assert!(pane_words(&screen).contains(whole), "the highlighted choice is whole:\n{screen}");
    assert_snapshot!(format!("{language}_cut_choice_given_whole"), screen);

    // A note's keys do not fit on its box's border: they go inside, whole.
    press(&mut app, KeyCode::Char('n'));
    let screen = text(&mut app);
    let cancel = if language == "es" { "cancela)" } else { "cancels)" };
    assert!(screen.contains(cancel), "the note's keys are whole:\n{screen}");
    assert_snapshot!(format!("{language}_note_keys_inside"), screen);
}

#[test]
fn at_80x24_in_english_nothing_of_a_question_is_cut() {
    long_texts("en");
}

#[test]
fn at_80x24_in_spanish_nothing_of_a_question_is_cut() {
    let _es = Speaking::spanish();
    long_texts("es");
}

#[test]
fn stakeholders_in_one_cell_of_the_grid_are_each_named_on_it() {
    let (mut app, _store) = grid_with("en", 4);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('g'));
    for (width, height) in [(80, 24), (120, 35)] {
        let screen = draw(&mut app, width, height);
        let buffer = screen.backend().buffer();
        let rows: Vec<String> = (0..height).map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect()).collect();
        let right = rows[0].chars().position(|c| c == '┐').expect("the grid's frame");
        let canvas: String = rows.iter().map(|r| r.chars().take(right).collect::<String>() + "\n").collect();
        for i in 1..=4 {
            assert!(canvas.contains(&format!("● Persona {i}")), "{width}x{height}: Persona {i} is named:\n{canvas}");
        }
    }
}

#[test]
fn while_votes_are_entered_at_80x24_the_choices_and_whole_bars_show_under_a_long_guidance() {
    let _es = Speaking::spanish();
    // The learning review put to votes, as a facilitator's own override does it.
    let dir = tempfile::tempdir().unwrap();
    let mut q: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("questionnaires/learning-review.json").unwrap()).unwrap();
    q["votes"] = json!(true);
    std::fs::write(dir.path().join("learning-review.json"), q.to_string()).unwrap();
    let (mut app, _store) = app_with(dir.path().to_str().unwrap());
    let participants = ["Ana María Quispe", "Bo", "Carla Fernández"].map(str::to_owned).to_vec();
    let subject = waypost_core::session::Subject {
        organisation: "Hotel Sol".into(),
        facilitator: "Rosa".into(),
        participants,
        ..Default::default()
    };
    app.start(waypost_core::lifecycle::NewSession { questionnaire: "learning-review".into(), subject, language: None })
        .expect("starts");
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('2'));
    let screen = text(&mut app);
    for whole in ["1 ( ) Después de un evento", "3 ( ) Fin de una fase", "Carla Fernández (3 de 3)"] {
        assert!(screen.contains(whole), "{whole:?} is on screen:\n{screen}");
    }
    let bar = screen.lines().find(|l| l.contains("Después de un evento █")).expect("its bar, with the whole label");
    assert!(bar.trim_end().ends_with("█ 1"), "the count after the bar: {bar}");
    assert_snapshot!("es_votes_under_guidance", screen);
}

#[test]
fn at_80x24_a_vote_keeps_every_choice_in_view_and_the_bars_give_way() {
    // The learning review's health scores are put to a vote; four choices, two voters.
    let (mut app, store) = app();
    let q = built_in("learning-review");
    let mut s = new_session(&q, "lr", "Hotel Sol");
    s.subject.participants = vec!["Rosa".into(), "Luis".into()];
    give(&q, &mut s, &[("review_type", json!("periodic"))]);
    s.position = Some("health_purpose_cso".into());
    store.create(&s).unwrap();
    app.resume("lr");
    draw(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('3'));
    let screen = text(&mut app);
    for key in ["0 ○", "1 ○", "2 ○", "3 ○"] {
        assert!(screen.contains(key), "choice {key} is in view while votes are entered:\n{screen}");
    }
    assert!(screen.contains("Vote of Luis (2 of 2)"), "whose vote is asked for:\n{screen}");
    // The last voter's key is a choice on screen, so it counts.
    press(&mut app, KeyCode::Char('2'));
    let saved = store.get("lr").unwrap();
    assert_eq!(saved.answers()["health_purpose_cso"].votes.len(), 2, "both votes given");
}

#[test]
fn the_grid_s_first_frame_after_finishing_places_every_stakeholder() {
    let (mut app, store) = app();
    let q = built_in("stakeholder-grid");
    let mut s = new_session(&q, "grid", "Minera Andina");
    let powers = ["none", "some", "strong", "decides"];
    let commitments = ["opposed", "neutral", "supportive", "champion"];
    let people: Vec<_> = (0..4)
        .map(|i| json!({"name": format!("Persona {}", i + 1), "power": powers[i], "commitment": commitments[i]}))
        .collect();
    give(
        &q,
        &mut s,
        &[
            ("scope", json!("company")),
            ("subject", json!("Minera Andina")),
            ("assessment_date", json!("2026-12-07")),
            ("stakeholders", json!(people)),
        ],
    );
    s.position = Some("gaps".into());
    store.create(&s).unwrap();
    app.resume("grid");
    press(&mut app, KeyCode::Esc); // out of the last text field
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(app.mode(), crate::tui::keys::Mode::Grid, "finishing a grid's session opens its grid");
    // The very first frame of the grid, with no frame drawn before it.
    let screen = text(&mut app);
    for i in 1..=4 {
        assert!(screen.contains(&format!("Persona {i}")), "Persona {i} is on the first frame:\n{screen}");
    }
}
