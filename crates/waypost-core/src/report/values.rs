//! How answers read: choice labels instead of codes, states by name, list items field by field.

use serde_json::Value;

use crate::questionnaire::{Kind, Question, Questionnaire};
use crate::session::Answer;

/// The text of a value as a person reads it: a choice's label, selected labels joined by "; ",
/// numbers with their unit, list items counted. Not yet made safe for any output.
pub fn value_text(q: &Questionnaire, question: &Question, value: &Value, lang: &str) -> String {
    let default = q.default_language();
    let label =
        |v: &str| q.choice(question, v).map(|c| c.label.get(lang, default).to_owned()).unwrap_or_else(|| v.to_owned());
    match (question.kind, value) {
        (Kind::Single, Value::String(v)) => label(v),
        (Kind::Multi, Value::Array(items)) => {
            if items.is_empty() {
                return "(none)".into();
            }
            items.iter().map(|i| i.as_str().map(label).unwrap_or_else(|| i.to_string())).collect::<Vec<_>>().join("; ")
        }
        (Kind::Number, Value::Number(n)) => match &question.unit {
            Some(unit) => format!("{n} {}", unit.get(lang, default)),
            None => n.to_string(),
        },
        (Kind::List, Value::Array(items)) => {
            let name = question.item_label.as_ref().map(|l| l.get(lang, default)).unwrap_or("item");
            format!("{} {name}{}", items.len(), if items.len() == 1 { "" } else { "s" })
        }
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// The text of an answer: its value, else its state, else "missing" for a required question and
/// "not answered" for an optional one left empty.
pub fn answer_text(q: &Questionnaire, question: &Question, answer: Option<&Answer>, lang: &str) -> String {
    match answer {
        Some(Answer { value: Some(v), .. }) => value_text(q, question, v, lang),
        Some(Answer { state: Some(s), .. }) => s.label().to_owned(),
        _ if question.required => crate::i18n::message_in(lang, "rep-missing-required", &[]),
        _ => crate::i18n::message_in(lang, "rep-not-answered", &[]),
    }
}

/// The raw value as one cell: choice values, numbers and dates as written, multi-select values
/// joined by "; ".
pub fn raw_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(raw_text).collect::<Vec<_>>().join("; "),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
