//! The JSON Schema of the questionnaire format, generated from the Rust types so the two cannot
//! drift apart (a test compares it with the published docs/questionnaire.schema.json).

use super::model::Questionnaire;

/// The schema as pretty-printed JSON, ending in a newline.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Questionnaire);
    #[allow(clippy::expect_used, reason = "a schema is a JSON value with string keys: it always serialises")]
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}
