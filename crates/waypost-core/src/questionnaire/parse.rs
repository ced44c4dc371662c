//! Reading a questionnaire file: JSON syntax and shape errors with their line and column,
//! unknown fields as warnings with their path, then the semantic checks.

use super::model::Questionnaire;
use super::problem::{Problem, suggestion};
use super::validate::{Translations, validate};

/// Every field name the format knows, for "did you mean" on unknown fields.
const KNOWN_FIELDS: &[&str] = &[
    "$schema",
    "format",
    "id",
    "version",
    "title",
    "description",
    "languages",
    "source",
    "choice_sets",
    "scoring",
    "sections",
    "views",
    "guidance",
    "show_if",
    "scored",
    "questions",
    "kind",
    "prompt",
    "help",
    "required",
    "choices",
    "min",
    "max",
    "integer",
    "unit",
    "multiline",
    "max_length",
    "min_selected",
    "max_selected",
    "item_label",
    "min_items",
    "max_items",
    "fields",
    "warn_if",
    "flag_if",
    "action_from",
    "headline",
    "allow",
    "action",
    "when",
    "message",
    "value",
    "label",
    "score",
    "method",
    "scale",
    "bands",
    "actions_at_most",
    "max_actions",
    "list",
    "x",
    "y",
    "quadrants",
    "high_high",
    "high_low",
    "low_high",
    "low_low",
    "name",
    "strategy",
    "follow_up",
    "copy_answers",
    "carry_over",
    "from",
];

/// The outcome of reading one questionnaire file.
#[derive(Debug)]
pub struct Parsed {
    /// The questionnaire, when the file could be read at all.
    pub questionnaire: Option<Questionnaire>,
    /// Every problem found, errors and warnings.
    pub problems: Vec<Problem>,
}

impl Parsed {
    /// The questionnaire, if it was read and has no errors.
    pub fn usable(&self) -> Option<&Questionnaire> {
        if self.problems.iter().any(Problem::is_error) { None } else { self.questionnaire.as_ref() }
    }
}

/// Reads a questionnaire from the bytes of a JSON file and checks it.
pub fn parse(bytes: &[u8]) -> Parsed {
    parse_checking(bytes, Translations::Optional)
}

/// Reads a built-in questionnaire and checks it, every translation required.
pub fn parse_built_in(bytes: &[u8]) -> Parsed {
    parse_checking(bytes, Translations::Required)
}

fn parse_checking(bytes: &[u8], translations: Translations) -> Parsed {
    let mut unknown = Vec::new();
    let mut json = serde_json::Deserializer::from_slice(bytes);
    let mut on_unknown = |path: serde_ignored::Path<'_>| unknown.push(json_path(&path));
    let ignored = serde_ignored::Deserializer::new(&mut json, &mut on_unknown);
    let questionnaire: Questionnaire = match serde_path_to_error::deserialize(ignored) {
        Ok(q) => q,
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let message = strip_position(&inner);
            let message =
                if path.is_empty() || path == "." || path == "?" { message } else { format!("{path}: {message}") };
            return Parsed {
                questionnaire: None,
                problems: vec![Problem::error_at(inner.line(), inner.column(), message)],
            };
        }
    };
    if let Err(err) = json.end() {
        return Parsed {
            questionnaire: None,
            problems: vec![Problem::error_at(err.line(), err.column(), strip_position(&err))],
        };
    }
    let mut problems: Vec<Problem> = unknown
        .into_iter()
        .map(|path| {
            let field = path.rsplit('.').next().unwrap_or(&path).to_owned();
            let hint = suggestion(&field, KNOWN_FIELDS.iter().copied());
            Problem::warning(path, crate::tr!("val-unknown-field", hint = hint))
        })
        .collect();
    problems.extend(validate(&questionnaire, translations));
    Parsed { questionnaire: Some(questionnaire), problems }
}

/// serde_json's message without its trailing " at line L column C" (the place is given apart).
fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// A path from serde_ignored written as `sections[2].questions[4].field`.
fn json_path(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", json_path(parent)),
        Path::Map { parent, key } => {
            let head = json_path(parent);
            if head.is_empty() { key.clone() } else { format!("{head}.{key}") }
        }
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => json_path(parent),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_has_line_and_column() {
        let parsed = parse(b"{\n  \"format\": 1,\n  \"id\": \n}");
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].place.to_string(), "4:1");
        assert!(parsed.problems[0].message.contains("expected value"), "{:?}", parsed.problems);
    }

    #[test]
    fn shape_error_has_line_column_and_path() {
        let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T",
 "sections": [{"id": "s", "title": "S", "questions": [
   {"id": "a", "kind": "singel", "prompt": "P"}]}]}"#;
        let p = &parse(text).problems[0];
        assert_eq!(p.place.to_string(), "3:31");
        assert!(p.message.starts_with("sections[0].questions[0].kind: unknown variant `singel`"), "{p}");
    }

    #[test]
    fn unknown_fields_are_warnings_with_a_suggestion() {
        let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T",
 "sections": [{"id": "s", "title": "S", "questions": [
   {"id": "a", "kind": "text", "prompt": "P", "requird": true}]}]}"#;
        let parsed = parse(text);
        assert!(parsed.usable().is_some());
        assert_eq!(
            parsed.problems[0].to_string(),
            "sections[0].questions[0].requird: warning: unknown field, ignored (did you mean \"required\"?)"
        );
    }

    #[test]
    fn invalid_utf8_and_trailing_text_are_errors() {
        assert!(parse(b"\"\xff\"").usable().is_none());
        let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T", "sections": []} x"#;
        let parsed = parse(text);
        assert_eq!(parsed.problems[0].place.to_string(), "1:72");
    }
}
