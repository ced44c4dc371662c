//! `waypost send` against a stand-in ODK Central on loopback that answers as a real one did:
//! each session built once and sent as the same bytes on every try, a changed session sent as a
//! new version naming the old, every refusal said, nothing lost, never plaintext to an
//! encrypted form.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod central;
mod common;

use std::path::Path;

use central::{
    Central, DROPPED, ENCRYPTED, FLAKY, KEY, KOBO, REVOKED, STALLED, command, element, nobody, said, waypost,
};
use waypost_core::session::{Session, Status};
use waypost_core::store::{FileStore, Store};
use waypost_core::testing::{built_in, give, session};

/// A finished learning review in `home`'s data folder, with a typed answer and a list.
fn finished(home: &Path, id: &str) -> Session {
    let q = built_in("learning-review");
    let mut s = session(&q, id, "Acme Hotels");
    give(
        &q,
        &mut s,
        &[("review_type", serde_json::json!("after_event")), ("event", serde_json::json!("Training <day> & more"))],
    );
    s.status = Status::Completed;
    s.uuid = Some("0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4".into());
    FileStore::new(home.join("data")).create(&s).unwrap();
    s
}

fn join(home: &Path, server: &Central, key: &str) {
    let out = waypost(home, &["team", "join", &server.settings(key)]);
    assert!(out.status.success(), "{}", said(&out));
}

/// The bodies of the submissions the server was sent, in order.
fn posted(server: &Central) -> Vec<Vec<u8>> {
    server.asked().into_iter().filter(|a| a.method == "POST").map(|a| a.body).collect()
}

#[test]
fn a_finished_session_is_sent_once_with_its_whole_file_and_again_as_a_new_version_when_changed() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let s = finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
    join(home.path(), &server, KEY);
    let out = waypost(home.path(), &["send"]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("20261128-0930-learning-review-a1f2c3d4: sent (uuid:"), "{text}");
    // What went: the instance under the form's names, the label as its name, and the whole
    // session as a file a binary field names, sent as octet-stream.
    let asked = server.asked().into_iter().find(|a| a.method == "POST").unwrap();
    assert!(asked.headers.iter().any(|(n, v)| n == "x-openrosa-version" && v == "1.0"));
    let parts = server.posted_parts().remove(0);
    assert_eq!(parts.len(), 2, "{parts:?}");
    let xml = String::from_utf8(parts[0].2.clone()).unwrap();
    assert_eq!(parts[0].0, "xml_submission_file");
    assert!(xml.contains(r#"id="learning_review" version="2.0.0""#), "{xml}");
    assert_eq!(element(&xml, "review_type").as_deref(), Some("after_event"));
    assert_eq!(element(&xml, "event").as_deref(), Some("Training &lt;day&gt; &amp; more"));
    assert_eq!(element(&xml, "instanceName").as_deref(), Some(s.id.as_str()));
    assert_eq!(element(&xml, "waypost_session").as_deref(), Some("waypost-session.json"));
    assert_eq!((parts[1].0.as_str(), parts[1].1.as_str()), ("waypost-session.json", "application/octet-stream"));
    let carried: Session = serde_json::from_slice(&parts[1].2).unwrap();
    assert_eq!(carried, s, "the whole session travels");
    let first = element(&xml, "instanceID").unwrap();
    // Unchanged: nothing sent again.
    let text = said(&waypost(home.path(), &["send"]));
    assert!(text.contains("already sent, unchanged since"), "{text}");
    assert_eq!(posted(&server).len(), 1);
    // Changed after sending: a new version naming the first.
    let store = FileStore::new(home.path().join("data"));
    let mut changed = store.load(&s.id).unwrap();
    let q = built_in("learning-review");
    give(&q, &mut changed, &[("event", serde_json::json!("Training day, revised"))]);
    changed.updated_at = waypost_core::testing::at("2026-11-29T10:00:00+01:00");
    changed.status = Status::Completed;
    store.save(&changed).unwrap();
    let out = waypost(home.path(), &["send", "20261128"]);
    assert!(out.status.success() && said(&out).contains("sent again, as a new version"), "{}", said(&out));
    let kept = server.kept();
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[1].deprecated.as_deref(), Some(first.as_str()));
    assert_ne!(kept[1].id, first);
    let status = said(&waypost(home.path(), &["team", "status"]));
    assert!(status.contains("sessions: 0 waiting to be sent, 1 sent, 0 failed"), "{status}");
    let listed: serde_json::Value = serde_json::from_slice(&waypost(home.path(), &["list", "--json"]).stdout).unwrap();
    assert_eq!(listed[0]["sending"]["state"], "sent", "{listed}");
}

#[test]
fn a_failed_try_is_said_and_the_next_sends_the_same_bytes() {
    for key in [FLAKY, DROPPED] {
        let server = Central::start();
        let home = tempfile::tempdir().unwrap();
        finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
        join(home.path(), &server, key);
        let out = waypost(home.path(), &["send"]);
        assert_eq!(out.status.code(), Some(1), "{}", said(&out));
        assert!(said(&out).contains("not sent:"), "{}", said(&out));
        let status = said(&waypost(home.path(), &["team", "status"]));
        assert!(status.contains("0 sent, 1 failed"), "{status}");
        let listed = said(&waypost(home.path(), &["list"]));
        assert!(listed.contains("SENT") && listed.contains("failed (below)"), "{listed}");
        assert!(listed.contains("20261128-0930-learning-review-a1f2c3d4 not sent: "), "{listed}");
        let out = waypost(home.path(), &["send"]);
        assert!(out.status.success(), "{}", said(&out));
        let listed = said(&waypost(home.path(), &["list"]));
        assert!(listed.contains("  sent 20") && !listed.contains("not sent"), "{listed}");
        let bodies = posted(&server);
        assert_eq!(bodies.len(), 2, "{key}");
        assert_eq!(bodies[0], bodies[1], "{key}: a retry sends the bytes built the first time");
        assert_eq!(server.kept().len(), 1);
    }
}

#[test]
fn a_send_killed_while_the_server_holds_its_answer_loses_nothing_and_sends_the_same_bytes_next() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let s = finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
    let file = std::fs::read_dir(home.path().join("data/sessions")).unwrap().next().unwrap().unwrap().path();
    let before = std::fs::read(&file).unwrap();
    join(home.path(), &server, STALLED);
    let mut child = command(home.path(), &["send"], &[]).spawn().unwrap();
    common::wait_until(|| posted(&server).len() == 1);
    child.kill().unwrap(); // SIGKILL where there are signals: no chance to tidy up
    child.wait().unwrap();
    assert_eq!(std::fs::read(&file).unwrap(), before, "the session is as it was");
    let status = said(&waypost(home.path(), &["team", "status"]));
    assert!(status.contains("1 waiting to be sent"), "{status}");
    let out = waypost(home.path(), &["send"]);
    assert!(out.status.success(), "{}", said(&out));
    let bodies = posted(&server);
    assert_eq!(bodies.len(), 2);
    assert_eq!(bodies[0], bodies[1], "the bytes built before the kill are the bytes sent");
    assert_eq!(server.kept().len(), 1);
    // Nothing half-written is left beside the files.
    for folder in ["data/sessions", "data/outbox"] {
        for entry in std::fs::read_dir(home.path().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
            assert!(["json", "submission"].contains(&extension), "{}", path.display());
        }
    }
    assert_eq!(FileStore::new(home.path().join("data")).load(&s.id).unwrap(), s);
}

#[test]
fn a_session_changed_here_after_another_laptop_changed_it_is_never_overwritten_there() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let s = finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
    join(home.path(), &server, KEY);
    assert!(waypost(home.path(), &["send"]).status.success());
    server.edited_elsewhere(&server.kept()[0].id);
    let store = FileStore::new(home.path().join("data"));
    let mut changed = store.load(&s.id).unwrap();
    changed.updated_at = waypost_core::testing::at("2026-11-29T10:00:00+01:00");
    store.save(&changed).unwrap();
    let out = waypost(home.path(), &["send"]);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("holds a newer version of this session, sent from elsewhere (HTTP 409"), "{text}");
    assert!(text.contains("is now out of date") && text.contains("this laptop's version is kept"), "{text}");
    assert_eq!(server.kept().len(), 2, "nothing was overwritten on the server");
    assert_eq!(store.load(&s.id).unwrap(), changed, "nor here");
    let status = said(&waypost(home.path(), &["team", "status"]));
    assert!(status.contains("0 sent, 1 failed"), "{status}");
}

#[test]
fn a_key_refused_for_a_submission_says_what_staff_do_and_keeps_the_session_waiting() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
    join(home.path(), &server, REVOKED);
    let out = waypost(home.path(), &["send"]);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("refused this laptop's key for this form (HTTP 401/403: Could not authenticate"), "{text}");
    assert!(text.contains("staff give this app user access to the form"), "{text}");
    assert!(said(&waypost(home.path(), &["team", "status"])).contains("0 sent, 1 failed"));
}

#[test]
fn kobo_s_202_is_taken_as_sent() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
    join(home.path(), &server, KOBO);
    let out = waypost(home.path(), &["send"]);
    assert!(out.status.success() && said(&out).contains(": sent (uuid:"), "{}", said(&out));
}

#[test]
fn a_session_to_an_encrypted_form_goes_encrypted_and_opens_with_the_private_key() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let s = finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
    join(home.path(), &server, ENCRYPTED);
    let out = waypost(home.path(), &["send"]);
    assert!(out.status.success() && said(&out).contains(": sent (uuid:"), "{}", said(&out));
    let parts = server.posted_parts().remove(0);
    let names: Vec<&str> = parts.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["xml_submission_file", "waypost-session.json.enc", "submission.xml.enc"]);
    let manifest = String::from_utf8(parts[0].2.clone()).unwrap();
    assert!(
        manifest.contains(r#"id="learning_review" encrypted="yes" version="2.0.0[encrypted:AaJM4Jh0]""#),
        "{manifest}"
    );
    // Not one byte of what was said leaves in the clear.
    for (_, _, bytes) in &parts {
        for secret in [&b"Acme Hotels"[..], b"Training", b"after_event"] {
            assert!(!bytes.windows(secret.len()).any(|w| w == secret), "plaintext in a part");
        }
    }
    let instance = element(&manifest, "instanceID").unwrap();
    let files: Vec<(String, Vec<u8>)> = parts[1..].iter().map(|(n, _, b)| (n.clone(), b.clone())).collect();
    let opened = waypost_core::testing::unseal(
        include_str!("fixtures/keys/team-test-private.pem"),
        &manifest,
        &files,
        &instance,
    );
    let carried: Session = serde_json::from_slice(&opened[0]).unwrap();
    assert_eq!(carried, s, "the session file, byte for byte as sent");
    let xml = String::from_utf8(opened[1].clone()).unwrap();
    assert_eq!(element(&xml, "event").as_deref(), Some("Training &lt;day&gt; &amp; more"));
    assert!(xml.contains(r#"version="2.0.0[encrypted:AaJM4Jh0]""#), "{xml}");
    assert_eq!(element(&xml, "instanceID"), Some(instance));
}

#[test]
fn a_form_version_the_server_does_not_know_says_to_publish_it() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let q = built_in("learning-review");
    let mut s = session(&q, "20261128-0930-learning-review-a1f2c3d4", "Acme");
    s.status = Status::Completed;
    s.questionnaire.version = "1.0.0".into();
    FileStore::new(home.path().join("data")).create(&s).unwrap();
    // The questionnaire now loaded is 2.0.0 on this laptop too: a local override at 3.0.0.
    let mut newer: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("questionnaires/learning-review.json").unwrap()).unwrap();
    newer["version"] = serde_json::json!("3.0.0");
    std::fs::create_dir_all(home.path().join("data/questionnaires")).unwrap();
    std::fs::write(home.path().join("data/questionnaires/learning-review.json"), newer.to_string()).unwrap();
    join(home.path(), &server, KEY);
    let out = waypost(home.path(), &["send"]);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("does not know the form \"learning_review\" at version 3.0.0 (HTTP 404)"), "{text}");
}

#[test]
fn without_a_team_or_a_network_nothing_is_lost() {
    let home = tempfile::tempdir().unwrap();
    finished(home.path(), "20261128-0930-learning-review-a1f2c3d4");
    let out = waypost(home.path(), &["send"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains("has joined no team"), "{}", said(&out));
    let out = waypost(home.path(), &["team", "join", &format!("{}/v1/key/{KEY}/projects/1", nobody())]);
    assert!(out.status.success());
    let out = waypost(home.path(), &["send"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains("nothing is lost") && said(&out).contains("could not be reached"), "{}", said(&out));
    assert!(FileStore::new(home.path().join("data")).load("20261128-0930-learning-review-a1f2c3d4").is_ok());
}

#[test]
fn ids_and_uuids_stay_unique_across_laptops_starting_sessions_the_same_minute() {
    use waypost_core::lifecycle::{NewSession, start};
    use waypost_core::session::{Subject, new_session_id, new_session_uuid};
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    let laptops: Vec<tempfile::TempDir> = (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
    let now = waypost_core::testing::now();
    let minted: Vec<Vec<(String, String)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = laptops
            .iter()
            .map(|laptop| {
                let catalog = &catalog;
                scope.spawn(move || {
                    // A hundred started for real in this laptop's data folder…
                    let store = FileStore::new(laptop.path());
                    let mut ids: Vec<(String, String)> = (0..100)
                        .map(|_| {
                            let subject = Subject { organisation: "Acme Hotels".into(), ..Subject::default() };
                            let new = NewSession { questionnaire: "learning-review".into(), subject, language: None };
                            let s = start(&store, catalog, new, now).unwrap().opened.session;
                            (s.id, s.uuid.unwrap())
                        })
                        .collect();
                    // …and the rest of 5,000 minted as `start` mints them, the same minute.
                    ids.extend((100..5000).map(|_| {
                        let uuid = new_session_uuid(now);
                        (new_session_id(now, "learning-review", &uuid), uuid)
                    }));
                    ids
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let all: Vec<&(String, String)> = minted.iter().flatten().collect();
    assert_eq!(all.len(), 10_000);
    let uuids: std::collections::HashSet<&String> = all.iter().map(|(_, u)| u).collect();
    assert_eq!(uuids.len(), 10_000, "every UUID unique");
    // The two laptops' ids (the date, the questionnaire and the UUID's end) never collide, so
    // their files can sit in one folder; none names the organisation.
    let ids: std::collections::HashSet<&String> = all.iter().map(|(id, _)| id).collect();
    assert_eq!(ids.len(), 10_000, "every id unique");
    assert!(all.iter().all(|(id, _)| id.starts_with("20261128-0930-learning-review-") && !id.contains("acme")));
}

#[test]
fn a_session_finished_in_the_app_is_sent_in_the_background() {
    if !common::have_tmux() {
        return;
    }
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    join(home.path(), &server, KEY);
    // A questionnaire of one question that may stay unanswered, so the review finishes at once.
    let folder = home.path().join("questionnaires");
    std::fs::create_dir_all(&folder).unwrap();
    let one = serde_json::json!({"format": 1, "id": "one-question", "version": "1.0.0", "title": "One question",
        "sections": [{"id": "only", "title": "Only", "questions": [{"id": "said", "kind": "text", "prompt": "Anything to add?"}]}]});
    std::fs::write(folder.join("one-question.json"), one.to_string()).unwrap();
    let env = format!("WAYPOST_CONFIG_DIR='{}'", home.path().join("config").display());
    let args = format!("--questionnaires '{}' new one-question --organisation Acme", folder.display());
    let tmux = common::Tmux::start_with("background-send", &home.path().join("data"), &env, &args);
    tmux.wait_for("Anything to add?");
    tmux.keys(&["Escape", "r"]);
    tmux.wait_for("f finish session");
    tmux.send("f");
    // The report shows at once; the server gets the session from the sender's own thread, and
    // the status line says so.
    common::wait_until(|| server.kept().len() == 1);
    let screen = tmux.wait_for(": sent (uuid:");
    assert!(screen.contains("one-question"), "{screen}");
    let kept = &server.kept()[0];
    assert!(kept.xml.contains(r#"id="one_question" version="1.0.0""#), "{}", kept.xml);
}
