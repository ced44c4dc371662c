//! The one save policy every shell follows: the session is written; changes another program made
//! meanwhile to other answers are merged in and the interview goes on from the merge; a change
//! to the same answers keeps both versions, this window's as a copy it goes on in. When to save
//! (each change, each step, a retry) is the shell's; what a save does is decided here once.

use crate::interview::Controller;
use crate::store::{LockGuard, Store, StoreError};
use crate::tr;

/// What a save did.
#[derive(Debug)]
#[non_exhaustive]
pub enum Saved {
    /// The session is on disk as it is.
    Written,
    /// On disk, together with another program's changes to other answers, which the interview
    /// now has too.
    Merged,
    /// Another program changed the same answers: this window's version is a new session beside
    /// the original, and the interview goes on in it.
    AsCopy {
        /// The original session's id, which keeps the other program's version.
        original: String,
        /// The answers both changed.
        places: Vec<String>,
        /// The copy's id.
        copy: String,
        /// The copy's edit lock, for the shell to hold while it edits the copy.
        lock: LockGuard,
    },
}

impl Saved {
    /// What to tell the user, if anything; `after_failure`: the save before this one failed.
    pub fn message(&self, after_failure: bool) -> Option<String> {
        match self {
            Saved::Written if after_failure => Some(tr!("save-again")),
            Saved::Written => None,
            Saved::Merged => Some(tr!("save-merged")),
            Saved::AsCopy { original, places, copy, .. } => {
                let places: Vec<String> = places.iter().map(|p| crate::text::line(p).into_owned()).collect();
                Some(tr!("save-as-copy", id = original.as_str(), places = places.join(", "), copy = copy.as_str()))
            }
        }
    }
}

/// Saves the controller's session by the policy above. On an error nothing changed on disk and
/// the session is still the controller's, for the shell to say and try again.
pub fn save(store: &dyn Store, ctl: &mut Controller) -> Result<Saved, StoreError> {
    match store.save(ctl.session()) {
        Ok(()) => match store.take_merged(&ctl.session().id) {
            Some(merged) => {
                ctl.adopt(merged);
                Ok(Saved::Merged)
            }
            None => Ok(Saved::Written),
        },
        Err(StoreError::Conflict { id, places }) => {
            let copy = super::save_copy(store, ctl.session())?;
            let copy_id = copy.session.id.clone();
            ctl.continue_in(copy.session);
            Ok(Saved::AsCopy { original: id, places, copy: copy_id, lock: copy.lock })
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::interview::Input;
    use crate::questionnaire::Place;
    use crate::store::FileStore;

    /// Answers the question at `question` of the first section through the controller.
    fn answer(ctl: &mut Controller, question: usize, value: &str) {
        let now = crate::testing::now();
        ctl.go(Some(Place { section: 0, question }), now);
        ctl.confirm(Some(Input::Value(json!(value))), None, now).unwrap();
    }

    /// Another program's edit of one answer in the session file.
    fn edit_elsewhere(store: &FileStore, id: &str, question: &str, value: &str) {
        let path = store.path(id).unwrap();
        let mut file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        file["answers"][question] = json!({ "value": value });
        std::fs::write(&path, file.to_string()).unwrap();
    }

    #[test]
    fn a_save_writes_merges_or_keeps_this_version_as_a_copy_and_says_which() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path());
        let q = crate::testing::example();
        store.create(&crate::testing::session(&q, "a", "Acme")).unwrap();
        let mut ctl = Controller::new(q, store.load("a").unwrap(), false, crate::testing::now());

        answer(&mut ctl, 1, "tourism");
        let saved = save(&store, &mut ctl).unwrap();
        assert!(matches!(saved, Saved::Written));
        assert_eq!(saved.message(false), None, "an ordinary save says nothing");
        assert!(saved.message(true).is_some_and(|m| m.contains("Saved again")));

        // Another program answers another question: both answers are kept, here and on disk.
        edit_elsewhere(&store, "a", "member", "yes");
        answer(&mut ctl, 5, "A first summary");
        let saved = save(&store, &mut ctl).unwrap();
        assert!(matches!(saved, Saved::Merged));
        assert_eq!(ctl.session().answers()["member"].value, Some(json!("yes")));
        assert_eq!(store.load("a").unwrap().answers()["summary"].value, Some(json!("A first summary")));

        // Both change the same answer: the original keeps the other program's, this window goes
        // on in a copy with its own, under the copy's lock.
        edit_elsewhere(&store, "a", "member", "no");
        answer(&mut ctl, 2, "partly");
        let saved = save(&store, &mut ctl).unwrap();
        let Saved::AsCopy { original, copy, .. } = &saved else { panic!("{saved:?}") };
        assert_eq!((original.as_str(), copy.as_str()), ("a", "a-copy"));
        assert!(saved.message(false).is_some_and(|m| m.contains("a-copy")));
        assert_eq!(ctl.session().id, "a-copy");
        assert_eq!(store.load("a").unwrap().answers()["member"].value, Some(json!("no")));
        assert_eq!(store.load("a-copy").unwrap().answers()["member"].value, Some(json!("partly")));
    }
}
