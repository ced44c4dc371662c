//! XLSForm export: a questionnaire written as a workbook KoboToolbox and ODK read (survey,
//! choices and settings sheets), so a questionnaire can go on phones and a server. What the
//! format cannot hold (soft warnings, flags, scores, answer states, views) is listed in the notes
//! and kept as JSON in `waypost_…` columns, which pyxform ignores.

mod kept;

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{ID_COLUMN, SCORE_COLUMN, conditions, waypost_column};
use crate::questionnaire::{Choice, Choices, Condition, Kind, Question, Questionnaire};
use crate::text::Text;
use crate::tr;
use kept::as_json;

/// A written form and what it could not hold.
#[derive(Debug)]
pub struct Exported {
    /// The workbook's bytes (xlsx).
    pub bytes: Vec<u8>,
    /// What XLSForm cannot hold, each with its place in the questionnaire.
    pub notes: Vec<String>,
}

struct Writer<'a> {
    q: &'a Questionnaire,
    /// Whether texts, conditions, kept fields and notes are written (not for the structure).
    full: bool,
    languages: Vec<String>,
    survey: Vec<BTreeMap<String, String>>,
    choices: Vec<BTreeMap<String, String>>,
    lists: Vec<String>,
    notes: Vec<String>,
    /// Inside a list: its fields' names in the form, where a field's id is used elsewhere too
    /// (XLSForm names are unique in the whole form).
    fields: BTreeMap<String, String>,
    /// How often each id is used, questions and fields together.
    uses: BTreeMap<String, usize>,
    /// The settings sheet's row.
    settings: BTreeMap<String, String>,
}

/// The column of a text in a language: `label::English (en)`.
pub(super) fn column(base: &str, language: &str) -> String {
    format!("{base}::{} ({language})", crate::i18n::language_name(language))
}

/// Writes the questionnaire as an XLSForm workbook.
pub fn export(q: &Questionnaire) -> Result<Exported, super::Error> {
    let sheets = sheets(q);
    let bytes = super::workbook::workbook(&sheets)?;
    Ok(Exported { bytes, notes: sheets.notes })
}

/// The rows of the three sheets, as XLSForm has them: the workbook and the XForm are both
/// written from these, so they say the same.
pub(super) struct Sheets {
    /// The survey sheet's rows, by column.
    pub survey: Vec<BTreeMap<String, String>>,
    /// The choices sheet's rows.
    pub choices: Vec<BTreeMap<String, String>>,
    /// The settings sheet's one row.
    pub settings: BTreeMap<String, String>,
    /// The languages, the default first.
    pub languages: Vec<String>,
    /// What the form cannot hold, each with its place in the questionnaire.
    pub notes: Vec<String>,
}

/// The questionnaire as XLSForm rows.
pub(super) fn sheets(q: &Questionnaire) -> Sheets {
    rows(q, true)
}

/// Only what gives the form its structure (each row's type, name and own id): what a session's
/// instance is built from, without the texts, conditions and notes it never uses.
pub(super) fn structure(q: &Questionnaire) -> Sheets {
    rows(q, false)
}

/// The rows, whole (`full`) or for the structure only.
fn rows(q: &Questionnaire, full: bool) -> Sheets {
    let languages = if q.languages.is_empty() { vec![q.default_language().to_owned()] } else { q.languages.clone() };
    let mut uses: BTreeMap<String, usize> = BTreeMap::new();
    for (_, question) in q.places() {
        for id in std::iter::once(&question.id).chain(question.fields.iter().map(|f| &f.id)) {
            *uses.entry(id.clone()).or_default() += 1;
        }
    }
    let mut w = Writer {
        q,
        full,
        languages,
        survey: Vec::new(),
        choices: Vec::new(),
        lists: Vec::new(),
        notes: Vec::new(),
        fields: BTreeMap::new(),
        uses,
        settings: BTreeMap::new(),
    };
    for (name, choices) in &q.choice_sets {
        w.choice_list(name, choices);
    }
    for (s, section) in q.sections.iter().enumerate() {
        let path = format!("sections[{s}]");
        let mut row = w.row("begin_group", &section.id);
        w.texts(&mut row, "label", Some(&section.title));
        if let Some(cond) = &section.show_if {
            w.relevant(&mut row, &format!("{path}.show_if"), cond);
        }
        // Its own id, so an import gives the section the same one.
        row.insert(ID_COLUMN.to_owned(), section.id.clone());
        let kept = [
            ("minutes", section.minutes.map(|m| json!(m))),
            ("votes", section.votes.map(|v| json!(v))),
            ("weight", section.weight.map(|w| json!(w))),
            ("scored", section.scored.map(|s| json!(s))),
            ("private_until", section.private_until.as_ref().map(as_json)),
        ];
        w.keep(&mut row, &path, kept);
        w.survey.push(row);
        if let Some(guidance) = &section.guidance {
            // A note the phone shows; marked, so an import makes it the section's guidance again.
            let mut note = w.row("note", &format!("{}_guidance", section.id));
            w.texts(&mut note, "label", Some(guidance));
            note.insert(waypost_column("guidance").to_owned(), "yes".to_owned());
            w.survey.push(note);
        }
        for (i, question) in section.questions.iter().enumerate() {
            w.question(&format!("{path}.questions[{i}]"), question);
        }
        w.survey.push(w.row("end_group", ""));
    }
    // A workshop's own fields go in the settings sheet (pyxform passes its unknown columns by).
    let mut settings = BTreeMap::new();
    // form_title holds the title in one language: the others, and the description, kept.
    let translated = matches!(q.title, Text::Translated(_));
    let kept = [
        ("votes", q.votes.then(|| json!(true))),
        ("dots", q.dots.map(|d| json!(d))),
        ("workshop_time", q.workshop_time.as_ref().map(as_json)),
        // Scores and bands: a form has no place for them, an import takes them back.
        ("scoring", q.scoring.as_ref().map(as_json)),
        ("title", translated.then(|| as_json(&q.title))),
        ("description", q.description.as_ref().map(as_json)),
        ("follow_up", q.follow_up.as_ref().map(as_json)),
        // Whose work the questionnaire is: an import keeps the credit, not "imported from".
        ("source", q.source.as_ref().map(as_json)),
    ];
    w.keep(&mut settings, "", kept);
    w.settings = settings;
    if !q.views.is_empty() && full {
        w.notes.push(tr!("xf-no-views"));
    }
    // The file sent with each submission (the whole session), in a field the server keeps it
    // by; never asked on a phone.
    let mut attachment = w.row("file", super::ATTACHMENT_FIELD);
    for language in &w.languages {
        attachment.insert(column("label", language), crate::tr_in!(language, "xf-attachment-label"));
    }
    attachment.insert("relevant".to_owned(), "false()".to_owned());
    attachment.insert(super::ATTACHMENT_COLUMN.to_owned(), "yes".to_owned());
    w.survey.push(attachment);
    let mut settings = w.settings;
    settings.insert("form_title".to_owned(), q.title.get(q.default_language(), "en").to_owned());
    settings.insert("form_id".to_owned(), super::form_id(q));
    settings.insert("version".to_owned(), q.version.clone());
    // What a server lists a filled form by: waypost names its own submissions by the session's
    // label; a form filled on a phone gets the form and the day.
    settings.insert("instance_name".to_owned(), format!("concat('{} ', today())", super::form_id(q)));
    let default = q.default_language();
    settings.insert("default_language".to_owned(), format!("{} ({default})", crate::i18n::language_name(default)));
    Sheets { survey: w.survey, choices: w.choices, settings, languages: w.languages, notes: w.notes }
}

impl Writer<'_> {
    fn row(&self, kind: &str, name: &str) -> BTreeMap<String, String> {
        let mut row = BTreeMap::new();
        row.insert("type".to_owned(), kind.to_owned());
        if !name.is_empty() {
            row.insert("name".to_owned(), name.to_owned());
        }
        row
    }

    /// A text in each language, `label::English (en)` and so on.
    fn texts(&self, row: &mut BTreeMap<String, String>, base: &str, text: Option<&Text>) {
        let Some(text) = text.filter(|_| self.full) else { return };
        for language in &self.languages {
            let said = text.get(language, self.q.default_language());
            if !said.is_empty() {
                row.insert(column(base, language), said.to_owned());
            }
        }
    }

    fn choice_list(&mut self, name: &str, choices: &[Choice]) {
        self.lists.push(name.to_owned());
        for c in choices {
            let mut row = BTreeMap::new();
            row.insert("list_name".to_owned(), name.to_owned());
            row.insert("name".to_owned(), c.value.clone());
            self.texts(&mut row, "label", Some(&c.label));
            if let Some(score) = c.score {
                row.insert(SCORE_COLUMN.to_owned(), score.to_string());
            }
            if let Some(help) = c.help.as_ref().filter(|_| self.full) {
                row.insert(waypost_column("help").to_owned(), as_json(help).to_string());
            }
            // When a choice is offered (a cascading select's): kept whole for waypost; a phone
            // offers every choice.
            if let Some(when) = c.show_if.as_ref().filter(|_| self.full) {
                self.notes.push(tr!("xf-choice-condition", place = format!("{name}: {}", c.value)));
                row.insert(waypost_column("show_if").to_owned(), serde_json::to_string(when).unwrap_or_default());
            }
            self.choices.push(row);
        }
    }

    fn relevant(&mut self, row: &mut BTreeMap<String, String>, path: &str, cond: &Condition) {
        self.expression(row, ("relevant", "show_if"), path, cond);
    }

    /// A condition as an XLSForm expression in `column`; one XLSForm cannot hold is kept as JSON
    /// in waypost's own column for `field`, and noted.
    fn expression(
        &mut self,
        row: &mut BTreeMap<String, String>,
        (column, field): (&str, &str),
        path: &str,
        cond: &Condition,
    ) {
        if !self.full {
            return;
        }
        match conditions::expression(self.q, &self.fields, cond, None) {
            Some(x) => {
                row.insert(column.to_owned(), x);
            }
            None => {
                self.notes.push(tr!("xf-condition", place = path));
                row.insert(waypost_column(field).to_owned(), serde_json::to_string(cond).unwrap_or_default());
            }
        }
    }

    fn question(&mut self, path: &str, question: &Question) {
        let kind = match question.kind {
            Kind::Single | Kind::Multi => {
                let list = match &question.choices {
                    Some(Choices::Set(name)) => name.clone(),
                    Some(Choices::Inline(choices)) => {
                        let mut name = question.id.clone();
                        while self.lists.contains(&name) {
                            name.push('_');
                        }
                        let choices = choices.clone();
                        self.choice_list(&name, &choices);
                        name
                    }
                    None => String::new(),
                };
                format!("{} {list}", question.kind.xlsform_type(question))
            }
            Kind::Number
            | Kind::Text
            | Kind::Date
            | Kind::Time
            | Kind::DateTime
            | Kind::Note
            | Kind::List
            | Kind::Calculate => question.kind.xlsform_type(question).to_owned(),
        };
        let name = self.fields.get(&question.id).cloned().unwrap_or_else(|| question.id.clone());
        let mut row = self.row(&kind, &name);
        if name != question.id {
            // Renamed to be unique in the form; an import takes the field's own id back.
            row.insert(ID_COLUMN.to_owned(), question.id.clone());
        }
        self.texts(&mut row, "label", Some(&question.prompt));
        self.texts(&mut row, "hint", question.help.as_ref());
        if question.read_only {
            row.insert("read_only".to_owned(), "yes".to_owned());
        }
        if let Some(calculation) = &question.calculation {
            row.insert("calculation".to_owned(), calculation.clone());
        }
        if question.required {
            row.insert("required".to_owned(), "yes".to_owned());
        } else if let Some(cond) = &question.required_if {
            self.expression(&mut row, ("required", "required_if"), &format!("{path}.required_if"), cond);
        }
        if let Some(cond) = &question.show_if {
            self.relevant(&mut row, &format!("{path}.show_if"), cond);
        }
        self.constraint(&mut row, path, question);
        // A default value in XLSForm's own column; one taken from the session is waypost's own.
        if let Some(value) = question.default_value() {
            let text = match value {
                Value::Array(values) => values.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" "),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            row.insert("default".to_owned(), text);
        }
        if let Some(source) = &question.count_from {
            row.insert("repeat_count".to_owned(), format!("${{{source}}}"));
        }
        self.kept(&mut row, path, question);
        self.survey.push(row);
        if question.kind == Kind::List {
            self.fields = question
                .fields
                .iter()
                .filter(|f| self.uses.get(&f.id).is_some_and(|n| *n > 1))
                .map(|f| (f.id.clone(), format!("{}_{}", question.id, f.id)))
                .collect();
            for (i, field) in question.fields.iter().enumerate() {
                self.question(&format!("{path}.fields[{i}]"), field);
            }
            self.fields.clear();
            self.survey.push(self.row("end_repeat", ""));
        }
    }

    /// `min`, `max` and hard rules as one `constraint`, with the rules' messages.
    fn constraint(&mut self, row: &mut BTreeMap<String, String>, path: &str, question: &Question) {
        if !self.full {
            return;
        }
        let mut parts = Vec::new();
        for (op, bound) in [(">=", &question.min), ("<=", &question.max)] {
            if let Some(b) = bound.as_ref().and_then(conditions::operand) {
                parts.push(format!(". {op} {b}"));
            }
        }
        let mut messages: Vec<&Text> = Vec::new();
        for (i, rule) in question.constraint.iter().enumerate() {
            match conditions::expression(self.q, &self.fields, &rule.when, Some(&question.id)) {
                Some(x) => {
                    parts.push(format!("({x})"));
                    messages.push(&rule.message);
                }
                None => self.notes.push(tr!("xf-condition", place = format!("{path}.constraint[{i}]"))),
            }
        }
        if parts.is_empty() {
            return;
        }
        row.insert("constraint".to_owned(), parts.join(" and "));
        // The first rule's message; with limits only, what is said outside them.
        if let Some(first) = messages.first().copied().or(question.limits_message.as_ref()) {
            self.texts(row, "constraint_message", Some(first));
        }
    }
}
