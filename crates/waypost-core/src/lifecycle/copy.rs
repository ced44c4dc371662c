//! Saving a window's version of a session as a copy, when another program changed the same
//! answers on disk: both versions are kept, neither overwrites the other.

use crate::session::Session;
use crate::store::{LockGuard, Store, StoreError, create_unique};

/// The copy saved, and its lock: the window goes on in it.
#[derive(Debug)]
pub struct SavedCopy {
    /// The copy, under its own id (`<id>-copy`, or `<id>-copy-2`… when taken), with `copy_of`
    /// naming the session it was copied from.
    pub session: Session,
    /// Its edit lock.
    pub lock: LockGuard,
}

/// Saves `session` (this window's version) as a new session beside the original, which keeps the
/// other program's version; locks the copy.
pub fn save_copy(store: &dyn Store, session: &Session) -> Result<SavedCopy, StoreError> {
    let mut copy = session.clone();
    copy.id = format!("{}-copy", session.id);
    copy.extra.insert("copy_of".into(), serde_json::Value::from(session.id.clone()));
    create_unique(store, &mut copy)?;
    let lock = store.lock(&copy.id)?;
    Ok(SavedCopy { session: copy, lock })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;
    use crate::testing::{built_in, session};

    #[test]
    fn the_copy_takes_a_free_id_and_names_its_original() {
        let store = MemoryStore::default();
        let s = session(&built_in("learning-review"), "review", "Acme");
        store.create(&s).unwrap();
        let first = save_copy(&store, &s).unwrap();
        let second = save_copy(&store, &s).unwrap();
        assert_eq!((first.session.id.as_str(), second.session.id.as_str()), ("review-copy", "review-copy-2"));
        assert_eq!(store.get("review-copy").unwrap().extra["copy_of"], "review");
        assert!(store.get("review").is_some(), "the original is kept");
    }
}
