//! What a question's input starts with before it is answered (`"default"`): a value of its kind,
//! or what the new-session form was given (`{"from": "organisation"}`), so a questionnaire need
//! not ask again for what the session already knows. A default is only a start: it becomes an
//! answer when the interviewer confirms it, as any typed value.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{Question, Questionnaire};
use crate::session::Subject;

/// A question's default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum DefaultValue {
    /// What the session was started with.
    From {
        /// Which of the new-session form's fields.
        from: SessionField,
    },
    /// A value of the question's kind, as an answer holds it (`"yes"`, `["a", "b"]`, `12`,
    /// `"2026-01-31"`, a text).
    Value(Value),
}

/// A field of the new-session form a default can come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionField {
    /// The organisation the session is with.
    Organisation,
    /// Who leads it.
    Facilitator,
}

impl Question {
    /// Whether an answer is needed, with what `observe` sees of the answers its `required_if`
    /// names.
    pub fn required_when<'a>(&self, observe: &dyn Fn(&str) -> super::Observed<'a>) -> bool {
        self.required || self.required_if.as_ref().is_some_and(|c| c.holds(observe))
    }

    /// The value its input starts with when it has no answer: its default, once the session's
    /// fields are filled in ([`Questionnaire::fill_defaults`]).
    pub fn default_value(&self) -> Option<&Value> {
        match &self.default {
            Some(DefaultValue::Value(v)) => Some(v),
            Some(DefaultValue::From { .. }) | None => None,
        }
    }
}

impl Questionnaire {
    /// Replaces each default taken from the session (`{"from": "organisation"}`) with what the
    /// session holds; an empty field leaves no default.
    pub fn fill_defaults(&mut self, subject: &Subject) {
        let fill = |question: &mut Question| {
            if let Some(DefaultValue::From { from }) = question.default {
                let text = match from {
                    SessionField::Organisation => &subject.organisation,
                    SessionField::Facilitator => &subject.facilitator,
                };
                question.default = (!text.trim().is_empty()).then(|| DefaultValue::Value(Value::from(text.as_str())));
            }
        };
        for question in self.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
            question.fields.iter_mut().for_each(fill);
            fill(question);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::built_in;

    #[test]
    fn a_default_from_the_session_is_what_the_new_session_form_was_given() {
        let mut q = built_in("stakeholder-grid");
        let subject = Subject { organisation: "Acme Hotels".into(), ..Subject::default() };
        assert_eq!(q.question("subject").and_then(Question::default_value), None, "not filled yet");
        q.fill_defaults(&subject);
        assert_eq!(q.question("subject").and_then(Question::default_value), Some(&Value::from("Acme Hotels")));
        let mut q = built_in("stakeholder-grid");
        q.fill_defaults(&Subject::default());
        assert_eq!(q.question("subject").and_then(|s| s.default.clone()), None, "no organisation, no default");
    }
}
