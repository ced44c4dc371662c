//! The survey, choices and settings sheets turned into a waypost questionnaire, row by row,
//! with a note for everything that is not carried over as it was.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value, json};

use super::expression::{self, Names, Shape};
use super::sheets::{Row, Table};
use super::{ID_COLUMN, Note, QUESTION_KEPT, SCORE_COLUMN, SECTION_KEPT, WAYPOST_COLUMNS, waypost_column};
use crate::tr;

mod choice_filter;
mod choices;
mod groups;
mod loops;
mod names;
mod question;
mod references;
mod texts;

/// Question types that are the form's metadata, not questions: left out, with a note.
const METADATA: &[&str] = &[
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
const AS_TEXT: &[&str] = &["geopoint", "geotrace", "geoshape", "barcode"];

/// Media a phone records: kept as a note to read out.
const MEDIA: &[&str] = &["image", "audio", "video", "file", "background-audio", "photo"];

/// Columns whose meaning has no place in waypost: reported where filled in.
const NOT_CARRIED: &[&str] = &["trigger", "appearance", "parameters"];

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
    "choice_filter",
    "read_only",
    "calculation",
    "constraint",
    "constraint_message",
    "repeat_count",
    "default",
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
pub(super) struct Form<'a> {
    sheet: &'a str,
    default_language: String,
    languages: Vec<String>,
    /// XLSForm names seen so far: the waypost id and shape (questions, then the open repeat's
    /// fields, which a field may name).
    names: HashMap<String, (String, Shape)>,
    fields: HashMap<String, (String, Shape)>,
    /// Every XLSForm name made a question or field, by its waypost id (for `${name}` in texts).
    all_names: HashMap<String, String>,
    /// The names of rows left out (a calculate, the form's metadata), with their type.
    dropped: HashMap<String, String>,
    /// Where texts use names.
    uses: references::Uses,
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
    /// Each list's choices' cells by column (their `name` too), which a `choice_filter` names.
    choice_columns: BTreeMap<String, Vec<BTreeMap<String, String>>>,
    /// Columns of the choices sheet waypost has no field for, noted at the end unless a
    /// `choice_filter` names them: (sheet, row, column).
    choice_extras: Vec<(String, Row, String)>,
    /// The `choice_filter`s read, whose names such columns are.
    filters: Vec<String>,
    /// Calculations made of arithmetic in conditions, put before the question (or group) whose
    /// condition it is.
    calculations: std::cell::RefCell<Vec<Value>>,
    /// Everything not carried over as it was.
    pub notes: Vec<Note>,
}

/// A language code from a column's language part: `English (en)` gives `en`; `None` when the
/// part gives no well-formed language tag.
fn language_code(part: &str) -> Option<String> {
    let code = if let (Some(open), Some(close)) = (part.rfind('('), part.rfind(')'))
        && open < close
    {
        part[open + 1..close].trim().to_owned()
    } else {
        let name = part.trim().to_lowercase();
        match name.as_str() {
            "english" => "en",
            "spanish" | "español" | "espanol" => "es",
            "french" | "français" | "francais" => "fr",
            "portuguese" | "português" => "pt",
            other => other,
        }
        .to_owned()
    };
    crate::i18n::canonical_tag(&code)
}

/// A name made a waypost id: lower-case letters, digits, `_` and `-`, starting with a letter or
/// digit (what XLSForm allows besides, `.` or capitals, becomes `_` or lower-case).
pub(super) fn item_id(name: &str) -> String {
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
    pub(super) fn new(survey: &'a Table, choices: Option<&Table>, default_language: &str) -> Form<'a> {
        let mut form = Form {
            sheet: &survey.name,
            default_language: default_language.to_owned(),
            languages: Vec::new(),
            names: HashMap::new(),
            fields: HashMap::new(),
            all_names: HashMap::new(),
            dropped: HashMap::new(),
            uses: references::Uses::default(),
            ids: HashMap::new(),
            open: Vec::new(),
            sections: Vec::new(),
            section: Vec::new(),
            section_title: None,
            section_show_if: None,
            section_guidance: None,
            section_kept: Map::new(),
            choice_lists: BTreeMap::new(),
            choice_columns: BTreeMap::new(),
            choice_extras: Vec::new(),
            filters: Vec::new(),
            calculations: std::cell::RefCell::new(Vec::new()),
            notes: Vec::new(),
        };
        let mut refused: Vec<String> = Vec::new();
        let tables = std::iter::once(survey).chain(choices);
        for (table, row) in tables.flat_map(|t| t.rows.iter().map(move |r| (t, r))) {
            for column in row.cells.keys() {
                if let Some((base, part)) = column.split_once("::")
                    && matches!(base, "label" | "hint" | "guidance_hint")
                {
                    match language_code(part) {
                        Some(code) if !form.languages.contains(&code) => form.languages.push(code),
                        Some(_) => {}
                        // Said once per column, where it is first used.
                        None if !refused.iter().any(|r| **r == **column) => {
                            refused.push(column.to_string());
                            let message = tr!("imp-bad-language", part = part.trim());
                            form.notes.push(Note {
                                sheet: table.name.clone(),
                                row: row.number,
                                column: row.letter(column),
                                message,
                            });
                        }
                        None => {}
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

    /// A note about a cell of another sheet than the survey (the settings).
    pub(in crate::xlsform) fn note_at(&mut self, sheet: &str, row: &Row, column: &str, message: String) {
        self.note(sheet, row, column, message);
    }

    pub(super) fn note(&mut self, sheet: &str, row: &Row, column: &str, message: String) {
        self.notes.push(Note { sheet: sheet.to_owned(), row: row.number, column: row.letter(column), message });
    }

    /// The languages the form's columns name, the default first.
    pub(super) fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Converts every row of the survey sheet.
    pub(super) fn read_survey(&mut self, survey: &Table) {
        for row in &self.unrolled(&survey.rows) {
            self.row(row);
        }
        while let Some(open) = self.open.pop() {
            if let Some(last) = survey.rows.last() {
                self.note(self.sheet, last, "type", tr!("imp-not-closed"));
            }
            self.close(open);
        }
        self.end_section();
        self.resolve_uses();
        self.note_unfiltered_columns();
    }

    /// The sections made, each with at least one question, taken out of the form.
    pub(super) fn take_sections(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.sections)
    }

    fn row(&mut self, row: &Row) {
        let kind = crate::xlsform::aliases::kind(row.get("type"));
        if self.open.iter().any(|o| matches!(o, Open::Skipped)) && kind != "end repeat" {
            self.note(self.sheet, row, "type", tr!("imp-in-nested-repeat"));
            return;
        }
        for column in row.cells.keys() {
            let column: &str = column;
            let base = column.split("::").next().unwrap_or_default();
            let range_parameters = kind == "range" && column == "parameters";
            let known = READ.contains(&base) || WAYPOST_COLUMNS.iter().any(|(c, _)| *c == base);
            if !range_parameters && (!known || NOT_CARRIED.contains(&base)) {
                self.note(self.sheet, row, column, tr!("imp-column-ignored", column = column));
            }
        }
        match kind.as_str() {
            "" => self.note(self.sheet, row, "type", tr!("imp-no-type")),
            "begin group" => self.begin_group(row),
            "end group" => match self.open.pop() {
                Some(open @ Open::Group { .. }) => self.close(open),
                Some(other) => {
                    self.note(self.sheet, row, "type", tr!("imp-unmatched-end"));
                    self.open.push(other);
                }
                None => self.note(self.sheet, row, "type", tr!("imp-unmatched-end")),
            },
            "begin repeat" => self.begin_repeat(row),
            "end repeat" => match self.open.pop() {
                Some(open @ (Open::Repeat { .. } | Open::Skipped)) => self.close(open),
                Some(other) => {
                    self.note(self.sheet, row, "type", tr!("imp-unmatched-end"));
                    self.open.push(other);
                }
                None => self.note(self.sheet, row, "type", tr!("imp-unmatched-end")),
            },
            // The field a waypost export adds for the session sent with each submission.
            "file" if row.get(super::ATTACHMENT_COLUMN) == "yes" => {}
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

    fn add(&mut self, mut question: Value) {
        self.flush_calculations();
        // In a list, the conditions of the groups open inside it hold for each of its fields.
        let groups: Vec<Value> = self
            .open
            .iter()
            .rev()
            .take_while(|o| !matches!(o, Open::Repeat { .. }))
            .filter_map(|o| match o {
                Open::Group { show_if, .. } => show_if.clone(),
                Open::Repeat { .. } | Open::Skipped => None,
            })
            .collect();
        match self.open.iter_mut().rev().find(|o| matches!(o, Open::Repeat { .. })) {
            Some(Open::Repeat { fields, .. }) => {
                if let (false, Some(field)) = (groups.is_empty(), question.as_object_mut()) {
                    let mut all: Vec<Value> = groups.into_iter().rev().collect();
                    all.extend(field.remove("show_if"));
                    let show_if = if all.len() == 1 { all.remove(0) } else { json!({"all": Value::Array(all)}) };
                    field.insert("show_if".into(), show_if);
                }
                fields.push(question);
            }
            _ => self.section.push(question),
        }
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
