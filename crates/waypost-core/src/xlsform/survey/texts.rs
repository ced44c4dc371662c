//! A row's texts: in every language its columns give, waypost's own words in each of the form's
//! languages, and what a waypost export kept in its own columns.

use super::*;

impl Form<'_> {
    /// A text of waypost's own put into the questionnaire ("Other"), in each of the form's
    /// languages, so the same workbook gives the same file whatever language the import runs in.
    pub(in crate::xlsform) fn own_text(&self, id: &str, args: &[(&str, crate::i18n::Arg<'_>)]) -> Value {
        if self.languages.len() <= 1 {
            let language = self.languages.first().unwrap_or(&self.default_language);
            return json!(crate::i18n::message_in(language, id, args));
        }
        let texts: BTreeMap<&str, String> =
            self.languages.iter().map(|l| (l.as_str(), crate::i18n::message_in(l, id, args))).collect();
        json!(texts)
    }

    /// What a waypost export kept of `fields` in its own columns of a row, as it was (JSON); a
    /// cell that is not JSON is noted and left out.
    pub(in crate::xlsform) fn kept(&mut self, sheet: &str, row: &Row, fields: &[&str]) -> Map<String, Value> {
        let mut kept = Map::new();
        // Most rows have none of waypost's columns: only those the row has are looked up.
        use std::ops::Bound::{Excluded, Included};
        let columns = row.cells.range::<str, _>((Included("waypost_"), Excluded("waypost`"))).map(|(c, _)| &**c);
        let present: Vec<&str> = columns.collect();
        for field in fields {
            let column = waypost_column(field);
            if !present.contains(&column) {
                continue;
            }
            let text = row.get(column);
            if text.is_empty() {
                continue;
            }
            match serde_json::from_str::<Value>(text) {
                Ok(value) => {
                    kept.insert((*field).to_owned(), value);
                }
                Err(_) => self.note(sheet, row, column, tr!("imp-not-converted", what = text)),
            }
        }
        kept
    }

    /// A text in every language the row gives it: `label`, `label::English (en)`, ...
    pub(super) fn text(&self, row: &Row, base: &str) -> Option<Value> {
        use std::ops::Bound::{Excluded, Included};
        let mut by_language: BTreeMap<String, String> = BTreeMap::new();
        let mut plain = None;
        // `label`, then `label::…` (':' sorts just before ';'): only the row's cells of this text.
        let end = format!("{base};");
        for (column, value) in row.cells.range::<str, _>((Included(base), Excluded(end.as_str()))) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let column: &str = column;
            if column == base || column.strip_prefix(base).is_some_and(|rest| rest.starts_with("::")) {
                self.uses.note(self.sheet, row, column, value);
            }
            if column == base {
                plain = Some(value.to_owned());
            } else if let Some((b, part)) = column.split_once("::")
                && b == base
                && let Some(code) = language_code(part)
            {
                by_language.insert(code, value.to_owned());
            }
        }
        match (plain, by_language.is_empty()) {
            (Some(text), true) => Some(json!(text)),
            (plain, false) => {
                if let Some(text) = plain {
                    by_language.entry(self.default_language.clone()).or_insert(text);
                }
                Some(Value::Object(by_language.into_iter().map(|(code, text)| (code, Value::String(text))).collect()))
            }
            (None, true) => None,
        }
    }
}
