//! Drafts: what was entered for a question but not yet confirmed, kept in the session file so
//! that nothing typed is lost; never an answer.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Timestamp;

/// What was entered for a question but not confirmed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The text typed in a text, number or date input (a string), or a list's items (an array).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Value>,
    /// A list item being entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemDraft>,
    /// A note being typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// An answer waiting for a reason to go on past soft warnings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Value>,
    /// The reason being typed for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// What `pending`'s "other" choice stands for, as typed so far (the answer waits for it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// When it last changed.
    pub at: Timestamp,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Draft {
    /// A draft of what is entered for a question: a typed text or a list's items (`answer`), and
    /// the list item being entered.
    pub fn entered(answer: Option<Value>, item: Option<ItemDraft>, at: Timestamp) -> Draft {
        Draft { answer, item, note: None, pending: None, reason: None, other: None, at, extra: Map::new() }
    }

    /// What stays of a draft once its question is answered: a note being typed.
    #[must_use]
    pub fn note_only(self) -> Draft {
        Draft { note: self.note, extra: self.extra, ..Draft::entered(None, None, self.at) }
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.answer.is_none() && self.item.is_none() && self.note.is_none() && self.pending.is_none()
    }
}

/// A list item being entered, field by field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemDraft {
    /// Which item is being edited (none: a new one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// Its fields so far.
    #[serde(default)]
    pub fields: Map<String, Value>,
    /// The id of the field being entered.
    pub field: String,
    /// What is typed in that field (while `specifying`: what its "other" choice stands for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The field's value is kept and chooses an "other" choice, waiting for what it stands for.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub specifying: bool,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What was typed into the form that starts a session of a questionnaire, before the session
/// exists: kept beside the sessions (`drafts/<questionnaire>.json`) until the session starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormDraft {
    /// The questionnaire the form starts.
    pub questionnaire: String,
    /// The organisation, as typed.
    #[serde(default)]
    pub organisation: String,
    /// The facilitator, as typed.
    #[serde(default)]
    pub facilitator: String,
    /// The participants, as typed (comma-separated).
    #[serde(default)]
    pub participants: String,
    /// When it last changed.
    pub at: Timestamp,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
