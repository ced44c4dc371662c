//! `${name}` in a form's texts: a question's XLSForm name made its waypost id, so the interview
//! shows the answer there; a name the import left out (a calculate, the form's metadata) or that
//! names nothing shown as "…", with a note where a text uses it. Done once the whole survey is
//! read, since a text may name a question further down.

use std::cell::RefCell;

use super::*;

/// Where texts use names: (name, sheet, row, column letter), as read.
#[derive(Debug, Default)]
pub(super) struct Uses(RefCell<Vec<(String, String, usize, String)>>);

/// The names `${…}` refers to in a text.
fn named(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        rest = &rest[start + 2..];
        let Some(end) = rest.find('}') else { break };
        out.push(rest[..end].trim());
        rest = &rest[end + 1..];
    }
    out
}

impl Uses {
    /// Notes the names a text of `row` uses.
    pub(super) fn note(&self, sheet: &str, row: &Row, column: &str, text: &str) {
        let mut uses = self.0.borrow_mut();
        for name in named(text) {
            uses.push((name.to_owned(), sheet.to_owned(), row.number, row.letter(column)));
        }
    }
}

/// Every text of `value` with its names rewritten by `rewrite`.
fn rewrite_texts(value: &mut Value, rewrite: &dyn Fn(&str) -> Option<String>) {
    match value {
        Value::String(text) if text.contains("${") => {
            let mut out = String::with_capacity(text.len());
            let mut rest = text.as_str();
            while let Some(start) = rest.find("${") {
                out.push_str(&rest[..start]);
                let after = &rest[start + 2..];
                let Some(end) = after.find('}') else {
                    out.push_str(&rest[start..]);
                    rest = "";
                    break;
                };
                match rewrite(after[..end].trim()) {
                    Some(id) => out.push_str(&format!("${{{id}}}")),
                    None => out.push('…'),
                }
                rest = &after[end + 1..];
            }
            out.push_str(rest);
            *text = out;
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_texts(v, rewrite)),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                // Conditions are read from expressions already; only texts are rewritten.
                // A calculation's names were made ids as it was read.
                let read = ["show_if", "warn_if", "flag_if", "constraint", "allow", "action", "calculation"];
                if !read.contains(&key.as_str()) {
                    rewrite_texts(v, rewrite);
                }
            }
        }
        _ => {}
    }
}

impl Form<'_> {
    /// Rewrites the names in the texts of the sections, noting each that cannot be shown.
    pub(super) fn resolve_uses(&mut self) {
        let uses = std::mem::take(&mut *self.uses.0.borrow_mut());
        // No text names anything: nothing to rewrite.
        if uses.is_empty() {
            return;
        }
        let known = self.all_names.clone();
        for (name, sheet, row, column) in uses {
            if !known.contains_key(&name) {
                let message = match self.dropped.get(&name) {
                    Some(kind) => tr!("imp-dropped-name", name = name.as_str(), kind = kind.as_str()),
                    None => tr!("imp-unknown-name", name = name.as_str()),
                };
                self.notes.push(Note { sheet, row, column, message });
            }
        }
        let rewrite = |name: &str| known.get(name).cloned();
        for section in &mut self.sections {
            rewrite_texts(section, &rewrite);
        }
    }
}
