//! The browser of a laptop in a team: each session's standing with the team's server marked on
//! its row, and said in words for the highlighted one.

use ratatui::crossterm::event::KeyCode;
use waypost_core::session::Status;
use waypost_core::store::{FileStore, Store};
use waypost_core::team::Team;
use waypost_core::team::outbox::{Built, Record, keep};
use waypost_core::testing::at;

use super::{app, draw, press};
use crate::tui::sending::{Background, Places};

#[test]
fn the_browser_marks_what_was_sent_waits_or_failed_and_says_it_for_the_highlighted_session() {
    let (mut app, store) = app();
    let home = tempfile::tempdir().unwrap();
    let team = Team::from_url("https://central.example.org/v1/key/Tok3n/projects/1", at("2026-11-28T09:00:00+01:00"));
    team.unwrap().save(&home.path().join("config")).unwrap();
    let q = &app.catalog.get("learning-review").unwrap().questionnaire;
    for (id, status) in [
        ("sent", Status::Completed),
        ("waiting", Status::Completed),
        ("failed", Status::Completed),
        ("open", Status::InProgress),
    ] {
        let mut s = waypost_core::testing::session(q, id, &format!("Org {}", &id[..4]));
        s.status = status;
        store.create(&s).unwrap();
    }
    let outbox = FileStore::new(home.path().join("data")).outbox().unwrap();
    let built = |sent_at: Option<&str>, failed: Option<&str>| Built {
        instance_id: "uuid:0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4".into(),
        deprecated_id: None,
        from: at("2026-11-28T09:30:00+01:00"),
        boundary: "b".into(),
        sent_at: sent_at.map(at),
        failed: failed.map(str::to_owned),
        encrypted: false,
    };
    keep(&outbox, "sent", &Record { versions: vec![built(Some("2026-11-28T10:15:00+01:00"), None)] }).unwrap();
    keep(&outbox, "failed", &Record { versions: vec![built(None, Some("the server could not be reached"))] }).unwrap();
    let places =
        Places { config: home.path().join("config"), data: home.path().join("data"), catalog: app.catalog.clone() };
    app.background = Background::start(places);
    assert!(app.background.is_some());
    press(&mut app, KeyCode::Char('b'));
    let rows = |app: &mut crate::tui::app::App| {
        let screen = draw(app, 80, 24);
        let buffer = screen.backend().buffer().clone();
        (0..24).map(|y| (0..80).map(|x| buffer[(x, y)].symbol().to_owned()).collect::<String>()).collect::<Vec<_>>()
    };
    let shown = rows(&mut app);
    let row_of = |shown: &[String], org: &str| shown.iter().find(|l| l.contains(org)).cloned().unwrap_or_default();
    assert!(row_of(&shown, "Org sent").contains("completed ✓"), "{shown:#?}");
    assert!(row_of(&shown, "Org wait").contains("completed ↑"), "{shown:#?}");
    assert!(row_of(&shown, "Org fail").contains("completed !"), "{shown:#?}");
    assert!(!row_of(&shown, "Org open").contains('↑'), "{shown:#?}");
    let mut said = Vec::new();
    for _ in 0..4 {
        said.push(rows(&mut app)[3].trim_end().to_owned());
        press(&mut app, KeyCode::Down);
    }
    said.sort();
    assert_eq!(
        said,
        [
            "Team: not sent (!): the server could not be reached",
            "Team: sent 2026-11-28 10:15 (✓)",
            "Team: sent once finished",
            "Team: waiting to be sent (↑); it goes when the server answers",
        ]
    );
    insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
}

/// A finished session of `q` for Hotel Sol, pulled from the team (sent by laptop-luis).
fn pulled(q: &waypost_core::questionnaire::Questionnaire) -> waypost_core::session::Session {
    let mut theirs = waypost_core::testing::session(q, "theirs", "Hotel Sol");
    theirs.status = Status::Completed;
    theirs.origin = Some(waypost_core::session::Origin {
        server: "https://central.example.org".into(),
        project: 1,
        form: "learning_review".into(),
        submission: "uuid:0193c1a2-0000-7000-8000-000000000001".into(),
        version: "uuid:0193c1a2-0000-7000-8000-000000000001".into(),
        submitter: "laptop-luis".into(),
        device: None,
        review_state: None,
        submitted_at: at("2026-11-28T10:00:00+01:00"),
        pulled_at: at("2026-11-29T09:00:00+01:00"),
        versions: Vec::new(),
        from_instance: false,
        unread: None,
        extra: serde_json::Map::new(),
    });
    theirs
}

#[test]
fn the_home_screen_marks_a_pulled_session_with_who_sent_it() {
    let (app, store) = app();
    let q = app.catalog.get("learning-review").unwrap().questionnaire.clone();
    store.create(&waypost_core::testing::session(&q, "mine", "Acme Hotels")).unwrap();
    store.create(&pulled(&q)).unwrap();
    let (mut app, _) = super::app_on(store);
    app.go_home();
    let screen = format!("{:?}", draw(&mut app, 80, 24).backend());
    let lines: Vec<&str> = screen.lines().collect();
    let sol = lines.iter().position(|l| l.contains("Hotel Sol")).expect("listed");
    let acme = lines.iter().position(|l| l.contains("Acme Hotels")).expect("listed");
    assert!(lines[sol].contains("Hotel Sol  ⇣ laptop-luis"), "{screen}");
    assert!(!lines[acme].contains('⇣'), "{screen}");
}

#[test]
fn a_pulled_session_is_marked_filtered_by_who_sent_it_and_opens_read_only() {
    let (mut app, store) = app();
    let q = &app.catalog.get("learning-review").unwrap().questionnaire;
    let mine = waypost_core::testing::session(q, "mine", "Acme Hotels");
    store.create(&mine).unwrap();
    store.create(&pulled(q)).unwrap();
    press(&mut app, KeyCode::Char('b'));
    let text = |app: &mut crate::tui::app::App| {
        let screen = draw(app, 80, 24);
        let buffer = screen.backend().buffer().clone();
        (0..24).map(|y| (0..80).map(|x| buffer[(x, y)].symbol().to_owned()).collect::<String>()).collect::<Vec<_>>()
    };
    let shown = text(&mut app);
    let row = shown.iter().find(|l| l.contains("Hotel Sol")).cloned().unwrap_or_default();
    assert!(row.contains('⇣'), "{shown:#?}");
    assert!(!shown.iter().find(|l| l.contains("Acme")).is_some_and(|l| l.contains('⇣')), "{shown:#?}");
    // The filter by origin: this laptop, or who in the team.
    press(&mut app, KeyCode::Char('w'));
    let picker = text(&mut app).join("\n");
    assert!(picker.contains("this laptop (1)") && picker.contains("the team: laptop-luis (1)"), "{picker}");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let shown = text(&mut app);
    assert!(shown.iter().any(|l| l.contains("Hotel Sol")) && !shown.iter().any(|l| l.contains("Acme")), "{shown:#?}");
    assert!(shown[3].contains("From the team (sent by laptop-luis): read-only"), "{shown:#?}");
    insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
    // Enter opens it read-only, and says whose it is.
    press(&mut app, KeyCode::Enter);
    let crate::tui::app::Screen::Interview(it) = &app.screen else { panic!("an interview") };
    assert!(it.read_only());
    let status = app.status.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(status.contains("is the team's, sent by laptop-luis"), "{status}");
}
