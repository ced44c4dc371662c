//! A stand-in for ODK Central on the loopback address, answering as a real one did
//! (`shared/central/recorded-responses*.txt` of the project's brief): what each key may see, the
//! OpenRosa header checked, and a few ways a network goes wrong. Never reaches outside 127.0.0.1.
#![allow(dead_code)] // each test crate uses a part of these helpers

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

pub(crate) mod export;
pub(crate) mod proxy;
pub(crate) mod staff;
pub(crate) mod submissions;
pub(crate) mod tls;

/// An app user's key the server knows, with one form given to it.
pub(crate) const KEY: &str = "Gd7$kQ2mZr9!pXw4VbN8sLc1TfH6yJa3UeR5oIq0WzDxCvBnMlKjHgFdSaPoIuYt";
/// A key the server knows, with no form given yet.
pub(crate) const NO_FORMS: &str = "Nf0$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
/// A key a Wi-Fi login page "answers" (a captive portal).
pub(crate) const PORTAL: &str = "Pt1$bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
/// A key the server fails on (500).
pub(crate) const FAILING: &str = "Fl2$cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc";

/// A key whose first submission fails (500), then works.
pub(crate) const FLAKY: &str = "Fk3$eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";
/// A key whose first submission is read whole, then the connection drops without an answer.
pub(crate) const DROPPED: &str = "Dr4$ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
/// A key whose forms are encrypted (they carry a public key).
pub(crate) const ENCRYPTED: &str = "En5$gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg";
/// A key whose first submission is read whole and then never answered while the client waits.
pub(crate) const STALLED: &str = "St7$iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii";
/// A key that lists forms but whose submissions are refused (401): access taken back meanwhile.
pub(crate) const REVOKED: &str = "Rv8$jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj";
/// A key answered as KoboToolbox does: 202 for a submission.
pub(crate) const KOBO: &str = "Kb6$hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh";

/// The forms the server has, with the version each is published at.
pub(crate) const FORMS: &[(&str, &str)] =
    &[("learning_review", "2.0.0"), ("csr_self_assessment", "2.0.0"), ("one_question", "1.0.0")];

/// What the server was asked: method, path (keys included), headers (lower-case names), body.
#[derive(Debug, Clone)]
pub(crate) struct Asked {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// A submission the server keeps: the instance's XML as sent.
#[derive(Debug, Clone, Default)]
pub(crate) struct Kept {
    /// The instanceID.
    pub id: String,
    /// The XML.
    pub xml: String,
    /// The instance it replaced.
    pub deprecated: Option<String>,
    /// The form's id.
    pub form: String,
    /// The files the instance names, as sent: (name, bytes).
    pub files: Vec<(String, Vec<u8>)>,
    /// The app user who sent it (its actor id).
    pub submitter: u64,
    /// When the server got it.
    pub at: String,
}

/// The actor id of the app user a key belongs to.
fn submitter(key: &str) -> u64 {
    match key {
        KEY => staff::APP_USERS[0].0,
        ENCRYPTED => 9,
        _ => staff::APP_USERS[1].0,
    }
}

/// The text of an element of an instance.
pub(crate) fn element(xml: &str, name: &str) -> Option<String> {
    let start = xml.find(&format!("<{name}>"))? + name.len() + 2;
    let end = xml[start..].find(&format!("</{name}>"))? + start;
    Some(xml[start..end].to_owned())
}

/// Where `needle` first is in `hay`, from `from`.
fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|at| at + from)
}

/// The parts of a multipart body, byte for byte: (name, content type, bytes).
pub(crate) fn parts(body: &[u8], boundary: &str) -> Vec<(String, String, Vec<u8>)> {
    let marker = format!("\r\n--{boundary}").into_bytes();
    let mut out = Vec::new();
    // The first boundary has no line break before it.
    let Some(mut at) = find(body, format!("--{boundary}\r\n").as_bytes(), 0) else { return out };
    at += boundary.len() + 4;
    while let Some(head_end) = find(body, b"\r\n\r\n", at) {
        let head = String::from_utf8_lossy(&body[at..head_end]).into_owned();
        let Some(end) = find(body, &marker, head_end + 4) else { break };
        let name = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()).unwrap_or_default().to_owned();
        let kind = head.lines().find_map(|l| l.strip_prefix("Content-Type: ")).unwrap_or_default().to_owned();
        out.push((name, kind, body[head_end + 4..end].to_vec()));
        at = end + marker.len();
        if body.get(at..at + 2) == Some(b"--") {
            break;
        }
        at += 2;
    }
    out
}

/// What the server holds: what it was asked, the submissions, and the key of every submission
/// tried (for the keys that fail the first time).
#[derive(Default)]
pub(crate) struct Held {
    pub asked: Vec<Asked>,
    pub kept: Vec<Kept>,
    pub tries: Vec<String>,
    /// The forms staff published, and their drafts (form, XML).
    pub published: Vec<staff::Form>,
    pub drafts: Vec<(String, String)>,
    /// Whether staff logged out (the token then fails).
    pub logged_out: bool,
    /// How many submission files it gives before it fails (500), when set: a pull cut off.
    pub files_before_failing: Option<usize>,
    /// The submission files given so far.
    pub files_given: usize,
    /// Whether the login may not read submissions (a role without the right, as an app user's
    /// token has): 403 to every read of them.
    pub reading_forbidden: bool,
}

/// The server: its address, and what it was asked and keeps.
pub(crate) struct Central {
    pub base: String,
    pub held: Arc<Mutex<Held>>,
}

/// The public key the encrypted forms carry (its private half is in the fixtures too).
pub(crate) const PUBLIC_KEY: &str = include_str!("../fixtures/keys/team-test-public.b64");

/// A form's version as the server has it: managed encryption adds to it.
fn version_for(key: &str, version: &str) -> String {
    if key == ENCRYPTED { format!("{version}[encrypted:AaJM4Jh0]") } else { version.to_owned() }
}

/// The forms `key` may send to: the fixed ones, and those staff published and gave its app user.
fn offered(key: &str, held: &Held) -> Vec<(String, String)> {
    let fixed = FORMS.iter().map(|(id, version)| ((*id).to_owned(), (*version).to_owned()));
    let given = held
        .published
        .iter()
        .filter(|f| key == KEY && f.given.contains(&staff::APP_USERS[0].0))
        .map(|f| (f.id.clone(), f.version.clone()));
    fixed.chain(given).collect()
}

fn form_list(base: &str, key: &str, held: &Held) -> String {
    let forms: String = offered(key, held)
        .iter()
        .map(|(id, version)| {
            let version = version_for(key, version);
            format!(
                "    <xform>\n      <formID>{id}</formID>\n      <name>{id}</name>\n      <version>{version}</version>\n      <hash>md5:849cf3588ad6cc9ce5a0edeb74a93be9</hash>\n      <downloadUrl>{base}/v1/key/{key}/projects/1/forms/{id}.xml</downloadUrl>\n    </xform>\n"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n  <xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n{forms}  </xforms>"
    )
}

const DIFFERENT_XML: &str = "A submission already exists with this ID, but with different XML. Resubmissions to attach additional multimedia must resubmit an identical xml_submission_file.";

const SUCCESS: &str = "\n  <OpenRosaResponse xmlns=\"http://openrosa.org/http/response\" items=\"0\">\n    <message nature=\"\">full submission upload was successful!</message>\n  </OpenRosaResponse>";

fn open_rosa_error(message: &str) -> String {
    format!(
        "\n  <OpenRosaResponse xmlns=\"http://openrosa.org/http/response\" items=\"0\">\n    <message nature=\"error\">{message}</message>\n  </OpenRosaResponse>"
    )
}

const PORTAL_PAGE: &str = "<html><body>Log in to the Wi-Fi</body></html>";

const EMPTY_LIST: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n  <xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n  </xforms>";

const NO_RIGHTS: &str = "\n  <OpenRosaResponse xmlns=\"http://openrosa.org/http/response\" items=\"0\">\n    <message nature=\"error\">The authentication you provided does not have rights to perform that action.</message>\n  </OpenRosaResponse>";

pub(crate) fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &str) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

fn serve(mut stream: TcpStream, base: &str, held: &Mutex<Held>) {
    let mut reader = BufReader::new(stream.try_clone().expect("a stream"));
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    let mut parts = first.split_whitespace();
    let (method, path) = (parts.next().unwrap_or_default().to_owned(), parts.next().unwrap_or_default().to_owned());
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let length: usize =
        headers.iter().find(|(n, _)| n == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let openrosa = headers.iter().any(|(n, v)| n == "x-openrosa-version" && v == "1.0");
    let boundary = headers
        .iter()
        .find(|(n, _)| n == "content-type")
        .and_then(|(_, v)| v.split("boundary=").nth(1))
        .unwrap_or_default()
        .to_owned();
    let mut held = held.lock().expect("not poisoned");
    held.asked.push(Asked { method: method.clone(), path: path.clone(), headers: headers.clone(), body: body.clone() });
    if path.starts_with("/v1/sessions") || path.starts_with("/v1/projects") {
        return staff::serve(&mut stream, (&method, &path), &headers, &body, &mut held);
    }
    let key = path.strip_prefix("/v1/key/").and_then(|rest| rest.split('/').next()).unwrap_or_default().to_owned();
    // How many submissions this key sent before this one.
    let tries = held.tries.iter().filter(|k| **k == key).count();
    if method == "POST" {
        held.tries.push(key.clone());
    }
    if key == STALLED && method == "POST" && tries == 0 {
        drop(held);
        // No answer for longer than any client waits; the stream stays open meanwhile.
        std::thread::sleep(std::time::Duration::from_secs(120));
        return;
    }
    let xml = "text/xml; charset=utf-8";
    let last = path.rsplit('/').next().unwrap_or_default();
    match (method.as_str(), last) {
        _ if key == PORTAL => respond(&mut stream, "200 OK", "text/html", PORTAL_PAGE),
        _ if key == FAILING => respond(&mut stream, "500 Internal Server Error", "application/json", "{}"),
        (_, "formList" | "submission") if !openrosa => {
            respond(&mut stream, "400 Bad Request", "application/json", "{}");
        }
        ("GET", "formList") if key == NO_FORMS => respond(&mut stream, "200 OK", xml, EMPTY_LIST),
        ("GET", "formList") if [KEY, FLAKY, DROPPED, ENCRYPTED, KOBO, STALLED, REVOKED].contains(&key.as_str()) => {
            respond(&mut stream, "200 OK", xml, &form_list(base, &key, &held));
        }
        ("GET", form) if std::path::Path::new(form).extension().is_some_and(|e| e == "xml") => {
            let submission = if key == ENCRYPTED {
                format!("<submission base64RsaPublicKey=\"{}\"/>", PUBLIC_KEY.trim())
            } else {
                String::new()
            };
            let form = format!(
                "<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:head><model>{submission}</model></h:head></h:html>"
            );
            respond(&mut stream, "200 OK", xml, &form);
        }
        ("POST", "submission") => submission(&mut stream, &mut held, &key, tries, &body, &boundary),
        (_, "formList" | "submission") => respond(&mut stream, "403 Forbidden", xml, NO_RIGHTS),
        _ => respond(
            &mut stream,
            "404 Not Found",
            "application/json",
            "{\"message\":\"Could not find the resource you were looking for.\",\"code\":404.1}",
        ),
    }
}

/// A submission, answered as Central answered each case.
fn submission(stream: &mut TcpStream, held: &mut Held, key: &str, tries: usize, body: &[u8], boundary: &str) {
    let xml = "text/xml; charset=utf-8";
    if key == REVOKED {
        let refused = open_rosa_error("Could not authenticate with the provided credentials.");
        return respond(stream, "401 Unauthorized", xml, &refused);
    }
    if !([KEY, FLAKY, DROPPED, KOBO, ENCRYPTED, STALLED].contains(&key)) {
        return respond(stream, "403 Forbidden", xml, NO_RIGHTS);
    }
    if key == FLAKY && tries == 0 {
        return respond(stream, "500 Internal Server Error", "application/json", "{}");
    }
    if key == DROPPED && tries == 0 {
        return; // read whole, never answered: the connection closes
    }
    let Some((_, _, instance)) = parts(body, boundary).into_iter().find(|(n, _, _)| n == "xml_submission_file") else {
        return respond(stream, "400 Bad Request", xml, &open_rosa_error("no xml_submission_file"));
    };
    let instance = String::from_utf8_lossy(&instance).into_owned();
    let id = element(&instance, "instanceID").unwrap_or_default();
    let deprecated = element(&instance, "deprecatedID");
    let root = format!(" {}", instance.split("<data ").nth(1).unwrap_or_default());
    let attribute = |name: &str| root.split(&format!(" {name}=\"")).nth(1).and_then(|v| v.split('"').next());
    let (form, version) = (attribute("id").unwrap_or_default(), attribute("version").unwrap_or_default());
    if !offered(key, held).iter().any(|(f, v)| f == form && version_for(key, v) == version) {
        return respond(
            stream,
            "404 Not Found",
            xml,
            &open_rosa_error("Could not find the form you were looking for."),
        );
    }
    let taken = if key == KOBO { "202 Accepted" } else { "201 Created" };
    if let Some(same) = held.kept.iter().find(|k| k.id == id) {
        let (status, answer) = if same.xml == instance {
            (taken, SUCCESS.to_owned())
        } else {
            ("409 Conflict", open_rosa_error(DIFFERENT_XML))
        };
        return respond(stream, status, xml, &answer);
    }
    if let Some(replaced) = &deprecated {
        let current = !held.kept.iter().any(|k| k.deprecated.as_ref() == Some(replaced));
        if !held.kept.iter().any(|k| k.id == *replaced) || !current {
            return respond(
                stream,
                "409 Conflict",
                xml,
                &open_rosa_error(&format!(
                    "You tried to update a submission, but the copy you were editing ({replaced}) is now out of date. Please get the new version that has been submitted, and make your edits again."
                )),
            );
        }
    }
    // Central keeps the files the instance names (a binary field, or an encrypted manifest's).
    let files = parts(body, boundary)
        .into_iter()
        .filter(|(n, _, _)| n != "xml_submission_file" && instance.contains(&format!(">{n}<")))
        .map(|(n, _, b)| (n, b))
        .collect();
    let at = submissions::stamp(held.kept.len());
    let kept = Kept { id, xml: instance, deprecated, form: form.to_owned(), files, submitter: submitter(key), at };
    held.kept.push(kept);
    respond(stream, taken, xml, SUCCESS);
}

impl Central {
    /// Starts the server on a free loopback port; it answers until the test ends.
    pub(crate) fn start() -> Central {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let base = format!("http://{}", listener.local_addr().expect("an address"));
        let held = Arc::new(Mutex::new(Held::default()));
        let (shared, served) = (Arc::clone(&held), base.clone());
        std::thread::spawn(move || {
            // A connection each, so one left without an answer holds up no other.
            for stream in listener.incoming().flatten() {
                let (shared, served) = (Arc::clone(&shared), served.clone());
                std::thread::spawn(move || serve(stream, &served, &shared));
            }
        });
        Central { base, held }
    }

    /// An app user's settings URL on this server.
    pub(crate) fn settings(&self, key: &str) -> String {
        format!("{}/v1/key/{key}/projects/1", self.base)
    }

    /// What the server was asked so far.
    pub(crate) fn asked(&self) -> Vec<Asked> {
        self.held.lock().expect("not poisoned").asked.clone()
    }

    /// The submissions it keeps.
    pub(crate) fn kept(&self) -> Vec<Kept> {
        self.held.lock().expect("not poisoned").kept.clone()
    }

    /// Another laptop sends a new version of the submission `id`: the server's current one is
    /// then no longer `id`.
    pub(crate) fn edited_elsewhere(&self, id: &str) {
        let mut held = self.held.lock().expect("not poisoned");
        let xml = held.kept.iter().find(|k| k.id == id).map(|k| k.xml.clone()).unwrap_or_default();
        let earlier = held.kept.iter().find(|k| k.id == id).cloned().unwrap_or_default();
        let xml = xml.replace(
            &format!("<instanceID>{id}</instanceID>"),
            "<instanceID>uuid:0193c1a2-0000-7000-8000-e15e0e1e0e1e</instanceID>",
        );
        let at = submissions::stamp(held.kept.len());
        held.kept.push(Kept {
            id: "uuid:0193c1a2-0000-7000-8000-e15e0e1e0e1e".into(),
            xml,
            deprecated: Some(id.to_owned()),
            // Sent from another laptop, without its file: the earlier version's copy stays.
            files: Vec::new(),
            submitter: staff::APP_USERS[1].0,
            at,
            ..earlier
        });
    }

    /// Gives `n` submission files more, then fails each later call for one (500); `usize::MAX`
    /// heals it.
    pub(crate) fn fail_after(&self, n: usize) {
        let mut held = self.held.lock().expect("not poisoned");
        held.files_given = 0;
        held.files_before_failing = (n != usize::MAX).then_some(n);
    }

    /// Plants a submission as if a laptop or a phone had sent it.
    pub(crate) fn plant(&self, kept: Kept) {
        self.held.lock().expect("not poisoned").kept.push(kept);
    }

    /// The forms staff published on it.
    pub(crate) fn published(&self) -> Vec<staff::Form> {
        self.held.lock().expect("not poisoned").published.clone()
    }
}

/// A loopback address where nothing listens (a dead server, or no network).
pub(crate) fn nobody() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = listener.local_addr().expect("an address");
    drop(listener);
    format!("http://{address}")
}

/// Runs the binary with its settings and data in `home`, in English, with no proxy.
pub(crate) fn waypost(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    waypost_env(home, args, &[])
}

/// [`waypost`], with these environment variables too (nothing else of the tester's: no proxy,
/// no staff password).
pub(crate) fn waypost_env(home: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    command(home, args, env).output().expect("the binary runs")
}

/// The command [`waypost_env`] runs, to be started and stopped by the test.
pub(crate) fn command(home: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_waypost"));
    command
        .args(args)
        .env("WAYPOST_CONFIG_DIR", home.join("config"))
        .env("WAYPOST_DATA_DIR", home.join("data"))
        .env("WAYPOST_LANG", "en")
        .env_remove("WAYPOST_CENTRAL_PASSWORD");
    for proxy in ["HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy"] {
        command.env_remove(proxy);
    }
    command.envs(env.iter().copied());
    command.stdin(std::process::Stdio::null());
    command
}

/// What a run printed, standard output then standard error.
pub(crate) fn said(out: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

impl Central {
    /// The parts of each submission posted so far, in order.
    pub(crate) fn posted_parts(&self) -> Vec<Vec<(String, String, Vec<u8>)>> {
        self.asked()
            .into_iter()
            .filter(|a| a.method == "POST")
            .map(|a| {
                let content_type = a.headers.iter().find(|(n, _)| n == "content-type").map(|(_, v)| v.clone());
                let boundary = content_type.as_deref().and_then(|v| v.split("boundary=").nth(1)).unwrap_or_default();
                parts(&a.body, boundary)
            })
            .collect()
    }
}
