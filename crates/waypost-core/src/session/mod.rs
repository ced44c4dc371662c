//! Sessions: the file format, ids, and the changes an interview makes to them.

pub mod answer_text;
mod draft;
pub(crate) mod id;
pub(crate) mod merge;
pub(crate) mod model;
mod origin;
mod status;

pub use draft::FormDraft;
pub use id::{is_session_id, new_session_id, new_session_uuid, uuid_of};
pub use model::{
    Answer, Draft, Event, EventKind, FORMAT, ItemDraft, OpenDotVote, QuestionnaireRef, Session, Status, Subject,
    Timestamp,
};
pub use origin::{Origin, Version};

/// The key of a list item's field that holds what the field's chosen "other" choice stands for:
/// the field's id and `.other`, which no field id can be (ids have no dot).
pub fn other_key(field: &str) -> String {
    format!("{field}.other")
}
