//! Questionnaire definitions: the format's types, loading with exact error places, semantic
//! validation, and the catalog of built-in and user questionnaires.

pub mod catalog;
pub mod condition;
pub mod lookup;
pub mod model;
pub mod parse;
pub mod problem;
mod reach;
pub mod schema;
pub mod scores_and_views;
pub mod validate;

pub use catalog::{Catalog, Entry, Origin};
pub use condition::{Condition, Observed, Test};
pub use lookup::Place;
pub use model::*;
pub use parse::{Parsed, parse};
pub use problem::{Problem, ProblemPlace, Severity};
pub use scores_and_views::*;
