//! What waypost says to ODK Central and what it makes of the answers (the OpenRosa API): over
//! rustls (no OpenSSL to install), through `HTTPS_PROXY`/`NO_PROXY` when set, within a time
//! limit, and every failure said in words. Called by commands, never by the interview.

use std::fmt;
use std::time::Duration;

use quick_xml::events::Event;

use super::Team;
use crate::text::line;
use crate::tr;

/// The most a server's answer may hold (a form list is a few KB; a form, some hundred).
const MAX_ANSWER: u64 = 64 << 20;

/// A form the server offers the app user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offered {
    /// The form's id (`learning_review`).
    pub id: String,
    /// Its version.
    pub version: String,
}

/// Why the server was not reached, or did not answer as ODK Central does.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unreached {
    /// No answer within the time limit.
    Timeout,
    /// No network, or no server at that address.
    NoNetwork(String),
    /// The server's certificate was not accepted.
    Certificate(String),
    /// The secure connection failed otherwise (the server speaks no TLS there, say).
    Secure(String),
    /// Something answered, but not ODK Central: a web page (a captive portal, a wrong address).
    NotCentral,
    /// The server failed (5xx) or answered what waypost does not expect.
    Server(u16),
}

impl fmt::Display for Unreached {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Unreached::Timeout => tr!("central-timeout"),
            Unreached::NoNetwork(why) => tr!("central-no-network", reason = line(why).into_owned()),
            Unreached::Certificate(why) => tr!("central-certificate", reason = line(why).into_owned()),
            Unreached::Secure(why) => tr!("central-secure", reason = line(why).into_owned()),
            Unreached::NotCentral => tr!("central-not-central"),
            Unreached::Server(status) => tr!("central-server", status = *status),
        };
        f.write_str(&text)
    }
}

/// What the server made of the app user's key.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormList {
    /// The forms it offers this app user (none until staff give it one).
    Forms(Vec<Offered>),
    /// The key is refused: unknown, or taken back.
    Refused {
        /// The HTTP status (401 or 403).
        status: u16,
        /// The server's own words.
        message: String,
    },
    /// The server was not reached.
    Unreached(Unreached),
}

/// The client every call uses: a time limit, answers of every status read (not errors), and
/// proxies from the environment (ureq's default). One for the whole run, so a pull of a thousand
/// submissions reuses its connections and its TLS setup.
pub(super) fn agent() -> ureq::Agent {
    static AGENT: std::sync::OnceLock<ureq::Agent> = std::sync::OnceLock::new();
    AGENT
        .get_or_init(|| {
            ureq::Agent::config_builder()
                .timeout_connect(Some(Duration::from_secs(10)))
                .timeout_global(Some(Duration::from_secs(30)))
                .http_status_as_error(false)
                .user_agent(format!("waypost/{}", env!("CARGO_PKG_VERSION")))
                .build()
                .into()
        })
        .clone()
}

/// What the TLS library refused, wherever ureq carries it (its own variant, or inside an I/O
/// error when the handshake ran on the first read or write).
fn tls_refusal(error: &ureq::Error) -> Option<&rustls::Error> {
    match error {
        ureq::Error::Rustls(e) => Some(e),
        ureq::Error::Io(e) => e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()),
        _ => None,
    }
}

/// Why a certificate was refused, in words for the common cases.
fn certificate(refused: &rustls::Error) -> Unreached {
    use rustls::CertificateError as Why;
    let rustls::Error::InvalidCertificate(why) = refused else {
        return Unreached::Secure(refused.to_string());
    };
    let said = match why {
        Why::UnknownIssuer | Why::BadSignature => tr!("central-cert-unknown-issuer"),
        Why::Expired | Why::ExpiredContext { .. } => tr!("central-cert-expired"),
        Why::NotValidYet | Why::NotValidYetContext { .. } => tr!("central-cert-not-yet"),
        Why::NotValidForName | Why::NotValidForNameContext { .. } => tr!("central-cert-other-name"),
        Why::Revoked => tr!("central-cert-revoked"),
        other => format!("{other:?}"),
    };
    Unreached::Certificate(said)
}

/// A failed call in words.
fn unreached(error: &ureq::Error) -> Unreached {
    if let Some(refused) = tls_refusal(error) {
        return certificate(refused);
    }
    match error {
        ureq::Error::Timeout(_) => Unreached::Timeout,
        ureq::Error::Tls(_) => Unreached::Secure(error.to_string()),
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => Unreached::Timeout,
        // The usual ways, in the interface's words; anything rarer as the system says it.
        ureq::Error::HostNotFound => Unreached::NoNetwork(tr!("central-why-no-host")),
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            Unreached::NoNetwork(tr!("central-why-refused"))
        }
        ureq::Error::Io(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::ConnectionReset
                    | std::io::ErrorKind::ConnectionAborted
                    | std::io::ErrorKind::UnexpectedEof
                    | std::io::ErrorKind::BrokenPipe
            ) =>
        {
            Unreached::NoNetwork(tr!("central-why-dropped"))
        }
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::NetworkUnreachable => {
            Unreached::NoNetwork(tr!("central-why-no-host"))
        }
        other => Unreached::NoNetwork(other.to_string()),
    }
}

/// An element's text, its entities read.
fn text(raw: &str) -> Option<String> {
    quick_xml::escape::unescape(raw).ok().map(|t| t.trim().to_owned())
}

/// The `<message>` of an OpenRosa answer, or the `message` of a JSON one.
pub(super) fn message(body: &str) -> String {
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(body)
        && let Some(m) = json.get("message").and_then(|m| m.as_str())
    {
        return m.to_owned();
    }
    let mut reader = quick_xml::Reader::from_str(body);
    let mut inside = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "message" => inside = true,
            Ok(Event::Text(t)) if inside => return text(&t).unwrap_or_default(),
            Ok(Event::Eof) | Err(_) => return String::new(),
            _ => {}
        }
    }
}

/// The forms of an OpenRosa form list, or `None` when the body is not one.
fn offered(body: &str) -> Option<Vec<Offered>> {
    let mut reader = quick_xml::Reader::from_str(body);
    let (mut forms, mut list, mut field, mut current) = (Vec::new(), false, None::<String>, None::<Offered>);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_owned();
                match name.as_str() {
                    "xforms" => list = true,
                    "xform" => current = Some(Offered { id: String::new(), version: String::new() }),
                    _ => field = Some(name),
                }
            }
            Event::Text(t) => {
                if let (Some(form), Some(field)) = (current.as_mut(), field.as_deref()) {
                    let text = text(&t)?;
                    match field {
                        "formID" => form.id = text,
                        "version" => form.version = text,
                        _ => {}
                    }
                }
            }
            Event::End(e) => {
                if e.local_name().as_ref() == "xform" {
                    forms.extend(current.take());
                }
                field = None;
            }
            Event::Eof => return list.then_some(forms),
            _ => {}
        }
    }
}

/// A server's answer: its status, whether it is a web page, and its body.
pub(super) struct Answer {
    /// The HTTP status.
    pub(super) status: u16,
    /// Whether it is a web page (a captive portal, a login page), not the API's answer.
    pub(super) html: bool,
    /// The body.
    pub(super) body: String,
}

/// Reads an answer (of any status) within the size limit.
pub(super) fn answer(called: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<Answer, Unreached> {
    let (status, html, body) = bytes(called)?;
    Ok(Answer { status, html, body: String::from_utf8_lossy(&body).into_owned() })
}

/// Reads an answer's status, whether it is a web page, and its bytes (an attachment may be
/// binary), within the size limit.
pub(super) fn bytes(
    called: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<(u16, bool, Vec<u8>), Unreached> {
    let mut response = called.map_err(|e| unreached(&e))?;
    let status = response.status().as_u16();
    let html = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.to_ascii_lowercase().contains("html"));
    let body = response.body_mut().with_config().limit(MAX_ANSWER).read_to_vec().map_err(|e| unreached(&e))?;
    Ok((status, html, body))
}

/// Asks the server which forms it offers this laptop's app user (`formList`): the check that
/// the key works.
pub fn form_list(team: &Team) -> FormList {
    let called = agent().get(team.key_url("formList")).header("X-OpenRosa-Version", "1.0").call();
    let Answer { status, html, body } = match answer(called) {
        Ok(answer) => answer,
        Err(why) => return FormList::Unreached(why),
    };
    match status {
        200 if !html => offered(&body).map_or(FormList::Unreached(Unreached::NotCentral), FormList::Forms),
        200..=399 => FormList::Unreached(Unreached::NotCentral),
        401 | 403 => FormList::Refused { status, message: message(&body) },
        other => FormList::Unreached(Unreached::Server(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_list_and_an_openrosa_refusal_read_as_central_writes_them() {
        let list = r#"<?xml version="1.0" encoding="UTF-8"?>
  <xforms xmlns="http://openrosa.org/xforms/xformsList">
    <xform>
      <formID>waypost_selfassess</formID>
      <name>Waypost self-assessment</name>
      <version>2026120601</version>
      <hash>md5:849cf3588ad6cc9ce5a0edeb74a93be9</hash>
      <downloadUrl>http://localhost:8989/v1/key/T/projects/1/forms/waypost_selfassess.xml</downloadUrl>
    </xform>
  </xforms>"#;
        let forms = offered(list).unwrap();
        assert_eq!(forms, vec![Offered { id: "waypost_selfassess".into(), version: "2026120601".into() }]);
        let empty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n  <xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n  </xforms>";
        assert_eq!(offered(empty), Some(vec![]));
        assert_eq!(offered("<html><body>Log in to the Wi-Fi</body></html>"), None);
        let refused = "\n  <OpenRosaResponse xmlns=\"http://openrosa.org/http/response\" items=\"0\">\n    <message nature=\"error\">The authentication you provided does not have rights to perform that action.</message>\n  </OpenRosaResponse>";
        assert_eq!(message(refused), "The authentication you provided does not have rights to perform that action.");
        let json = r#"{"message":"Could not authenticate with the provided credentials.","code":401.2}"#;
        assert_eq!(message(json), "Could not authenticate with the provided credentials.");
    }
}

/// What the server made of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Submitted {
    /// Taken (201, or KoboToolbox's 202; also a retry of bytes it already has).
    Taken,
    /// 409: the same instance with other bytes, or a version that is no longer the current one.
    Conflict(String),
    /// 404: the server does not know the form at this version.
    UnknownVersion(String),
    /// 401 or 403: the key is refused, or the form is not given to this app user.
    Refused(String),
    /// Another answer: 400 and the like.
    Rejected(u16, String),
    /// Not reached.
    Unreached(Unreached),
}

/// Posts a built submission (a multipart body with the instance as `xml_submission_file`),
/// exactly these bytes, as OpenRosa asks.
pub fn submit(team: &Team, body: &[u8], boundary: &str) -> Submitted {
    let called = agent()
        .post(team.key_url("submission"))
        .header("X-OpenRosa-Version", "1.0")
        .header("Content-Type", format!("multipart/form-data; boundary={boundary}"))
        .send(body);
    let Answer { status, html, body } = match answer(called) {
        Ok(answer) => answer,
        Err(why) => return Submitted::Unreached(why),
    };
    match status {
        _ if html => Submitted::Unreached(Unreached::NotCentral),
        201 | 202 => Submitted::Taken,
        409 => Submitted::Conflict(message(&body)),
        404 => Submitted::UnknownVersion(message(&body)),
        401 | 403 => Submitted::Refused(message(&body)),
        500..=599 => Submitted::Unreached(Unreached::Server(status)),
        other => Submitted::Rejected(other, message(&body)),
    }
}

/// Downloads a form the server offers (as its `downloadUrl` in the form list names it) and
/// gives its public key (`base64RsaPublicKey`) when it is encrypted: a submission to it must
/// never be sent in plaintext.
pub fn form_key(team: &Team, form: &str) -> Result<Option<String>, Unreached> {
    let called = agent().get(team.key_url(&format!("forms/{form}.xml"))).header("X-OpenRosa-Version", "1.0").call();
    let Answer { status, html, body } = answer(called)?;
    if html {
        return Err(Unreached::NotCentral);
    }
    if status != 200 {
        return Err(Unreached::Server(status));
    }
    let mut reader = quick_xml::Reader::from_str(&body);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "submission" => {
                let key = e.attributes().flatten().find(|a| a.key.local_name().as_ref() == "base64RsaPublicKey");
                return Ok(key.map(|a| a.value.into_owned()));
            }
            Ok(Event::Eof) => return Ok(None),
            Err(_) => return Err(Unreached::NotCentral),
            _ => {}
        }
    }
}
