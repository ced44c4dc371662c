//! `waypost pull` against the stand-in ODK Central on loopback: the team's sessions come into a
//! reviewer's data folder once each, read-only, from the file a submission carries or from the
//! instance alone (a form filled in Collect); an edit brings the newer version; a laptop's own
//! sessions are not pulled back, and one changed on the server too is kept beside it; carry-over
//! reads a review done on another laptop; a pull cut off goes on from where it stopped.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod central;
mod common;

use std::path::Path;

use central::staff::{EMAIL, PASSWORD};
use central::{Central, KEY, Kept, said, waypost, waypost_env};
use waypost_core::lifecycle::{self, NewSession};
use waypost_core::questionnaire::Catalog;
use waypost_core::session::{Session, Status, Subject};
use waypost_core::store::{FileStore, Store};
use waypost_core::testing::{built_in, give, now, session};
use waypost_core::xlsform::instance::{Meta, instance};

/// A finished learning review in `home`'s data folder, with two actions, one still open.
fn review(home: &Path, id: &str, uuid: &str) -> Session {
    let q = built_in("learning-review");
    let mut s = session(&q, id, "Acme Hotels");
    give(
        &q,
        &mut s,
        &[
            ("review_type", serde_json::json!("after_event")),
            ("event", serde_json::json!("Taller en Cochabamba")),
            (
                "actions",
                serde_json::json!([
                    {"what": "Train the front desk", "owner": "Ana", "status": "open"},
                    {"what": "Print the code", "owner": "Luis", "status": "done"}
                ]),
            ),
        ],
    );
    s.status = Status::Completed;
    s.uuid = Some(uuid.into());
    FileStore::new(home.join("data")).create(&s).unwrap();
    s
}

fn login(home: &Path, server: &Central) {
    let out = waypost_env(
        home,
        &["team", "login", "--server", &server.base, "--email", EMAIL],
        &[("WAYPOST_CENTRAL_PASSWORD", PASSWORD)],
    );
    assert!(out.status.success(), "{}", said(&out));
}

fn join_and_send(home: &Path, server: &Central) {
    let out = waypost(home, &["team", "join", &server.settings(KEY)]);
    assert!(out.status.success(), "{}", said(&out));
    let out = waypost(home, &["send"]);
    assert!(out.status.success(), "{}", said(&out));
}

fn pull(home: &Path) -> String {
    let out = waypost(home, &["pull"]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    text
}

/// The session files in `home`'s data folder.
fn sessions(home: &Path) -> Vec<Session> {
    let store = FileStore::new(home.join("data"));
    let mut found = Vec::new();
    store
        .scan(&mut |listed| {
            if let waypost_core::store::Listed::Session(s) = listed {
                found.push(*s);
            }
        })
        .unwrap();
    found
}

#[test]
fn a_laptops_session_comes_to_the_reviewer_once_read_only_and_never_back_to_its_laptop() {
    let server = Central::start();
    let (laptop, reviewer) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let sent = review(laptop.path(), "20261128-0930-learning-review-a1f2c3d4", "0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4");
    join_and_send(laptop.path(), &server);
    // Nobody logged in: said, nothing pulled.
    let out = waypost(reviewer.path(), &["pull"]);
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    assert!(said(&out).contains("team login"), "{}", said(&out));
    login(reviewer.path(), &server);
    let out = waypost(reviewer.path(), &["pull", "--project", "1"]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("1 submission on the server: 1 new here"), "{text}");
    let pulled = FileStore::new(reviewer.path().join("data")).load(&sent.id).unwrap();
    assert_eq!(pulled.answers(), sent.answers(), "the whole session came, from its file");
    let origin = pulled.origin.as_ref().unwrap();
    assert_eq!((origin.submitter.as_str(), origin.form.as_str()), ("laptop-ana", "learning_review"));
    assert!(!origin.from_instance);
    // Listed with where it came from; filtered by it.
    let list = said(&waypost(reviewer.path(), &["list"]));
    assert!(list.contains("FROM") && list.contains("team: laptop-ana"), "{list}");
    let mine = said(&waypost(reviewer.path(), &["list", "--origin", "laptop"]));
    assert!(mine.contains("No session matches"), "{mine}");
    let json = waypost(reviewer.path(), &["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!((rows[0]["origin"].as_str(), rows[0]["from_team"].as_str()), (Some("team"), Some("laptop-ana")));
    // Read-only: plain mode will not answer in it.
    let out = waypost(reviewer.path(), &["--plain", "resume", &sent.id]);
    assert!(said(&out).contains("pulled from the team's server"), "{}", said(&out));
    // Twice: nothing doubled.
    let text = pull(reviewer.path());
    assert!(text.contains("0 new here, 0 brought to a newer version, 1 already here"), "{text}");
    assert_eq!(sessions(reviewer.path()).len(), 1);
    // The laptop that sent it does not get it back.
    login(laptop.path(), &server);
    let text = pull(laptop.path());
    assert!(text.contains("1 sent from this laptop"), "{text}");
    assert_eq!(sessions(laptop.path()).len(), 1);
    assert!(sessions(laptop.path())[0].origin.is_none());
}

#[test]
fn an_edit_on_the_server_brings_the_newer_version_and_keeps_the_laptops_own_beside_it() {
    let server = Central::start();
    let (laptop, reviewer) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let sent = review(laptop.path(), "20261128-0930-learning-review-a1f2c3d4", "0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4");
    join_and_send(laptop.path(), &server);
    login(reviewer.path(), &server);
    pull(reviewer.path());
    let first = server.kept()[0].id.clone();
    server.edited_elsewhere(&first);
    let text = pull(reviewer.path());
    assert!(text.contains("0 new here, 1 brought to a newer version"), "{text}");
    let pulled = FileStore::new(reviewer.path().join("data")).load(&sent.id).unwrap();
    let origin = pulled.origin.unwrap();
    assert_eq!(origin.submission, first);
    assert_eq!(origin.version, "uuid:0193c1a2-0000-7000-8000-e15e0e1e0e1e");
    assert_eq!(origin.versions.len(), 2, "its history");
    assert_eq!(origin.review_state.as_deref(), Some("edited"));
    assert_eq!(sessions(reviewer.path()).len(), 1, "one session with its history, not two");
    // The laptop that sent it: its own stays as it is, the server's comes beside it.
    login(laptop.path(), &server);
    let text = pull(laptop.path());
    let copy = format!("{}-team", sent.id);
    assert!(text.contains(&format!("{} was changed here and on the server: both are kept", sent.id)), "{text}");
    assert!(text.contains(&format!("waypost compare {} {copy}", sent.id)), "{text}");
    let store = FileStore::new(laptop.path().join("data"));
    assert_eq!(store.load(&sent.id).unwrap(), sent, "this laptop's version untouched");
    assert!(store.load(&copy).unwrap().origin.is_some());
}

/// An instance of the learning review as ODK Collect sends it: answers only, no session file.
fn collect_instance(n: usize) -> Kept {
    let q = built_in("learning-review");
    let mut s = session(&q, "collect", "");
    give(
        &q,
        &mut s,
        &[("review_type", serde_json::json!("after_event")), ("event", serde_json::json!(format!("Taller {n}")))],
    );
    let id = format!("uuid:0193c1a2-0000-7000-8000-{n:012x}");
    let meta = Meta { instance_id: id.clone(), deprecated_id: None, name: String::new(), version: "2.0.0".into() };
    let xml = String::from_utf8(instance(&q, &s, &meta))
        .unwrap()
        .replace("<waypost_session>waypost-session.json</waypost_session>", "<waypost_session/>");
    Kept {
        id,
        xml,
        form: "learning_review".into(),
        submitter: 8,
        at: central::submissions::stamp(n),
        ..Kept::default()
    }
}

/// A submission as a laptop sends it: the instance and the session's whole file.
fn laptop_submission(n: usize, submitter: u64) -> Kept {
    let q = built_in("learning-review");
    let mut s = session(&q, &format!("20261201-0900-learning-review-{n:012x}"), &format!("Org {n}"));
    give(
        &q,
        &mut s,
        &[("review_type", serde_json::json!("after_event")), ("event", serde_json::json!(format!("Event {n}")))],
    );
    let id = format!("uuid:0193c1a2-1111-7000-8000-{n:012x}");
    let meta = Meta { instance_id: id.clone(), deprecated_id: None, name: s.id.clone(), version: "2.0.0".into() };
    let xml = String::from_utf8(instance(&q, &s, &meta)).unwrap();
    let files = vec![("waypost-session.json".to_owned(), serde_json::to_vec(&s).unwrap())];
    Kept {
        id,
        xml,
        form: "learning_review".into(),
        files,
        submitter,
        at: central::submissions::stamp(n),
        ..Kept::default()
    }
}

#[test]
fn a_form_filled_in_collect_comes_in_from_its_answers() {
    let server = Central::start();
    let reviewer = tempfile::tempdir().unwrap();
    server.plant(collect_instance(1));
    login(reviewer.path(), &server);
    let text = pull(reviewer.path());
    assert!(text.contains("1 new here") && text.contains("1 made from the form's answers alone"), "{text}");
    let found = sessions(reviewer.path());
    assert_eq!(found.len(), 1);
    let s = &found[0];
    assert_eq!(s.answers()["review_type"].value, Some(serde_json::json!("after_event")));
    assert_eq!(s.answers()["event"].value, Some(serde_json::json!("Taller 1")));
    assert!(s.origin.as_ref().unwrap().from_instance);
    assert_eq!(s.origin.as_ref().unwrap().submitter, "laptop-luis");
}

#[test]
fn five_hundred_submissions_from_three_senders_come_once_each() {
    let server = Central::start();
    let reviewer = tempfile::tempdir().unwrap();
    for n in 0..500 {
        server.plant(match n % 3 {
            0 => collect_instance(n),
            1 => laptop_submission(n, 7),
            _ => laptop_submission(n, 9),
        });
    }
    login(reviewer.path(), &server);
    let text = pull(reviewer.path());
    assert!(text.contains("500 submissions on the server: 500 new here"), "{text}");
    let json = waypost(reviewer.path(), &["list", "--origin", "team", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(rows.len(), 500);
    let mut senders: Vec<&str> = rows.iter().filter_map(|r| r["from_team"].as_str()).collect();
    senders.sort_unstable();
    senders.dedup();
    assert_eq!(senders, ["#9", "laptop-ana", "laptop-luis"]);
    let text = pull(reviewer.path());
    assert!(text.contains("0 new here, 0 brought to a newer version, 500 already here"), "{text}");
    assert_eq!(sessions(reviewer.path()).len(), 500);
}

#[test]
fn a_pull_cut_off_keeps_what_came_and_goes_on_from_there() {
    let server = Central::start();
    let reviewer = tempfile::tempdir().unwrap();
    for n in 0..10 {
        server.plant(laptop_submission(n, 7));
    }
    server.fail_after(4);
    login(reviewer.path(), &server);
    let out = waypost(reviewer.path(), &["pull"]);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("the pull stopped before the end") && text.contains("4 new here"), "{text}");
    assert_eq!(sessions(reviewer.path()).len(), 4);
    server.fail_after(usize::MAX);
    let text = pull(reviewer.path());
    assert!(text.contains("6 new here, 0 brought to a newer version, 4 already here"), "{text}");
    assert_eq!(sessions(reviewer.path()).len(), 10);
}

#[test]
fn an_ended_login_is_said_and_nothing_is_pulled() {
    let server = Central::start();
    let reviewer = tempfile::tempdir().unwrap();
    server.plant(laptop_submission(1, 7));
    login(reviewer.path(), &server);
    server.held.lock().unwrap().logged_out = true;
    let out = waypost(reviewer.path(), &["pull"]);
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    assert!(said(&out).contains("team login"), "{}", said(&out));
    assert!(sessions(reviewer.path()).is_empty());
}

#[test]
fn a_login_without_the_right_to_read_submissions_is_said_and_nothing_is_pulled() {
    let server = Central::start();
    let reviewer = tempfile::tempdir().unwrap();
    server.plant(laptop_submission(1, 7));
    login(reviewer.path(), &server);
    server.held.lock().unwrap().reading_forbidden = true;
    let out = waypost(reviewer.path(), &["pull"]);
    assert_eq!(out.status.code(), Some(1), "{}", said(&out));
    assert!(said(&out).contains("does not have rights to perform that action"), "{}", said(&out));
    assert!(sessions(reviewer.path()).is_empty());
}

#[test]
fn a_review_done_on_another_laptop_carries_its_open_actions_over() {
    let server = Central::start();
    let (laptop, reviewer) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    review(laptop.path(), "20261128-0930-learning-review-a1f2c3d4", "0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4");
    join_and_send(laptop.path(), &server);
    login(reviewer.path(), &server);
    pull(reviewer.path());
    let store = FileStore::new(reviewer.path().join("data"));
    let catalog = Catalog::load(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires")]);
    let new = NewSession {
        questionnaire: "learning-review".into(),
        subject: Subject { organisation: "Acme Hotels".into(), ..Subject::default() },
        language: None,
    };
    let started = lifecycle::start(&store, &catalog, new, now()).unwrap();
    let carried = started.carried.clone().expect("the open action of the other laptop's review");
    assert_eq!(carried.count, 1);
    let items = started.opened.session.answers()["previous_actions"].value.clone().unwrap();
    assert_eq!(items[0]["what"], "Train the front desk");
    assert!(started.opened.session.origin.is_none(), "the new review is the reviewer's own");
    drop(started);
    // A follow-up of the pulled review is the reviewer's own too, open to edit.
    let pulled = "20261128-0930-learning-review-a1f2c3d4";
    let follow = lifecycle::follow_up(&store, &catalog, pulled, now()).unwrap();
    assert!(follow.opened.session.origin.is_none());
    assert_eq!(follow.opened.session.extra["follows"], pulled);
    let (_, lock) = lifecycle::open_to_edit(&store, &catalog, pulled).unwrap();
    assert!(lock.is_none(), "the pulled one stays read-only");
}

#[test]
fn an_encrypted_submission_is_listed_without_the_key_and_read_with_it() {
    let server = Central::start();
    let (laptop, reviewer) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let sent = review(laptop.path(), "20261128-0930-learning-review-a1f2c3d4", "0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4");
    let out = waypost(laptop.path(), &["team", "join", &server.settings(central::ENCRYPTED)]);
    assert!(out.status.success(), "{}", said(&out));
    assert!(waypost(laptop.path(), &["send"]).status.success());
    assert!(!server.kept()[0].files.iter().any(|(_, b)| b.windows(10).any(|w| w == b"Cochabamba")), "sealed");
    login(reviewer.path(), &server);
    let text = pull(reviewer.path());
    assert!(text.contains("is encrypted and was not read") && text.contains("--private-key"), "{text}");
    let stub = &sessions(reviewer.path())[0];
    assert!(stub.answers().is_empty() && stub.origin.as_ref().unwrap().unread.is_some());
    // A key that is not one is said; the team's key opens it.
    let wrong = reviewer.path().join("wrong.pem");
    std::fs::write(&wrong, "not a key").unwrap();
    let out = waypost(reviewer.path(), &["pull", "--private-key", wrong.to_str().unwrap()]);
    assert!(said(&out).contains("is not a private key"), "{}", said(&out));
    let key = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys/team-test-private.pem");
    let text = pull_with(reviewer.path(), &["--private-key", key.to_str().unwrap()]);
    assert!(
        text.contains("0 brought to a newer version") && text.contains("1 encrypted and unread before, read now"),
        "{text}"
    );
    let found = sessions(reviewer.path());
    assert_eq!(found.len(), 1, "the same session, now read");
    assert_eq!(found[0].answers(), sent.answers());
    assert!(found[0].origin.as_ref().unwrap().unread.is_none());
}

#[test]
fn an_encrypted_submission_is_read_with_the_project_s_passphrase_through_the_server_s_export() {
    let server = Central::start();
    let (laptop, reviewer) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Two sessions: the export holds two files of the same name, each tied to its own.
    let first = review(laptop.path(), "20261128-0930-learning-review-a1f2c3d4", "0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4");
    let mut second =
        review(laptop.path(), "20261129-1000-learning-review-b2e3f4a5", "0193c1a2-7b40-7c3e-9d51-4be0b2e3f4a5");
    give(&built_in("learning-review"), &mut second, &[("event", serde_json::json!("Taller en La Paz"))]);
    second.status = Status::Completed;
    let store = FileStore::new(laptop.path().join("data"));
    store.load(&second.id).unwrap();
    store.save(&second).unwrap();
    let out = waypost(laptop.path(), &["team", "join", &server.settings(central::ENCRYPTED)]);
    assert!(out.status.success(), "{}", said(&out));
    let out = waypost(laptop.path(), &["send"]);
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(server.kept().len(), 2, "{}", said(&out));
    login(reviewer.path(), &server);
    // A wrong passphrase opens nothing: the sessions are listed, the reason said (in the
    // interface's language, though the workers that met it are threads of their own).
    let wrong = [("WAYPOST_CENTRAL_PASSPHRASE", "guess"), ("WAYPOST_LANG", "es")];
    let out = waypost_env(reviewer.path(), &["pull", "--passphrase"], &wrong);
    let text = said(&out);
    assert!(text.contains("está cifrada y no se leyó: la frase de contraseña no abre la clave del proyecto"), "{text}");
    assert!(sessions(reviewer.path()).iter().all(|s| s.answers().is_empty()), "nothing decrypted");
    // The project's passphrase: the server decrypts its export, each session file comes whole.
    let passphrase = central::export::PASSPHRASE;
    let out = waypost_env(reviewer.path(), &["pull", "--passphrase"], &[("WAYPOST_CENTRAL_PASSPHRASE", passphrase)]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("2 encrypted and unread before, read now") && !text.contains("not read"), "{text}");
    let mut found = sessions(reviewer.path());
    let event = |s: &Session| s.answers()["event"].value.as_ref().map(ToString::to_string);
    found.sort_by_key(|s| std::cmp::Reverse(event(s)));
    assert_eq!(found.len(), 2, "the same sessions, now read");
    assert_eq!(found[0].answers(), second.answers(), "La Paz");
    assert_eq!(found[1].answers(), first.answers(), "Cochabamba");
    assert!(found.iter().all(|s| s.origin.as_ref().unwrap().unread.is_none()));
    let all: Vec<u8> = walk(reviewer.path()).into_iter().flat_map(|f| std::fs::read(f).unwrap_or_default()).collect();
    assert!(!all.windows(passphrase.len()).any(|w| w == passphrase.as_bytes()), "the passphrase is kept nowhere");
    let exports = server.asked().iter().filter(|a| a.path.ends_with("/submissions.csv.zip")).count();
    assert_eq!(exports, 2, "one export per form and pull, not one per submission");
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out
}

fn pull_with(home: &Path, args: &[&str]) -> String {
    let mut all = vec!["pull"];
    all.extend_from_slice(args);
    let out = waypost(home, &all);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    text
}

#[test]
fn report_compare_show_and_agenda_read_a_pulled_session_like_one_of_this_laptop() {
    let server = Central::start();
    let (laptop, reviewer) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let sent = review(laptop.path(), "20261128-0930-learning-review-a1f2c3d4", "0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4");
    join_and_send(laptop.path(), &server);
    // The reviewer's own review of the same organisation, about another event.
    let mut own =
        review(reviewer.path(), "20261129-1000-learning-review-b5e6f7a8", "0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d5");
    give(&built_in("learning-review"), &mut own, &[("event", serde_json::json!("Taller en Lima"))]);
    FileStore::new(reviewer.path().join("data")).save(&own).unwrap();
    login(reviewer.path(), &server);
    pull(reviewer.path());
    let run = |args: &[&str]| {
        let out = waypost(reviewer.path(), args);
        assert!(out.status.success(), "{args:?}: {}", said(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // The spread over both sessions, this laptop's and the team's.
    let report = run(&["report", "--questionnaire", "learning-review"]);
    assert!(report.contains("Taller en Cochabamba") && report.contains("Taller en Lima"), "{report}");
    // What changed from the team's review to this laptop's.
    let compare = run(&["compare", &sent.id, &own.id]);
    assert!(compare.contains("Taller en Cochabamba") && compare.contains("Taller en Lima"), "{compare}");
    // Whose it is, and its open action; its agenda.
    let show = run(&["show", &sent.id]);
    assert!(show.contains("the team: sent by laptop-ana") && show.contains("Train the front desk"), "{show}");
    let agenda = run(&["agenda", &sent.id]);
    assert!(agenda.contains("# Agenda: Learning review") && agenda.contains("| Total |  | 65 min"), "{agenda}");
}
