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
