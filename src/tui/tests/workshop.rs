//! Workshops on screen: votes entered voter by voter and their bars, the audience view, time
//! spent against the agenda, notes hidden from a shared screen.

use std::cell::Cell;
use std::rc::Rc;

use ratatui::crossterm::event::KeyCode;
use waypost_core::report::stage::Stage;
use waypost_core::session::Timestamp;
use waypost_core::store::{MemoryStore, Store};

use super::*;
use crate::tui::screens::present::{Audience, view};

const VOTERS: [&str; 10] = ["Ana", "Bo", "Carla", "Dario", "Eva", "Fede", "Gina", "Hugo", "Ines", "Juan"];

fn start(app: &mut App) {
    let subject = Subject {
        organisation: "Hotel Sol".into(),
        facilitator: "Rosa".into(),
        participants: VOTERS.iter().map(|v| (*v).to_owned()).collect(),
        ..Subject::default()
    };
    app.start(NewSession { questionnaire: "partner-workshop".into(), subject, language: None }).expect("starts");
}

/// A workshop at its voted question, with a note on it that the room must never see.
fn at_ready_with_a_note() -> App {
    let (mut app, _) = app_with("tests/fixtures/workshop");
    start(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Hugo seemed unsure");
    press(&mut app, KeyCode::Enter);
    app
}

/// An app on the workshop fixture whose clock the test moves.
fn app_with_clock() -> (App, Rc<MemoryStore>, Rc<Cell<Timestamp>>) {
    let (mut app, store) = app_with("tests/fixtures/workshop");
    let now = Rc::new(Cell::new(chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").expect("valid")));
    let clock = Rc::clone(&now);
    app.clock = Box::new(move || clock.get());
    (app, store, now)
}

#[test]
fn ten_voters_and_the_agreed_answer_take_twelve_keys() {
    let (mut app, store) = app_with("tests/fixtures/workshop");
    start(&mut app);
    press(&mut app, KeyCode::Enter); // the welcome note
    assert_eq!(current(&app), "ready");
    let mut keys = 0;
    let mut key = |app: &mut App, code| {
        press(app, code);
        keys += 1;
    };
    key(&mut app, KeyCode::Char('v'));
    for choice in ['1', '1', '2'] {
        key(&mut app, KeyCode::Char(choice));
    }
    insta::assert_snapshot!("votes_being_entered", draw(&mut app, 80, 24).backend());
    for choice in ['1', '1', '1', '3', '1', '2', '1'] {
        key(&mut app, KeyCode::Char(choice));
    }
    insta::assert_snapshot!("votes_in", draw(&mut app, 80, 24).backend());
    key(&mut app, KeyCode::Enter); // agrees on the choice most voters made
    assert_eq!(keys, 12);
    assert_eq!(current(&app), "concerns", "the agreed answer moves on");
    let id = session(&app).id.clone();
    let saved = store.load(&id).expect("saved");
    let ready = &saved.answers()["ready"];
    assert_eq!(ready.value, Some(serde_json::json!("yes")));
    assert_eq!(ready.votes.len(), 10);
    assert_eq!(ready.votes["Carla"], "partly");
    assert_eq!(ready.votes["Gina"], "no");
}

#[test]
fn a_divided_room_is_marked_and_votes_can_be_corrected_voter_by_voter() {
    let (mut app, _) = app_with("tests/fixtures/workshop");
    start(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('v'));
    for choice in ['1', '3', '1', '3', '2'] {
        press(&mut app, KeyCode::Char(choice));
    }
    press(&mut app, KeyCode::Left); // back to Eva
    press(&mut app, KeyCode::Char('-')); // her vote taken back
    press(&mut app, KeyCode::Enter); // done for now
    let screen = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(screen.contains("4 votes: the room is divided"), "{screen}");
    let votes = &session(&app).answers()["ready"].votes;
    assert_eq!(votes.keys().collect::<Vec<_>>(), ["Ana", "Bo", "Carla", "Dario"]);
    // A question the questionnaire keeps out of votes has no vote key.
    while current(&app) != "chair" {
        press(&mut app, KeyCode::PageDown);
    }
    press(&mut app, KeyCode::Char('v'));
    assert!(session(&app).answers().get("chair").is_none_or(|a| a.votes.is_empty()));
}

#[test]
fn without_participants_a_vote_says_who_is_missing() {
    let (mut app, _) = app_with("tests/fixtures/workshop");
    let subject = Subject { organisation: "Hotel Sol".into(), ..Subject::default() };
    app.start(NewSession { questionnaire: "partner-workshop".into(), subject, language: None }).expect("starts");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('v'));
    let screen = format!("{:?}", draw(&mut app, 100, 24).backend());
    assert!(screen.contains("No participants to vote"), "{screen}");
}

/// The audience view of the app's session, drawn at a size.
fn audience(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let Screen::Interview(it) = &app.screen else { panic!("no interview") };
    let shown = Audience { stage: Some(Stage::of(it.q(), it.session(), false)), problem: None, show_all: false };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    let theme = Theme::new(crate::setup::ThemeChoice::HighContrast, true);
    terminal.draw(|f| view::render(&shown, theme, f.area(), f.buffer_mut())).expect("draws");
    terminal
}

#[test]
fn the_audience_sees_the_question_the_choices_and_the_votes_never_the_notes() {
    let mut app = at_ready_with_a_note();
    press(&mut app, KeyCode::Char('v'));
    for choice in ['1', '1', '2', '1', '3', '1', '2', '1', '1', '1'] {
        press(&mut app, KeyCode::Char(choice));
    }
    insta::assert_snapshot!("audience_votes_80x24", audience(&app, 80, 24).backend());
    insta::assert_snapshot!("audience_votes_projector", audience(&app, 160, 45).backend());
    let text = format!("{:?}", audience(&app, 160, 45).backend());
    assert!(!text.contains("Hugo seemed unsure"), "no notes on the projector");
    press(&mut app, KeyCode::Enter);
    // Back on the question: the agreed answer is marked.
    press(&mut app, KeyCode::PageUp);
    let text = format!("{:?}", audience(&app, 100, 30).backend());
    assert!(text.contains("● Yes"), "{text}");
}

#[test]
fn time_spent_shows_against_the_plan_and_the_planned_end_is_a_quiet_notice() {
    let (mut app, store, now) = app_with_clock();
    start(&mut app);
    let tick = |app: &mut App| {
        now.set(now.get() + chrono::Duration::seconds(55));
        app.dispatch(crate::tui::action::Action::Tick);
    };
    for _ in 0..10 {
        tick(&mut app);
    }
    let before = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(before.contains("section 9/10 min · session 9/45 min") && !before.contains("is up"), "{before}");
    tick(&mut app);
    let screen = draw(&mut app, 80, 24);
    insta::assert_snapshot!("time_up", screen.backend());
    let text = format!("{:?}", screen.backend());
    assert!(text.contains("section 10/10 min · session 10/45 min"), "{text}");
    assert!(text.contains("The time planned for \"Opening\" (10 min) is up"), "{text}");
    tick(&mut app);
    assert!(matches!(app.screen, Screen::Interview(_)), "no pop-up: the interview goes on");
    // Counted time reaches the file within half a minute, and with any save.
    let id = session(&app).id.clone();
    assert_eq!(store.load(&id).expect("saved").spent["opening"], 660);
    // The laptop asleep for an hour counts as two minutes at most.
    now.set(now.get() + chrono::Duration::hours(1));
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).spent["opening"], 660 + 120);
    assert!(app.save_before_exit());
    assert_eq!(store.load(&id).expect("saved").spent["opening"], 780);
}

#[test]
fn notes_and_help_hide_from_a_shared_screen_with_one_key() {
    let mut app = at_ready_with_a_note();
    let shown = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(shown.contains("Hugo seemed unsure"), "{shown}");
    press(&mut app, KeyCode::Char('s'));
    let hidden = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(!hidden.contains("Hugo seemed unsure") && hidden.contains("[shared screen]"), "{hidden}");
    press(&mut app, KeyCode::Char('s'));
    assert!(format!("{:?}", draw(&mut app, 80, 24).backend()).contains("Hugo seemed unsure"));
}

#[test]
fn a_dot_vote_ranks_the_suggested_actions_in_the_summary_and_reports() {
    let (mut app, store) = app_with("tests/fixtures/workshop");
    start(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('1')); // ready: yes
    press(&mut app, KeyCode::Char('1')); // concerns: not at all (the lowest score: an action)
    press(&mut app, KeyCode::PageUp);
    assert_eq!(current(&app), "concerns");
    press(&mut app, KeyCode::Char('P'));
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('1'));
    insta::assert_snapshot!("dot_vote", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('1')); // Ana's third dot: Bo's turn
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('-')); // taken back
    press(&mut app, KeyCode::Enter);
    let id = session(&app).id.clone();
    let saved = store.load(&id).expect("saved");
    assert_eq!(saved.dots["Ana"], ["concerns", "concerns", "concerns"]);
    assert!(!saved.dots.contains_key("Bo"), "Bo's one dot was taken back");
    let md = waypost_core::report::markdown(&app_questionnaire(&app), &saved);
    assert!(md.contains("(score 0.0; 3 dots)"), "{md}");
}

/// What the room sees of the session as saved (what `waypost present` reads), at 100x30.
fn room_sees_saved(app: &App, store: &MemoryStore) -> String {
    format!("{:?}", room_saved(app, store).backend())
}

fn room_saved(app: &App, store: &MemoryStore) -> Terminal<TestBackend> {
    let saved = store.load(&session(app).id).expect("saved");
    let shown =
        Audience { stage: Some(Stage::of(&app_questionnaire(app), &saved, false)), problem: None, show_all: false };
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("test backend");
    let theme = Theme::new(crate::setup::ThemeChoice::HighContrast, true);
    terminal.draw(|f| view::render(&shown, theme, f.area(), f.buffer_mut())).expect("draws");
    terminal
}

#[test]
fn the_room_sees_the_agreed_answer_then_the_dot_vote_whose_turn_and_what_it_votes_on() {
    let (mut app, store) = app_with("tests/fixtures/workshop");
    start(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('v'));
    for choice in ['1', '1', '2', '1', '3', '1', '2', '1', '1', '1'] {
        press(&mut app, KeyCode::Char(choice));
    }
    press(&mut app, KeyCode::Enter); // agreed: yes; the interview moves on
    assert_eq!(current(&app), "concerns");
    let agreed = room_sees_saved(&app, &store);
    assert!(agreed.contains("Agreed — Is the partnership ready for its next phase?: Yes"), "{agreed}");
    press(&mut app, KeyCode::Char('1')); // concerns: not at all, with no vote: the line goes
    let after = room_sees_saved(&app, &store);
    assert!(!after.contains("Agreed"), "{after}");
    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::Char('P'));
    let open = room_sees_saved(&app, &store);
    assert!(open.contains("Dot vote: Ana has 3 dots left"), "{open}");
    press(&mut app, KeyCode::Char('1'));
    let dotted = room_sees_saved(&app, &store);
    assert!(dotted.contains("Dot vote: Ana has 2 dots left") && dotted.contains("●"), "{dotted}");
    insta::assert_snapshot!("audience_dot_vote", room_saved(&app, &store).backend());
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('1')); // Ana's last dot: Bo's turn
    assert!(room_sees_saved(&app, &store).contains("Dot vote: Bo has 3 dots left"));
    press(&mut app, KeyCode::Esc); // the vote ends: the room is back on the question
    assert_eq!(store.load(&session(&app).id).expect("saved").dot_vote, None);
    assert!(!room_sees_saved(&app, &store).contains("Dot vote"));
}

fn app_questionnaire(app: &App) -> waypost_core::questionnaire::Questionnaire {
    let Screen::Interview(it) = &app.screen else { panic!("no interview") };
    it.q().clone()
}

#[test]
fn help_taller_than_the_terminal_scrolls_and_says_so() {
    let (mut app, _) = app_with("tests/fixtures/workshop");
    start(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('?'));
    let top = format!("{:?}", draw(&mut app, 80, 16).backend());
    assert!(top.contains("↑↓ scroll") && top.contains("confirm"), "{top}");
    assert!(!top.contains("pick the choice with that key"), "{top}");
    for _ in 0..30 {
        press(&mut app, KeyCode::Down);
    }
    let bottom = format!("{:?}", draw(&mut app, 80, 16).backend());
    assert!(bottom.contains("pick the choice with that key") && bottom.contains("votes"), "{bottom}");
    press(&mut app, KeyCode::Esc);
    assert!(!app.help);
    assert_eq!(current(&app), "ready", "scrolling the help moved nothing else");
}

#[test]
fn the_audience_view_keeps_its_last_view_when_the_file_cannot_be_read() {
    let (mut app, _) = app_with("tests/fixtures/workshop");
    start(&mut app);
    press(&mut app, KeyCode::Enter);
    let Screen::Interview(it) = &app.screen else { panic!("no interview") };
    let problem = "sessions/20261128-0930-partner-workshop-hotel-sol.json: damaged, left untouched: the file ends in the middle of a text";
    let shown = Audience {
        stage: Some(Stage::of(it.q(), it.session(), false)),
        problem: Some(problem.into()),
        show_all: false,
    };
    let theme = Theme::new(crate::setup::ThemeChoice::HighContrast, true);
    for (width, height) in [(80, 24), (20, 5), (3, 2)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
        terminal.draw(|f| view::render(&shown, theme, f.area(), f.buffer_mut())).expect("draws at any size");
        if width == 80 {
            insta::assert_snapshot!("audience_problem", terminal.backend());
        }
    }
}

/// The app resumed on a learning review with these participants and agreed actions, at a
/// question (else where the review goes on).
fn review_with_actions(
    participants: &[&str],
    actions: serde_json::Value,
    at: Option<&str>,
) -> (App, Rc<MemoryStore>, waypost_core::session::Session) {
    let (mut app, store) = super::app();
    let q = app.catalog.get("learning-review").expect("built in").questionnaire.clone();
    let mut s = waypost_core::testing::session(&q, "20261128-0930-learning-review-hotel-sol", "Hotel Sol");
    s.subject.participants = participants.iter().map(|p| (*p).to_owned()).collect();
    waypost_core::testing::give(&q, &mut s, &[("actions", actions)]);
    s.position = at.map(str::to_owned);
    store.create(&s).expect("stored");
    app.resume(&s.id);
    (app, store, s)
}

#[test]
fn a_dot_vote_reaches_the_open_items_and_their_numbers_hold_while_dots_are_given() {
    let items = serde_json::json!([
        {"what": "Train night staff", "owner": "Eva", "status": "open"},
        {"what": "Sign the clause", "owner": "Ana", "status": "open"},
    ]);
    let (mut app, store, s) = review_with_actions(&["Ana", "Bo"], items, None);
    press(&mut app, KeyCode::Char('P'));
    press(&mut app, KeyCode::Char('2')); // Ana: the clause, which then leads
    press(&mut app, KeyCode::Char('2')); // still the clause: the numbers hold
    insta::assert_snapshot!("dot_vote_open_items", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Enter);
    let saved = store.load(&s.id).expect("saved");
    assert_eq!(saved.dots["Ana"], ["actions#Sign the clause", "actions#Sign the clause", "actions#Train night staff"]);
}

#[test]
fn a_long_table_name_wraps_in_the_vote_and_the_dot_vote_never_cut() {
    let long = "Table 1: general management and human resources of the hotel";
    let (mut app, _) = app_with("tests/fixtures/workshop");
    let subject = Subject {
        organisation: "Hotel Sol".into(),
        participants: vec![long.into(), "Bo".into()],
        ..Subject::default()
    };
    app.start(NewSession { questionnaire: "partner-workshop".into(), subject, language: None }).expect("starts");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('v'));
    let screen = draw(&mut app, 80, 24);
    insta::assert_snapshot!("vote_long_name", screen.backend());
    let text: String = format!("{:?}", screen.backend()).split('\n').map(str::trim).collect::<Vec<_>>().join(" ");
    assert!(text.contains("of the hotel"), "the whole name: {text}");
    // The dot vote on a review's open actions.
    let items = serde_json::json!([{"what": "Train night staff", "owner": "Eva", "status": "open"}]);
    let (mut app, _, _) = review_with_actions(&[long, "Bo"], items, None);
    press(&mut app, KeyCode::Char('P'));
    let screen = draw(&mut app, 80, 24);
    insta::assert_snapshot!("dot_vote_long_name", screen.backend());
    let text: String = format!("{:?}", screen.backend()).split('\n').map(str::trim).collect::<Vec<_>>().join(" ");
    assert!(text.contains("of the hotel"), "the whole name: {text}");
}

#[test]
fn the_audience_sees_a_list_grow_item_by_item() {
    let (mut app, _) = super::app();
    let subject = Subject { organisation: "Hotel Sol".into(), ..Subject::default() };
    app.start(NewSession { questionnaire: "learning-review".into(), subject, language: None }).expect("starts");
    while current(&app) != "participants" {
        press(&mut app, KeyCode::PageDown);
    }
    press(&mut app, KeyCode::Char('+'));
    type_text(&mut app, "Lucía Quispe");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Hotel Sol");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2')); // the company
    let typing = format!("{:?}", audience(&app, 80, 24).backend());
    assert!(!typing.contains("Lucía"), "an item shows once it is added, not while typed: {typing}");
    press(&mut app, KeyCode::Char('1')); // takes decisions: the item is added
    insta::assert_snapshot!("audience_list_80x24", audience(&app, 80, 24).backend());
    let added = format!("{:?}", audience(&app, 80, 24).backend());
    assert!(added.contains("1. Lucía Quispe · Hotel Sol · Company · Yes"), "{added}");
    press(&mut app, KeyCode::Enter); // the list confirmed
    press(&mut app, KeyCode::PageUp);
    assert_eq!(current(&app), "participants");
    let confirmed = format!("{:?}", audience(&app, 80, 24).backend());
    assert!(confirmed.contains("1. Lucía Quispe"), "the confirmed list too: {confirmed}");
}

#[test]
fn a_dot_vote_on_more_than_nine_items_gives_letters_from_the_tenth_on_and_scrolls() {
    let items: Vec<serde_json::Value> = (1..=20)
        .map(|n| serde_json::json!({"what": format!("Action {n:02}"), "owner": "Eva", "status": "open"}))
        .collect();
    let (mut app, store, s) = review_with_actions(&["Ana"], serde_json::Value::Array(items), None);
    press(&mut app, KeyCode::Char('P'));
    let screen = format!("{:?}", draw(&mut app, 80, 30).backend());
    assert!(
        screen.contains("9 Action 09") && screen.contains("a Action 10") && screen.contains("c Action 12"),
        "{screen}"
    );
    // At 80x24 the list is taller than the pane: it says so, and ↓ brings the rest.
    let small = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(small.contains("more") && !small.contains("k Action 20"), "{small}");
    for _ in 0..10 {
        press(&mut app, KeyCode::Down);
    }
    let scrolled = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(scrolled.contains("k Action 20"), "{scrolled}");
    // Whose turn it is and the dots left stay in view however far the list is scrolled, and
    // what is hidden is counted in actions: the ones above are exactly those not shown.
    assert!(scrolled.contains("Ana has 3 dots left"), "{scrolled}");
    let first_shown = (1..=20).find(|n| scrolled.contains(&format!("Action {n:02}"))).expect("some shown");
    assert!(scrolled.contains(&format!("↑ {} more", first_shown - 1)), "{scrolled}");
    press(&mut app, KeyCode::Char('c')); // the twelfth
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('k')); // the twentieth: Ana's last dot
    let saved = store.load(&s.id).expect("saved");
    assert_eq!(saved.dots["Ana"], ["actions#Action 12", "actions#Action 01", "actions#Action 20"]);
}

#[test]
fn at_a_list_of_actions_the_dot_vote_and_the_shared_screen_keys_work_too() {
    let items = serde_json::json!([{"what": "Train night staff", "owner": "Eva", "status": "open"}]);
    let (mut app, store, s) = review_with_actions(&["Ana"], items, Some("actions"));
    assert_eq!(current(&app), "actions");
    press(&mut app, KeyCode::Char('s'));
    assert!(format!("{:?}", draw(&mut app, 80, 24).backend()).contains("[shared screen]"));
    press(&mut app, KeyCode::Char('P'));
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(store.load(&s.id).expect("saved").dots["Ana"], ["actions#Train night staff"]);
}

#[test]
fn the_room_votes_on_a_stakeholder_s_power_while_the_item_is_entered() {
    use waypost_core::store::Store;
    let (mut app, store) = super::app();
    let subject = Subject {
        organisation: "Hotel Sol".into(),
        participants: vec!["Ana".into(), "Bo".into(), "Cy".into()],
        ..Subject::default()
    };
    app.start(NewSession { questionnaire: "stakeholder-grid".into(), subject, language: None }).expect("starts");
    while current(&app) != "stakeholders" {
        press(&mut app, KeyCode::PageDown);
    }
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('3')); // a manager
    type_text(&mut app, "Rosa Quispe");
    for _ in 0..4 {
        press(&mut app, KeyCode::Enter); // the name, then role and organisation left empty
    }
    let Screen::Interview(it) = &app.screen else { panic!("no interview") };
    assert!(it.voted(), "the power field is put to a vote");
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('3'));
    insta::assert_snapshot!("field_votes_being_entered", draw(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('2')); // the last voter: the leader is highlighted
    let screen = format!("{:?}", draw(&mut app, 80, 24).backend());
    assert!(screen.contains("3 votes"), "{screen}");
    // Within a second the item's votes are on disk, in its draft.
    a_second_later(&mut app);
    let id = session(&app).id.clone();
    let draft = store.load(&id).expect("saved").drafts()["stakeholders"].clone();
    assert_eq!(
        draft.item.expect("an item being entered").fields["power.votes"],
        serde_json::json!({"Ana": "strong", "Bo": "strong", "Cy": "some"})
    );
    // The room sees the field voted on, its choices and the bars.
    let room = room_sees_saved(&app, &store);
    assert!(room.contains("How much say do they have") && room.contains("3 votes") && room.contains('█'), "{room}");
    press(&mut app, KeyCode::Enter); // agreed: the leader
    press(&mut app, KeyCode::Char('4')); // commitment: supportive
    let editing = |app: &App| {
        matches!(&app.screen, Screen::Interview(it)
            if matches!(&it.editor, crate::tui::screens::interview::editor::Editor::List(l) if l.editing.is_some()))
    };
    while editing(&app) {
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Enter); // the list confirmed
    let saved = store.load(&id).expect("saved");
    let item = &saved.answers()["stakeholders"].value.as_ref().expect("items")[0];
    assert_eq!(item["power"], "strong");
    assert_eq!(item["power.votes"]["Cy"], "some");
    let q = app.catalog.get("stakeholder-grid").expect("built in").questionnaire.clone();
    let md = waypost_core::report::markdown(&q, &saved);
    assert!(md.contains("Strong say (Some say 1 · Strong say 2 (3 votes))"), "{md}");
    let csv = String::from_utf8(waypost_core::report::csv(&q, &saved).expect("csv")).expect("text");
    assert!(csv.lines().any(|l| l.contains(",power.votes,some,Some say,") && l.ends_with(",Cy")), "{csv}");
}
