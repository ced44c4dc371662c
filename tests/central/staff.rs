//! The staff side of the stand-in Central, as `recorded-responses-2.txt` shows it: a login for
//! an email and password, forms created and published by version, the project's app users, and
//! a form given to them.

use std::net::TcpStream;

use super::{Held, respond};

/// The staff user's email and password the server knows.
pub(crate) const EMAIL: &str = "staff@example.org";
pub(crate) const PASSWORD: &str = "correct horse battery staple";
/// The session token it hands out for them.
pub(crate) const TOKEN: &str = "StaffToken0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR";

/// The project's app users: (actor id, display name); the first is the one `KEY` belongs to.
pub(crate) const APP_USERS: &[(u64, &str)] = &[(7, "laptop-ana"), (8, "laptop-luis")];

/// A form staff published.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub id: String,
    pub version: String,
    pub xml: String,
    /// The versions published before, oldest first.
    pub earlier: Vec<String>,
    /// The app users given it.
    pub given: Vec<u64>,
}

const JSON: &str = "application/json; charset=utf-8";

fn problem(stream: &mut TcpStream, status: &str, message: &str, code: &str) {
    respond(stream, status, JSON, &format!("{{\"message\":\"{message}\",\"code\":{code}}}"));
}

/// The `id` and `version` of an XForm's primary instance.
fn identity(xml: &str) -> (String, String) {
    let root = xml.split("<instance>").nth(1).unwrap_or_default();
    let attribute = |name: &str| {
        root.split(&format!(" {name}=\"")).nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_owned()
    };
    (attribute("id"), attribute("version"))
}

/// Answers a call under `/v1/sessions` or `/v1/projects/`.
pub(crate) fn serve(
    stream: &mut TcpStream,
    (method, path): (&str, &str),
    headers: &[(String, String)],
    body: &[u8],
    held: &mut Held,
) {
    if (method, path) == ("POST", "/v1/sessions") {
        let login: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
        if login["email"] == EMAIL && login["password"] == PASSWORD {
            let answer = format!(
                "{{\"token\":\"{TOKEN}\",\"csrf\":\"x\",\"expiresAt\":\"{}\",\"createdAt\":\"2026-12-06T20:19:36.219Z\"}}",
                (chrono::Utc::now() + chrono::Duration::hours(24)).format("%Y-%m-%dT%H:%M:%S%.3fZ")
            );
            return respond(stream, "200 OK", JSON, &answer);
        }
        return problem(stream, "401 Unauthorized", "Could not authenticate with the provided credentials.", "401.2");
    }
    let bearer = headers.iter().any(|(n, v)| n == "authorization" && *v == format!("Bearer {TOKEN}"));
    if !bearer || held.logged_out {
        return problem(stream, "401 Unauthorized", "Could not authenticate with the provided credentials.", "401.2");
    }
    let parts: Vec<&str> = path.trim_start_matches("/v1/").split('/').collect();
    match (method, parts.as_slice()) {
        ("DELETE", ["sessions", _]) => {
            held.logged_out = true;
            respond(stream, "200 OK", JSON, "{\"success\":true}");
        }
        ("POST", ["projects", "1", "forms", form, "submissions.csv.zip"]) => {
            super::export::serve(stream, form, body, held);
        }
        ("GET", ["projects", "1", "forms", form, "submissions", "keys"]) => super::export::keys(stream, form, held),
        ("GET", ["projects", "1", "forms", _, "submissions", ..]) if held.reading_forbidden => problem(
            stream,
            "403 Forbidden",
            "The authenticated actor does not have rights to perform that action.",
            "403.1",
        ),
        ("GET", ["projects", "1", "forms", form, "submissions", rest @ ..]) => {
            super::submissions::serve(stream, form, rest, held);
        }
        ("GET", ["projects"]) => respond(stream, "200 OK", JSON, "[{\"id\":1,\"name\":\"Down to Zero\"}]"),
        ("GET", ["projects", "1", "app-users"]) => {
            let users: Vec<String> = APP_USERS
                .iter()
                .map(|(id, name)| format!("{{\"projectId\":1,\"id\":{id},\"type\":\"field_key\",\"displayName\":\"{name}\",\"token\":\"T\"}}"))
                .collect();
            respond(stream, "200 OK", JSON, &format!("[{}]", users.join(",")));
        }
        ("POST", ["projects", "1", "forms?publish=true"]) => {
            let xml = String::from_utf8_lossy(body).into_owned();
            let (id, version) = identity(&xml);
            if id.is_empty() {
                return problem(stream, "400 Bad Request", "The given XForm has no id.", "400.2");
            }
            if held.published.iter().any(|f| f.id == id) {
                return problem(stream, "409 Conflict", "A form with this id already exists.", "409.3");
            }
            held.published.push(Form { id, version: version.clone(), xml, earlier: Vec::new(), given: Vec::new() });
            respond(stream, "200 OK", JSON, &format!("{{\"projectId\":1,\"version\":\"{version}\"}}"));
        }
        ("GET", ["projects", "1", "forms", form]) => match held.published.iter().find(|f| f.id == *form) {
            Some(f) => respond(
                stream,
                "200 OK",
                JSON,
                &format!("{{\"xmlFormId\":\"{}\",\"version\":\"{}\"}}", f.id, f.version),
            ),
            None => problem(stream, "404 Not Found", "Could not find the resource you were looking for.", "404.1"),
        },
        ("POST", ["projects", "1", "forms", form, "draft"]) => {
            let xml = String::from_utf8_lossy(body).into_owned();
            held.drafts.retain(|(f, _)| f != form);
            held.drafts.push(((*form).to_owned(), xml));
            respond(stream, "200 OK", JSON, "{\"success\":true}");
        }
        ("POST", ["projects", "1", "forms", form, "draft", "publish"]) => {
            let Some((_, xml)) = held.drafts.iter().find(|(f, _)| f == form).cloned() else {
                return problem(stream, "404 Not Found", "Could not find the resource you were looking for.", "404.1");
            };
            let (_, version) = identity(&xml);
            let Some(current) = held.published.iter_mut().find(|f| f.id == *form) else {
                return problem(stream, "404 Not Found", "Could not find the resource you were looking for.", "404.1");
            };
            if current.version == version || current.earlier.contains(&version) {
                return problem(
                    stream,
                    "409 Conflict",
                    "You tried to publish the form with a version that already exists.",
                    "409.6",
                );
            }
            current.earlier.push(std::mem::replace(&mut current.version, version));
            current.xml = xml;
            respond(stream, "200 OK", JSON, "{\"success\":true}");
        }
        ("POST", ["projects", "1", "forms", form, "assignments", "app-user", actor]) => {
            let actor: u64 = actor.parse().unwrap_or_default();
            let Some(current) = held.published.iter_mut().find(|f| f.id == *form) else {
                return problem(stream, "404 Not Found", "Could not find the resource you were looking for.", "404.1");
            };
            if current.given.contains(&actor) {
                return problem(
                    stream,
                    "409 Conflict",
                    "A resource already exists with actorId,roleId,acteeId.",
                    "409.3",
                );
            }
            current.given.push(actor);
            respond(stream, "200 OK", JSON, "{\"success\":true}");
        }
        _ => problem(stream, "404 Not Found", "Could not find the resource you were looking for.", "404.1"),
    }
}
