//! `begin loop over L` … `end loop`, as pyxform reads it: the rows between asked once for each
//! choice of the list L, in a group of their own titled with the choice's label, `%(label)s` in
//! their texts standing for it.

use super::*;
use crate::xlsform::aliases;

/// The columns whose texts may hold `%(label)s`.
const TEXTS: [&str; 3] = ["label", "hint", "guidance_hint"];

/// A row like `row` with these cells set (and any other text columns of it dropped when `only`).
fn like(row: &Row, cells: &[(&str, String)]) -> Row {
    let mut out = Row { number: row.number, letters: row.letters.clone(), ..Row::default() };
    for (column, value) in cells {
        out.cells.insert(std::rc::Rc::from(*column), value.clone());
    }
    out
}

/// A choice's label in `language`, or in its first language, or its value.
fn label_in(choice: &Value, language: Option<&str>) -> String {
    match &choice["label"] {
        Value::String(text) => text.clone(),
        Value::Object(by_language) => language
            .and_then(|l| by_language.get(l))
            .or_else(|| by_language.values().next())
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_default(),
        _ => choice["value"].as_str().unwrap_or_default().to_owned(),
    }
}

impl Form<'_> {
    /// The survey's rows with every loop unrolled (loops in loops too).
    pub(super) fn unrolled(&mut self, rows: &[Row]) -> Vec<Row> {
        let mut out = Vec::with_capacity(rows.len());
        let mut at = 0;
        while let Some(row) = rows.get(at) {
            let kind = aliases::kind(row.get("type"));
            let Some(list) = kind.strip_prefix("begin loop over ") else {
                out.push(row.clone());
                at += 1;
                continue;
            };
            // Its rows, to the `end loop` that closes it.
            let mut depth = 1;
            let mut end = at + 1;
            while let Some(inner) = rows.get(end) {
                match aliases::kind(inner.get("type")) {
                    k if k.starts_with("begin loop over ") => depth += 1,
                    k if k == "end loop" => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                end += 1;
            }
            if end >= rows.len() {
                self.note(self.sheet, row, "type", tr!("imp-not-closed"));
            }
            let body = self.unrolled(&rows[at + 1..end.min(rows.len())]);
            at = end + 1;
            let Some(mut choices) = self.choice_lists.get(list).cloned() else {
                self.note(self.sheet, row, "type", tr!("imp-no-choice-list", list = list));
                continue;
            };
            // As pyxform: a list a select asks with "or other" has that choice in its loops too.
            let with_other = format!(" {list} or_other");
            if rows.iter().any(|r| aliases::kind(r.get("type")).ends_with(&with_other)) {
                choices.push(json!({"value": "other", "label": self.own_text("imp-other", &[])}));
            }
            self.note(self.sheet, row, "type", tr!("imp-loop", list = list, choices = choices.len()));
            let mut open = vec![("type", "begin group".to_owned()), ("name", row.get("name").to_owned())];
            open.extend(
                row.cells.iter().filter(|(c, _)| c.split("::").next() == Some("label")).map(|(c, v)| (&**c, v.clone())),
            );
            out.push(like(row, &open));
            for choice in &choices {
                let value = choice["value"].as_str().unwrap_or_default().to_owned();
                let mut group = vec![("type", "begin group".to_owned()), ("name", value.clone())];
                let label = match &choice["label"] {
                    Value::Object(by_language) => {
                        by_language.keys().map(|l| (format!("label::{l}"), label_in(choice, Some(l)))).collect()
                    }
                    _ => vec![("label".to_owned(), label_in(choice, None))],
                };
                group.extend(label.iter().map(|(c, v)| (c.as_str(), v.clone())));
                out.push(like(row, &group));
                for inner in &body {
                    out.push(self.for_choice(inner, choice, &value));
                }
                out.push(like(row, &[("type", "end group".to_owned())]));
            }
            out.push(like(row, &[("type", "end group".to_owned())]));
        }
        out
    }

    /// A row of a loop's body for one choice: its name made the choice's own, `%(label)s` in
    /// its texts the choice's label in each text's language.
    fn for_choice(&self, row: &Row, choice: &Value, value: &str) -> Row {
        let mut out = row.clone();
        if let Some(name) = out.cells.get_mut("name") {
            *name = format!("{name}_{value}");
        }
        for (column, text) in &mut out.cells {
            let mut parts = column.split("::");
            if !parts.next().is_some_and(|base| TEXTS.contains(&base)) || !text.contains("%(label)s") {
                continue;
            }
            let language = parts.next().and_then(language_code).unwrap_or_else(|| self.default_language.clone());
            *text = text.replace("%(label)s", &label_in(choice, Some(&language)));
        }
        out
    }
}
