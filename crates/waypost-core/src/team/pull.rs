//! Pulling the team's sessions from ODK Central (`waypost pull`, with a staff login): every
//! submission of waypost's forms kept as a read-only session in the data folder, so the
//! browser, `list`, reports, comparisons and carry-over read the team's work as they read this
//! laptop's. A session comes from the file a submission carries (nothing lost), else from the
//! instance XML (a form filled in ODK Collect or Enketo). Each submission is kept once, by its
//! first instance id, at its current version; one this laptop sent is not pulled back; one this
//! laptop sent that was changed elsewhere is kept beside the local one, never over it.
//!
//! Each session is saved as it arrives: a pull cut off halfway keeps what came, and the next
//! one goes on from there (what is already here at its version is not asked for again).

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use super::central::Unreached;
use super::outbox;
use super::staff::{Staff, StaffError, json};
use crate::interview::{Input, answer, complete};
use crate::questionnaire::Questionnaire;
use crate::session::{
    FORMAT, Origin, QuestionnaireRef, Session, Status, Subject, Timestamp, Version, is_session_id, new_session_id,
};
use crate::store::folder::Folder;
use crate::store::{Listed, Store, StoreError, create_unique};
use crate::tr;
use crate::xlsform::instance::ATTACHMENT_FILE;
use crate::xlsform::instance_read::{Element, answers, parse};
use crate::xlsform::{ATTACHMENT_FIELD, form_id};

/// What to pull.
pub struct Pulling<'a> {
    /// The project's number.
    pub project: u64,
    /// The questionnaires whose forms are read (each form that is not on the server is passed).
    pub questionnaires: Vec<&'a Questionnaire>,
    /// Only submissions sent or changed from this time on.
    pub since: Option<Timestamp>,
    /// The team's private key, to read encrypted submissions.
    pub key: Option<&'a rsa::RsaPrivateKey>,
}

/// What a pull brought.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pulled {
    /// Submissions on the server, of the forms read.
    pub listed: usize,
    /// Sessions new to this laptop.
    pub new: usize,
    /// Sessions pulled before, brought to their newer version.
    pub updated: usize,
    /// Already here at their version.
    pub unchanged: usize,
    /// Sent from this laptop, as they are here.
    pub yours: usize,
    /// Made from the instance alone (no session file came with it).
    pub from_instance: usize,
    /// This laptop's sessions changed on the server too: (the local one, the server's kept
    /// beside it).
    pub both_kept: Vec<(String, String)>,
    /// Encrypted and not read (no key): kept with what the server says of them.
    pub unread: Vec<String>,
    /// Submissions not kept, and why.
    pub skipped: Vec<(String, String)>,
    /// Why the pull stopped before the end, when it did; what came before is kept.
    pub stopped: Option<String>,
}

/// A submission as the server lists it.
struct Submission<'q> {
    q: &'q Questionnaire,
    form: String,
    /// The first instance id: the server's name for the submission.
    first: String,
    /// The current version's instance id.
    current: String,
    submitter: String,
    device: Option<String>,
    review_state: Option<String>,
    /// When the server got the current version.
    at: Timestamp,
}

/// What is here already: pulled sessions by submission (their id, version, and whether their
/// answers could not be read), this laptop's own session ids, and every instance this laptop
/// built (to its session).
struct Here {
    pulled: HashMap<String, (String, String, bool)>,
    own: HashSet<String>,
    built: HashMap<String, String>,
}

fn time(value: Option<&Value>) -> Option<Timestamp> {
    value.and_then(Value::as_str).and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
}

fn text(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// The submissions of one form, as its list gives them; `None` when the form is not on the server.
fn listed<'q>(
    staff: &Staff,
    p: &Pulling<'_>,
    q: &'q Questionnaire,
    names: &HashMap<u64, String>,
) -> Result<Option<Vec<Submission<'q>>>, StaffError> {
    let form = form_id(q);
    let answer = staff.call("GET", &format!("projects/{}/forms/{form}/submissions", p.project), None)?;
    match answer.status {
        200 => {}
        404 => return Ok(None),
        status => return Err(StaffError::Refused { status, message: super::central::message(&answer.body) }),
    }
    let rows = json(&answer)?;
    let rows = rows.as_array().ok_or(StaffError::Unreached(Unreached::NotCentral))?;
    let mut out = Vec::new();
    for row in rows {
        if row.get("deletedAt").is_some_and(|d| !d.is_null()) {
            continue;
        }
        let current = row.get("currentVersion");
        let (Some(first), Some(created)) = (text(row.get("instanceId")), time(row.get("createdAt"))) else {
            return Err(StaffError::Unreached(Unreached::NotCentral));
        };
        let at = time(current.and_then(|c| c.get("createdAt"))).unwrap_or(created);
        if p.since.is_some_and(|since| at.max(time(row.get("updatedAt")).unwrap_or(at)) < since) {
            continue;
        }
        let submitter = row.get("submitterId").and_then(Value::as_u64).unwrap_or_default();
        out.push(Submission {
            q,
            form: form.clone(),
            current: text(current.and_then(|c| c.get("instanceId"))).unwrap_or_else(|| first.clone()),
            first,
            submitter: names.get(&submitter).cloned().unwrap_or_else(|| format!("#{submitter}")),
            device: text(current.and_then(|c| c.get("deviceId")))
                .or_else(|| text(current.and_then(|c| c.get("userAgent"))))
                .or_else(|| text(row.get("userAgent"))),
            review_state: text(row.get("reviewState")),
            at,
        });
    }
    Ok(Some(out))
}

/// Reads what is here: one pass over the sessions, one over the outbox.
fn here(store: &dyn Store, outbox: &Folder) -> Result<Here, StoreError> {
    let mut here = Here { pulled: HashMap::new(), own: HashSet::new(), built: HashMap::new() };
    store.scan(&mut |listed| {
        if let Listed::Session(s) = listed {
            match &s.origin {
                Some(o) => {
                    here.pulled.insert(o.submission.clone(), (s.id.clone(), o.version.clone(), o.unread.is_some()));
                }
                None => {
                    here.own.insert(s.id.clone());
                }
            }
        }
    })?;
    for session in &here.own {
        if let Ok(record) = outbox::record(outbox, session) {
            for built in record.versions {
                here.built.insert(built.instance_id, session.clone());
            }
        }
    }
    Ok(here)
}

/// A session file's bytes as an attachment comes back: as sent, or as the `{"type":"Buffer"}`
/// Central gives for a part it stored as JSON.
fn attachment_bytes(bytes: Vec<u8>) -> Vec<u8> {
    if let Ok(value) = serde_json::from_slice::<Value>(&bytes)
        && value.get("type").and_then(Value::as_str) == Some("Buffer")
        && let Some(data) = value.get("data").and_then(Value::as_array)
    {
        return data.iter().filter_map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok())).collect();
    }
    bytes
}

/// The session a submission's file holds, when it is one this waypost reads and answers the
/// form's questionnaire (a file that claims another is not believed: the instance is read).
fn session_file(bytes: &[u8], q: &Questionnaire) -> Option<Session> {
    let session: Session = serde_json::from_slice(&attachment_bytes(bytes.to_vec())).ok()?;
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
enum Got {
    /// A session, made from the instance or not.
    Session(Box<Session>, bool),
    /// Encrypted, not read: why.
    Unread(String),
}

/// Fetches one submission's session.
fn fetch(staff: &Staff, p: &Pulling<'_>, s: &Submission<'_>) -> Result<Result<Got, String>, StaffError> {
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
        let Some(key) = p.key else { return Ok(Ok(Got::Unread(tr!("pull-encrypted-no-key")))) };
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
        let opened = match super::seal::unseal(key, &wrapped, &s.current, &refs) {
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

/// The submission's versions on the server, newest first (one call, only for an edited one).
fn versions(staff: &Staff, p: &Pulling<'_>, s: &Submission<'_>) -> Result<Vec<Version>, StaffError> {
    if s.first == s.current {
        return Ok(vec![Version { instance: s.current.clone(), at: s.at, submitter: s.submitter.clone() }]);
    }
    let path = format!("projects/{}/forms/{}/submissions/{}/versions", p.project, s.form, s.first);
    let answer = staff.call("GET", &path, None)?;
    if answer.status != 200 {
        return Ok(Vec::new());
    }
    Ok(json(&answer)?
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|v| {
                    Some(Version {
                        instance: text(v.get("instanceId"))?,
                        at: time(v.get("createdAt"))?,
                        submitter: v
                            .get("submitterId")
                            .and_then(Value::as_u64)
                            .map_or_else(String::new, |n| format!("#{n}")),
                    })
                })
                .collect()
        })
        .unwrap_or_default())
}

/// How many submissions are fetched and kept at once: the server's answers and the disk's
/// flushes overlap, so a thousand submissions take seconds, not a minute.
const WORKERS: usize = 8;

/// Pulls the submissions of the questionnaires' forms into `store`; `progress` hears how many
/// of how many are done. An error before anything is read (the login, the project) is returned;
/// one on the way stops the pull, keeping what came, and is said in [`Pulled::stopped`].
pub fn pull(
    staff: &Staff,
    store: &(dyn Store + Sync),
    outbox: &Folder,
    p: &Pulling<'_>,
    now: Timestamp,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Pulled, PullError> {
    let names: HashMap<u64, String> = match staff.app_users(p.project) {
        Ok(users) => users.into_iter().collect(),
        // A project manager may read submissions without seeing app users: numbers then.
        Err(StaffError::Forbidden { .. }) => HashMap::new(),
        Err(e) => return Err(e.into()),
    };
    let mut submissions = Vec::new();
    for q in &p.questionnaires {
        if let Some(found) = listed(staff, p, q, &names)? {
            submissions.extend(found);
        }
    }
    let total = submissions.len();
    let here = Mutex::new(here(store, outbox)?);
    let pulled = Mutex::new(Pulled { listed: total, ..Pulled::default() });
    let (next, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let stopped: Mutex<Option<String>> = Mutex::new(None);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..WORKERS.min(total))
            .map(|_| {
                scope.spawn(|| {
                    while lock(&stopped).is_none() {
                        let Some(s) = submissions.get(next.fetch_add(1, Ordering::Relaxed)) else { break };
                        match one(staff, store, p, s, &here, &pulled, now) {
                            Ok(()) => done.fetch_add(1, Ordering::Relaxed),
                            Err(e) => {
                                lock(&stopped).get_or_insert(e.to_string());
                                break;
                            }
                        };
                    }
                })
            })
            .collect();
        // The bar is drawn from here, the thread the caller gave it on.
        while workers.iter().any(|w| !w.is_finished()) {
            progress(done.load(Ordering::Relaxed), total);
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    });
    let mut pulled = pulled.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    pulled.stopped = stopped.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    if pulled.stopped.is_none() {
        progress(total, total);
    }
    // The same order every time, whatever order the workers finished in.
    pulled.both_kept.sort();
    pulled.unread.sort();
    pulled.skipped.sort();
    Ok(pulled)
}

/// A lock that a panicked worker did not spoil (what it guards is whole between steps).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Pulls one submission: asked for only when it is not here at its version, saved as it
/// arrives.
fn one(
    staff: &Staff,
    store: &dyn Store,
    p: &Pulling<'_>,
    s: &Submission<'_>,
    here: &Mutex<Here>,
    pulled: &Mutex<Pulled>,
    now: Timestamp,
) -> Result<(), PullError> {
    let (kept, local) = {
        let here = lock(here);
        let kept = here.pulled.get(&s.first).cloned();
        // One kept unread is read again once a key is given.
        if kept.as_ref().is_some_and(|(_, version, unread)| *version == s.current && !(*unread && p.key.is_some())) {
            lock(pulled).unchanged += 1;
            return Ok(());
        }
        if here.built.contains_key(&s.current) {
            lock(pulled).yours += 1;
            return Ok(());
        }
        // This laptop sent the submission and someone changed it since: the local one stays.
        (kept, here.built.get(&s.first).cloned())
    };
    let got = match fetch(staff, p, s)? {
        Ok(got) => got,
        Err(why) => {
            lock(pulled).skipped.push((s.first.clone(), why));
            return Ok(());
        }
    };
    let (mut session, made_from_instance, unread) = match got {
        Got::Session(session, from) => (*session, from, None),
        Got::Unread(why) => {
            let uuid = s.first.trim_start_matches("uuid:").to_owned();
            let id = new_session_id(s.at, &s.q.id, &uuid);
            let language = s.q.default_language().to_owned();
            let mut session = Session::new(id, QuestionnaireRef::of(s.q), language, Subject::default(), s.at);
            session.uuid = Some(uuid);
            (session, false, Some(why))
        }
    };
    session.origin = Some(Origin {
        server: staff.server.clone(),
        project: p.project,
        form: s.form.clone(),
        submission: s.first.clone(),
        version: s.current.clone(),
        submitter: s.submitter.clone(),
        device: s.device.clone(),
        review_state: s.review_state.clone(),
        submitted_at: s.at,
        pulled_at: now,
        versions: versions(staff, p, s)?,
        from_instance: made_from_instance,
        unread: unread.clone(),
        extra: serde_json::Map::new(),
    });
    // Saved with no lock held, so the workers' writes overlap; a new one takes a free id
    // atomically (`create_unique`).
    let beside = local.or_else(|| lock(here).own.contains(&session.id).then(|| session.id.clone()));
    if let Some((id, _, _)) = kept {
        // The team's copy, brought to the server's version: nothing of this laptop's in it.
        session.id = id;
        store.load(&session.id)?;
        store.save(&session)?;
        lock(pulled).updated += 1;
    } else {
        if let Some(local) = &beside {
            session.id = format!("{local}-team");
            // The same session's other version: its UUID names the local one alone.
            session.uuid = None;
        }
        create_unique(store, &mut session)?;
        match beside {
            Some(local) => lock(pulled).both_kept.push((local, session.id.clone())),
            None => lock(pulled).new += 1,
        }
    }
    let mut counts = lock(pulled);
    if made_from_instance {
        counts.from_instance += 1;
    }
    if unread.is_some() {
        counts.unread.push(session.id.clone());
    }
    drop(counts);
    lock(here).pulled.insert(s.first.clone(), (session.id, s.current.clone(), unread.is_some()));
    Ok(())
}

/// Why a pull could not go on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PullError {
    /// The server, or the login.
    #[error(transparent)]
    Staff(#[from] StaffError),
    /// The data folder.
    #[error(transparent)]
    Store(#[from] StoreError),
}
