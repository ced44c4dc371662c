//! The choices sheet: each list's choices, with their texts in every language, and the ids the
//! form's names become.

use super::*;

impl Form<'_> {
    pub(super) fn read_choices(&mut self, table: &Table) {
        for row in &table.rows {
            let list = row.get("list_name").or_else_empty(row.get("list name"));
            let name = row.get("name").or_else_empty(row.get("value"));
            if list.is_empty() || name.is_empty() {
                self.note(
                    &table.name,
                    row,
                    if list.is_empty() { "list_name" } else { "name" },
                    tr!("imp-choice-incomplete"),
                );
                continue;
            }
            let label = self.text(row, "label").unwrap_or_else(|| json!(name));
            let score = row.get(SCORE_COLUMN).parse::<f64>().ok();
            let mut choice = Map::new();
            choice.insert("value".into(), json!(name));
            choice.insert("label".into(), label);
            if let Some(score) = score {
                choice.insert("score".into(), json!(score));
            }
            // A choice's help and condition, as a waypost export keeps them.
            choice.extend(self.kept(&table.name, row, &["help", "show_if"]));
            for column in row.cells.keys().filter(|c| {
                !matches!(
                    c.split("::").next(),
                    Some(
                        "list_name"
                            | "list name"
                            | "name"
                            | "value"
                            | "label"
                            | "image"
                            | "audio"
                            | "video"
                            | "media"
                            | SCORE_COLUMN
                            | "waypost_help"
                            | "waypost_show_if"
                    )
                )
            }) {
                self.choice_extras.push((table.name.clone(), row.clone(), column.to_string()));
            }
            let columns = row.cells.iter().map(|(c, v)| (c.to_string(), v.trim().to_owned())).collect();
            self.choice_columns.entry(list.to_owned()).or_default().push(columns);
            self.choice_lists.entry(list.to_owned()).or_default().push(Value::Object(choice));
        }
    }

    /// The choice sets the questions use, by waypost id.
    pub(crate) fn choice_sets(&self) -> Map<String, Value> {
        self.choice_lists.iter().map(|(name, choices)| (item_id(name), json!(choices))).collect()
    }

    /// A unique waypost id for an XLSForm name, noting a change.
    pub(super) fn unique_id(&mut self, row: &Row, name: &str) -> String {
        let base = item_id(name);
        let n = self.ids.entry(base.clone()).or_default();
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}_{n}") };
        if id != name {
            self.note(self.sheet, row, "name", tr!("imp-renamed", name = name, id = id.as_str()));
        }
        id
    }
}
