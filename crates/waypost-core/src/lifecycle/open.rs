//! Opening a session with the questionnaire it answers.

use super::LifecycleError;
use crate::questionnaire::{Catalog, Questionnaire};
use crate::session::Session;
use crate::store::{LockGuard, Store, StoreError};

/// A session with its questionnaire.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The questionnaire, as loaded now.
    pub questionnaire: Questionnaire,
    /// The session.
    pub session: Session,
}

impl Opened {
    /// The version the session was started with, when the questionnaire loaded now differs.
    pub fn started_with_other_version(&self) -> Option<&str> {
        let started = &self.session.questionnaire.version;
        (*started != self.questionnaire.version).then_some(started.as_str())
    }
}

/// Loads a session without locking it (to read, report or view it).
pub fn open(store: &dyn Store, catalog: &Catalog, id: &str) -> Result<Opened, LifecycleError> {
    let session = store.load(id)?;
    with_questionnaire(catalog, session)
}

/// Pairs a loaded session with its questionnaire.
pub(super) fn with_questionnaire(catalog: &Catalog, session: Session) -> Result<Opened, LifecycleError> {
    let Some(entry) = catalog.get(&session.questionnaire.id) else {
        return Err(LifecycleError::UnknownQuestionnaire {
            session: session.id.clone(),
            questionnaire: session.questionnaire.id.clone(),
        });
    };
    Ok(Opened { questionnaire: entry.questionnaire.clone(), session })
}

/// Opens a session to edit it: with its edit lock, or without one (read-only) when another
/// window holds it.
pub fn open_to_edit(
    store: &dyn Store,
    catalog: &Catalog,
    id: &str,
) -> Result<(Opened, Option<LockGuard>), LifecycleError> {
    // The lock first, so the session read is the one this window then owns.
    let lock = match store.lock(id) {
        Ok(lock) => Some(lock),
        Err(StoreError::Locked { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    Ok((open(store, catalog, id)?, lock))
}
