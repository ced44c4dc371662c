//! The JSON-file store: `<data dir>/sessions/<id>.json`, private, written atomically, locked
//! while edited, and never overwriting a file it cannot parse.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use super::atomic::Fault;
use super::encode::Encoder;
use super::folder::{Folder, Replace};
use super::lock::{Attempt, LockGuard, try_lock};
use super::quarantine::{Quarantine, SetAside};
use super::rows::{Damaged, Row, Trashed};
use super::{Listed, Store, StoreError};
use crate::safe_read::read_regular;
use crate::session::{Session, is_session_id};
use names::{file_name, form_draft_name};
pub(super) use read::MAX_SESSION_BYTES;
use read::{parse_session, read_session};

mod names;
mod read;
mod trash;

/// What identifies the bytes on disk as the ones this store last wrote or read.
type Stamp = (u64, Option<SystemTime>);

/// Sessions kept as JSON files in a folder.
#[derive(Debug)]
pub struct FileStore {
    data_dir: PathBuf,
    fault: Mutex<Option<Fault>>,
    /// The stamp of each file as last read or written here, to notice a file changed elsewhere.
    stamps: Mutex<HashMap<String, Stamp>>,
    /// The serialised pieces of each session saved here, so a save rewrites only what changed.
    encoders: Mutex<HashMap<String, Encoder>>,
    /// The bytes of each session as this store last read or wrote it: the base of a merge with
    /// changes another program made since.
    bases: Mutex<HashMap<String, Vec<u8>>>,
    /// Sessions a save merged with such changes, for the caller to go on from.
    merged: Mutex<HashMap<String, Session>>,
    /// Where files of the data folder that cannot be trusted are set aside.
    quarantine: Arc<Quarantine>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.to_owned(), source }
}

fn stamp(path: &Path) -> Option<Stamp> {
    std::fs::metadata(path).ok().map(|m| (m.len(), m.modified().ok()))
}

/// The largest form draft read: three lines of typing.
const MAX_FORM_DRAFT_BYTES: u64 = 1024 * 1024;

/// How many times, 20 ms apart, a lock held in this process's name is tried again (see
/// `FileStore::lock`).
const OWN_LOCK_RETRIES: usize = 50;

impl FileStore {
    /// A store in `data_dir`; folders are created when first written. `WAYPOST_FAULT` can make
    /// its saves fail, for crash tests (see [`Fault::from_env`]).
    pub fn new(data_dir: impl Into<PathBuf>) -> FileStore {
        let data_dir = data_dir.into();
        FileStore {
            quarantine: Arc::new(Quarantine::new(&data_dir)),
            data_dir,
            fault: Mutex::new(Fault::from_env()),
            stamps: Mutex::new(HashMap::new()),
            bases: Mutex::new(HashMap::new()),
            merged: Mutex::new(HashMap::new()),
            encoders: Mutex::new(HashMap::new()),
        }
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The folder of session files.
    pub fn sessions_dir(&self) -> PathBuf {
        self.data_dir.join("sessions")
    }

    /// The file of a session.
    pub fn path(&self, id: &str) -> Result<PathBuf, StoreError> {
        if !is_session_id(id) {
            return Err(StoreError::BadId(crate::text::line(id).into_owned()));
        }
        Ok(self.sessions_dir().join(file_name(id)))
    }

    /// Makes every later save fail this way (for tests of failed saves); `None` heals it.
    #[cfg(feature = "testing")]
    pub fn inject(&self, fault: Option<Fault>) {
        *self.fault.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = fault;
    }

    fn remember(&self, id: &str, path: &Path) {
        if let Some(s) = stamp(path) {
            self.stamps.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(id.to_owned(), s);
        }
    }

    /// The session to write: `session` itself, or, when another program changed the file since
    /// this store last read or wrote it, the two merged. A file that no longer parses is never
    /// replaced; answers both changed are a conflict.
    fn merged_with_disk(&self, session: &Session, path: &Path) -> Result<Option<Session>, StoreError> {
        let Some(now) = stamp(path) else { return Ok(None) };
        let known = self.stamps.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&session.id).copied();
        if known == Some(now) {
            return Ok(None);
        }
        let theirs = read_session(path)?;
        let base = self.bases.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&session.id).cloned();
        let Some(base) = base.and_then(|b| serde_json::from_slice::<Session>(&b).ok()) else { return Ok(None) };
        match crate::session::merge::merge(&base, session, &theirs) {
            Ok(merged) => Ok(Some(merged)),
            Err(places) => Err(StoreError::Conflict { id: session.id.clone(), places }),
        }
    }

    /// Removes the temporary files a save of this session left when its process died in the
    /// middle (`.<id>.json.XXXXXX.tmp`). Called with the session's lock held, so no live process
    /// is writing them, whatever their age.
    fn remove_leftovers(&self, sessions: &Folder, id: &str) {
        sessions.remove_leftovers(&format!("{id}.json"), std::time::Duration::ZERO);
    }

    /// A folder of the data folder, made private (and the data folder with it); what it cannot
    /// trust is set aside.
    fn folder(&self, name: &str) -> Result<Folder, StoreError> {
        let data = Folder::private(&self.data_dir).map_err(io(&self.data_dir))?;
        let folder = data.sub(name).map_err(io(&self.data_dir.join(name)))?;
        Ok(folder.guarded(Arc::clone(&self.quarantine)))
    }

    /// Sets `path` aside when it cannot be trusted (see [`Quarantine::vet`]); returns whether it was.
    fn vet(&self, path: &Path) -> Result<bool, StoreError> {
        let (Some(folder), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
            return Ok(false);
        };
        self.quarantine.vet(folder, name).map_err(io(path))
    }

    /// Sets aside what cannot be trusted among the `*.json` files of the data folder's `name`.
    fn sweep(&self, name: &str) -> Result<(), StoreError> {
        let folder = self.data_dir.join(name);
        self.quarantine.sweep(&folder).map_err(io(&folder))
    }

    /// The outbox: what was built to be sent to the team's server, kept until it was taken (made
    /// private when missing; files in it that cannot be trusted are set aside when read).
    pub fn outbox(&self) -> Result<Folder, StoreError> {
        self.folder("outbox")
    }

    /// Sets aside what cannot be trusted among the user's questionnaires in the data folder,
    /// before they are loaded: a questionnaire planted by another user never overrides one.
    pub fn vet_questionnaires(&self) -> Result<(), StoreError> {
        self.sweep("questionnaires")
    }

    fn write(&self, session: &Session, path: &Path, replace: bool) -> Result<(), StoreError> {
        let sessions = self.folder("sessions")?;
        let bytes = self
            .encoders
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(session.id.clone())
            .or_default()
            .encode(session);
        let fault = *self.fault.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if bytes.len() as u64 > MAX_SESSION_BYTES {
            return Err(io(path)(crate::safe_read::too_large(bytes.len() as u64, MAX_SESSION_BYTES)));
        }
        let how = if replace { Replace::Swap } else { Replace::Never };
        let written = sessions.write(&file_name(&session.id), &bytes, how, fault);
        if written.is_ok() {
            self.bases.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(session.id.clone(), bytes);
        }
        match written {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(StoreError::Exists(session.id.clone()));
            }
            other => other.map_err(io(path))?,
        }
        self.remember(&session.id, path);
        Ok(())
    }
}

impl Store for FileStore {
    fn stamp(&self) -> Option<String> {
        // A save, a new session and a move in or out of a folder each change its time.
        let time = |name: &str| std::fs::symlink_metadata(self.data_dir.join(name)).and_then(|m| m.modified()).ok();
        Some(format!("{:?} {:?}", time("sessions"), time("trash")))
    }

    fn exists(&self, id: &str) -> bool {
        // A link or anything else at the name is no session (it is set aside when read).
        self.path(id).is_ok_and(|path| std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()))
    }

    fn load(&self, id: &str) -> Result<Session, StoreError> {
        let path = self.path(id)?;
        self.vet(&path)?;
        let session = match read_session(&path) {
            Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NotFound(id.to_owned()));
            }
            other => other?,
        };
        self.remember(id, &path);
        // What is on disk now is the truth: serialise it afresh at the next save, and merge with
        // it should another program change the file meanwhile.
        self.encoders.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(id);
        if let Ok(bytes) = serde_json::to_vec(&session) {
            self.bases.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(id.to_owned(), bytes);
        }
        Ok(session)
    }

    fn save(&self, session: &Session) -> Result<(), StoreError> {
        let path = self.path(&session.id)?;
        // A file another user put in its place is set aside, never merged with.
        self.vet(&path)?;
        match self.merged_with_disk(session, &path)? {
            None => self.write(session, &path, true),
            Some(merged) => {
                // The other program's file is the truth to build on: no piece is reused.
                self.encoders.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(&session.id);
                self.write(&merged, &path, true)?;
                self.merged
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .insert(session.id.clone(), merged);
                Ok(())
            }
        }
    }

    fn set_aside(&self) -> Vec<SetAside> {
        self.quarantine.take()
    }

    fn take_merged(&self, id: &str) -> Option<Session> {
        self.merged.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(id)
    }

    fn create(&self, session: &Session) -> Result<(), StoreError> {
        let path = self.path(&session.id)?;
        self.write(session, &path, false)
    }

    fn lock(&self, id: &str) -> Result<LockGuard, StoreError> {
        self.path(id)?;
        let locks = self.folder("locks")?;
        let name = format!("{id}.lock");
        let ours = format!("process {} ", std::process::id());
        for _ in 0..OWN_LOCK_RETRIES {
            match try_lock(&locks, &name).map_err(io(&locks.path().join(&name)))? {
                Attempt::Held(guard) => {
                    if let Ok(sessions) = self.folder("sessions") {
                        self.remove_leftovers(&sessions, id);
                    }
                    return Ok(guard);
                }
                // A lock this process released can stay held for a moment by a child it is
                // starting (a fork shares the lock until the child's exec closes it): wait for
                // that, never for another process.
                Attempt::Busy(holder) if holder.starts_with(&ours) => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Attempt::Busy(holder) => return Err(StoreError::Locked { id: id.to_owned(), holder }),
            }
        }
        Err(StoreError::Locked { id: id.to_owned(), holder: ours.trim_end().to_owned() })
    }

    fn trash(&self, id: &str) -> Result<PathBuf, StoreError> {
        self.move_to_trash(id)
    }

    fn restore(&self, id: &str) -> Result<(), StoreError> {
        self.bring_back(id)
    }

    fn trashed(&self, catalog: &crate::questionnaire::Catalog) -> Result<Vec<Trashed>, StoreError> {
        self.trash_rows(catalog)
    }

    fn restore_trashed(&self, name: &str) -> Result<String, StoreError> {
        self.bring_back_file(name)
    }

    fn save_form_draft(&self, draft: &crate::session::FormDraft) -> Result<(), StoreError> {
        let name = form_draft_name(&draft.questionnaire)?;
        let drafts = self.folder("drafts")?;
        let bytes = serde_json::to_vec_pretty(draft).map_err(|e| io(drafts.path())(e.into()))?;
        drafts.write(&name, &bytes, Replace::Rename, None).map_err(io(&drafts.path().join(&name)))
    }

    fn form_draft(&self, questionnaire: &str) -> Result<Option<crate::session::FormDraft>, StoreError> {
        let path = self.data_dir.join("drafts").join(form_draft_name(questionnaire)?);
        self.vet(&path)?;
        let bytes = match read_regular(&path, MAX_FORM_DRAFT_BYTES) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::Damaged { path, message: e.to_string() }),
        };
        match serde_json::from_slice::<crate::session::FormDraft>(&bytes) {
            Ok(draft) if draft.questionnaire == questionnaire => Ok(Some(draft)),
            Ok(_) => Err(StoreError::Damaged { path, message: crate::tr!("store-draft-of-another") }),
            Err(e) => Err(StoreError::Damaged { path, message: crate::questionnaire::read_errors::said(&e) }),
        }
    }

    fn remove_form_draft(&self, questionnaire: &str) -> Result<(), StoreError> {
        let name = form_draft_name(questionnaire)?;
        let drafts = self.folder("drafts")?;
        match drafts.remove(&name) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(&drafts.path().join(&name))(e)),
            _ => Ok(()),
        }
    }

    fn rows(&self, catalog: &crate::questionnaire::Catalog) -> Result<(Vec<Row>, Vec<Damaged>), StoreError> {
        self.vet(&self.data_dir.join("index.json"))?;
        let data = match Folder::existing(&self.data_dir) {
            Ok(data) => data.guarded(Arc::clone(&self.quarantine)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
            Err(e) => return Err(io(&self.data_dir)(e)),
        };
        let dir = self.sessions_dir();
        let read = |path: &Path| -> Result<Row, String> {
            match read_session(path) {
                Ok(session) => Ok(Row::new(catalog, session)),
                Err(StoreError::Damaged { message, .. }) => Err(message),
                Err(other) => Err(other.to_string()),
            }
        };
        let set_aside = |name: &str| self.quarantine.vet(&dir, name);
        super::index::rows(&dir, &data, catalog, &read, &set_aside).map_err(io(&dir))
    }

    fn scan(&self, visit: &mut dyn FnMut(Listed)) -> Result<(), StoreError> {
        self.sweep("sessions")?;
        let dir = self.sessions_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(io(&dir)(e)),
        };
        for entry in entries {
            let path = entry.map_err(io(&dir))?.path();
            let is_session = path.extension().is_some_and(|e| e == "json")
                && !path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if !is_session {
                continue;
            }
            visit(match read_session(&path) {
                Ok(session) => Listed::Session(Box::new(session)),
                Err(StoreError::Damaged { path, message }) => Listed::Damaged { path, message },
                Err(other) => Listed::Damaged { path, message: other.to_string() },
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
