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

use export::Exports;
use listing::{Submission, listed, versions};
use reading::{Got, fetch};

use super::outbox;
use super::staff::{Staff, StaffError};
use crate::questionnaire::Questionnaire;
use crate::session::{Origin, QuestionnaireRef, Session, Subject, Timestamp, new_session_id};
use crate::store::folder::Folder;
use crate::store::{Listed, Store, StoreError, create_unique};

mod export;
mod listing;
mod reading;

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
    /// The project's passphrase, for the server to decrypt them (its managed encryption); sent
    /// to the server, kept nowhere.
    pub passphrase: Option<&'a str>,
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
    /// Sessions pulled before encrypted and unread, read now (a key or the passphrase given):
    /// the same version, its answers now here.
    pub opened: usize,
    /// Already here at their version.
    pub unchanged: usize,
    /// Sent from this laptop, as they are here.
    pub yours: usize,
    /// Made from the instance alone (no session file came with it).
    pub from_instance: usize,
    /// This laptop's sessions changed on the server too: (the local one, the server's kept
    /// beside it).
    pub both_kept: Vec<(String, String)>,
    /// Encrypted and not read: kept with what the server says of them, and why (session, reason).
    pub unread: Vec<(String, String)>,
    /// Submissions not kept, and why.
    pub skipped: Vec<(String, String)>,
    /// Why the pull stopped before the end, when it did; what came before is kept.
    pub stopped: Option<String>,
}

/// What is here already: pulled sessions by submission (their id, version, and whether their
/// answers could not be read), this laptop's own session ids, and every instance this laptop
/// built (to its session).
struct Here {
    pulled: HashMap<String, (String, String, bool)>,
    own: HashSet<String>,
    built: HashMap<String, String>,
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
    let exports = Exports::default();
    let stopped: Mutex<Option<String>> = Mutex::new(None);
    // The workers say why a submission was not read: in the caller's language, which is the
    // thread's own.
    let language = crate::i18n::language();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..WORKERS.min(total))
            .map(|_| {
                scope.spawn(|| {
                    crate::i18n::set_language(language);
                    while lock(&stopped).is_none() {
                        let Some(s) = submissions.get(next.fetch_add(1, Ordering::Relaxed)) else { break };
                        match one(staff, store, (p, &names, &exports), s, (&here, &pulled), now) {
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
    (p, names, exports): (&Pulling<'_>, &HashMap<u64, String>, &Exports),
    s: &Submission<'_>,
    (here, pulled): (&Mutex<Here>, &Mutex<Pulled>),
    now: Timestamp,
) -> Result<(), PullError> {
    let (kept, local) = {
        let here = lock(here);
        let kept = here.pulled.get(&s.first).cloned();
        // One kept unread is read again once a key or the passphrase is given.
        let can_read = p.key.is_some() || p.passphrase.is_some();
        if kept.as_ref().is_some_and(|(_, version, unread)| *version == s.current && !(*unread && can_read)) {
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
    let got = match fetch(staff, p, s, exports)? {
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
        versions: versions(staff, p, s, names)?,
        from_instance: made_from_instance,
        unread: unread.clone(),
        extra: serde_json::Map::new(),
    });
    // Saved with no lock held, so the workers' writes overlap; a new one takes a free id
    // atomically (`create_unique`).
    let beside = local.or_else(|| lock(here).own.contains(&session.id).then(|| session.id.clone()));
    let kept_version = kept.as_ref().map(|(_, version, _)| version.clone());
    if let Some((id, _, _)) = kept {
        // The team's copy, brought to the server's version: nothing of this laptop's in it.
        session.id = id;
        store.load(&session.id)?;
        store.save(&session)?;
        let mut counts = lock(pulled);
        match kept_version {
            Some(version) if version == s.current && unread.is_none() => counts.opened += 1,
            _ => counts.updated += 1,
        }
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
    if let Some(why) = &unread {
        counts.unread.push((session.id.clone(), why.clone()));
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
