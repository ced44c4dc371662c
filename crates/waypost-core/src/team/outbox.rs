//! The outbox: each submission built once, kept beside the sessions (`<data>/outbox/`) until the
//! server took it, and sent as exactly those bytes on every try. A session changed after it was
//! sent goes again as a new instance naming the one it replaces (`deprecatedID`).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::seal::{BadKey, seal};
use crate::questionnaire::Questionnaire;
use crate::session::{Session, Status, Timestamp, new_session_uuid};
use crate::store::folder::{Folder, Replace};
use crate::store::rows::Row;
use crate::xlsform::instance::{ATTACHMENT_FILE, Meta, instance};

/// The largest outbox file read: a session's limit, and some.
const MAX_BYTES: u64 = 300 * 1024 * 1024;

/// One submission of a session, as built.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Built {
    /// Its instance id, `uuid:…`.
    pub instance_id: String,
    /// The instance it replaces on the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated_id: Option<String>,
    /// The session's `updated_at` it was built from.
    pub from: Timestamp,
    /// The multipart boundary in its bytes.
    pub boundary: String,
    /// When the server took it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<Timestamp>,
    /// Why the last try failed, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
    /// Whether its bytes are encrypted (with the form's public key).
    #[serde(default)]
    pub encrypted: bool,
}

impl Built {
    /// The file of its bytes in the outbox.
    fn file(&self) -> String {
        format!("{}.submission", self.instance_id.trim_start_matches("uuid:"))
    }
}

/// Every submission of one session, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The submissions.
    pub versions: Vec<Built>,
}

/// Where a session stands with the team's server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Nothing built yet, or changed since it was sent: waiting to be sent.
    Waiting,
    /// The server took it as it is now.
    Sent(Timestamp),
    /// The last try failed.
    Failed(String),
}

fn record_file(session: &str) -> String {
    format!("{session}.json")
}

fn read(folder: &Folder, name: &str) -> std::io::Result<Option<Vec<u8>>> {
    folder.vet(name)?;
    match crate::safe_read::read_regular(&folder.path().join(name), MAX_BYTES) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The outbox record of a session (empty when none); one that cannot be read is an error.
pub fn record(folder: &Folder, session: &str) -> std::io::Result<Record> {
    match read(folder, &record_file(session))? {
        Some(bytes) => serde_json::from_slice(&bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string())),
        None => Ok(Record::default()),
    }
}

/// Keeps a session's record.
pub fn keep(folder: &Folder, session: &str, record: &Record) -> std::io::Result<()> {
    let bytes = serde_json::to_vec_pretty(record).unwrap_or_default();
    folder.write(&record_file(session), &bytes, Replace::Rename, None)
}

/// Where a session last changed at `updated_at` stands, by its record.
pub fn standing(record: &Record, updated_at: Timestamp) -> Standing {
    match record.versions.last() {
        Some(Built { sent_at: Some(at), from, .. }) if *from == updated_at => Standing::Sent(*at),
        Some(Built { sent_at: None, failed: Some(why), .. }) => Standing::Failed(why.clone()),
        _ => Standing::Waiting,
    }
}

/// Where each listed session stands with the team's server: as its record says, and a finished
/// one of this laptop's without a record waiting (a pulled one is the server's already). A record that cannot be read says so as its failure.
pub fn standings(folder: &Folder, rows: &[Row]) -> std::io::Result<HashMap<String, Standing>> {
    // One look at the folder, then only the records there are.
    let mut recorded = HashSet::new();
    for entry in std::fs::read_dir(folder.path())? {
        if let Some(session) = entry?.file_name().to_str().and_then(|n| n.strip_suffix(".json")) {
            recorded.insert(session.to_owned());
        }
    }
    let mut out = HashMap::new();
    for row in rows {
        let standing = if recorded.contains(&row.id) {
            match record(folder, &row.id) {
                Ok(record) => standing(&record, row.updated_at),
                Err(e) => Standing::Failed(e.to_string()),
            }
        } else if row.status == Status::Completed && row.from_team.is_none() {
            Standing::Waiting
        } else {
            continue;
        };
        out.insert(row.id.clone(), standing);
    }
    Ok(out)
}

/// One part of a multipart body.
fn part(out: &mut Vec<u8>, boundary: &str, (name, kind): (&str, &str), bytes: &[u8]) {
    out.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{}\"\r\nContent-Type: {kind}\r\n\r\n", if name == "xml_submission_file" { "submission.xml" } else { name })
            .as_bytes(),
    );
    out.extend_from_slice(bytes);
    out.extend_from_slice(b"\r\n");
}

/// The multipart body of a submission: the instance (or, encrypted, the manifest), then its
/// files. A file goes as octet-stream: Central hands a part stored as JSON back as a Buffer.
fn body(boundary: &str, xml: &[u8], files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(xml.len() + files.iter().map(|(_, b)| b.len()).sum::<usize>() + 1024);
    part(&mut out, boundary, ("xml_submission_file", "text/xml"), xml);
    for (name, bytes) in files {
        part(&mut out, boundary, (name, "application/octet-stream"), bytes);
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    out
}

/// The form a submission goes to: its version on the server, and its public key when it is
/// encrypted.
pub struct Form<'k> {
    /// The version the server has.
    pub version: String,
    /// The public key, for an encrypted form.
    pub key: Option<&'k rsa::RsaPublicKey>,
}

/// The submission to send for a session now, with its bytes: the one built before and not yet
/// taken (the same bytes), or a new one when the session was never sent or changed since. None
/// when the server already has the session as it is.
///
/// A version built in plaintext and never sent is built again, encrypted, when the form now
/// carries a key: nothing goes in plaintext to an encrypted form.
pub fn next(
    folder: &Folder,
    q: &Questionnaire,
    session: &Session,
    form: &Form<'_>,
    now: Timestamp,
) -> Result<Option<(Built, Vec<u8>)>, SendError> {
    let mut record = record(folder, &session.id)?;
    if let Some(last) = record.versions.last().filter(|b| b.sent_at.is_none() && b.encrypted == form.key.is_some())
        && let Some(bytes) = read(folder, &last.file())?
    {
        return Ok(Some((last.clone(), bytes)));
    }
    if matches!(standing(&record, session.updated_at), Standing::Sent(_)) {
        return Ok(None);
    }
    // A version never sent whose bytes are missing (a crash between the record and the bytes)
    // is built again: nothing of it reached the server.
    let replaces = record.versions.iter().rev().find(|b| b.sent_at.is_some()).map(|b| b.instance_id.clone());
    record.versions.retain(|b| b.sent_at.is_some());
    let uuid = new_session_uuid(now);
    let built = Built {
        instance_id: format!("uuid:{uuid}"),
        deprecated_id: replaces,
        from: session.updated_at,
        boundary: format!("waypost-{}", uuid.replace('-', "")),
        sent_at: None,
        failed: None,
        encrypted: form.key.is_some(),
    };
    let meta = Meta {
        instance_id: built.instance_id.clone(),
        deprecated_id: built.deprecated_id.clone(),
        name: session.id.clone(),
        version: form.version.clone(),
    };
    let xml = instance(q, session, &meta);
    let json = serde_json::to_vec(session).unwrap_or_default();
    let bytes = match form.key {
        None => body(&built.boundary, &xml, &[(ATTACHMENT_FILE.to_owned(), json)]),
        Some(key) => {
            let form_id = crate::xlsform::form_id(q);
            let sealed = seal(key, (&form_id, &form.version), &built.instance_id, &[(ATTACHMENT_FILE, &json)], &xml)?;
            body(&built.boundary, &sealed.manifest, &sealed.files)
        }
    };
    // The record first: a crash after it leaves a version without bytes, built again next time.
    record.versions.push(built.clone());
    keep(folder, &session.id, &record)?;
    folder.write(&built.file(), &bytes, Replace::Never, None)?;
    Ok(Some((built, bytes)))
}

/// Why a submission could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SendError {
    /// The outbox could not be read or written.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The form's key cannot be used.
    #[error(transparent)]
    Key(#[from] BadKey),
}

/// Notes the outcome of a try in the session's record.
pub fn settle(
    folder: &Folder,
    session: &str,
    built: &Built,
    outcome: Result<Timestamp, String>,
) -> std::io::Result<()> {
    let mut record = record(folder, session)?;
    if let Some(version) = record.versions.iter_mut().find(|b| b.instance_id == built.instance_id) {
        match outcome {
            Ok(at) => {
                version.sent_at = Some(at);
                version.failed = None;
            }
            Err(why) => version.failed = Some(why),
        }
    }
    keep(folder, session, &record)
}
