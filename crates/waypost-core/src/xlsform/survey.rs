//! The survey, choices and settings sheets turned into a waypost questionnaire, row by row,
//! with a note for everything that is not carried over as it was.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value, json};

use super::expression::{self, Names, Shape};
use super::sheets::{Row, Table};
use super::{ID_COLUMN, Note, QUESTION_KEPT, SCORE_COLUMN, SECTION_KEPT, WAYPOST_COLUMNS, waypost_column};
use crate::tr;

/// Question types that are the form's metadata, not questions: left out, with a note.
const METADATA: &[&str] = &[
    "calculate",
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "hidden",
    "xml-external",
    "csv-external",
    "start-geopoint",
];

/// Answers a phone collects that waypost keeps as typed text.
const AS_TEXT: &[&str] = &["time", "datetime", "dateTime", "geopoint", "geotrace", "geoshape", "barcode"];

/// Media a phone records: kept as a note to read out.
const MEDIA: &[&str] = &["image", "audio", "video", "file", "background-audio", "photo"];

/// Columns whose meaning has no place in waypost: reported where filled in.
const NOT_CARRIED: &[&str] =
    &["choice_filter", "default", "calculation", "trigger", "read_only", "appearance", "parameters"];

/// The survey columns the import reads; any other is reported.
const READ: &[&str] = &[
    "type",
    "name",
    "label",
    "hint",
    "guidance_hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "repeat_count",
    "media",
    "image",
    "audio",
    "video",
    ID_COLUMN,
];

/// What a group or repeat opened on the survey sheet leaves open.
enum Open {
    Group {
        title: Option<Value>,
        show_if: Option<Value>,
    },
    Repeat {
        list: Map<String, Value>,
        fields: Vec<Value>,
    },
    /// A repeat inside a repeat: its rows are left out.
    Skipped,
}

/// The form being converted.
pub struct Form<'a> {
    sheet: &'a str,
    default_language: String,
    languages: Vec<String>,
    /// XLSForm names seen so far: the waypost id and shape (questions, then the open repeat's
    /// fields, which a field may name).
    names: HashMap<String, (String, Shape)>,
    fields: HashMap<String, (String, Shape)>,
    ids: HashMap<String, usize>,
    open: Vec<Open>,
    sections: Vec<Value>,
    section: Vec<Value>,
    section_title: Option<Value>,
    section_show_if: Option<Value>,
    section_guidance: Option<Value>,
    /// What a waypost export kept of the section's own fields (its minutes, its votes).
    section_kept: Map<String, Value>,
    choice_lists: BTreeMap<String, Vec<Value>>,
    /// Everything not carried over as it was.
    pub notes: Vec<Note>,
}

impl Names for Form<'_> {
    fn resolve(&self, name: &str) -> Option<(String, Shape)> {
        self.fields.get(name).or_else(|| self.names.get(name)).cloned()
    }
}

/// A language code from a column's language part: `English (en)` gives `en`.
fn language_code(part: &str) -> String {
    if let (Some(open), Some(close)) = (part.rfind('('), part.rfind(')'))
        && open < close
    {
        return part[open + 1..close].trim().to_lowercase();
    }
    let name = part.trim().to_lowercase();
    match name.as_str() {
        "english" => "en",
        "spanish" | "español" | "espanol" => "es",
        "french" | "français" | "francais" => "fr",
        "portuguese" | "português" => "pt",
        other => other,
    }
    .to_owned()
}

/// A name made a waypost id: lower-case letters, digits, `_` and `-`, starting with a letter or
/// digit (what XLSForm allows besides, `.` or capitals, becomes `_` or lower-case).
pub fn item_id(name: &str) -> String {
    let mut id: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c.to_ascii_lowercase() } else { '_' })
        .collect();
    while id.starts_with(['_', '-']) {
        id.remove(0);
    }
    id.truncate(100);
    if id.is_empty() { "q".into() } else { id }
}

impl<'a> Form<'a> {
    /// A form with these choices and settings.
    pub fn new(survey: &'a Table, choices: Option<&Table>, default_language: &str) -> Form<'a> {
        let mut form = Form {
            sheet: &survey.name,
            default_language: default_language.to_owned(),
            languages: Vec::new(),
            names: HashMap::new(),
            fields: HashMap::new(),
            ids: HashMap::new(),
            open: Vec::new(),
            sections: Vec::new(),
            section: Vec::new(),
            section_title: None,
            section_show_if: None,
            section_guidance: None,
            section_kept: Map::new(),
            choice_lists: BTreeMap::new(),
            notes: Vec::new(),
        };
        for row in survey.rows.iter().chain(choices.map(|c| c.rows.as_slice()).unwrap_or(&[])) {
            for column in row.cells.keys() {
                if let Some((base, part)) = column.split_once("::")
                    && matches!(base, "label" | "hint" | "guidance_hint")
                {
                    let code = language_code(part);
                    if !form.languages.contains(&code) {
                        form.languages.push(code);
                    }
                }
            }
        }
        if let Some(pos) = form.languages.iter().position(|l| *l == form.default_language) {
            let first = form.languages.remove(pos);
            form.languages.insert(0, first);
        }
        if let Some(choices) = choices {
            form.read_choices(choices);
        }
        form
    }

    /// A text of waypost's own put into the questionnaire ("Other"), in each of the form's
    /// languages, so the same workbook gives the same file whatever language the import runs in.
    pub fn own_text(&self, id: &str, args: &[(&str, crate::i18n::Arg<'_>)]) -> Value {
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
    pub fn kept(&mut self, sheet: &str, row: &Row, fields: &[&str]) -> Map<String, Value> {
        let mut kept = Map::new();
        for field in fields {
            let column = waypost_column(field);
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

    fn note(&mut self, sheet: &str, row: &Row, column: &str, message: String) {
        self.notes.push(Note { sheet: sheet.to_owned(), row: row.number, column: row.letter(column), message });
    }

    /// A text in every language the row gives it: `label`, `label::English (en)`, ...
    fn text(&self, row: &Row, base: &str) -> Option<Value> {
        let mut by_language: BTreeMap<String, String> = BTreeMap::new();
        let mut plain = None;
        for (column, value) in &row.cells {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            if column == base {
                plain = Some(value.to_owned());
            } else if let Some((b, part)) = column.split_once("::")
                && b == base
            {
                by_language.insert(language_code(part), value.to_owned());
            }
        }
        match (plain, by_language.is_empty()) {
            (Some(text), true) => Some(json!(text)),
            (plain, false) => {
                if let Some(text) = plain {
                    by_language.entry(self.default_language.clone()).or_insert(text);
                }
                Some(json!(by_language))
            }
            (None, true) => None,
        }
    }

    fn read_choices(&mut self, table: &Table) {
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
                    )
                )
            }) {
                self.note(&table.name, row, column, tr!("imp-column-ignored", column = column.as_str()));
            }
            self.choice_lists.entry(list.to_owned()).or_default().push(Value::Object(choice));
        }
    }

    /// The choice sets the questions use, by waypost id.
    pub fn choice_sets(&self) -> Map<String, Value> {
        self.choice_lists.iter().map(|(name, choices)| (item_id(name), json!(choices))).collect()
    }

    /// The languages the form's columns name, the default first.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// A unique waypost id for an XLSForm name, noting a change.
    fn unique_id(&mut self, row: &Row, name: &str) -> String {
        let base = item_id(name);
        let n = self.ids.entry(base.clone()).or_default();
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}_{n}") };
        if id != name {
            self.note(self.sheet, row, "name", tr!("imp-renamed", name = name, id = id.as_str()));
        }
        id
    }

    /// Converts every row of the survey sheet.
    pub fn read_survey(&mut self, survey: &Table) {
        for row in &survey.rows {
            self.row(row);
        }
        while let Some(open) = self.open.pop() {
            if let Some(last) = survey.rows.last() {
                self.note(self.sheet, last, "type", tr!("imp-not-closed"));
            }
            self.close(open);
        }
        self.end_section();
    }

    /// The sections made, each with at least one question.
    pub fn sections(&self) -> &[Value] {
        &self.sections
    }

    fn in_repeat(&self) -> bool {
        self.open.iter().any(|o| matches!(o, Open::Repeat { .. } | Open::Skipped))
    }

    fn row(&mut self, row: &Row) {
        let kind = row.get("type").split_whitespace().collect::<Vec<_>>().join(" ");
        if self.open.iter().any(|o| matches!(o, Open::Skipped)) && !matches!(kind.as_str(), "end repeat" | "end_repeat")
        {
            self.note(self.sheet, row, "type", tr!("imp-in-nested-repeat"));
            return;
        }
        for column in row.cells.keys() {
            let base = column.split("::").next().unwrap_or_default();
            let range_parameters = kind == "range" && column == "parameters";
            let known = READ.contains(&base) || WAYPOST_COLUMNS.iter().any(|(c, _)| *c == base);
            if !range_parameters && (!known || NOT_CARRIED.contains(&base)) {
                self.note(self.sheet, row, column, tr!("imp-column-ignored", column = column.as_str()));
            }
        }
        match kind.as_str() {
            "" => self.note(self.sheet, row, "type", tr!("imp-no-type")),
            "begin group" | "begin_group" => self.begin_group(row),
            "end group" | "end_group" => match self.open.pop() {
                Some(open @ Open::Group { .. }) => self.close(open),
                Some(other) => {
                    self.note(self.sheet, row, "type", tr!("imp-unmatched-end"));
                    self.open.push(other);
                }
                None => self.note(self.sheet, row, "type", tr!("imp-unmatched-end")),
            },
            "begin repeat" | "begin_repeat" => self.begin_repeat(row),
            "end repeat" | "end_repeat" => match self.open.pop() {
                Some(open @ (Open::Repeat { .. } | Open::Skipped)) => self.close(open),
                Some(other) => {
                    self.note(self.sheet, row, "type", tr!("imp-unmatched-end"));
                    self.open.push(other);
                }
                None => self.note(self.sheet, row, "type", tr!("imp-unmatched-end")),
            },
            // A section's guidance, as a waypost export writes it.
            "note" if row.get(waypost_column("guidance")) == "yes" && self.section.is_empty() && !self.in_repeat() => {
                self.section_guidance = self.text(row, "label");
            }
            _ => {
                if let Some(question) = self.question(row, &kind) {
                    self.add(question);
                }
            }
        }
    }

    fn add(&mut self, question: Value) {
        match self.open.iter_mut().rev().find(|o| matches!(o, Open::Repeat { .. })) {
            Some(Open::Repeat { fields, .. }) => fields.push(question),
            _ => self.section.push(question),
        }
    }

    /// The title and conditions of the groups open, for a new section: nested groups' titles
    /// joined ("Outer › Inner") in each language.
    fn group_path(&self) -> (Option<Value>, Option<Value>) {
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
            _ => Some(json!({"all": conditions})),
        };
        (title, show_if)
    }

    fn end_section(&mut self) {
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
        section.insert("questions".into(), json!(std::mem::take(&mut self.section)));
        self.sections.push(Value::Object(section));
    }

    fn begin_group(&mut self, row: &Row) {
        if self.in_repeat() {
            // Inside a list item the group's questions are fields like the others.
            self.note(self.sheet, row, "type", tr!("imp-group-in-repeat"));
            self.open.push(Open::Group { title: None, show_if: None });
            return;
        }
        let title = self.text(row, "label");
        let show_if = self.condition(row, "relevant", None);
        self.end_section();
        self.section_kept = self.kept(self.sheet, row, SECTION_KEPT);
        self.open.push(Open::Group { title, show_if });
        (self.section_title, self.section_show_if) = self.group_path();
    }

    fn close(&mut self, open: Open) {
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
                list.insert("fields".into(), json!(fields));
                self.add(Value::Object(list));
            }
            Open::Skipped => {}
        }
    }

    fn begin_repeat(&mut self, row: &Row) {
        if self.in_repeat() {
            self.note(self.sheet, row, "type", tr!("imp-nested-repeat"));
            self.open.push(Open::Skipped);
            return;
        }
        let name = row.get("name");
        let id = self.unique_id(row, if name.is_empty() { "list" } else { name });
        let mut list = Map::new();
        list.insert("id".into(), json!(id));
        list.insert("kind".into(), json!("list"));
        list.insert("prompt".into(), self.text(row, "label").unwrap_or_else(|| json!(name)));
        if let Some(help) = self.text(row, "hint") {
            list.insert("help".into(), help);
        }
        if let Some(show_if) = self.condition(row, "relevant", None) {
            list.insert("show_if".into(), show_if);
        }
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
        self.names.insert(name.to_owned(), (id, Shape::Other));
        self.open.push(Open::Repeat { list, fields: Vec::new() });
    }

    /// A condition column read into a condition, or a note saying why it was not.
    fn condition(&mut self, row: &Row, column: &str, own: Option<(String, Shape)>) -> Option<Value> {
        let text = row.get(column);
        if text.is_empty() {
            return None;
        }
        match expression::condition(text, self, own) {
            Ok(c) => Some(c),
            Err(part) => {
                self.note(self.sheet, row, column, tr!("imp-expression", part = part.as_str(), expression = text));
                None
            }
        }
    }

    fn question(&mut self, row: &Row, kind: &str) -> Option<Value> {
        let mut words = kind.split(' ');
        let head = words.next().unwrap_or_default();
        if METADATA.contains(&head) {
            self.note(self.sheet, row, "type", tr!("imp-metadata", kind = head));
            return None;
        }
        let name = row.get("name").to_owned();
        if name.is_empty() && head != "note" {
            self.note(self.sheet, row, "name", tr!("imp-no-name"));
            return None;
        }
        let id = match row.get(ID_COLUMN) {
            // A field a waypost export renamed to be unique in the form: its own id again.
            own if !own.is_empty() && self.in_repeat() => item_id(own),
            _ => self.unique_id(row, if name.is_empty() { "note" } else { &name }),
        };
        let mut q = Map::new();
        q.insert("id".into(), json!(id));
        let (waypost_kind, shape) = match head {
            "select_one" | "select_multiple" => {
                let list = words.next().unwrap_or_default();
                let or_other = words.next() == Some("or_other");
                let Some(choices) = self.choice_lists.get(list).cloned() else {
                    self.note(self.sheet, row, "type", tr!("imp-no-choice-list", list = list));
                    return None;
                };
                if or_other {
                    let mut inline = choices;
                    inline.push(json!({"value": "other", "label": self.own_text("imp-other", &[]), "other": true}));
                    q.insert("choices".into(), json!(inline));
                } else {
                    q.insert("choices".into(), json!(item_id(list)));
                }
                if head == "select_one" { ("single", Shape::Single) } else { ("multi", Shape::Multi) }
            }
            "integer" | "int" => ("number", Shape::Integer),
            "decimal" => ("number", Shape::Decimal),
            "range" => {
                self.range(row, &mut q);
                ("number", Shape::Decimal)
            }
            "text" | "string" => ("text", Shape::Other),
            "date" => ("date", Shape::Date),
            "note" => ("note", Shape::Other),
            "acknowledge" => {
                q.insert("choices".into(), json!([{"value": "OK", "label": "OK"}]));
                ("single", Shape::Single)
            }
            h if AS_TEXT.contains(&h) => {
                self.note(self.sheet, row, "type", tr!("imp-as-text", kind = h));
                ("text", Shape::Other)
            }
            h if MEDIA.contains(&h) => {
                self.note(self.sheet, row, "type", tr!("imp-as-note", kind = h));
                ("note", Shape::Other)
            }
            other => {
                self.note(self.sheet, row, "type", tr!("imp-unknown-type", kind = other));
                return None;
            }
        };
        q.insert("kind".into(), json!(waypost_kind));
        if shape == Shape::Integer {
            q.insert("integer".into(), json!(true));
        }
        let prompt = match self.text(row, "label") {
            Some(label) => label,
            None if !name.is_empty() => {
                self.note(self.sheet, row, "label", tr!("imp-no-label", name = name.as_str()));
                json!(name)
            }
            None => {
                self.note(self.sheet, row, "label", tr!("imp-empty-note"));
                return None;
            }
        };
        q.insert("prompt".into(), prompt);
        if let Some(help) = self.help(row) {
            q.insert("help".into(), help);
        }
        let required = row.get("required").to_lowercase();
        match required.as_str() {
            "" | "no" | "false" | "false()" | "0" => {}
            "yes" | "true" | "true()" | "1" => {
                if waypost_kind != "note" {
                    q.insert("required".into(), json!(true));
                }
            }
            other => self.note(self.sheet, row, "required", tr!("imp-not-converted", what = other)),
        }
        if !row.get("required_message").is_empty() {
            self.note(self.sheet, row, "required_message", tr!("imp-required-message"));
        }
        if let Some(show_if) = self.condition(row, "relevant", None) {
            q.insert("show_if".into(), show_if);
        }
        self.constraint(row, &mut q, (&id, shape));
        // What a waypost export kept of its own comes back as it was.
        q.extend(self.kept(self.sheet, row, QUESTION_KEPT));
        let known = if self.in_repeat() { &mut self.fields } else { &mut self.names };
        known.insert(name, (id, shape));
        Some(Value::Object(q))
    }

    /// `hint` and `guidance_hint`, one after the other.
    fn help(&self, row: &Row) -> Option<Value> {
        match (self.text(row, "hint"), self.text(row, "guidance_hint")) {
            (Some(h), None) | (None, Some(h)) => Some(h),
            (Some(Value::String(a)), Some(Value::String(b))) => Some(json!(format!("{a}\n\n{b}"))),
            (Some(a), Some(_)) => Some(a),
            (None, None) => None,
        }
    }

    fn range(&mut self, row: &Row, q: &mut Map<String, Value>) {
        for part in row.get("parameters").split_whitespace() {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            let Ok(n) = value.trim().parse::<f64>() else { continue };
            match key.trim() {
                "start" => q.insert("min".into(), json!(n)),
                "end" => q.insert("max".into(), json!(n)),
                _ => None,
            };
        }
    }

    /// `constraint`: a number's limits as `min`/`max`, anything else as a hard rule with its
    /// `constraint_message`.
    fn constraint(&mut self, row: &Row, q: &mut Map<String, Value>, (id, shape): (&str, Shape)) {
        let Some(rule) = self.condition(row, "constraint", Some((id.to_owned(), shape))) else { return };
        let parts: Vec<Value> = match &rule {
            Value::Object(o) if o.contains_key("all") => o["all"].as_array().cloned().unwrap_or_default(),
            other => vec![other.clone()],
        };
        let limit = |part: &Value, key: &str| {
            (part.get("answer").and_then(Value::as_str) == Some(id))
                .then(|| part.get(key).filter(|b| b.is_number() || b.is_string()).cloned())
                .flatten()
        };
        let number = matches!(shape, Shape::Integer | Shape::Decimal | Shape::Date);
        if number && parts.iter().all(|p| limit(p, "at_least").is_some() || limit(p, "at_most").is_some()) {
            for part in &parts {
                if let Some(b) = limit(part, "at_least") {
                    q.insert("min".into(), b);
                }
                if let Some(b) = limit(part, "at_most") {
                    q.insert("max".into(), b);
                }
            }
            return;
        }
        let message =
            self.text(row, "constraint_message").unwrap_or_else(|| self.own_text("imp-constraint-message", &[]));
        q.insert("constraint".into(), json!({"when": rule, "message": message}));
    }
}

/// A text in one language, for a section's title made of group titles.
fn plain_text(text: &Value, language: &str) -> String {
    let text: Option<crate::text::Text> = serde_json::from_value(text.clone()).ok();
    text.map(|t| t.get(language, language).to_owned()).unwrap_or_default()
}

/// `a.or_else_empty(b)`: `a`, or `b` when `a` is empty.
trait OrElseEmpty<'s> {
    fn or_else_empty(self, other: &'s str) -> &'s str;
}

impl<'s> OrElseEmpty<'s> for &'s str {
    fn or_else_empty(self, other: &'s str) -> &'s str {
        if self.is_empty() { other } else { self }
    }
}
