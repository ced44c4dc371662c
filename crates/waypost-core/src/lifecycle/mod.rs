//! The life of a session, written once for every shell: starting one (new, as a follow-up, with
//! open items carried over), opening one with its questionnaire, comparing two, and keeping a
//! window's version as a copy when another program changed the same answers.

mod compare;
mod copy;
mod history;
mod open;
mod save;
mod start;

pub use compare::{Compared, compare};
pub use copy::{SavedCopy, save_copy};
pub use history::history;
pub use open::{Opened, open, open_to_edit, resolve};
pub use save::{Saved, save};
pub use start::{Carried, NewSession, Started, follow_up, latest, questionnaire, start};

use crate::store::StoreError;

/// Why a session could not be started, opened or compared.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LifecycleError {
    /// The store could not read, write or lock the session.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The language asked for is no language tag.
    #[error("{}", crate::tr!("err-bad-language", language = crate::text::line(.0).into_owned()))]
    BadLanguage(String),
    /// No questionnaire has this id.
    #[error("{}", crate::tr!("err-no-questionnaire", id = id.as_str(), known = known.join(", ")))]
    NoQuestionnaire {
        /// The id asked for.
        id: String,
        /// The ids that are known.
        known: Vec<String>,
    },
    /// The session's questionnaire is not among those loaded.
    #[error("{}", crate::tr!("err-unknown-questionnaire", session = session.as_str(), questionnaire = questionnaire.as_str()))]
    UnknownQuestionnaire {
        /// The session's id.
        session: String,
        /// Its questionnaire's id.
        questionnaire: String,
    },
    /// The start of an id that several sessions share.
    #[error("{}", crate::tr!("err-ambiguous-session", wanted = crate::text::line(wanted).into_owned(), ids = ids.join(", ")))]
    Ambiguous {
        /// What was asked for.
        wanted: String,
        /// The ids it starts.
        ids: Vec<String>,
    },
    /// Two sessions of different questionnaires cannot be compared.
    #[error("{}", crate::tr!("err-different-questionnaires", first = first.as_str(), second = second.as_str()))]
    DifferentQuestionnaires {
        /// The first session's questionnaire.
        first: String,
        /// The second session's questionnaire.
        second: String,
    },
}
