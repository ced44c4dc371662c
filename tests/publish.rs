//! Staff on a stand-in ODK Central on loopback: `waypost team login` keeps the server's token
//! (0600, never the password), `waypost publish` creates a form or its new version, encrypted to
//! a key of the team's own when asked, and gives it to the project's app users, after which a
//! laptop sends to it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod central;
mod common;

use std::path::Path;

use central::staff::{EMAIL, PASSWORD, TOKEN};
use central::{Central, KEY, PUBLIC_KEY, said, waypost, waypost_env};

fn login(home: &Path, server: &Central) -> std::process::Output {
    waypost_env(
        home,
        &["team", "login", "--server", &server.base, "--email", EMAIL],
        &[("WAYPOST_CENTRAL_PASSWORD", PASSWORD)],
    )
}

/// A questionnaire of one question in `home`'s own folder, at `version`.
fn one_question(home: &Path, version: &str) -> String {
    let folder = home.join("questionnaires");
    std::fs::create_dir_all(&folder).unwrap();
    let one = serde_json::json!({"format": 1, "id": "one-question", "version": version, "title": "One question",
        "sections": [{"id": "only", "title": "Only", "questions": [{"id": "said", "kind": "text", "prompt": "Anything to add?"}]}]});
    std::fs::write(folder.join("one-question.json"), one.to_string()).unwrap();
    folder.display().to_string()
}

#[test]
fn staff_log_in_with_the_token_kept_private_and_never_the_password() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let refused = waypost_env(
        home.path(),
        &["team", "login", "--server", &server.base, "--email", EMAIL],
        &[("WAYPOST_CENTRAL_PASSWORD", "wrong")],
    );
    assert_eq!(refused.status.code(), Some(1), "{}", said(&refused));
    assert!(said(&refused).contains("refused the email and password of staff@example.org"), "{}", said(&refused));
    assert!(!home.path().join("config/staff.json").exists());

    let out = login(home.path(), &server);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("logged in as staff@example.org") && text.contains("the password is not kept"), "{text}");
    let kept = std::fs::read_to_string(home.path().join("config/staff.json")).unwrap();
    assert!(kept.contains(TOKEN) && !kept.contains(PASSWORD), "{kept}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.path().join("config/staff.json")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let status = said(&waypost(home.path(), &["team", "status"]));
    assert!(status.contains("staff: logged in as staff@example.org on http://127.0.0.1:"), "{status}");
    assert!(!status.contains(TOKEN), "{status}");

    // Out: the server is told, the token forgotten, and publishing asks to log in.
    let out = waypost(home.path(), &["team", "logout"]);
    assert!(said(&out).contains("logged out"), "{}", said(&out));
    assert!(server.asked().iter().any(|a| a.method == "DELETE" && a.path == format!("/v1/sessions/{TOKEN}")));
    assert!(!home.path().join("config/staff.json").exists());
    let out = waypost(home.path(), &["publish", "learning-review", "--project", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains("log in as staff first"), "{}", said(&out));
}

#[test]
fn a_form_is_published_given_to_the_app_users_and_a_laptop_sends_to_it() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let folder = one_question(home.path(), "1.0.0");
    assert!(login(home.path(), &server).status.success());
    let out = waypost(home.path(), &["--questionnaires", &folder, "publish", "one-question", "--project", "1"]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("published one_question version 1.0.0 on project 1"), "{text}");
    assert!(text.contains("given to the app users: laptop-ana, laptop-luis"), "{text}");
    let form = server.published().remove(0);
    assert_eq!(
        (form.id.as_str(), form.version.as_str(), form.given.as_slice()),
        ("one_question", "1.0.0", &[7, 8][..])
    );
    assert!(form.xml.contains("<h:title>One question</h:title>") && !form.xml.contains("base64RsaPublicKey"));
    let created = server.asked().into_iter().find(|a| a.path == "/v1/projects/1/forms?publish=true").unwrap();
    assert!(created.headers.iter().any(|(n, v)| n == "content-type" && v == "application/xml"));

    // Once more: nothing to publish, and the app users had it.
    let text = said(&waypost(home.path(), &["--questionnaires", &folder, "publish", "one-question", "--project", "1"]));
    assert!(text.contains("one_question version 1.0.0 is already published on project 1"), "{text}");
    assert!(text.contains("the app users who had it already: laptop-ana, laptop-luis"), "{text}");

    // A new version of the questionnaire: a draft, then published; the old version is refused
    // again as taken.
    one_question(home.path(), "1.1.0");
    let text = said(&waypost(home.path(), &["--questionnaires", &folder, "publish", "one-question", "--project", "1"]));
    assert!(text.contains("published one_question version 1.1.0 on project 1 (it was 1.0.0)"), "{text}");
    assert!(server.asked().iter().any(|a| a.path == "/v1/projects/1/forms/one_question/draft"));
    one_question(home.path(), "1.0.0");
    let out = waypost(home.path(), &["--questionnaires", &folder, "publish", "one-question", "--project", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        said(&out).contains("version 1.0.0 of one_question was published on this project before"),
        "{}",
        said(&out)
    );

    // The laptop of laptop-ana (KEY) sends a finished session to the form just published.
    one_question(home.path(), "1.1.0");
    let laptop = tempfile::tempdir().unwrap();
    let joined = waypost(laptop.path(), &["team", "join", &server.settings(KEY)]);
    assert!(said(&joined).contains("4 forms"), "{}", said(&joined));
    let json = std::fs::read_to_string(Path::new(&folder).join("one-question.json")).unwrap();
    let q: waypost_core::questionnaire::Questionnaire = serde_json::from_str(&json).unwrap();
    let mut s = waypost_core::testing::session(&q, "20261207-0900-one-question-000000000001", "Acme");
    s.status = waypost_core::session::Status::Completed;
    waypost_core::store::Store::create(&waypost_core::store::FileStore::new(laptop.path().join("data")), &s).unwrap();
    let out = waypost(laptop.path(), &["--questionnaires", &folder, "send"]);
    assert!(out.status.success(), "{}", said(&out));
    assert!(server.kept()[0].xml.contains(r#"id="one_question" version="1.1.0""#));
}

#[test]
fn a_form_goes_to_the_app_users_named_and_encrypted_to_the_team_s_key() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    assert!(login(home.path(), &server).status.success());
    let key = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys/team-test-public.pem");
    let key = key.display().to_string();
    let out = waypost(home.path(), &["publish", "learning-review", "--project", "1", "--app-user", "nobody"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains(r#"no app user named "nobody" (it has: laptop-ana, laptop-luis)"#), "{}", said(&out));
    assert!(server.published().is_empty(), "nothing is published before the names are checked");

    // The project is the team's when this laptop joined one on the same server.
    assert!(waypost(home.path(), &["team", "join", &server.settings(KEY)]).status.success());
    let out = waypost(home.path(), &["publish", "learning-review", "--app-user", "laptop-luis", "--public-key", &key]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("sent encrypted") && text.contains("given to the app users: laptop-luis"), "{text}");
    let form = server.published().remove(0);
    assert_eq!(form.given, vec![8]);
    let carried = format!("<submission base64RsaPublicKey=\"{}\"/>", PUBLIC_KEY.trim());
    assert!(form.xml.contains(&carried), "{}", form.xml);

    // Not a key: said with the file, nothing published.
    let bad = home.path().join("not-a-key.pem");
    std::fs::write(&bad, "hello").unwrap();
    let out = waypost(
        home.path(),
        &["publish", "stakeholder-grid", "--project", "1", "--public-key", &bad.display().to_string()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains("not-a-key.pem is not a public key (PEM)"), "{}", said(&out));
    assert_eq!(server.published().len(), 1);
}

#[test]
fn in_a_terminal_the_password_is_asked_without_being_shown() {
    if !common::have_tmux() {
        return;
    }
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    // An empty WAYPOST_CENTRAL_PASSWORD is none: the password is asked.
    let env = format!("WAYPOST_CONFIG_DIR='{}' WAYPOST_CENTRAL_PASSWORD=", home.path().join("config").display());
    let args = format!("team login --server '{}' --email {EMAIL}", server.base);
    let tmux = common::Tmux::start_with("login", &home.path().join("data"), &env, &args);
    tmux.wait_for("Password for staff@example.org (not shown):");
    tmux.paste(PASSWORD);
    tmux.send("Enter");
    let screen = tmux.wait_for("logged in as staff@example.org");
    assert!(!screen.contains("horse"), "the password never shows: {screen}");
    assert!(std::fs::read_to_string(home.path().join("config/staff.json")).unwrap().contains(TOKEN));
}
