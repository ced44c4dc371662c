//! Where sessions live: a small trait, the crash-safe JSON-file store, and an in-memory double
//! that can inject failures for tests.

mod atomic;
pub mod encode;
mod export_file;
mod files;
pub mod folder;
mod index;
mod lock;
#[cfg(feature = "testing")]
mod memory;
mod quarantine;
pub mod rows;

use std::path::PathBuf;

pub use atomic::Fault;
pub use export_file::{write_export, write_file, write_questionnaire};
pub use files::FileStore;
pub use folder::private_dir;
pub use lock::LockGuard;
#[cfg(feature = "testing")]
pub use memory::MemoryStore;
pub use quarantine::{Distrust, SetAside};

use crate::session::Session;

/// Why a store operation failed; every message names the session or file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// No session has this id.
    #[error("{}", crate::tr!("err-no-session", id = .0.as_str()))]
    NotFound(String),
    /// The id is not a valid session id (it could name a path outside the store).
    #[error("{}", crate::tr!("err-bad-session-id", id = .0.as_str()))]
    BadId(String),
    /// A session with this id exists already.
    #[error("{}", crate::tr!("err-session-exists", id = .0.as_str()))]
    Exists(String),
    /// The file does not parse as a session; it is left untouched.
    #[error("{}", crate::tr!("err-damaged", path = path.display().to_string(), message = message.as_str()))]
    Damaged {
        /// The file.
        path: PathBuf,
        /// Why it does not parse, with its line and column.
        message: String,
    },
    /// Another program changed the same answers on disk since this window read the session:
    /// nothing is saved over it.
    #[error("{}", crate::tr!("err-conflict", id = id.as_str(), places = places.join(", ")))]
    Conflict {
        /// The session.
        id: String,
        /// What both changed.
        places: Vec<String>,
    },
    /// Another process has the session open.
    #[error("{}", crate::tr!("err-locked", id = id.as_str(), holder = holder.as_str()))]
    Locked {
        /// The session.
        id: String,
        /// Who holds the lock, as far as is known.
        holder: String,
    },
    /// Reading or writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The system's error.
        source: std::io::Error,
    },
}

/// One file found when listing: a session, or a damaged file with its error.
#[derive(Debug)]
pub enum Listed {
    /// A session that loaded.
    Session(Box<Session>),
    /// A file that did not.
    Damaged {
        /// The file.
        path: PathBuf,
        /// Why, with line and column.
        message: String,
    },
}

/// What the app needs of a place that keeps sessions.
pub trait Store {
    /// Loads a session without locking it (read-only viewing).
    fn load(&self, id: &str) -> Result<Session, StoreError>;
    /// Whether a session has this id (without reading it).
    fn exists(&self, id: &str) -> bool;
    /// Saves a session whole, replacing the old version atomically.
    fn save(&self, session: &Session) -> Result<(), StoreError>;
    /// Saves a new session; fails if its id is taken.
    fn create(&self, session: &Session) -> Result<(), StoreError>;
    /// Takes the edit lock on a session; held until the guard is dropped.
    fn lock(&self, id: &str) -> Result<LockGuard, StoreError>;
    /// Calls `visit` with every session file, one at a time, so a listing never holds every
    /// session in memory.
    fn scan(&self, visit: &mut dyn FnMut(Listed)) -> Result<(), StoreError>;
    /// Moves a session to the trash (never deletes it); returns where it went. Refused while
    /// the session is open elsewhere.
    fn trash(&self, id: &str) -> Result<PathBuf, StoreError>;
    /// Brings the session last moved to the trash under this id back; refused when a session
    /// with the id exists again.
    fn restore(&self, id: &str) -> Result<(), StoreError>;
    /// Every session in the trash that could come back, most recently changed first.
    fn trashed(&self, catalog: &crate::questionnaire::Catalog) -> Result<Vec<rows::Trashed>, StoreError>;
    /// Brings back the file `name` of the trash (as [`Store::trashed`] names it); returns the
    /// session's id. Refused when a session with the id exists again.
    fn restore_trashed(&self, name: &str) -> Result<String, StoreError>;
    /// The files found in the data folder that could not be trusted and were set aside since
    /// last asked: the caller says so, once each.
    fn set_aside(&self) -> Vec<SetAside> {
        Vec::new()
    }
    /// The session as last saved, when the save merged it with changes another program made
    /// on disk: the caller goes on from it. `None` when the last save had nothing to merge.
    fn take_merged(&self, _id: &str) -> Option<Session> {
        None
    }
    /// Keeps what was typed into the new-session form of a questionnaire.
    fn save_form_draft(&self, draft: &crate::session::FormDraft) -> Result<(), StoreError>;
    /// The new-session form draft of a questionnaire, if one is kept; a damaged one is an error
    /// (and is never overwritten).
    fn form_draft(&self, questionnaire: &str) -> Result<Option<crate::session::FormDraft>, StoreError>;
    /// Forgets the form draft of a questionnaire: its session started.
    fn remove_form_draft(&self, questionnaire: &str) -> Result<(), StoreError>;
    /// A stamp of the sessions and the trash as a whole, which changes when a session is added,
    /// replaced or moved (another window's save, a `restore` in another terminal): a screen that
    /// lists them reads them again when it changed. `None` where the store cannot tell.
    fn stamp(&self) -> Option<String> {
        None
    }
    /// Every session's listing row, and the damaged files.
    fn rows(
        &self,
        catalog: &crate::questionnaire::Catalog,
    ) -> Result<(Vec<rows::Row>, Vec<rows::Damaged>), StoreError> {
        rows::scan_rows(self, catalog)
    }
}

/// Saves a new session under its id, or, when that is taken, the first free `<id>-2`, `<id>-3`…;
/// the session's id is updated to the one used.
pub fn create_unique(store: &dyn Store, session: &mut Session) -> Result<(), StoreError> {
    let base = session.id.clone();
    for n in 1..1000 {
        if n > 1 {
            session.id = format!("{base}-{n}");
        }
        match store.create(session) {
            Err(StoreError::Exists(_)) => continue,
            other => return other,
        }
    }
    Err(StoreError::Exists(base))
}

/// A shared store is a store: the app and a test can hold the same one.
impl<S: Store + ?Sized> Store for std::rc::Rc<S> {
    fn load(&self, id: &str) -> Result<Session, StoreError> {
        (**self).load(id)
    }
    fn exists(&self, id: &str) -> bool {
        (**self).exists(id)
    }
    fn save(&self, session: &Session) -> Result<(), StoreError> {
        (**self).save(session)
    }
    fn create(&self, session: &Session) -> Result<(), StoreError> {
        (**self).create(session)
    }
    fn lock(&self, id: &str) -> Result<LockGuard, StoreError> {
        (**self).lock(id)
    }
    fn scan(&self, visit: &mut dyn FnMut(Listed)) -> Result<(), StoreError> {
        (**self).scan(visit)
    }
    fn trash(&self, id: &str) -> Result<PathBuf, StoreError> {
        (**self).trash(id)
    }
    fn restore(&self, id: &str) -> Result<(), StoreError> {
        (**self).restore(id)
    }
    fn take_merged(&self, id: &str) -> Option<Session> {
        (**self).take_merged(id)
    }
    fn trashed(&self, catalog: &crate::questionnaire::Catalog) -> Result<Vec<rows::Trashed>, StoreError> {
        (**self).trashed(catalog)
    }
    fn save_form_draft(&self, draft: &crate::session::FormDraft) -> Result<(), StoreError> {
        (**self).save_form_draft(draft)
    }
    fn form_draft(&self, questionnaire: &str) -> Result<Option<crate::session::FormDraft>, StoreError> {
        (**self).form_draft(questionnaire)
    }
    fn remove_form_draft(&self, questionnaire: &str) -> Result<(), StoreError> {
        (**self).remove_form_draft(questionnaire)
    }
    fn restore_trashed(&self, name: &str) -> Result<String, StoreError> {
        (**self).restore_trashed(name)
    }
    fn stamp(&self) -> Option<String> {
        (**self).stamp()
    }
    fn rows(
        &self,
        catalog: &crate::questionnaire::Catalog,
    ) -> Result<(Vec<rows::Row>, Vec<rows::Damaged>), StoreError> {
        (**self).rows(catalog)
    }
}
