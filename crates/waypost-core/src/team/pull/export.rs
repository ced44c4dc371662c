//! Encrypted submissions read through the server with the project's passphrase (Central's
//! managed encryption: the server keeps the project's private key, locked by the passphrase).
//! Central decrypts only into its export, a zip of the form's table and every submission's
//! files, so each form with encrypted submissions is exported once: the table ties each session
//! file (named by its session id in `instanceName`) to its submission's current instance id. The
//! passphrase goes to the server in the request's body and is kept nowhere.

use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, Mutex};

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;

use super::Pulling;
use crate::team::staff::{Staff, StaffError};
use crate::tr;
use crate::xlsform::instance::ATTACHMENT_FILE;

/// The most a session file in an export may hold (a zip entry could claim gigabytes).
const MAX_FILE: u64 = 16 << 20;

/// A form's export opened: the session file of each submission by its current instance id,
/// or why the export could not be read.
pub(super) type Opened = Arc<Result<HashMap<String, Vec<u8>>, String>>;

/// The exports of the forms asked for so far in one pull; each form's is asked for once,
/// by the first worker that needs it (the others wait for it).
#[derive(Default)]
pub(super) struct Exports {
    forms: Mutex<HashMap<String, Opened>>,
}

impl Exports {
    /// The session file of the submission of `form` whose current version is `instance`, from
    /// the form's decrypted export (`p`'s passphrase): `Ok(None)` without one or when the export holds no
    /// session file for it (a form filled on a phone), `Err` with the reason when the export
    /// could not be had.
    pub(super) fn session_file(
        &self,
        staff: &Staff,
        p: &Pulling<'_>,
        form: &str,
        instance: &str,
    ) -> Result<Result<Option<Vec<u8>>, String>, StaffError> {
        let Some(passphrase) = p.passphrase else { return Ok(Ok(None)) };
        let mut forms = self.forms.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let opened = match forms.get(form) {
            Some(opened) => Arc::clone(opened),
            None => {
                let opened = Arc::new(export(staff, p.project, form, passphrase)?);
                forms.insert(form.to_owned(), Arc::clone(&opened));
                opened
            }
        };
        drop(forms);
        Ok(match opened.as_ref() {
            Ok(files) => Ok(files.get(instance).cloned()),
            Err(why) => Err(why.clone()),
        })
    }
}

/// Asks the server for a form's export decrypted with the passphrase and reads it.
fn export(
    staff: &Staff,
    project: u64,
    form: &str,
    passphrase: &str,
) -> Result<Result<HashMap<String, Vec<u8>>, String>, StaffError> {
    // The form's id is waypost's own (`form_id`), letters, digits and `_`, as every other
    // path of the pull takes it.
    let base = format!("projects/{project}/forms/{form}/submissions");
    let (status, keys) = staff.get_bytes(&format!("{base}/keys"))?;
    if status != 200 {
        return Ok(Err(tr!("pull-no-keys", status = status)));
    }
    // Only a key the server manages opens with a passphrase; the team's own key is a file.
    let managed: Vec<u64> = serde_json::from_slice::<Value>(&keys)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter(|k| k.get("managed").and_then(Value::as_bool) == Some(true))
        .filter_map(|k| k.get("id").and_then(Value::as_u64))
        .collect();
    if managed.is_empty() {
        return Ok(Err(tr!("pull-not-managed")));
    }
    let body: Vec<String> =
        managed.iter().map(|id| format!("{id}={}", utf8_percent_encode(passphrase, NON_ALPHANUMERIC))).collect();
    let body = body.join("&");
    let (status, html, bytes) =
        staff.send("POST", &format!("{base}.csv.zip"), Some(("application/x-www-form-urlencoded", body.as_bytes())))?;
    match status {
        200 if !html => Ok(read_zip(&bytes, form).ok_or_else(|| tr!("pull-export-unreadable"))),
        // Central's "Could not perform decryption" (400.12): the passphrase.
        400 if problem_code(&bytes) == Some(400.12) => Ok(Err(tr!("pull-wrong-passphrase"))),
        status => Ok(Err(tr!("pull-no-export", status = status))),
    }
}

/// The code of a problem Central answers with (`{"code": 400.12, …}`).
fn problem_code(body: &[u8]) -> Option<f64> {
    serde_json::from_slice::<Value>(body).ok()?.get("code")?.as_f64()
}

/// The session files of an export by their submission's current instance id: the form's table
/// (`FORM.csv`) gives each submission's `KEY` and `instanceName` (the session's id), and each
/// `media/waypost-session.json` names its session inside. `None` when it is no such zip.
fn read_zip(bytes: &[u8], form: &str) -> Option<HashMap<String, Vec<u8>>> {
    // Central puts every submission's file at `media/NAME`, so an export holds as many
    // `media/waypost-session.json` as sessions: the iterable reader keeps entries of the same
    // name, which `ZipArchive` (an index by name) would fold into one.
    let reader = std::io::Cursor::new(bytes);
    let mut zip = zip::unstable::read::ZipIterable::try_new(reader, zip::read::Config::default()).ok()?;
    let mut entries = zip.files_with_cloned_reader(zip::ZipReadOptions::default()).ok()?;
    let table = format!("{form}.csv");
    let media = format!("media/{ATTACHMENT_FILE}");
    let mut keys: HashMap<String, String> = HashMap::new();
    let mut files: Vec<Vec<u8>> = Vec::new();
    while let Some(entry) = entries.next() {
        let entry = entry.ok()?;
        let Ok(name) = entry.name().map(std::borrow::Cow::into_owned) else { continue };
        if name != table && name != media {
            continue;
        }
        let mut content = Vec::new();
        entry.take(MAX_FILE + 1).read_to_end(&mut content).ok()?;
        if content.len() as u64 > MAX_FILE {
            continue;
        }
        if name == table {
            keys = instance_ids(&content)?;
        } else {
            files.push(content);
        }
    }
    let mut by_instance = HashMap::new();
    for file in files {
        let id = serde_json::from_slice::<Value>(&file).ok().and_then(|v| v.get("id")?.as_str().map(str::to_owned));
        if let Some(instance) = id.and_then(|id| keys.get(&id)) {
            by_instance.insert(instance.clone(), file);
        }
    }
    Some(by_instance)
}

/// From an export's table: each submission's instance id (`KEY`) by its session id (the
/// column `meta-instanceName`).
fn instance_ids(table: &[u8]) -> Option<HashMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(table);
    let headers = reader.headers().ok()?.clone();
    let key = headers.iter().position(|h| h == "KEY")?;
    let name = headers.iter().position(|h| h == "instanceName" || h.ends_with("-instanceName"))?;
    let mut ids = HashMap::new();
    for record in reader.records().map_while(Result::ok) {
        if let (Some(k), Some(n)) = (record.get(key), record.get(name))
            && !n.is_empty()
        {
            ids.insert(n.to_owned(), k.to_owned());
        }
    }
    Some(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::zip_of;

    #[test]
    fn each_session_file_of_an_export_is_tied_to_its_submission_by_the_table() {
        let table = b"SubmissionDate,company,meta-instanceID,meta-instanceName,KEY\n\
            2026-12-01,Acme,uuid:b2,20261201-0900-x-aaaa,uuid:b2\n\
            2026-12-02,Beta,uuid:c1,20261202-0900-x-bbbb,uuid:c1\n\
            2026-12-03,Gamma,uuid:d1,,uuid:d1\n";
        let a = br#"{"id": "20261201-0900-x-aaaa"}"#;
        let b = br#"{"id": "20261202-0900-x-bbbb"}"#;
        let stranger = br#"{"id": "20261203-0900-x-cccc"}"#;
        let bytes = zip_of(&[
            ("x.csv", table),
            ("media/waypost-session.json", b),
            ("media/waypost-session.json", a),
            ("media/waypost-session.json", stranger),
            ("media/photo.jpg", b"jpeg"),
        ]);
        let files = read_zip(&bytes, "x").expect("an export");
        assert_eq!(files.len(), 2, "a file no row names is left out: {:?}", files.keys());
        assert_eq!(files["uuid:b2"], a);
        assert_eq!(files["uuid:c1"], b);
        assert!(read_zip(b"not a zip", "x").is_none());
        assert!(read_zip(&zip_of(&[("other.csv", table)]), "x").is_some_and(|f| f.is_empty()));
    }

    #[test]
    fn a_problem_s_code_is_read() {
        assert_eq!(problem_code(br#"{"code":400.12,"message":"Could not perform decryption."}"#), Some(400.12));
        assert_eq!(problem_code(b"<html>"), None);
    }
}
