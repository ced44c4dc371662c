//! Opening a session with the questionnaire it answers.

use super::LifecycleError;
use crate::questionnaire::{Catalog, Questionnaire};
use crate::session::{Session, is_session_id, new_session_uuid, uuid_of};
use crate::store::{Listed, LockGuard, Store, StoreError};

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

/// Loads a session without locking it (to read, report or view it). `wanted` is its id, its
/// UUID, or the start of one id only (see [`resolve`]).
pub fn open(store: &dyn Store, catalog: &Catalog, wanted: &str) -> Result<Opened, LifecycleError> {
    let session = store.load(&resolve(store, wanted)?)?;
    with_questionnaire(catalog, session)
}

/// The id of the session `wanted` names: the id itself, the session's UUID (with or without
/// `uuid:`), or the start of one id only. A start shared by several ids is refused with them.
pub fn resolve(store: &dyn Store, wanted: &str) -> Result<String, LifecycleError> {
    if store.exists(wanted) {
        return Ok(wanted.to_owned());
    }
    let uuid = uuid_of(wanted);
    let start = wanted.trim();
    // Neither an id nor the start of one (a path, a capital letter): said as a bad id.
    if uuid.is_none() && !start.is_empty() && !is_session_id(start.trim_end_matches('-')) {
        return Err(StoreError::BadId(crate::text::line(wanted).into_owned()).into());
    }
    let (mut by_uuid, mut starting) = (None, Vec::new());
    if !start.is_empty() {
        store.scan(&mut |listed| {
            if let Listed::Session(s) = listed {
                if uuid.is_some() && s.uuid == uuid {
                    by_uuid = Some(s.id);
                } else if s.id.starts_with(start) {
                    starting.push(s.id);
                }
            }
        })?;
    }
    if let Some(id) = by_uuid {
        return Ok(id);
    }
    match starting.len() {
        1 => Ok(starting.remove(0)),
        0 => Err(StoreError::NotFound(wanted.to_owned()).into()),
        _ => {
            starting.sort();
            Err(LifecycleError::Ambiguous { wanted: wanted.to_owned(), ids: starting })
        }
    }
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
/// window holds it or it was pulled from the team's server.
/// A session from before UUIDs gets one here, saved at once with nothing else changed.
pub fn open_to_edit(
    store: &dyn Store,
    catalog: &Catalog,
    wanted: &str,
) -> Result<(Opened, Option<LockGuard>), LifecycleError> {
    let id = resolve(store, wanted)?;
    // The lock first, so the session read is the one this window then owns.
    let lock = match store.lock(&id) {
        Ok(lock) => Some(lock),
        Err(StoreError::Locked { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let mut opened = with_questionnaire(catalog, store.load(&id)?)?;
    // A session pulled from the team's server is the team's: read-only here.
    let lock = lock.filter(|_| opened.session.origin.is_none());
    if lock.is_some() && (opened.session.uuid.is_none() || opened.session.dot_vote.is_some()) {
        opened.session.uuid.get_or_insert_with(|| new_session_uuid(opened.session.created_at));
        // A dot vote said open by a window that closed without ending it is over: the
        // projector stops showing it.
        opened.session.dot_vote = None;
        store.save(&opened.session)?;
    }
    Ok((opened, lock))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{FileStore, MemoryStore};
    use crate::testing::{built_in, session};

    #[test]
    fn a_session_is_found_by_its_id_its_uuid_or_the_start_of_its_id() {
        let store = MemoryStore::default();
        let q = built_in("learning-review");
        for (id, uuid) in [
            ("20261128-0930-learning-review-acme", "0193c1a2-0000-7000-8000-000000000001"),
            ("20261128-0930-learning-review-acme-2", "0193c1a2-0000-7000-8000-000000000002"),
            ("20261129-1000-learning-review-beta", "0193c1a2-0000-7000-8000-000000000003"),
        ] {
            let mut s = session(&q, id, "x");
            s.uuid = Some(uuid.into());
            store.create(&s).unwrap();
        }
        let found = |wanted: &str| resolve(&store, wanted).map_err(|e| e.to_string());
        assert_eq!(found("20261128-0930-learning-review-acme").unwrap(), "20261128-0930-learning-review-acme");
        assert_eq!(found("20261129").unwrap(), "20261129-1000-learning-review-beta");
        assert_eq!(found("uuid:0193C1A2-0000-7000-8000-000000000002").unwrap(), "20261128-0930-learning-review-acme-2");
        assert_eq!(found("0193c1a2-0000-7000-8000-000000000001").unwrap(), "20261128-0930-learning-review-acme");
        let both = found("20261128").unwrap_err();
        assert!(both.contains("20261128-0930-learning-review-acme, 20261128-0930-learning-review-acme-2"), "{both}");
        assert!(matches!(resolve(&store, "2027"), Err(LifecycleError::Store(StoreError::NotFound(_)))));
        assert!(matches!(resolve(&store, " "), Err(LifecycleError::Store(StoreError::NotFound(_)))));
        assert!(matches!(resolve(&store, "../20261128"), Err(LifecycleError::Store(StoreError::BadId(_)))));
        assert_eq!(found("20261129-").unwrap(), "20261129-1000-learning-review-beta");
    }

    #[test]
    fn a_session_from_before_uuids_gets_one_when_opened_to_edit_and_nothing_else_changes() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path());
        let catalog = Catalog::load(&[]);
        let old = session(&built_in("learning-review"), "20261128-0930-learning-review-acme", "Acme");
        assert!(old.uuid.is_none());
        store.create(&old).unwrap();
        let path = store.path(&old.id).unwrap();
        let before = std::fs::read_to_string(&path).unwrap();
        // Read to report: nothing written.
        open(&store, &catalog, &old.id).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        let (opened, lock) = open_to_edit(&store, &catalog, "20261128").unwrap();
        assert!(lock.is_some());
        let uuid = opened.session.uuid.clone().expect("given a uuid");
        let after = std::fs::read_to_string(&path).unwrap();
        assert_eq!(after.replacen(&format!(r#","uuid":"{uuid}""#), "", 1), before, "only the uuid was added");
        drop(lock);
        let (again, _lock) = open_to_edit(&store, &catalog, &uuid).unwrap();
        assert_eq!(again.session.uuid.as_deref(), Some(uuid.as_str()), "given once, kept");
    }
}
