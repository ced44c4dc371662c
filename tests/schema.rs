//! The published JSON Schema must be the one generated from the code.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

#[test]
fn the_committed_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/questionnaire.schema.json");
    let generated = waypost_core::questionnaire::schema::schema_json();
    if std::env::var_os("WAYPOST_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/questionnaire.schema.json is out of date: run `WAYPOST_UPDATE_SCHEMA=1 cargo test --test schema` and commit it"
    );
}
