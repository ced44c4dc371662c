//! Groups and repeats on the survey sheet: a top-level group is a section, a nested one a part of
//! its title and condition, a repeat a list question whose rows are its fields.

use super::*;

impl Form<'_> {
    pub(super) fn in_repeat(&self) -> bool {
        self.open.iter().any(|o| matches!(o, Open::Repeat { .. } | Open::Skipped))
    }

    /// The title and conditions of the groups open, for a new section: nested groups' titles
    /// joined ("Outer › Inner") in each language.
    pub(super) fn group_path(&self) -> (Option<Value>, Option<Value>) {
        let (mut titles, mut conditions): (Vec<&Value>, Vec<Value>) = (Vec::new(), Vec::new());
        for open in &self.open {
            if let Open::Group { title, show_if } = open {
                titles.extend(title);
                conditions.extend(show_if.clone());
            }
        }
        let title = match titles.as_slice() {
            [] => None,
            [one] => Some((*one).clone()),
            many if self.languages.len() <= 1 => {
                let parts: Vec<String> = many.iter().map(|t| plain_text(t, &self.default_language)).collect();
                Some(json!(parts.join(" › ")))
            }
            many => {
                let joined: BTreeMap<&str, String> = self
                    .languages
                    .iter()
                    .map(|l| (l.as_str(), many.iter().map(|t| plain_text(t, l)).collect::<Vec<_>>().join(" › ")))
                    .collect();
                Some(json!(joined))
            }
        };
        let show_if = match conditions.len() {
            0 => None,
            1 => conditions.into_iter().next(),
            _ => Some(json!({"all": Value::Array(conditions)})),
        };
        (title, show_if)
    }

    pub(super) fn end_section(&mut self) {
        if self.section.is_empty() {
            return;
        }
        let n = self.sections.len() + 1;
        let mut section = Map::new();
        section.insert("id".into(), json!(format!("section_{n}")));
        let title = match self.section_title.clone() {
            Some(title) => title,
            None => self.own_text("imp-section", &[("n", n.into())]),
        };
        section.insert("title".into(), title);
        if let Some(guidance) = self.section_guidance.take() {
            section.insert("guidance".into(), guidance);
        }
        if let Some(show_if) = self.section_show_if.clone() {
            section.insert("show_if".into(), show_if);
        }
        section.extend(std::mem::take(&mut self.section_kept));
        section.insert("questions".into(), Value::Array(std::mem::take(&mut self.section)));
        self.sections.push(Value::Object(section));
    }

    pub(super) fn begin_group(&mut self, row: &Row) {
        let title = self.text(row, "label");
        let show_if = self.condition(row, "relevant", None);
        self.flush_calculations();
        if self.in_repeat() {
            // Inside a list item the group's questions are fields like the others: its title a
            // note field before them, its condition on each of them (the note's included).
            if let Some(title) = &title {
                let name = row.get("name");
                let id = self.unique_id(row, if name.is_empty() { "note" } else { name });
                let note = json!({"id": id, "kind": crate::questionnaire::Kind::Note.name(), "prompt": title});
                self.open.push(Open::Group { title: None, show_if });
                self.add(note);
            } else {
                self.open.push(Open::Group { title: None, show_if });
            }
            return;
        }
        self.end_section();
        self.section_kept = self.kept(self.sheet, row, SECTION_KEPT);
        // The section's own id, as a waypost export keeps it.
        if !row.get(ID_COLUMN).is_empty() {
            self.section_kept.insert("id".into(), json!(item_id(row.get(ID_COLUMN))));
        }
        self.open.push(Open::Group { title, show_if });
        (self.section_title, self.section_show_if) = self.group_path();
    }

    pub(super) fn close(&mut self, open: Open) {
        match open {
            Open::Group { .. } => {
                if !self.in_repeat() {
                    self.end_section();
                    (self.section_title, self.section_show_if) = self.group_path();
                }
            }
            Open::Repeat { mut list, fields } => {
                self.fields.clear();
                if fields.is_empty() {
                    return;
                }
                list.insert("fields".into(), Value::Array(fields));
                self.add(Value::Object(list));
            }
            Open::Skipped => {}
        }
    }

    pub(super) fn begin_repeat(&mut self, row: &Row) {
        if self.in_repeat() {
            self.note(self.sheet, row, "type", tr!("imp-nested-repeat"));
            self.open.push(Open::Skipped);
            return;
        }
        let name = row.get("name");
        let id = self.unique_id(row, if name.is_empty() { "list" } else { name });
        let mut list = Map::new();
        list.insert("id".into(), json!(id));
        list.insert("kind".into(), json!(crate::questionnaire::Kind::List.name()));
        list.insert("prompt".into(), self.text(row, "label").unwrap_or_else(|| json!(name)));
        if let Some(help) = self.text(row, "hint") {
            list.insert("help".into(), help);
        }
        if let Some(show_if) = self.condition(row, "relevant", None) {
            list.insert("show_if".into(), show_if);
        }
        self.flush_calculations();
        let count = row.get("repeat_count");
        if !count.is_empty() {
            match (count.parse::<usize>(), count.strip_prefix("${").and_then(|c| c.strip_suffix('}'))) {
                (Ok(n), _) => {
                    list.insert("min_items".into(), json!(n));
                    list.insert("max_items".into(), json!(n));
                }
                (_, Some(source))
                    if self
                        .names
                        .get(source.trim())
                        .is_some_and(|(_, s)| matches!(s, Shape::Integer | Shape::Decimal)) =>
                {
                    list.insert("count_from".into(), json!(self.names[source.trim()].0));
                }
                _ => self.note(self.sheet, row, "repeat_count", tr!("imp-not-converted", what = count)),
            }
        }
        // What a waypost export kept of the list's own fields (its item label, its limits).
        list.extend(self.kept(self.sheet, row, QUESTION_KEPT));
        self.names.insert(name.to_owned(), (id, Shape::Other));
        self.open.push(Open::Repeat { list, fields: Vec::new() });
    }
}
