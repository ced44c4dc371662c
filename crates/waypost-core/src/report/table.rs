//! CSV with one row per answer, and one row per field of each list item, for spreadsheets and R.

use serde_json::Value;

use crate::interview::Flow;
use crate::interview::item_votes::{item_votes, votes_key};
use crate::questionnaire::{Kind, Questionnaire};
use crate::session::Session;
use crate::session::answer_text::{raw_text, shown_cells, value_text};

/// The header row.
pub(crate) const COLUMNS: [&str; 14] = [
    "session_id",
    "organisation",
    "section",
    "question_id",
    "prompt",
    "item",
    "field",
    "value",
    "label",
    "state",
    "note",
    "override",
    "active",
    "voter",
];

/// A CSV cell: control and bidirectional characters written as visible `<U+XXXX>` (see
/// [`crate::text::csv_text`]), and kept from being run as a formula when opened in a spreadsheet:
/// a leading `=`, `+`, `-`, `@` or tab gets a `'` before it. Numbers are left as they are.
pub(crate) fn cell(s: &str) -> String {
    let s = crate::text::csv_text(s);
    let risky = s.starts_with(['=', '+', '-', '@', '\t']) && s.parse::<f64>().is_err();
    if risky { format!("'{s}") } else { s.into_owned() }
}

/// The CSV of a session: every answer in the file, hidden ones marked `active` = `false`; of a
/// list's items, the fields each shows.
pub fn csv(q: &Questionnaire, session: &Session) -> Result<Vec<u8>, csv::Error> {
    let lang = session.language.as_str();
    let flow = Flow::new(q, &session.answers);
    let outside = |id: &str| flow.seen(q, &session.answers, id);
    let choice_label = |choice: &str, question: &crate::questionnaire::Question| {
        q.choice(question, choice)
            .map_or_else(|| choice.to_owned(), |c| c.label.get(lang, q.default_language()).to_owned())
    };
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS)?;
    for (place, question) in q.places() {
        let Some(answer) = session.answers().get(&question.id) else { continue };
        let section = &q.sections[place.section].id;
        let active = if flow.is_visible(place) { "true" } else { "false" };
        let prompt = crate::session::answer_text::session_prompt(q, question, session);
        let prompt = prompt.as_str();
        let state = answer.state.map(super::super::questionnaire::model::AnswerState::name).unwrap_or("");
        let row = |item: String, field: &str, value: String, label: String, voter: &str| {
            [
                cell(&session.id),
                cell(&session.subject.organisation),
                cell(section),
                cell(&question.id),
                cell(prompt),
                item,
                cell(field),
                cell(&value),
                cell(&label),
                state.to_owned(),
                cell(answer.note.as_deref().unwrap_or("")),
                cell(answer.override_reason.as_deref().unwrap_or("")),
                active.to_owned(),
                cell(voter),
            ]
        };
        match (&answer.value, question.kind) {
            (Some(Value::Array(items)), Kind::List) => {
                for (n, item) in items.iter().enumerate() {
                    let Some(item) = item.as_object() else { continue };
                    // Only the fields the item shows: a value kept from before a change (a name
                    // typed before the type became a group of children) is never exported.
                    let cells = shown_cells(q, question, item, &outside, lang);
                    for (field, label) in question.fields.iter().zip(cells) {
                        if let (Some(v), Some(label)) = (item.get(&field.id), label) {
                            out.write_record(row((n + 1).to_string(), &field.id, raw_text(v), label, ""))?;
                            // The room's votes on the field, a row each, as on a question.
                            for (voter, choice) in item_votes(item, &field.id) {
                                let label = choice_label(&choice, field);
                                let key = votes_key(&field.id);
                                out.write_record(row((n + 1).to_string(), &key, choice, label, &voter))?;
                            }
                        }
                    }
                }
                if items.is_empty() {
                    out.write_record(row(
                        String::new(),
                        "",
                        String::new(),
                        value_text(q, question, &Value::Array(vec![]), lang),
                        "",
                    ))?;
                }
            }
            (Some(v), _) => {
                let label = crate::session::answer_text::value_text_with(q, question, v, answer.other.as_deref(), lang);
                out.write_record(row(String::new(), "", raw_text(v), label, ""))?;
            }
            (None, _) => out.write_record(row(String::new(), "", String::new(), String::new(), ""))?,
        }
        // Each vote on its own row: the field says "vote", the voter has a column.
        for (voter, choice) in &answer.votes {
            out.write_record(row(String::new(), "vote", choice.clone(), choice_label(choice, question), voter))?;
        }
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

/// CSV bytes as Excel reads them right: with a UTF-8 byte-order mark first, without which Excel
/// on Windows takes the file for the local code page and garbles accents and €.
pub fn for_excel(csv: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(csv.len() + 3);
    out.extend_from_slice("\u{feff}".as_bytes());
    out.extend(csv);
    out
}
