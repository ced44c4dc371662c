//! Helpers every test of waypost shares: a fixed clock, the format's example questionnaire, the
//! built-ins, sessions for an organisation, answers given at once. Only with the `testing`
//! feature, which tests enable and the release binary does not have.

#![allow(clippy::expect_used, reason = "test helpers: a failure is the test's report")]

use serde_json::Value;

use crate::interview::{Input, answer};
use crate::questionnaire::{Catalog, Questionnaire, parse};
use crate::session::{QuestionnaireRef, Session, Subject, Timestamp};

thread_local! {
    /// The last UUID counted on this thread, once a test asked for counted UUIDs.
    static COUNTED: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Makes the UUIDs (and so the ids) of sessions started on this thread count up from 1 in
/// place of their random part, so a test's screens and transcripts are the same on every run.
pub fn count_uuids() {
    COUNTED.with(|c| c.set(Some(0)));
}

/// The next counted UUID's number, when this thread counts them.
pub(crate) fn next_counted_uuid() -> Option<u64> {
    COUNTED.with(|c| {
        let n = c.get()? + 1;
        c.set(Some(n));
        Some(n)
    })
}

/// A time from its RFC 3339 text.
pub fn at(rfc3339: &str) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(rfc3339).expect("a valid RFC 3339 time")
}

/// The tests' fixed "now": 28 November 2026, 09:30 in Central Europe.
pub fn now() -> Timestamp {
    at("2026-11-28T09:30:00+01:00")
}

/// The example questionnaire of the format's documentation (`tests/fixtures/example.json`).
pub fn example() -> Questionnaire {
    let parsed = parse(include_bytes!("../../../tests/fixtures/example.json"));
    parsed.usable().expect("the example is valid").clone()
}

/// A built-in questionnaire.
pub fn built_in(id: &str) -> Questionnaire {
    Catalog::load(&[]).get(id).map(|e| e.questionnaire.clone()).expect("a built-in questionnaire")
}

/// A new session of a questionnaire for an organisation, started [`now`].
pub fn session(q: &Questionnaire, id: &str, organisation: &str) -> Session {
    let subject = Subject { organisation: organisation.into(), facilitator: "Ana".into(), ..Subject::default() };
    Session::new(id.into(), QuestionnaireRef::of(q), "en".into(), subject, now())
}

/// Answers questions at once, with a reason for any warning; panics naming a refused one.
pub fn give(q: &Questionnaire, s: &mut Session, answers: &[(&str, Value)]) {
    for (id, v) in answers {
        if let Err(e) = answer(q, s, id, Input::Value(v.clone()), Some("checked"), now(), None) {
            panic!("{id}: {e}");
        }
    }
}

/// Opens an encrypted submission from its manifest and files with a private key (PEM), as
/// `waypost pull` does; returns each file's bytes. (That sealing matches what a server opens was
/// checked against ODK Central's own export, whose key wrapping and IVs the specification sets.)
pub fn unseal(private_pem: &str, manifest: &str, files: &[(String, Vec<u8>)], instance: &str) -> Vec<Vec<u8>> {
    let private = crate::team::seal::private_key_from_pem(private_pem).expect("a private key");
    let start = manifest.find("<base64EncryptedKey>").expect("a wrapped key") + "<base64EncryptedKey>".len();
    let end = manifest.find("</base64EncryptedKey>").expect("a wrapped key");
    let bytes: Vec<&[u8]> = files.iter().map(|(_, b)| b.as_slice()).collect();
    crate::team::seal::unseal(&private, &manifest[start..end], instance, &bytes).expect("the files open")
}

/// A zip of `entries`; names may repeat, as in Central's exports. The writer refuses a name
/// twice, so the `k`th repeat is written with its last two characters made `k` (`…js01`, up to
/// 99 repeats; the same length) and renamed back in the finished bytes.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let stand_in = |name: &str, repeat: usize| format!("{}{repeat:02}", &name[..name.len() - 2]);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut seen: Vec<&str> = Vec::new();
    for (name, bytes) in entries {
        let repeat = seen.iter().filter(|n| *n == name).count();
        seen.push(name);
        let written = if repeat == 0 { (*name).to_owned() } else { stand_in(name, repeat) };
        zip.start_file(written, zip::write::SimpleFileOptions::default()).expect("a zip entry");
        zip.write_all(bytes).expect("written");
    }
    let mut bytes = zip.finish().expect("a zip").into_inner();
    for (at, name) in seen.iter().enumerate() {
        let repeat = seen[..at].iter().filter(|n| *n == name).count();
        if repeat > 0 {
            replace_all(&mut bytes, stand_in(name, repeat).as_bytes(), name.as_bytes());
        }
    }
    bytes
}

/// Every `from` in `hay` made `to` (of the same length).
fn replace_all(hay: &mut [u8], from: &[u8], to: &[u8]) {
    let mut at = 0;
    while let Some(found) = hay[at..].windows(from.len()).position(|w| w == from) {
        hay[at + found..at + found + to.len()].copy_from_slice(to);
        at += found + to.len();
    }
}
