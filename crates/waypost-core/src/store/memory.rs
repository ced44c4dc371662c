//! An in-memory store for tests, which can be told to fail its saves.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};

use super::lock::LockGuard;
use super::{Listed, Store, StoreError};
use crate::session::Session;

/// Sessions kept in memory; saves fail while `fail_saves` is set, as a full disk would.
#[derive(Debug, Default)]
pub struct MemoryStore {
    sessions: RefCell<BTreeMap<String, Session>>,
    locked: RefCell<BTreeSet<String>>,
    /// Sessions moved to the trash.
    pub trashed: RefCell<BTreeMap<String, Session>>,
    /// New-session form drafts by questionnaire.
    pub form_drafts: RefCell<BTreeMap<String, crate::session::FormDraft>>,
    /// While true, every save and create fails with an I/O error.
    pub fail_saves: Cell<bool>,
    /// How many saves were attempted.
    pub save_attempts: Cell<usize>,
}

impl MemoryStore {
    /// The stored copy of a session.
    pub fn get(&self, id: &str) -> Option<Session> {
        self.sessions.borrow().get(id).cloned()
    }

    /// Marks a session as locked by another process.
    pub fn lock_elsewhere(&self, id: &str) {
        self.locked.borrow_mut().insert(id.to_owned());
    }

    fn put(&self, session: &Session) -> Result<(), StoreError> {
        self.save_attempts.set(self.save_attempts.get() + 1);
        if self.fail_saves.get() {
            return Err(StoreError::Io {
                path: format!("memory/{}.json", session.id).into(),
                source: std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device"),
            });
        }
        self.sessions.borrow_mut().insert(session.id.clone(), session.clone());
        Ok(())
    }
}

impl Store for MemoryStore {
    fn stamp(&self) -> Option<String> {
        let saved = |map: &BTreeMap<String, Session>| -> Vec<String> {
            map.values().map(|s| format!("{} {}", s.id, s.updated_at)).collect()
        };
        Some(format!("{:?} {:?}", saved(&self.sessions.borrow()), saved(&self.trashed.borrow())))
    }

    fn load(&self, id: &str) -> Result<Session, StoreError> {
        self.get(id).ok_or_else(|| StoreError::NotFound(id.to_owned()))
    }

    fn exists(&self, id: &str) -> bool {
        self.sessions.borrow().contains_key(id)
    }

    fn save(&self, session: &Session) -> Result<(), StoreError> {
        self.put(session)
    }

    fn create(&self, session: &Session) -> Result<(), StoreError> {
        if self.sessions.borrow().contains_key(&session.id) {
            return Err(StoreError::Exists(session.id.clone()));
        }
        self.put(session)
    }

    fn lock(&self, id: &str) -> Result<LockGuard, StoreError> {
        if self.locked.borrow().contains(id) {
            return Err(StoreError::Locked { id: id.to_owned(), holder: "another process".into() });
        }
        Ok(LockGuard::unlocked())
    }

    fn trash(&self, id: &str) -> Result<std::path::PathBuf, StoreError> {
        self.lock(id)?;
        let session = self.sessions.borrow_mut().remove(id).ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
        self.trashed.borrow_mut().insert(id.to_owned(), session);
        Ok(format!("memory/trash/{id}.json").into())
    }

    fn restore(&self, id: &str) -> Result<(), StoreError> {
        if self.sessions.borrow().contains_key(id) {
            return Err(StoreError::Exists(id.to_owned()));
        }
        let session = self.trashed.borrow_mut().remove(id).ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
        self.sessions.borrow_mut().insert(id.to_owned(), session);
        Ok(())
    }

    fn trashed(&self, catalog: &crate::questionnaire::Catalog) -> Result<Vec<super::rows::Trashed>, StoreError> {
        let trashed = self.trashed.borrow();
        let rows = trashed.iter().map(|(id, s)| super::rows::Trashed {
            name: format!("{id}.json"),
            row: super::rows::Row::new(catalog, s.clone()),
        });
        Ok(rows.collect())
    }

    fn restore_trashed(&self, name: &str) -> Result<String, StoreError> {
        let id = name.strip_suffix(".json").unwrap_or(name);
        self.restore(id).map(|()| id.to_owned())
    }

    fn save_form_draft(&self, draft: &crate::session::FormDraft) -> Result<(), StoreError> {
        self.form_drafts.borrow_mut().insert(draft.questionnaire.clone(), draft.clone());
        Ok(())
    }

    fn form_draft(&self, questionnaire: &str) -> Result<Option<crate::session::FormDraft>, StoreError> {
        Ok(self.form_drafts.borrow().get(questionnaire).cloned())
    }

    fn remove_form_draft(&self, questionnaire: &str) -> Result<(), StoreError> {
        self.form_drafts.borrow_mut().remove(questionnaire);
        Ok(())
    }

    fn scan(&self, visit: &mut dyn FnMut(Listed)) -> Result<(), StoreError> {
        for session in self.sessions.borrow().values() {
            visit(Listed::Session(Box::new(session.clone())));
        }
        Ok(())
    }
}
