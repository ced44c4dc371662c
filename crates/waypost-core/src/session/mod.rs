//! Sessions: the file format, ids, and the changes an interview makes to them.

mod draft;
pub(crate) mod id;
pub(crate) mod merge;
pub(crate) mod model;

pub use draft::FormDraft;
pub use id::{is_session_id, new_session_id};
pub use model::{
    Answer, Draft, Event, EventKind, FORMAT, ItemDraft, QuestionnaireRef, Session, Status, Subject, Timestamp,
};
