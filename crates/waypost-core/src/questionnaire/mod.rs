//! Questionnaire definitions: the format's types, loading with exact error places, semantic
//! validation, and the catalog of built-in and user questionnaires.

mod answer_state;
pub mod bound;
pub(crate) mod calculation;
pub mod catalog;
mod choice;
pub(crate) mod condition;
pub mod default_value;
pub mod kinds;
pub(crate) mod lookup;
pub(crate) mod model;
pub mod parse;
pub mod pattern;
pub mod piping;
mod positions;
pub(crate) mod problem;
mod reach;
pub(crate) mod read_errors;
pub mod schema;
pub(crate) mod scores_and_views;
pub mod texts;
pub(crate) mod tokens;
pub mod translate;
pub(crate) mod validate;

pub use bound::Bound;
pub use catalog::{Catalog, Entry, Origin, folders_seen};
pub use condition::{Condition, Observed, Test};
pub use default_value::{DefaultValue, SessionField};
pub use kinds::Shape;
pub use lookup::Place;
pub use model::*;
pub use parse::{Parsed, parse, parse_built_in};
pub use problem::{Problem, ProblemPlace, Severity};
pub use scores_and_views::*;
