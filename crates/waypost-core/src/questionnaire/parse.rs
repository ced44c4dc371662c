//! Reading a questionnaire file: JSON syntax and shape errors with their line and column,
//! unknown fields as warnings with their path, then the semantic checks.

use std::collections::HashMap;

use super::model::Questionnaire;
use super::positions::Positions;
use super::problem::{Problem, ProblemPlace, Severity, suggestion};
use super::read_errors;
use super::validate::{Translations, validate};
use crate::tr;

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
    "unit_one",
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
    "projector",
    "private_until",
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
    "weight",
    "exclusive",
    "constraint",
    "count_from",
    "other",
    "votes",
    "default",
    "required_if",
    "limits_message",
    "dots",
    "minutes",
    "workshop_time",
    "to",
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

/// Checks a questionnaire made in memory (an import's), as [`parse`] checks a file's: its
/// problems, placed by their paths alone, since it has no text yet. Reading its JSON again
/// would give the same questionnaire, at twice the cost.
pub(crate) fn check(questionnaire: &Questionnaire) -> Vec<Problem> {
    capped(validate(questionnaire, Translations::Optional))
}

/// The largest questionnaire file: one limit for reading a file, checking one and making one
/// (an import), so nothing is written that the next read refuses.
pub(crate) const MAX_QUESTIONNAIRE_BYTES: u64 = 64 * 1024 * 1024;

fn parse_checking(bytes: &[u8], translations: Translations) -> Parsed {
    let failed = |problem: Problem| Parsed { questionnaire: None, problems: vec![problem] };
    if bytes.len() as u64 > MAX_QUESTIONNAIRE_BYTES {
        let too_large = crate::safe_read::too_large(bytes.len() as u64, MAX_QUESTIONNAIRE_BYTES);
        return failed(Problem::error("", too_large.to_string()));
    }
    // A byte-order mark (some Windows editors write one) is no part of the JSON.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let (line, column) = end_of(&String::from_utf8_lossy(&bytes[..err.valid_up_to()]));
            return failed(Problem::error_at(line, column, tr!("val-not-utf8")));
        }
    };
    if text.trim().is_empty() {
        return failed(Problem::error(ProblemPlace::File, tr!("val-empty-file")));
    }
    let mut unknown = Vec::new();
    let mut json = serde_json::Deserializer::from_str(text);
    let mut on_unknown = |path: serde_ignored::Path<'_>| unknown.push(json_path(&path));
    let ignored = serde_ignored::Deserializer::new(&mut json, &mut on_unknown);
    let questionnaire: Questionnaire = match serde_path_to_error::deserialize(ignored) {
        Ok(questionnaire) => questionnaire,
        Err(err) => return Parsed { questionnaire: None, problems: not_read(text, err) },
    };
    if let Err(err) = json.end() {
        return failed(Problem::error_at(err.line(), err.column(), read_errors::syntax(&err)));
    }
    let mut problems: Vec<Problem> = unknown
        .into_iter()
        .map(|path| {
            let field = path.rsplit('.').next().unwrap_or(&path).to_owned();
            let hint = suggestion(&field, KNOWN_FIELDS.iter().copied());
            Problem::warning(path, tr!("val-unknown-field", hint = hint))
        })
        .collect();
    problems.extend(validate(&questionnaire, translations));
    if !problems.is_empty() {
        let positions = Positions::of(text);
        problems = capped(problems.into_iter().map(|p| p.located(&positions)).collect());
    }
    Parsed { questionnaire: Some(questionnaire), problems }
}

/// The top-level fields a questionnaire cannot do without.
const REQUIRED: &[&str] = &["format", "id", "version", "title", "sections"];

/// Why a file could not be read as a questionnaire, with the places: its JSON, or the shape of
/// its data. Only on this path is the text read a second time, to say what a first look shows:
/// that it is not an object, or every top-level field it lacks at once.
fn not_read(text: &str, err: serde_path_to_error::Error<serde_json::Error>) -> Vec<Problem> {
    let path = err.path().to_string();
    let path = if path == "." || path == "?" { String::new() } else { path };
    let inner = err.into_inner();
    let (line, column) = (inner.line(), inner.column());
    if inner.is_syntax() || inner.is_eof() {
        return vec![Problem::error_at(line, column, read_errors::syntax(&inner))];
    }
    let mut problems = Vec::new();
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let (top_line, top_column) = Positions::of(text).find("").unwrap_or((1, 1));
        let Some(object) = value.as_object() else {
            return vec![Problem::error_at(top_line, top_column, tr!("val-not-object"))];
        };
        let missing: Vec<String> =
            REQUIRED.iter().filter(|f| !object.contains_key(**f)).map(|f| format!("\"{f}\"")).collect();
        if !missing.is_empty() {
            let message = tr!("val-missing-fields", count = missing.len(), fields = missing.join(", "));
            problems.push(Problem::error_at(top_line, top_column, message));
            if path.is_empty() && inner.to_string().starts_with("missing field") {
                return problems;
            }
        }
    }
    let mut message = read_errors::shape(&inner);
    if let Some(missing) = inner.to_string().strip_prefix("missing field `").and_then(|r| r.split('`').next())
        && let Ok(value) = serde_json::from_str::<serde_json::Value>(text)
    {
        message.push_str(&written_instead(at_path(&value, &path), missing));
    }
    problems.push(Problem::error(ProblemPlace::Located { line, column, path }, message));
    problems
}

/// The value at a path as serde_path_to_error writes it (`sections[0].questions[3]`).
fn at_path<'v>(value: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    let mut at = value;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, indexes) = part.split_once('[').map_or((part, ""), |(n, rest)| (n, rest));
        if !name.is_empty() {
            at = at.get(name)?;
        }
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            at = at.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(at)
}

/// For a missing field, the key written in its place, if the object has one: a near miss
/// ("promt") or an XLSForm habit ("label" for "prompt", "name" for "id", "type" for "kind").
fn written_instead(object: Option<&serde_json::Value>, missing: &str) -> String {
    const HABITS: &[(&str, &str)] = &[
        ("label", "prompt"),
        ("name", "id"),
        ("type", "kind"),
        ("hint", "help"),
        ("relevant", "show_if"),
        ("text", "prompt"),
        ("question", "prompt"),
    ];
    let Some(keys) = object.and_then(serde_json::Value::as_object) else { return String::new() };
    let habit =
        HABITS.iter().find(|(written, meant)| *meant == missing && keys.contains_key(*written)).map(|(w, _)| *w);
    let near = keys.keys().find(|k| super::problem::did_you_mean(k, [missing]).is_some()).map(String::as_str);
    match habit.or(near) {
        Some(written) => tr!("val-written-instead", written = written, field = missing),
        None => String::new(),
    }
}

/// At most this many problems with the same message are listed; the rest are counted.
const SAME_PROBLEM_CAP: usize = 5;

/// The problems with each message beyond the first few replaced by one line that counts them.
fn capped(problems: Vec<Problem>) -> Vec<Problem> {
    let mut seen: HashMap<(Severity, String), usize> = HashMap::new();
    for p in &problems {
        *seen.entry((p.severity, p.message.clone())).or_default() += 1;
    }
    let mut shown: HashMap<(Severity, String), usize> = HashMap::new();
    let mut out = Vec::new();
    for p in problems {
        let key = (p.severity, p.message.clone());
        let count = shown.entry(key.clone()).or_default();
        *count += 1;
        let total = seen[&key];
        if *count <= SAME_PROBLEM_CAP {
            let last = *count == SAME_PROBLEM_CAP && total > SAME_PROBLEM_CAP;
            let severity = p.severity;
            out.push(p);
            if last {
                let more = tr!("val-repeated", count = total - SAME_PROBLEM_CAP);
                out.push(Problem { severity, place: ProblemPlace::File, message: more });
            }
        }
    }
    out
}

/// The line and column just after a text (1-based; columns in characters).
fn end_of(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
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
#[path = "parse_tests.rs"]
mod tests;
