//! How answers read: choice labels instead of codes, states by name, list items field by field.
//! Here, below the interview and the reports, since both say answers as text.

use serde_json::Value;

use crate::questionnaire::{Kind, Question, Questionnaire};
use crate::session::Answer;

/// The text of a value as a person reads it: a choice's label, selected labels joined by "; ",
/// numbers with their unit, list items counted. Not yet made safe for any output.
pub fn value_text(q: &Questionnaire, question: &Question, value: &Value, lang: &str) -> String {
    value_text_with(q, question, value, None, lang)
}

/// [`value_text`], with the "other" choice followed by what it stands for ("Other: radio").
pub fn value_text_with(
    q: &Questionnaire,
    question: &Question,
    value: &Value,
    other: Option<&str>,
    lang: &str,
) -> String {
    let default = q.default_language();
    let label = |v: &str| match (q.choice(question, v), other) {
        (Some(c), Some(other)) if c.other => format!("{}: {other}", c.label.get(lang, default)),
        (Some(c), _) => c.label.get(lang, default).to_owned(),
        (None, _) => v.to_owned(),
    };
    match (question.kind, value) {
        (Kind::Single, Value::String(v)) => label(v),
        (Kind::Multi, Value::Array(items)) => {
            if items.is_empty() {
                return crate::i18n::message_in(lang, "rep-none-selected", &[]);
            }
            items.iter().map(|i| i.as_str().map(label).unwrap_or_else(|| i.to_string())).collect::<Vec<_>>().join("; ")
        }
        (Kind::Number, Value::Number(n)) => {
            let unit = n.as_f64().and_then(|x| question.unit_of(x, lang, default));
            let n = crate::text::decimal_in(&n.to_string(), lang);
            match unit {
                Some(unit) => format!("{n} {unit}"),
                None => n,
            }
        }
        (Kind::List, Value::Array(items)) => {
            // The questionnaire gives one word for an item, not its plural: a count beside it.
            let label = question
                .item_label
                .as_ref()
                .map_or_else(|| crate::i18n::message_in(lang, "rep-item", &[]), |l| l.get(lang, default).to_owned());
            crate::tr_in!(lang, "rep-items", count = items.len(), label = label)
        }
        (Kind::Date, Value::String(s)) => crate::text::date_in(s, lang),
        // A date and time as kept reads as the date does, then the time.
        (Kind::DateTime, Value::String(s)) if s.len() == 16 && s.is_char_boundary(10) => {
            format!("{} {}", crate::text::date_in(&s[..10], lang), &s[11..])
        }
        // A text as typed; a value not of its kind's shape (a file edited by hand) as it is.
        (
            Kind::Single
            | Kind::Multi
            | Kind::Number
            | Kind::Text
            | Kind::Date
            | Kind::Time
            | Kind::DateTime
            | Kind::List
            | Kind::Note
            | Kind::Calculate,
            value,
        ) => value.as_str().map_or_else(|| value.to_string(), ToOwned::to_owned),
    }
}

/// The text of a list item's field, with what its chosen "other" stands for; `None` when the
/// item holds no value for it.
pub fn field_text(
    q: &Questionnaire,
    field: &Question,
    item: &serde_json::Map<String, Value>,
    lang: &str,
) -> Option<String> {
    let value = item.get(&field.id).filter(|v| !v.is_null())?;
    let other = item.get(&crate::session::other_key(&field.id)).and_then(Value::as_str);
    Some(value_text_with(q, field, value, other, lang))
}

/// The text of each field of a list item in the list's order, `None` for a field the item does
/// not show (its conditions see the item's earlier fields and, through `outside`, the answers
/// shown): a value kept from before a change, such as a name typed before the type became a
/// group of children, is kept in the file but never printed.
pub fn shown_cells(
    q: &Questionnaire,
    list: &Question,
    item: &serde_json::Map<String, Value>,
    outside: crate::interview::Outside,
    lang: &str,
) -> Vec<Option<String>> {
    let shown = crate::interview::item_fields(q, list, item, outside);
    list.fields
        .iter()
        .map(|f| shown.iter().any(|s| std::ptr::eq(*s, f)).then(|| field_text(q, f, item, lang)).flatten())
        .collect()
}

/// An item's cells (from [`shown_cells`]), each field the room voted on followed by its votes,
/// the choices nobody chose left out: "Strong say (Some say 1 · Strong say 2 (3 votes))".
pub fn with_votes(
    q: &Questionnaire,
    list: &Question,
    item: &serde_json::Map<String, Value>,
    mut cells: Vec<Option<String>>,
    lang: &str,
) -> Vec<Option<String>> {
    for (cell, field) in cells.iter_mut().zip(&list.fields) {
        let votes = crate::interview::item_votes::item_votes(item, &field.id);
        if let Some(text) = cell.as_mut().filter(|_| !votes.is_empty()) {
            let mut spread = crate::interview::votes::Spread::of(q, field, &votes, lang);
            spread.bars.retain(|b| b.count > 0);
            text.push_str(&format!(" ({})", spread.text(lang)));
        }
    }
    cells
}

/// A list field's prompt as a column or axis heading: the same for every item, so a `${field}`
/// in it reads "…".
pub fn field_heading(q: &Questionnaire, field: &Question, lang: &str) -> String {
    crate::questionnaire::piping::fill(field.prompt.get(lang, q.default_language()), |_| None).into_owned()
}

/// The text of an answer: its value, else its state, else "missing" for a required question and
/// "not answered" for an optional one left empty.
pub fn answer_text(q: &Questionnaire, question: &Question, answer: Option<&Answer>, lang: &str) -> String {
    match answer {
        Some(Answer { value: Some(v), other, .. }) => value_text_with(q, question, v, other.as_deref(), lang),
        Some(Answer { state: Some(s), .. }) => s.label_in(lang),
        _ if question.required => crate::i18n::message_in(lang, "rep-missing-required", &[]),
        _ => crate::i18n::message_in(lang, "rep-not-answered", &[]),
    }
}

/// A prompt or help text with its `${id}` placeholders filled from the answers given (and
/// inside a list item, `${field}` from the item), as they read in `lang`.
pub fn piped<'a>(
    q: &Questionnaire,
    text: &'a str,
    answers: &indexmap::IndexMap<String, Answer>,
    item: Option<(&Question, &serde_json::Map<String, Value>)>,
    lang: &str,
) -> std::borrow::Cow<'a, str> {
    crate::questionnaire::piping::fill(text, |name| {
        if let Some((list, item)) = item
            && let Some(field) = list.field(name)
        {
            return item.get(name).filter(|v| !v.is_null()).map(|v| value_text(q, field, v, lang));
        }
        let question = q.question(name)?;
        if question.kind == crate::questionnaire::Kind::Calculate {
            let answer = |id: &str| answers.get(id).and_then(|a| a.value.clone());
            return q.calculated(question, &answer).map(|v| value_text(q, question, &v, lang));
        }
        answers.get(name)?.value.as_ref().map(|v| value_text(q, question, v, lang))
    })
}

/// A question's prompt as a session reads it: in its language, earlier answers filled in.
pub fn session_prompt(q: &Questionnaire, question: &Question, session: &crate::session::Session) -> String {
    let lang = session.language.as_str();
    piped(q, question.prompt.get(lang, q.default_language()), session.answers(), None, lang).into_owned()
}

/// What a reader is told of an answer given past soft warnings: the warnings as the interviewer
/// saw them (from the session's log) and the reason given; none when no warning was overridden.
pub fn overridden(session: &crate::session::Session, id: &str, lang: &str) -> Option<String> {
    let reason = session.answers().get(id)?.override_reason.as_deref()?;
    let warning = session
        .events()
        .iter()
        .rev()
        .find(|e| e.action == crate::session::EventKind::Override && e.question.as_deref() == Some(id))
        .and_then(|e| e.from.as_str());
    Some(match warning {
        Some(warning) => crate::tr_in!(lang, "rep-overridden-warning", warning = warning, reason = reason),
        None => crate::tr_in!(lang, "rep-overridden", reason = reason),
    })
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::value_text;
    use crate::testing::built_in;

    #[test]
    fn numbers_lists_and_empty_choices_read_in_the_session_s_language() {
        let q = built_in("learning-review");
        let staff = q.question("staff_trained").unwrap();
        assert_eq!(value_text(&q, staff, &json!(12.5), "en"), "12.5 people");
        assert_eq!(value_text(&q, staff, &json!(12.5), "es"), "12,5 personas");
        let lessons = q.question("lessons").unwrap();
        let two = json!([{"lesson": "a"}, {"lesson": "b"}]);
        assert_eq!(value_text(&q, lessons, &two, "en"), "2 × lesson");
        assert_eq!(value_text(&q, lessons, &two, "es"), "2 × lección");
        assert_eq!(value_text(&q, lessons, &json!([]), "es"), "ninguno");
        let funding = q.places().map(|(_, x)| x).find(|x| x.kind == crate::questionnaire::Kind::Multi).unwrap();
        assert_eq!(value_text(&q, funding, &json!([]), "es"), "(ninguna)");
        let date = q.question("review_date").unwrap();
        assert_eq!(value_text(&q, date, &json!("2026-11-28"), "en"), "2026-11-28");
        assert_eq!(value_text(&q, date, &json!("2026-11-28"), "es"), "28/11/2026");
        assert_eq!(value_text(&q, date, &json!("not a date"), "es"), "not a date", "kept as stored");
    }
}
