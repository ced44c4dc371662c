//! The states a question may allow instead of an answer (don't know, declined, not applicable).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The answer states a question may allow instead of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerState {
    /// The people asked do not know.
    DontKnow,
    /// The people asked chose not to answer.
    Declined,
    /// The question does not apply to them.
    NotApplicable,
}

impl AnswerState {
    /// Every state, in the order they are offered.
    pub const ALL: [AnswerState; 3] = [AnswerState::DontKnow, AnswerState::Declined, AnswerState::NotApplicable];

    /// The state's name as written in session files.
    pub fn name(self) -> &'static str {
        match self {
            AnswerState::DontKnow => "dont_know",
            AnswerState::Declined => "declined",
            AnswerState::NotApplicable => "not_applicable",
        }
    }

    /// How the state reads in the interface language.
    pub fn label(self) -> String {
        self.label_in(crate::i18n::language())
    }

    /// How the state reads in `language` (a session's, for its reports).
    pub fn label_in(self, language: &str) -> String {
        crate::i18n::message_in(
            language,
            match self {
                AnswerState::DontKnow => "state-dont-know",
                AnswerState::Declined => "state-declined",
                AnswerState::NotApplicable => "state-not-applicable",
            },
            &[],
        )
    }
}
