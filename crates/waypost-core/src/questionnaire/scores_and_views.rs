//! How a questionnaire's answers become scores (methods, scales, bands) and extra views of them
//! (the grid), as the questionnaire file declares them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::Text;

/// How sections and the whole questionnaire are scored.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Scoring {
    /// How a section's score is formed from its answers. `mean`: the mean of its scored answers,
    /// each rescaled from its choices' lowest..highest score to 0..`scale`; `sum`: the total of
    /// the chosen choices' scores, as they are (PHQ-9's 0–27). N/A, don't know and declined are
    /// left out; `weight` on questions and sections weighs either.
    #[serde(default)]
    pub method: ScoreMethod,
    /// The top of the score scale (default 10).
    #[serde(default = "default_scale")]
    pub scale: f64,
    /// Named bands, from the lowest: a score belongs to the first band whose `max` it does not
    /// exceed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
    /// Items scoring at or below this (on the same scale) become suggested actions (default: a
    /// quarter of the scale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions_at_most: Option<f64>,
    /// The most suggested actions listed (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_actions: Option<usize>,
}

fn default_scale() -> f64 {
    10.0
}

/// How a section's answers make its score.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScoreMethod {
    /// The mean of the scored answers, rescaled.
    #[default]
    Mean,
    /// The total of the chosen choices' scores, as they are.
    Sum,
}

/// A named score band, e.g. Beginner up to 2.5.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Band {
    /// The band's name.
    pub label: Text,
    /// The highest score in the band.
    pub max: f64,
}

/// An extra view of the answers.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum View {
    /// Items of a list placed on a two-axis grid by two of their single-choice fields.
    Grid(Grid),
    /// Items of one or more lists that meet a condition, as a table (open actions by owner and
    /// due date).
    Table(ItemTable),
}

/// A table view: the items of `lists` (in that order) for which `when` holds, with their
/// `columns`, sorted by `sort_by` (empty values last); shown in the summary screen, `show` and
/// the reports.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
// Inside a view, which serde reads through a buffer, an unknown field would go unseen:
// refused instead.
#[serde(deny_unknown_fields)]
pub struct ItemTable {
    /// The table's title.
    pub title: Text,
    /// The list question(s) whose items are shown.
    #[serde(deserialize_with = "super::model::one_or_many")]
    #[schemars(with = "super::model::OneOrMany<String>")]
    pub lists: Vec<String>,
    /// The fields shown, in order; each must be a field of every list.
    pub columns: Vec<String>,
    /// Only items for which this holds (a condition on the items' fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<crate::questionnaire::Condition>,
    /// The field the rows are sorted by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_by: Option<String>,
}

/// A grid view: each item of `list` placed by its `x` and `y` fields; the choices of each field,
/// in order, run from low to high (by score where they have scores), split at the middle (with an
/// odd number of choices, the middle one counts as low).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
// Inside a view, which serde reads through a buffer, an unknown field would go unseen:
// refused instead.
#[serde(deny_unknown_fields)]
pub struct Grid {
    /// The view's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The id of a `list` question.
    pub list: String,
    /// The field on the horizontal axis.
    pub x: String,
    /// The field on the vertical axis.
    pub y: String,
    /// The four quadrants, keyed `<x>_<y>`: `high_low` is high on x and low on y.
    pub quadrants: Quadrants,
    /// Fields of the list shown, besides the name, the two axes and the quadrant, in the grid's
    /// compact table in `show` and the reports (for example the next step and its date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    /// Items to point out wherever they are placed (a stakeholder who could block the work): a
    /// condition on the item's fields, and the words shown beside the item's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<Box<GridMark>>,
}

/// Items a grid points out, on the grid and in its quadrant lists.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
// Inside a view, which serde reads through a buffer, an unknown field would go unseen:
// refused instead.
#[serde(deny_unknown_fields)]
pub struct GridMark {
    /// Which items (a condition on the list's fields, as in `show_if` of a field).
    pub when: crate::questionnaire::Condition,
    /// Shown beside the item's name, e.g. "could block it".
    pub label: Text,
}

/// The four quadrants of a grid.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
// Inside a view, which serde reads through a buffer, an unknown field would go unseen:
// refused instead.
#[serde(deny_unknown_fields)]
pub struct Quadrants {
    /// High on x, high on y.
    pub high_high: Quadrant,
    /// High on x, low on y.
    pub high_low: Quadrant,
    /// Low on x, high on y.
    pub low_high: Quadrant,
    /// Low on x, low on y.
    pub low_low: Quadrant,
}

/// A quadrant: a name, or a name with the strategy for the stakeholders in it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Quadrant {
    /// A name and a strategy (tried first: a plain text could also be read as translations).
    Described {
        /// The quadrant's name, e.g. "Key partners".
        name: Text,
        /// What to do with those in it, e.g. "Manage closely".
        strategy: Text,
    },
    /// Just the name.
    Name(Text),
}

impl Quadrants {
    /// Each quadrant with its key as written in the JSON.
    pub fn named(&self) -> [(&'static str, &Quadrant); 4] {
        [
            ("high_high", &self.high_high),
            ("high_low", &self.high_low),
            ("low_high", &self.low_high),
            ("low_low", &self.low_low),
        ]
    }
}

impl Quadrant {
    /// The quadrant's name.
    pub fn name(&self) -> &Text {
        match self {
            Quadrant::Name(t) | Quadrant::Described { name: t, .. } => t,
        }
    }

    /// The strategy, if given.
    pub fn strategy(&self) -> Option<&Text> {
        match self {
            Quadrant::Name(_) => None,
            Quadrant::Described { strategy, .. } => Some(strategy),
        }
    }
}
