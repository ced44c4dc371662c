//! The questionnaire format v1: the Rust types the JSON files load into, and from which the
//! published JSON Schema is generated.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

pub use super::answer_state::AnswerState;
pub use super::choice::{Choice, Choices};
use super::condition::Condition;
use super::scores_and_views::{Scoring, View};
use crate::text::Text;

/// The only questionnaire format this version reads.
pub const FORMAT: u32 = 1;

/// A questionnaire definition.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "waypost questionnaire, format 1")]
pub struct Questionnaire {
    /// Optional link to this schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Always 1.
    pub format: u32,
    /// Lower-case letters, digits and dashes, e.g. `learning-review`.
    pub id: String,
    /// The questionnaire's own version, e.g. `1.0.0`; saved in each session.
    pub version: String,
    /// Shown on the home screen and in reports.
    pub title: Text,
    /// What the questionnaire is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Languages the texts are given in; the first is the default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Where the content comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Named lists of choices that questions can share by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub choice_sets: BTreeMap<String, Vec<Choice>>,
    /// How scores are computed; without it nothing is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring: Option<Scoring>,
    /// The sections, in the order they are asked.
    pub sections: Vec<Section>,
    /// Extra views of the answers, such as a stakeholder grid.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<View>,
    /// What a follow-up session (e.g. next year's) takes over from the one it follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
    /// Whether single-choice questions are put to a vote of the session's participants (each
    /// voter's choice kept beside the agreed answer); sections and questions may say otherwise.
    #[serde(default, skip_serializing_if = "is_false")]
    pub votes: bool,
    /// How many dots each participant has in a dot vote on the suggested actions (default 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 20))]
    pub dots: Option<u32>,
    /// Whether the summary shows how the organisation's other sessions in the period reviewed
    /// kept their agenda (planned against spent), e.g. for a learning review of the workshops.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop_time: Option<WorkshopTime>,
    /// Where each question is, built on first use (not part of the format).
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) index: std::sync::OnceLock<std::collections::HashMap<String, super::lookup::Place>>,
}

/// The period whose workshops a summary reviews: between the answers to two date questions.
/// Without them (or unanswered), from the last session of the same questionnaire with the
/// organisation until this session began.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct WorkshopTime {
    /// The date question whose answer starts the period (that day included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The date question whose answer ends the period (that day included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// What a follow-up session takes over from the session it follows.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FollowUp {
    /// Copy every answer, state and note, to be confirmed or changed (default true). List
    /// questions with `carry_over` are filled by it instead.
    #[serde(default = "yes")]
    pub copy_answers: bool,
}

fn yes() -> bool {
    true
}

/// Items a list takes over from a list of the previous session of the same questionnaire and
/// organisation, e.g. the open actions of the last review.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct CarryOver {
    /// The list question (or questions, in this order) of the previous session whose items are
    /// taken: for example last review's new actions and the earlier ones it still tracked.
    #[serde(deserialize_with = "one_or_many")]
    #[schemars(with = "OneOrMany<String>")]
    pub from: Vec<String>,
    /// Only items for which this holds (a condition on the items' fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// Which field of this list is filled from which field of the previous one:
    /// `{"what": "what", "owner": "owner"}`.
    pub fields: BTreeMap<String, String>,
}

/// A group of questions asked together.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    /// Unique in the questionnaire: lower-case letters, digits, `_` and `-`.
    pub id: String,
    /// Shown in the outline.
    pub title: Text,
    /// Read to the group when the section starts; may cite the guidance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Text>,
    /// The section is asked only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// Whether the section gets a score (default: when any of its questions has scored choices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scored: Option<bool>,
    /// How much the section counts in the overall score (default 1): in a weighted mean, or as
    /// a multiplier of its total with `method: "sum"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// The minutes the agenda plans for the section, in a workshop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 1440))]
    pub minutes: Option<u32>,
    /// Whether the section's single-choice questions are put to a vote of the session's
    /// participants (default: as the questionnaire says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<bool>,
    /// While this does not hold, the projector (`waypost present`) shows the section's questions
    /// but neither their answers nor their votes: each side scores before the room sees a score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_until: Option<Condition>,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// The kinds of question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One choice from a list; the value is the choice's `value`.
    Single,
    /// Any number of choices; the value is an array of choice values.
    Multi,
    /// A JSON number.
    Number,
    /// A string.
    Text,
    /// A date as `YYYY-MM-DD`.
    Date,
    /// A time of day as `HH:MM` (24 hours).
    Time,
    /// A date and a time of day as `YYYY-MM-DDTHH:MM` (local time, 24 hours).
    #[serde(rename = "datetime")]
    DateTime,
    /// A value worked out from earlier answers by its `calculation`: never asked, shown where a
    /// text names it, compared by conditions, sent with a submission.
    Calculate,
    /// A list of items, each an object keyed by field id.
    List,
    /// Text to read out; takes no answer.
    Note,
}

/// A question, or a field of a list question's items.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Question {
    /// Unique in the questionnaire (a list's fields: unique in the list). Answers are keyed by it.
    pub id: String,
    /// What kind of answer it takes.
    pub kind: Kind,
    /// The question as read out.
    pub prompt: Text,
    /// More explanation, shown on request; cite the guidance section here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// The session cannot be completed while this visible question has neither an answer nor an
    /// allowed answer state.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Shown, never changed: the interview shows its `default` (the session's organisation, a
    /// fixed value) and confirming records it; anything else is refused. XLSForm's `read_only`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    /// A `calculate` question's expression, as XLSForm writes one, naming earlier questions by
    /// `${id}`: arithmetic (`+ - * div mod`), comparisons, `and`, `or`, texts in quotes, and
    /// `if`, `concat`, `round`, `int`, `number`, `string`, `coalesce`, `not`, `selected`,
    /// `count-selected`, `count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calculation: Option<String>,
    /// Required only when this holds (on the answers before it; a list's field, on the item's
    /// fields before it too): XLSForm's `required` with an expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_if: Option<Condition>,
    /// The question is asked only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// For `single` and `multi`: the choices, or the name of a choice set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Choices>,
    /// For `number`: the smallest value allowed; for `date`: the earliest date, as
    /// `"YYYY-MM-DD"`, `"today"` or days from today (`"today-30"`, `"today+7"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<super::bound::Bound>,
    /// For `number`: the largest value allowed; for `date`: the latest date, written as `min`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<super::bound::Bound>,
    /// Hard rules the answer must meet, each a condition (which may compare the answer with
    /// earlier ones: `{"answer": "end", "at_least": {"answer": "start"}}`) and the message shown
    /// when it does not hold. Unlike `warn_if`, no reason lets the answer through.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "one_or_many")]
    #[schemars(with = "OneOrMany<WarnIf>")]
    pub constraint: Vec<WarnIf>,
    /// For `number`: only whole numbers.
    #[serde(default, skip_serializing_if = "is_false")]
    pub integer: bool,
    /// For `number`: the unit shown beside the input, e.g. `people`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// For `number`: the unit beside exactly one, e.g. `person` (default: `unit`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_one: Option<Text>,
    /// For `text`: the input takes several lines.
    #[serde(default, skip_serializing_if = "is_false")]
    pub multiline: bool,
    /// For `text`: the most characters allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    /// What is said when an answer is outside `min`/`max` or over `max_length`, instead of
    /// waypost's own words (an XLSForm's `constraint_message` for a constraint made limits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits_message: Option<Text>,
    /// For `multi`: the fewest choices to select.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_selected: Option<usize>,
    /// For `multi`: the most choices to select.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_selected: Option<usize>,
    /// For `list`: what one item is called, e.g. `stakeholder`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_label: Option<Text>,
    /// For `list`: the fewest items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<usize>,
    /// For `list`: the most items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<usize>,
    /// For `list`: a number question asked before whose answer is how many items the list
    /// takes ("How many children?" then one item per child).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_from: Option<String>,
    /// For `list`: the fields of each item (any kind but `list`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Question>,
    /// Soft warnings: shown when their condition holds; the interviewer may go on after giving
    /// a reason, which is saved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "one_or_many")]
    #[schemars(with = "OneOrMany<WarnIf>")]
    pub warn_if: Vec<WarnIf>,
    /// Flags raised for the reader of a report: when the condition holds on the answers given,
    /// the message appears in the summary screen, `show` and the Markdown and HTML reports
    /// (questions at the top level; a flag never stops the interview).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "one_or_many")]
    #[schemars(with = "OneOrMany<WarnIf>")]
    pub flag_if: Vec<WarnIf>,
    /// Answer states this question allows instead of an answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<AnswerState>,
    /// For scored questions: the action suggested when this item scores low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Text>,
    /// For scored questions: a text question whose answer, when given, is added to the
    /// suggested action (the follow-up the group wrote itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_from: Option<String>,
    /// For scored questions: how much the answer counts in its section's score (default 1): in a
    /// weighted mean, or as a multiplier of its points with `method: "sum"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// For `single`: whether the question is put to a vote of the session's participants
    /// (default: as its section, else the questionnaire, says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<bool>,
    /// Shown at the top of the summary, `show` and the reports, with its answer: a result a
    /// reader looks for first (a screening's decision, its reasons).
    #[serde(default, skip_serializing_if = "is_false")]
    pub headline: bool,
    /// `false`: the projector (`waypost present`) leaves the answer out (a list's field: out of
    /// each item's line) unless the facilitator shows everything; a judgement of people stays off
    /// the wall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projector: Option<bool>,
    /// What the input starts with before it is answered: a value of its kind, or
    /// `{"from": "organisation"}` / `{"from": "facilitator"}` (see [`super::DefaultValue`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<super::DefaultValue>,
    /// For `list`: items taken over from the previous session (see [`CarryOver`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carry_over: Option<CarryOver>,
}

pub(super) fn is_false(b: &bool) -> bool {
    !*b
}

// Only its schema is used: `one_or_many` reads the JSON.
/// One item or a list of them.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum OneOrMany<T> {
    /// A single item.
    One(T),
    /// Several items.
    Many(Vec<T>),
}

/// Reads one item (a text or an object) or a list of them. Written out rather than derived as
/// an untagged enum, so a mistake inside an item is reported at its place in its own words.
pub(crate) fn one_or_many<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct OneOrManyVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrManyVisitor<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(&crate::tr!("val-expect-one-or-list"))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<T>, E> {
            T::deserialize(de::value::StrDeserializer::new(v)).map(|t| vec![t])
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Vec<T>, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|t| vec![t])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<T>, A::Error> {
            Vec::deserialize(de::value::SeqAccessDeserializer::new(seq))
        }
    }
    deserializer.deserialize_any(OneOrManyVisitor(std::marker::PhantomData))
}

/// A soft warning on a question.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct WarnIf {
    /// When this holds (with the new answer in place), the warning is shown.
    pub when: Condition,
    /// What the interviewer is told.
    pub message: Text,
}
