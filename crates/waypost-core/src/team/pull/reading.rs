//! Reading one submission into a session: the session file it carries (as sent, or as the
//! `{"type":"Buffer"}` Central gives back), opened with the team's key when it is encrypted, or
//! its instance's answers when no file came with it.

use super::Pulling;
use super::export::Exports;
use super::listing::Submission;
use crate::interview::{Input, answer, complete};
use crate::questionnaire::Questionnaire;
use crate::session::{FORMAT, QuestionnaireRef, Session, Status, Subject, is_session_id, new_session_id};
use crate::team::staff::{Staff, StaffError};
use crate::tr;
use crate::xlsform::ATTACHMENT_FIELD;
use crate::xlsform::instance::ATTACHMENT_FILE;
use crate::xlsform::instance_read::{Element, answers, parse};

/// The bytes of a session file that Central hands back as `{"type":"Buffer","data":[…]}` (a
/// part it stored as JSON), or `None` when it is not that.
fn from_buffer(bytes: &[u8]) -> Option<Vec<u8>> {
    #[derive(serde::Deserialize)]
    struct Buffer {
        r#type: String,
        data: Vec<u8>,
    }
    let buffer: Buffer = serde_json::from_slice(bytes).ok()?;
    (buffer.r#type == "Buffer").then_some(buffer.data)
}

/// The session a submission's file holds (as sent, or in Central's Buffer form), when it is one
/// this waypost reads and answers the form's questionnaire (a file that claims another is not
/// believed: the instance is read).
fn session_file(bytes: &[u8], q: &Questionnaire) -> Option<Session> {
    let session: Session =
        serde_json::from_slice(bytes).ok().or_else(|| serde_json::from_slice(&from_buffer(bytes)?).ok())?;
    (session.format == FORMAT && is_session_id(&session.id) && session.questionnaire.id == q.id).then_some(session)
}

/// Whether an instance names the session file in its binary field.
fn names_session_file(element: &Element) -> bool {
    (element.name == ATTACHMENT_FIELD && element.text == ATTACHMENT_FILE)
        || element.children.iter().any(names_session_file)
}

/// A session made from an instance alone: its answers, taken as the interview takes them (a
/// value the questionnaire refuses is left out), completed when nothing required is missing.
fn from_instance(s: &Submission<'_>, root: &Element) -> Session {
    let q = s.q;
    let uuid = s.first.trim_start_matches("uuid:").to_owned();
    let id = new_session_id(s.at, &q.id, &uuid);
    let version = root.attribute("version").map(|v| v.split('[').next().unwrap_or(v).to_owned());
    let questionnaire =
        QuestionnaireRef { version: version.unwrap_or_else(|| q.version.clone()), ..QuestionnaireRef::of(q) };
    let mut session = Session::new(id, questionnaire, q.default_language().to_owned(), Subject::default(), s.at);
    session.uuid = Some(uuid);
    let reason = tr!("pull-from-instance-reason");
    for (id, value) in answers(q, root) {
        let _ = answer(q, &mut session, &id, Input::Value(value), Some(&reason), s.at, None);
    }
    if complete(q, &mut session, s.at).is_ok() {
        session.status = Status::Completed;
    }
    session
}

/// What came of one submission.
pub(super) enum Got {
    /// A session, made from the instance or not.
    Session(Box<Session>, bool),
    /// Encrypted, not read: why.
    Unread(String),
}

/// An encrypted submission without the team's key: its session file from the form's export
/// the server decrypts with the project's passphrase, or unread with the reason.
fn through_export(staff: &Staff, p: &Pulling<'_>, s: &Submission<'_>, exports: &Exports) -> Result<Got, StaffError> {
    if p.passphrase.is_none() {
        return Ok(Got::Unread(tr!("pull-encrypted-no-key")));
    }
    Ok(match exports.session_file(staff, p, &s.form, &s.current)? {
        Ok(Some(file)) => match session_file(&file, s.q) {
            Some(session) => Got::Session(Box::new(session), false),
            None => Got::Unread(tr!("pull-export-no-session")),
        },
        Ok(None) => Got::Unread(tr!("pull-export-no-session")),
        Err(why) => Got::Unread(why),
    })
}

/// Fetches one submission's session.
pub(super) fn fetch(
    staff: &Staff,
    p: &Pulling<'_>,
    s: &Submission<'_>,
    exports: &Exports,
) -> Result<Result<Got, String>, StaffError> {
    let base = format!("projects/{}/forms/{}/submissions/{}", p.project, s.form, s.first);
    let (status, xml) = staff.get_bytes(&format!("{base}.xml"))?;
    if status != 200 {
        return Ok(Err(tr!("pull-no-instance", status = status)));
    }
    let Some(root) = parse(&xml) else { return Ok(Err(tr!("pull-not-an-instance"))) };
    let attachment = |name: &str| -> Result<Option<Vec<u8>>, StaffError> {
        let (status, bytes) = staff.get_bytes(&format!("{base}/attachments/{name}"))?;
        Ok((status == 200).then_some(bytes))
    };
    if root.attribute("encrypted") == Some("yes") {
        let Some(key) = p.key else { return Ok(Ok(through_export(staff, p, s, exports)?)) };
        let wrapped = root.child("base64EncryptedKey").map(|e| e.text.clone()).unwrap_or_default();
        let mut names: Vec<String> = root
            .children
            .iter()
            .filter(|c| c.name == "media")
            .filter_map(|m| m.child("file").map(|f| f.text.clone()))
            .collect();
        names.push(root.child("encryptedXmlFile").map_or_else(|| "submission.xml.enc".to_owned(), |e| e.text.clone()));
        let mut files = Vec::new();
        for name in &names {
            match attachment(name)? {
                Some(bytes) => files.push(bytes),
                None => return Ok(Err(tr!("pull-file-missing", file = crate::text::line(name).into_owned()))),
            }
        }
        let refs: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
        let opened = match crate::team::seal::unseal(key, &wrapped, &s.current, &refs) {
            Ok(opened) => opened,
            Err(e) => return Ok(Ok(Got::Unread(e.to_string()))),
        };
        let session_at = names.iter().position(|n| *n == format!("{ATTACHMENT_FILE}.enc"));
        if let Some(session) = session_at.and_then(|at| session_file(&opened[at], s.q)) {
            return Ok(Ok(Got::Session(Box::new(session), false)));
        }
        let xml = opened.last().map(Vec::as_slice).unwrap_or_default();
        let Some(root) = parse(xml) else { return Ok(Err(tr!("pull-not-an-instance"))) };
        return Ok(Ok(Got::Session(Box::new(from_instance(s, &root)), true)));
    }
    if names_session_file(&root)
        && let Some(session) = attachment(ATTACHMENT_FILE)?.as_deref().and_then(|b| session_file(b, s.q))
    {
        return Ok(Ok(Got::Session(Box::new(session), false)));
    }
    Ok(Ok(Got::Session(Box::new(from_instance(s, &root)), true)))
}
