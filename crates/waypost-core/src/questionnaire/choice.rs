//! The choices of a `single` or `multi` question: listed in place or named as a choice set.

use schemars::JsonSchema;
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::model::is_false;
use crate::text::Text;

/// The choices of a question: listed in place, or the name of a choice set.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Choices {
    /// The name of one of the questionnaire's `choice_sets`.
    Set(String),
    /// The choices themselves.
    Inline(Vec<Choice>),
}

impl<'de> Deserialize<'de> for Choices {
    /// Written out rather than derived, so a mistake inside a choice is reported at its place.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChoicesVisitor;
        impl<'de> Visitor<'de> for ChoicesVisitor {
            type Value = Choices;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&crate::tr!("val-expect-choices"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Choices, E> {
                Ok(Choices::Set(v.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Choices, A::Error> {
                Vec::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Choices::Inline)
            }
        }
        deserializer.deserialize_any(ChoicesVisitor)
    }
}

/// One choice of a `single` or `multi` question.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Choice {
    /// What is saved; unique among the question's choices.
    pub value: String,
    /// What is shown.
    pub label: Text,
    /// The choice's score, for scoring and for `at_least`/`at_most` conditions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// A short explanation shown beside the choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// In a multi-select, a choice that stands alone ("None of the above"): ticking it clears
    /// the others, and ticking another clears it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub exclusive: bool,
    /// "Other": choosing it asks what it is ("please specify"), and the text is saved with the
    /// answer as its `other`. Questions at the top level only, one such choice per question.
    #[serde(default, skip_serializing_if = "is_false")]
    pub other: bool,
    /// Offered only while this holds, on the answers before the question (a cascading select:
    /// the districts of the region chosen, as XLSForm's `choice_filter` makes them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<super::Condition>,
}
