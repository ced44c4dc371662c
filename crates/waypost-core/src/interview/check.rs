//! Checking an answer before it is saved: hard checks block with a message; soft warnings ask
//! for a reason to go on.

use std::collections::HashMap;

use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::flow::{observe, observe_value};
use crate::questionnaire::validate::is_date;
use crate::questionnaire::{Kind, Observed, Question, Questionnaire};
use crate::session::Answer;

/// What a list item's field conditions see of the answers outside the list.
pub type Outside<'o, 'a> = &'o dyn Fn(&str) -> Observed<'a>;

/// Sees no answers outside a list.
pub fn nothing_outside(_: &str) -> Observed<'static> {
    Observed::default()
}

/// Checks a value against its question and returns it in the form it is saved in (whole
/// numbers as integers for integer questions). The error says what is wrong, in plain words.
pub fn check_value(q: &Questionnaire, question: &Question, value: &Value) -> Result<Value, String> {
    check_value_with(q, question, value, &nothing_outside)
}

/// [`check_value`], where list fields whose conditions name questions outside the list see
/// those answers through `outside`.
pub fn check_value_with(
    q: &Questionnaire,
    question: &Question,
    value: &Value,
    outside: Outside,
) -> Result<Value, String> {
    let lang = q.default_language();
    match question.kind {
        Kind::Note => Err("a note takes no answer".into()),
        Kind::Single => {
            let v = value.as_str().ok_or("choose one of the choices")?;
            q.choice(question, v).ok_or_else(|| format!("\"{}\" is not one of the choices", crate::text::line(v)))?;
            Ok(value.clone())
        }
        Kind::Multi => {
            let items = value.as_array().ok_or("select from the choices")?;
            let mut seen = Vec::new();
            for item in items {
                let v = item.as_str().ok_or("select from the choices")?;
                q.choice(question, v)
                    .ok_or_else(|| format!("\"{}\" is not one of the choices", crate::text::line(v)))?;
                if seen.contains(&v) {
                    return Err(format!("\"{}\" is selected twice", crate::text::line(v)));
                }
                seen.push(v);
            }
            if let Some(lo) = question.min_selected.filter(|lo| seen.len() < *lo) {
                return Err(format!("select at least {lo}"));
            }
            if let Some(hi) = question.max_selected.filter(|hi| seen.len() > *hi) {
                return Err(format!("select at most {hi}"));
            }
            Ok(value.clone())
        }
        Kind::Number => {
            let n = value.as_f64().filter(|n| n.is_finite()).ok_or("enter a number")?;
            let unit = question.unit.as_ref().map(|u| format!(" {}", u.get(lang, lang))).unwrap_or_default();
            if question.integer && n.fract() != 0.0 {
                return Err("enter a whole number".into());
            }
            if let Some(lo) = question.min.filter(|lo| n < *lo) {
                return Err(format!("the smallest allowed is {lo}{unit}"));
            }
            if let Some(hi) = question.max.filter(|hi| n > *hi) {
                return Err(format!("the largest allowed is {hi}{unit}"));
            }
            if question.integer && n.abs() < 9.0e15 {
                #[allow(clippy::cast_possible_truncation, reason = "a whole number below 2^53 in size")]
                return Ok(Value::from(n as i64));
            }
            Ok(value.clone())
        }
        Kind::Text => {
            let s = value.as_str().ok_or("type an answer")?;
            if s.trim().is_empty() {
                return Err("the answer is empty: type one, or choose a state such as don't know".into());
            }
            let len = s.chars().count();
            if let Some(max) = question.max_length.filter(|max| len > *max) {
                return Err(format!("{len} characters is too long: at most {max}"));
            }
            Ok(value.clone())
        }
        Kind::Date => {
            let s = value.as_str().filter(|s| is_date(s)).ok_or("enter a date as YYYY-MM-DD, e.g. 2026-11-28")?;
            Ok(Value::from(s))
        }
        Kind::List => check_list(q, question, value, outside),
    }
}

fn check_list(q: &Questionnaire, question: &Question, value: &Value, outside: Outside) -> Result<Value, String> {
    let items = value.as_array().ok_or("a list answer is a list of items")?;
    let label = question.item_label.as_ref().map(|l| l.get(q.default_language(), "en")).unwrap_or("item");
    if let Some(lo) = question.min_items.filter(|lo| items.len() < *lo) {
        return Err(format!("add at least {lo} {}", plural(label, lo)));
    }
    if let Some(hi) = question.max_items.filter(|hi| items.len() > *hi) {
        return Err(format!("at most {hi} {} allowed", plural(label, hi)));
    }
    let mut out = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let at = format!("{label} {}", n + 1);
        let fields = item.as_object().ok_or_else(|| format!("{at}: not an item"))?;
        if let Some(key) = fields.keys().find(|k| question.field(k).is_none()) {
            return Err(format!("{at}: unknown field \"{}\"", crate::text::line(key)));
        }
        let mut checked = Map::new();
        for field in item_fields(q, question, fields, outside) {
            match fields.get(&field.id).filter(|v| !v.is_null()) {
                Some(v) => {
                    let v = check_value(q, field, v).map_err(|e| format!("{at}, {}: {e}", field_name(q, field)))?;
                    checked.insert(field.id.clone(), v);
                }
                None if field.required => {
                    return Err(format!("{at}, {}: required", field_name(q, field)));
                }
                None => {}
            }
        }
        // Values of fields hidden in this item are kept, as hidden answers are.
        for (k, v) in fields {
            checked.entry(k.clone()).or_insert_with(|| v.clone());
        }
        out.push(Value::Object(checked));
    }
    Ok(Value::Array(out))
}

fn plural(label: &str, n: usize) -> String {
    if n == 1 { label.to_owned() } else { format!("{label}s") }
}

fn field_name<'a>(q: &'a Questionnaire, field: &'a Question) -> &'a str {
    field.prompt.get(q.default_language(), "en")
}

/// The fields of a list item that are shown, given the item's own earlier fields (and, for
/// conditions naming questions outside the list, `outside`).
pub fn item_fields<'a>(
    q: &'a Questionnaire,
    list: &'a Question,
    item: &'a Map<String, Value>,
    outside: Outside,
) -> Vec<&'a Question> {
    let mut shown: HashMap<&str, (&Question, &Value)> = HashMap::new();
    let mut visible = Vec::new();
    for field in &list.fields {
        let holds = field.show_if.as_ref().is_none_or(|c| {
            c.holds(&|id| match shown.get(id) {
                Some((f, v)) => observe_value(q, Some(f), Some(v), false),
                None if list.field(id).is_some() => Observed::default(),
                None => outside(id),
            })
        });
        if holds {
            visible.push(field);
            if let Some(v) = item.get(&field.id).filter(|v| !v.is_null()) {
                shown.insert(&field.id, (field, v));
            }
        }
    }
    visible
}

/// The soft warnings that would show if `candidate` were the answer to `question`, given the
/// answers so far and their flow.
pub fn warnings(
    q: &Questionnaire,
    answers: &IndexMap<String, Answer>,
    flow: &super::Flow,
    question: &Question,
    candidate: &Answer,
) -> Vec<String> {
    let lang = q.default_language();
    let outside = |id: &str| flow.seen(q, answers, id);
    let lookup = |id: &str| -> Observed<'_> {
        if id == question.id {
            return observe(q, Some(question), Some(candidate));
        }
        outside(id)
    };
    let mut out: Vec<String> = question
        .warn_if
        .iter()
        .filter(|w| w.when.holds(&lookup))
        .map(|w| w.message.get(lang, lang).to_owned())
        .collect();
    if question.kind == Kind::List {
        out.extend(item_warnings(q, question, candidate, &outside));
    }
    out
}

fn item_warnings(q: &Questionnaire, list: &Question, candidate: &Answer, outside: Outside) -> Vec<String> {
    let lang = q.default_language();
    let label = list.item_label.as_ref().map(|l| l.get(lang, lang)).unwrap_or("item");
    let mut out = Vec::new();
    let items = candidate.value.as_ref().and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
    for (n, item) in items.iter().enumerate() {
        let Some(fields) = item.as_object() else { continue };
        let lookup = |id: &str| match list.field(id) {
            Some(f) => observe_value(q, Some(f), fields.get(id), false),
            None => outside(id),
        };
        for field in item_fields(q, list, fields, outside) {
            for w in field.warn_if.iter().filter(|w| w.when.holds(&lookup)) {
                out.push(format!("{label} {}: {}", n + 1, w.message.get(lang, lang)));
            }
        }
    }
    out
}
