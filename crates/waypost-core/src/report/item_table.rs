//! Table views: the items of one or more lists that meet a condition, as rows (the open actions
//! of a review by owner and due date).

use serde_json::Value;

use crate::interview::votes::dot_key;
use crate::interview::{Flow, observe_value};
use crate::questionnaire::{ItemTable, Questionnaire};
use crate::session::Session;
use crate::session::answer_text::{field_heading, field_text};

/// A table view filled with a session's items.
#[derive(Debug, Clone, PartialEq)]
pub struct Filled {
    /// The view's title.
    pub title: String,
    /// The columns' headings (the fields' prompts).
    pub header: Vec<String>,
    /// One row per item that meets the condition, sorted (after a dot vote, by the items'
    /// dots, with a column of them).
    pub rows: Vec<Vec<String>>,
    /// Each row's key in a dot vote: the list's id, `#`, and the item's first column as written.
    pub keys: Vec<String>,
}

/// The rows of a table view for a session; lists not shown for these answers give none.
pub fn fill(q: &Questionnaire, table: &ItemTable, session: &Session) -> Filled {
    let (lang, default) = (session.language.as_str(), q.default_language());
    let flow = Flow::new(q, &session.answers);
    let mut keyed: Vec<(String, String, Vec<String>)> = Vec::new();
    let mut header = Vec::new();
    for id in &table.lists {
        let Some((place, list)) = q.find(id) else { continue };
        if header.is_empty() {
            header = table
                .columns
                .iter()
                .map(|c| list.field(c).map(|f| field_heading(q, f, lang)).unwrap_or_default())
                .collect();
        }
        if !flow.is_visible(place) {
            continue;
        }
        for item in crate::interview::items(session.answers.get(id).and_then(|a| a.value.as_ref())) {
            let keep = table
                .when
                .as_ref()
                .is_none_or(|c| c.holds(&|field| observe_value(q, list.field(field), item.get(field), false)));
            if !keep {
                continue;
            }
            let cell = |field: &str| -> String {
                list.field(field).and_then(|f| field_text(q, f, item, lang)).unwrap_or_default()
            };
            // Sorted by the raw value (dates as written sort by date), empty ones last.
            let key = table
                .sort_by
                .as_deref()
                .and_then(|f| item.get(f))
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .unwrap_or_else(|| "\u{10ffff}".to_owned());
            let first = table.columns.first().and_then(|c| item.get(c)).and_then(Value::as_str).unwrap_or_default();
            keyed.push((key, dot_key(id, first), table.columns.iter().map(|c| cell(c)).collect()));
        }
    }
    if table.sort_by.is_some() {
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
    }
    // After a dot vote, the items with most dots first (a stable sort keeps the order above
    // among equals), their dots in a last column.
    let dots = |key: &str| session.dots.values().flatten().filter(|d| *d == key).count();
    if keyed.iter().any(|(_, key, _)| dots(key) > 0) {
        keyed.sort_by_key(|(_, key, _)| std::cmp::Reverse(dots(key)));
        header.push(crate::tr_in!(lang, "rep-dots"));
        for (_, key, row) in &mut keyed {
            row.push(dots(key).to_string());
        }
    }
    Filled {
        title: table.title.get(lang, default).to_owned(),
        header,
        keys: keyed.iter().map(|(_, key, _)| key.clone()).collect(),
        rows: keyed.into_iter().map(|(_, _, r)| r).collect(),
    }
}
