//! XLSForm import: a form from KoboToolbox or ODK (xlsx, xls or ods) made a waypost
//! questionnaire. What the format can hold is carried over (questions, choices, groups as
//! sections, repeats as lists, translations, hints, required, the common `relevant` and
//! `constraint` expressions, `repeat_count`); everything else is reported with its sheet, row
//! and column. The same workbook always gives the same bytes.

mod aliases;
mod conditions;
pub mod export;
mod expression;
pub mod instance;
pub mod instance_read;
mod sheets;
pub use sheets::Workbook;
mod survey;
mod workbook;
pub mod xform;

use std::fmt;

use serde_json::{Map, Value, json};

use crate::questionnaire::{Questionnaire, parse};
use crate::tr;

/// waypost's own fields, as an export keeps them (JSON) in columns XLSForm tools ignore, and the
/// field each goes back to on import.
pub(crate) const WAYPOST_COLUMNS: &[(&str, &str)] = &[
    ("waypost_warn_if", "warn_if"),
    ("waypost_flag_if", "flag_if"),
    ("waypost_allow", "allow"),
    ("waypost_action", "action"),
    ("waypost_other", "choices"),
    ("waypost_show_if", "show_if"),
    ("waypost_guidance", "guidance"),
    ("waypost_votes", "votes"),
    ("waypost_minutes", "minutes"),
    ("waypost_dots", "dots"),
    ("waypost_workshop_time", "workshop_time"),
    ("waypost_scoring", "scoring"),
    ("waypost_max_length", "max_length"),
    ("waypost_multiline", "multiline"),
    ("waypost_item_label", "item_label"),
    ("waypost_unit", "unit"),
    ("waypost_unit_one", "unit_one"),
    ("waypost_min_items", "min_items"),
    ("waypost_max_items", "max_items"),
    ("waypost_min_selected", "min_selected"),
    ("waypost_max_selected", "max_selected"),
    ("waypost_weight", "weight"),
    ("waypost_action_from", "action_from"),
    ("waypost_scored", "scored"),
    ("waypost_title", "title"),
    ("waypost_description", "description"),
    ("waypost_carry_over", "carry_over"),
    ("waypost_follow_up", "follow_up"),
    ("waypost_source", "source"),
    ("waypost_help", "help"),
    ("waypost_headline", "headline"),
    ("waypost_projector", "projector"),
    ("waypost_private_until", "private_until"),
    ("waypost_default", "default"),
    ("waypost_required_if", "required_if"),
    ("waypost_limits_message", "limits_message"),
];

/// The fields of waypost's own a question row keeps.
pub(crate) const QUESTION_KEPT: &[&str] = &[
    "warn_if",
    "flag_if",
    "allow",
    "action",
    "choices",
    "show_if",
    "guidance",
    "votes",
    "max_length",
    "multiline",
    "item_label",
    "unit",
    "unit_one",
    "min_items",
    "max_items",
    "min_selected",
    "max_selected",
    "weight",
    "action_from",
    "carry_over",
    "headline",
    "projector",
    "default",
    "required_if",
    "limits_message",
];

/// The fields of a section its `begin_group` row keeps.
pub(crate) const SECTION_KEPT: &[&str] = &["minutes", "votes", "weight", "scored", "private_until"];

/// The questionnaire's own fields the settings sheet keeps (a workshop's votes, dots and review
/// of workshops' time, how scores are computed).
pub(crate) const SETTINGS_KEPT: &[&str] =
    &["votes", "dots", "workshop_time", "scoring", "title", "description", "follow_up", "source"];

/// The column that keeps a field's own id where the export renamed it to be unique in the form.
pub(crate) const ID_COLUMN: &str = "waypost_id";

/// The form's field that names the file sent with each submission: the whole session as
/// waypost keeps it (notes, votes, events…), which a server keeps only when a binary field
/// names it.
pub const ATTACHMENT_FIELD: &str = "waypost_session";

/// The column that marks the row of that field, so an import leaves it out.
pub(crate) const ATTACHMENT_COLUMN: &str = "waypost_attachment";

/// The form's id in XLSForm and XForm: the questionnaire's, with `_` for `-`.
pub fn form_id(q: &Questionnaire) -> String {
    q.id.replace('-', "_")
}

/// The choices sheet's column for a choice's score.
pub(crate) const SCORE_COLUMN: &str = "waypost_score";

/// The column that keeps `field` in an export.
pub(crate) fn waypost_column(field: &str) -> &'static str {
    WAYPOST_COLUMNS.iter().find(|(_, f)| *f == field).map_or("waypost", |(c, _)| c)
}

/// Something of the form that was not carried over as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The sheet, as the workbook names it.
    pub sheet: String,
    /// The row (1-based, as the spreadsheet shows it).
    pub row: usize,
    /// The column's letter.
    pub column: String,
    /// What happened, in the interface language.
    pub message: String,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!("imp-place", sheet = self.sheet.as_str(), row = self.row, column = self.column.as_str()))?;
        write!(f, ": {}", self.message)
    }
}

/// A converted form.
#[derive(Debug)]
pub struct Imported {
    /// The questionnaire, checked.
    pub questionnaire: Questionnaire,
    /// Its JSON, as it is written (pretty, ending in a newline).
    pub json: String,
    /// What was not carried over as it was, in sheet and row order.
    pub notes: Vec<Note>,
    /// What `waypost validate` warns of in the questionnaire made (a text missing in a
    /// language, say), each with its place.
    pub warnings: Vec<String>,
}

/// Why a form could not be converted, or a questionnaire not written as a form.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The workbook's reader failed on it (a damaged or hostile file).
    #[error("{}", tr!("imp-unreadable"))]
    Unreadable,
    /// The workbook could not be read, for this reason.
    #[error("{}", tr!("imp-unreadable-because", reason = .0.as_str()))]
    UnreadableBecause(String),
    /// Why the workbook could not be read, as the process that read it said it.
    #[error("{0}")]
    Said(String),
    /// The workbook has no survey sheet.
    #[error("{}", tr!("imp-no-survey"))]
    NoSurvey,
    /// Two sheets have one name but for case (`survey` and `SURVEY`): which one is meant?
    #[error("{}", tr!("imp-two-sheets", first = crate::text::line(first).into_owned(), second = crate::text::line(second).into_owned()))]
    TwoSheets {
        /// The first, as spelt.
        first: String,
        /// The second.
        second: String,
    },
    /// A sheet the import needs could not be read.
    #[error("{}", tr!("imp-sheet-unreadable", sheet = crate::text::line(sheet).into_owned(), reason = crate::text::line(reason).into_owned()))]
    SheetUnreadable {
        /// The sheet.
        sheet: String,
        /// Why.
        reason: String,
    },
    /// Nothing on the survey sheet could be asked.
    #[error("{}", tr!("imp-no-questions"))]
    NoQuestions,
    /// The questionnaire made is not one waypost reads: each problem, with its place.
    #[error("{}", .0.join("; "))]
    Invalid(Vec<String>),
    /// The questionnaire could not be shaped as JSON.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The workbook could not be written.
    #[error(transparent)]
    Write(#[from] rust_xlsxwriter::XlsxError),
}

/// Converts the bytes of an XLSForm workbook; `file` is its file name (without its extension it
/// stands in for a missing `form_id` and `form_title`). An error says why nothing could be made.
pub fn import(bytes: Vec<u8>, file: &str) -> Result<Imported, Error> {
    convert(read_workbook(bytes)?, file)
}

/// Reads what an import uses of a workbook: the one step that runs a reader of a foreign
/// format, which a hostile file could trip (its failure, a panic included, is the workbook's,
/// and nothing of it reaches the terminal) or make ask for more memory or time than a laptop
/// has (so `waypost import` runs this step in a process of its own, within limits).
pub fn read_workbook(bytes: Vec<u8>) -> Result<Workbook, Error> {
    crate::quiet_panic::caught(move || sheets::read(bytes)).ok_or(Error::Unreadable)?.map_err(|refused| match refused {
        sheets::Refused::Workbook(why) => Error::UnreadableBecause(why),
        sheets::Refused::TwoSheets(first, second) => Error::TwoSheets { first, second },
        sheets::Refused::Sheet(sheet, reason) => Error::SheetUnreadable { sheet, reason },
    })
}

/// Converts a workbook [`read_workbook`] read.
pub fn convert(workbook: Workbook, file: &str) -> Result<Imported, Error> {
    let name = std::path::Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or(file);
    let sheets = sheets::tables(workbook);
    let survey = sheets.get("survey").ok_or(Error::NoSurvey)?;
    let settings = sheets.get("settings").and_then(|s| s.rows.first());
    let setting = |key: &str| settings.map(|r| r.get(key).to_owned()).unwrap_or_default();
    // A default language that is no language tag is left for English, and said below.
    let setting_language = setting("default_language");
    let (default_language, bad_default) = match survey_language(&setting_language) {
        _ if setting_language.is_empty() => ("en".to_owned(), None),
        Some(code) => (code, None),
        None => ("en".to_owned(), Some(setting_language)),
    };
    let mut form = survey::Form::new(survey, sheets.get("choices"), &default_language);
    if let (Some(bad), Some(row), Some(table)) = (bad_default, settings, sheets.get("settings")) {
        form.note_at(&table.name, row, "default_language", tr!("imp-bad-language", part = bad.as_str()));
    }
    form.read_survey(survey);
    let mut doc = Map::new();
    doc.insert("format".into(), json!(1));
    let kept = settings.map(|row| form.kept("settings", row, SETTINGS_KEPT)).unwrap_or_default();
    let id = questionnaire_id(match setting("form_id") {
        id if id.is_empty() => name.to_owned(),
        id => id,
    });
    doc.insert("id".into(), json!(id));
    doc.insert(
        "version".into(),
        json!(match setting("version") {
            v if v.is_empty() => "1".to_owned(),
            v => v,
        }),
    );
    doc.insert(
        "title".into(),
        json!(match setting("form_title") {
            t if t.is_empty() => name.to_owned(),
            t => t,
        }),
    );
    doc.insert("source".into(), form.own_text("imp-source", &[("file", file.into())]));
    // What a waypost export kept of its own: the title in every language, the description.
    doc.extend(kept);
    if form.languages().len() > 1 || form.languages().first().is_some_and(|l| *l != default_language) {
        doc.insert("languages".into(), json!(form.languages()));
    }
    let sets = form.choice_sets();
    if !sets.is_empty() {
        doc.insert("choice_sets".into(), Value::Object(sets));
    }
    let sections = form.take_sections();
    if sections.is_empty() {
        return Err(Error::NoQuestions);
    }
    doc.insert("sections".into(), Value::Array(sections));
    // Read into the format's types and written from them, so the fields come in the format's
    // order; then checked once, as `waypost validate` checks a file.
    let shaped: Questionnaire = serde_json::from_value(Value::Object(doc))?;
    // The file's text is written on a thread of its own while this one checks the questionnaire
    // (in the interface's language, which is this thread's).
    let (json, problems) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| serde_json::to_string_pretty(&shaped));
        let problems = crate::questionnaire::parse::check(&shaped);
        (writer.join(), problems)
    });
    let mut json = json.map_err(|_| Error::Unreadable)??;
    json.push('\n');
    if json.len() as u64 > crate::questionnaire::parse::MAX_QUESTIONNAIRE_BYTES {
        return Err(Error::Invalid(parse(json.as_bytes()).problems.iter().map(by_path).collect()));
    }
    let errors: Vec<String> = problems.iter().filter(|p| p.is_error()).map(by_path).collect();
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let questionnaire = shaped;
    let warnings: Vec<String> = problems.iter().map(by_path).collect();
    let mut notes = form.notes;
    notes.sort_by(|a, b| (a.sheet.as_str(), a.row).cmp(&(b.sheet.as_str(), b.row)));
    Ok(Imported { questionnaire, json, notes, warnings })
}

/// A problem of the questionnaire made, placed by its path alone: its lines and columns would
/// be those of a file not written yet.
fn by_path(problem: &crate::questionnaire::Problem) -> String {
    use crate::questionnaire::ProblemPlace;
    let mut problem = problem.clone();
    if let ProblemPlace::Located { path, .. } | ProblemPlace::Path(path) = &problem.place {
        problem.place = if path.is_empty() { ProblemPlace::File } else { ProblemPlace::Path(path.clone()) };
    } else if let ProblemPlace::Position { .. } = problem.place {
        problem.place = ProblemPlace::File;
    }
    problem.to_string()
}

/// A `default_language` setting such as `English (en)` as a code, written as BCP 47 writes it
/// (`pt-BR` from `pt-br`); none when it gives no language tag.
fn survey_language(setting: &str) -> Option<String> {
    let code = match (setting.rfind('('), setting.rfind(')')) {
        (Some(open), Some(close)) if open < close => setting[open + 1..close].trim(),
        _ => setting.trim(),
    };
    crate::i18n::canonical_tag(code)
}

/// A form id made a questionnaire id: lower-case letters, digits and dashes.
fn questionnaire_id(form_id: String) -> String {
    let mut id: String = form_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    id.truncate(100);
    if id.is_empty() { "imported-form".into() } else { id }
}
