//! `waypost team`: joining an ODK Central project (a stand-in on loopback answering as a real
//! one did), the token never shown, the settings private and kept offline, status, leaving.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod central;

use central::proxy::Proxy;
use central::{Central, FAILING, KEY, NO_FORMS, PORTAL, nobody, said, waypost, waypost_env};

#[test]
fn joining_asks_the_server_keeps_the_key_private_and_never_shows_it() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let out = waypost(home.path(), &["team", "join", &server.settings(KEY)]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("joined the team at") && text.contains(&format!("with {} forms", central::FORMS.len())),
        "{text}"
    );
    assert!(text.contains(&format!("{}/v1/key/Gd7$…/projects/1", server.base)), "{text}");
    assert!(!text.contains(KEY), "the token is never shown: {text}");
    // The server was asked for the form list, as OpenRosa asks.
    let asked = server.asked();
    assert_eq!(asked.len(), 1);
    assert_eq!(
        (asked[0].method.as_str(), asked[0].path.as_str()),
        ("GET", &*format!("/v1/key/{KEY}/projects/1/formList"))
    );
    assert!(asked[0].headers.iter().any(|(n, v)| n == "x-openrosa-version" && v == "1.0"));
    // Kept private, the token whole only there.
    let file = home.path().join("config/team.json");
    assert!(std::fs::read_to_string(&file).unwrap().contains(KEY));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let out = waypost(home.path(), &["team", "status"]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("server and project:") && text.contains("Gd7$…") && !text.contains(KEY), "{text}");
    assert!(text.contains("project: 1") && text.contains("last reached: 20"), "{text}");
    assert!(text.contains("sessions: 0 waiting to be sent, 0 sent, 0 failed"), "{text}");
    let out = waypost(home.path(), &["team", "leave"]);
    assert!(out.status.success() && said(&out).contains("left the team"), "{}", said(&out));
    assert!(!file.exists());
    assert!(said(&waypost(home.path(), &["team", "status"])).contains("has joined no team"));
}

#[test]
fn a_key_the_server_refuses_is_not_kept_and_the_reason_is_said() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let unknown = "Uk9$dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";
    let out = waypost(home.path(), &["team", "join", &server.settings(unknown)]);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("the server refused the key") && text.contains("HTTP 403"), "{text}");
    assert!(text.contains("does not have rights to perform that action"), "{text}");
    assert!(!text.contains(unknown), "{text}");
    assert!(!home.path().join("config/team.json").exists(), "nothing kept");
}

#[test]
fn out_of_reach_the_key_is_kept_and_why_is_said() {
    let server = Central::start();
    for (url, why) in [
        (format!("{}/v1/key/{KEY}/projects/1", nobody()), "could not be reached"),
        (server.settings(PORTAL), "not ODK Central"),
        (server.settings(FAILING), "the server failed (HTTP 500)"),
    ] {
        let home = tempfile::tempdir().unwrap();
        let out = waypost(home.path(), &["team", "join", &url]);
        let text = said(&out);
        assert!(out.status.success(), "{url}: {text}");
        assert!(text.contains("kept on this laptop") && text.contains(why), "{url}: {text}");
        assert!(!text.contains(KEY) && !text.contains(PORTAL) && !text.contains(FAILING), "{text}");
        assert!(home.path().join("config/team.json").exists());
        let status = said(&waypost(home.path(), &["team", "status"]));
        assert!(status.contains("last reached: never"), "{status}");
    }
}

#[test]
fn a_project_without_forms_for_this_laptop_says_what_staff_must_do() {
    let server = Central::start();
    let home = tempfile::tempdir().unwrap();
    let text = said(&waypost(home.path(), &["team", "join", &server.settings(NO_FORMS)]));
    assert!(text.contains("with 0 forms") && text.contains("no form is given to this laptop"), "{text}");
}

#[test]
fn what_is_not_a_settings_url_or_is_plain_http_elsewhere_is_refused() {
    let home = tempfile::tempdir().unwrap();
    for (url, why) in [
        ("https://central.example.org/projects/1".to_owned(), "is not an app user's settings URL"),
        (format!("http://central.example.org/v1/key/{KEY}/projects/1"), "uses plain http"),
    ] {
        let out = waypost(home.path(), &["team", "join", &url]);
        let text = said(&out);
        assert_eq!(out.status.code(), Some(1), "{text}");
        assert!(text.contains(why) && !text.contains(KEY), "{text}");
    }
    // A damaged settings file is said and left as it is.
    std::fs::create_dir_all(home.path().join("config")).unwrap();
    std::fs::write(home.path().join("config/team.json"), "{not json").unwrap();
    let out = waypost(home.path(), &["team", "status"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains("is not a team's settings"), "{}", said(&out));
    assert_eq!(std::fs::read_to_string(home.path().join("config/team.json")).unwrap(), "{not json");
}

#[test]
fn an_office_proxy_is_used_as_https_proxy_says_and_passed_by_for_what_no_proxy_names() {
    let server = Central::start();
    let proxy = Proxy::start();
    let home = tempfile::tempdir().unwrap();
    let target = server.base.trim_start_matches("http://").to_owned();
    let out = waypost_env(home.path(), &["team", "join", &server.settings(KEY)], &[("HTTPS_PROXY", &proxy.base)]);
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(proxy.tunnelled(), std::slice::from_ref(&target), "the way to the server went through the proxy");
    let out = waypost_env(
        home.path(),
        &["team", "join", &server.settings(KEY)],
        &[("HTTPS_PROXY", &proxy.base), ("NO_PROXY", "127.0.0.1")],
    );
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(proxy.tunnelled(), [target], "NO_PROXY names the server: straight there");
    assert_eq!(server.asked().len(), 2);
}

#[test]
fn a_certificate_no_one_trusts_is_refused_and_said_in_words() {
    let home = tempfile::tempdir().unwrap();
    let url = format!("{}/v1/key/{KEY}/projects/1", central::tls::untrusted());
    let out = waypost(home.path(), &["team", "join", &url]);
    let text = said(&out);
    assert!(text.contains("the server's certificate was not accepted, so nothing was sent"), "{text}");
    assert!(text.contains("not issued by an authority this computer trusts"), "{text}");
    assert!(!text.contains(KEY), "{text}");
}
