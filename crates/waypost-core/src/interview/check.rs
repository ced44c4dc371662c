//! Checking an answer before it is saved: hard checks block with a message; soft warnings ask
//! for a reason to go on.

use std::collections::HashMap;

use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::flow::{observe, observe_value};
use super::invalid::{Invalid, Warning};
use super::item_votes::are_votes;
use super::record::other_choice;
use crate::questionnaire::validate::is_date;
use crate::questionnaire::{Bound, Kind, Observed, Question, Questionnaire};
use crate::session::Answer;
use crate::session::other_key;
use crate::text::Text;

/// What a list item's field conditions see of the answers outside the list.
pub type Outside<'o, 'a> = &'o dyn Fn(&str) -> Observed<'a>;

/// Sees no answers outside a list.
pub fn nothing_outside(_: &str) -> Observed<'static> {
    Observed::default()
}

/// Checks a value against its question and returns it in the form it is saved in (whole
/// numbers as integers for integer questions). The error says what is wrong.
pub fn check_value(q: &Questionnaire, question: &Question, value: &Value) -> Result<Value, Invalid> {
    check_value_with(q, question, value, &nothing_outside)
}

/// [`check_value`], where list fields whose conditions name questions outside the list see
/// those answers through `outside`.
pub fn check_value_with(
    q: &Questionnaire,
    question: &Question,
    value: &Value,
    outside: Outside,
) -> Result<Value, Invalid> {
    match (check_kind(q, question, value, outside), &question.limits_message) {
        // A form's own words for its limits, where it gave them.
        (
            Err(
                Invalid::BelowMin { .. }
                | Invalid::AboveMax { .. }
                | Invalid::TooLong { .. }
                | Invalid::DateBefore(_)
                | Invalid::DateAfter(_),
            ),
            Some(message),
        ) => Err(Invalid::Constraint(message.get(shown_language(q), q.default_language()).to_owned())),
        (checked, _) => checked,
    }
}

fn check_kind(q: &Questionnaire, question: &Question, value: &Value, outside: Outside) -> Result<Value, Invalid> {
    let lang = q.default_language();
    match question.kind {
        Kind::Note | Kind::Calculate => Err(Invalid::NoteTakesNoAnswer),
        Kind::Single => {
            let v = value.as_str().ok_or(Invalid::ChooseOne)?;
            q.choice(question, v).ok_or_else(|| Invalid::NotAChoice(v.to_owned()))?;
            Ok(value.clone())
        }
        Kind::Multi => {
            let items = value.as_array().ok_or(Invalid::SelectFromChoices)?;
            let mut seen = Vec::new();
            for item in items {
                let v = item.as_str().ok_or(Invalid::SelectFromChoices)?;
                q.choice(question, v).ok_or_else(|| Invalid::NotAChoice(v.to_owned()))?;
                if seen.contains(&v) {
                    return Err(Invalid::SelectedTwice(v.to_owned()));
                }
                seen.push(v);
            }
            if seen.len() > 1
                && let Some(alone) = seen.iter().filter_map(|v| q.choice(question, v)).find(|c| c.exclusive)
            {
                return Err(Invalid::Exclusive(alone.label.get(lang, lang).to_owned()));
            }
            if let Some(lo) = question.min_selected.filter(|lo| seen.len() < *lo) {
                return Err(Invalid::TooFewSelected(lo));
            }
            if let Some(hi) = question.max_selected.filter(|hi| seen.len() > *hi) {
                return Err(Invalid::TooManySelected(hi));
            }
            Ok(value.clone())
        }
        Kind::Number => {
            let n = value.as_f64().filter(|n| n.is_finite()).ok_or(Invalid::NotANumber)?;
            if question.integer && n.fract() != 0.0 {
                return Err(Invalid::NotWhole);
            }
            if let Some(min) = question.min.as_ref().and_then(Bound::number).filter(|lo| n < *lo) {
                return Err(Invalid::BelowMin { min, unit: question.unit_of(min, lang, lang) });
            }
            if let Some(max) = question.max.as_ref().and_then(Bound::number).filter(|hi| n > *hi) {
                return Err(Invalid::AboveMax { max, unit: question.unit_of(max, lang, lang) });
            }
            if question.integer && n.abs() < 9.0e15 {
                #[allow(clippy::cast_possible_truncation, reason = "a whole number below 2^53 in size")]
                return Ok(Value::from(n as i64));
            }
            Ok(value.clone())
        }
        Kind::Text => {
            let s = value.as_str().ok_or(Invalid::TypeAnAnswer)?;
            if s.trim().is_empty() {
                return Err(Invalid::Empty);
            }
            let len = s.chars().count();
            if let Some(max) = question.max_length.filter(|max| len > *max) {
                return Err(Invalid::TooLong { len, max });
            }
            Ok(value.clone())
        }
        Kind::Date => {
            let s = value.as_str().filter(|s| is_date(s)).ok_or(Invalid::NotADate)?;
            let date = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Invalid::NotADate)?;
            if let Some(min) = question.min.as_ref().and_then(Bound::date).filter(|lo| date < *lo) {
                return Err(Invalid::DateBefore(min.format("%Y-%m-%d").to_string()));
            }
            if let Some(max) = question.max.as_ref().and_then(Bound::date).filter(|hi| date > *hi) {
                return Err(Invalid::DateAfter(max.format("%Y-%m-%d").to_string()));
            }
            Ok(Value::from(s))
        }
        Kind::Time => {
            let s = value.as_str().filter(|s| crate::interview::typed::is_time(s)).ok_or(Invalid::NotATime)?;
            Ok(Value::from(s))
        }
        Kind::DateTime => {
            let s = value.as_str().filter(|s| crate::interview::typed::is_datetime(s)).ok_or(Invalid::NotADateTime)?;
            Ok(Value::from(s))
        }
        Kind::List => check_list(q, question, value, outside),
    }
}

/// How many items a list needs at least and takes at most: its `min_items` and `max_items`, or
/// exactly the number its `count_from` question was answered with.
pub fn item_limits(question: &Question, outside: Outside) -> (Option<usize>, Option<usize>) {
    let counted = question.count_from.as_deref().and_then(|id| outside(id).value.and_then(Value::as_f64));
    match counted.filter(|n| *n >= 0.0 && n.fract() == 0.0 && *n <= 10_000.0) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a whole number 0 to 10,000")]
        Some(n) => (Some(n as usize), Some(n as usize)),
        None => (question.min_items, question.max_items),
    }
}

fn check_list(q: &Questionnaire, question: &Question, value: &Value, outside: Outside) -> Result<Value, Invalid> {
    let items = value.as_array().ok_or(Invalid::NotAList)?;
    let label = item_label(q, question);
    let (min_items, max_items) = item_limits(question, outside);
    if let Some(source) = question.count_from.as_deref().and_then(|id| q.question(id))
        && min_items.is_some_and(|n| items.len() != n)
    {
        let lang = shown_language(q);
        let asked = crate::questionnaire::piping::fill(source.prompt.get(lang, q.default_language()), |name| {
            let value = outside(name).value?;
            Some(crate::session::answer_text::value_text(q, q.question(name)?, value, lang))
        })
        .into_owned();
        return Err(Invalid::CountFrom { n: min_items.unwrap_or(0), label, asked });
    }
    if let Some(min) = min_items.filter(|lo| items.len() < *lo) {
        return Err(Invalid::TooFewItems { min, label });
    }
    if let Some(max) = max_items.filter(|hi| items.len() > *hi) {
        return Err(Invalid::TooManyItems { max, label });
    }
    let mut out = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let number = n + 1;
        let fields = item.as_object().ok_or_else(|| Invalid::NotAnItem { label: label.clone(), number })?;
        let known = |key: &str| {
            if let Some(id) = key.strip_suffix(".other") {
                return question.field(id).is_some_and(|f| q.choices(f).iter().any(|c| c.other));
            }
            if let Some(id) = key.strip_suffix(".votes") {
                return question.field(id).zip(fields.get(key)).is_some_and(|(f, v)| are_votes(f, v));
            }
            question.field(key).is_some()
        };
        if let Some(key) = fields.keys().find(|k| !known(k)) {
            return Err(Invalid::UnknownField { label, number, field: key.clone() });
        }
        let mut checked = Map::new();
        for field in item_fields(q, question, fields, outside) {
            let in_item = |inner: Invalid| Invalid::InItem {
                label: label.clone(),
                number,
                field: field_name(q, question, field, fields),
                inner: Box::new(inner),
            };
            match fields.get(&field.id).filter(|v| !v.is_null()) {
                Some(v) => {
                    let v = check_value(q, field, v).map_err(in_item)?;
                    let chosen = other_choice(q, field, &v);
                    checked.insert(field.id.clone(), v);
                    if let Some(choice) = chosen {
                        let key = other_key(&field.id);
                        match fields.get(&key).and_then(Value::as_str).filter(|s| !s.trim().is_empty()) {
                            Some(said) => checked.insert(key, Value::from(said)),
                            None => return Err(in_item(Invalid::SpecifyOther(choice))),
                        };
                    }
                }
                None if field.required_when(&|id| match question.field(id) {
                    Some(f) => crate::interview::observe_value(q, Some(f), fields.get(id), false),
                    None => outside(id),
                }) =>
                {
                    return Err(in_item(Invalid::Missing));
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

/// What an item of a list is called, in the questionnaire's default language.
/// The questionnaire's language a refusal speaks: the interface's, where the questionnaire has
/// it (a check does not know the session; its shell shows the refusal in the interface language).
fn shown_language(q: &Questionnaire) -> &str {
    q.language_for(crate::i18n::language())
}

fn item_label(q: &Questionnaire, list: &Question) -> String {
    match &list.item_label {
        Some(l) => l.get(shown_language(q), q.default_language()).to_owned(),
        None => crate::tr!("rep-item"),
    }
}

/// A field's prompt as the interviewer saw it in this item (`${field}` filled from the item).
fn field_name(q: &Questionnaire, list: &Question, field: &Question, item: &Map<String, Value>) -> String {
    let lang = shown_language(q);
    crate::questionnaire::piping::fill(field.prompt.get(lang, q.default_language()), |name| {
        let (f, v) = (list.field(name)?, item.get(name).filter(|v| !v.is_null())?);
        Some(crate::session::answer_text::value_text(q, f, v, lang))
    })
    .into_owned()
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

/// What conditions see of the answers with `candidate` in place as the answer to `question`.
fn with_candidate<'a>(
    q: &'a Questionnaire,
    answers: &'a IndexMap<String, Answer>,
    flow: &'a super::Flow,
    question: &'a Question,
    candidate: &'a Answer,
) -> impl Fn(&str) -> Observed<'a> + 'a {
    move |id: &str| {
        if id == question.id { observe(q, Some(question), Some(candidate)) } else { flow.seen(q, answers, id) }
    }
}

/// The first hard rule (`constraint`) a candidate answer breaks, as its message in `language`.
/// Only a value is held to them: an answer state says why there is none.
pub fn broken_constraint(
    q: &Questionnaire,
    answers: &IndexMap<String, Answer>,
    flow: &super::Flow,
    question: &Question,
    candidate: &Answer,
    language: &str,
) -> Option<String> {
    candidate.value.as_ref()?;
    let lookup = with_candidate(q, answers, flow, question, candidate);
    let broken = question.constraint.iter().find(|c| !c.when.holds(&lookup))?;
    Some(broken.message.get(language, q.default_language()).to_owned())
}

/// The soft warnings that would show if `candidate` were the answer to `question`, given the
/// answers so far and their flow.
pub fn warnings(
    q: &Questionnaire,
    answers: &IndexMap<String, Answer>,
    flow: &super::Flow,
    question: &Question,
    candidate: &Answer,
) -> Vec<Warning> {
    let outside = |id: &str| flow.seen(q, answers, id);
    let lookup = with_candidate(q, answers, flow, question, candidate);
    let mut out: Vec<Warning> = question
        .warn_if
        .iter()
        .filter(|w| w.when.holds(&lookup))
        .map(|w| Warning { item: None, message: w.message.clone() })
        .collect();
    if question.kind == Kind::List {
        out.extend(item_warnings(q, question, candidate, &outside));
    }
    out
}

fn item_warnings(q: &Questionnaire, list: &Question, candidate: &Answer, outside: Outside) -> Vec<Warning> {
    let label = list.item_label.clone().unwrap_or_else(|| Text::Plain(crate::tr!("rep-item")));
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
                out.push(Warning { item: Some((label.clone(), n + 1)), message: w.message.clone() });
            }
        }
    }
    out
}
