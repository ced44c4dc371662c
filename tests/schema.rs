//! The published JSON Schema must be the one generated from the code.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use serde_json::json;

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

/// A change that breaks a questionnaire.
type Edit = Box<dyn Fn(&mut serde_json::Value)>;

/// The published schema, compiled by a generic JSON Schema validator (draft 2020-12).
fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&waypost_core::questionnaire::schema::schema_json()).unwrap();
    jsonschema::draft202012::new(&schema).expect("the schema compiles in a strict validator")
}

#[test]
fn the_schema_uses_only_standard_keywords() {
    let text = waypost_core::questionnaire::schema::schema_json();
    for rust_term in ["uint", "double", "int32", "int64", "float"] {
        assert!(!text.contains(&format!("\"format\": \"{rust_term}")), "{rust_term}");
    }
    assert!(text.contains("\"$id\": \"urn:waypost:questionnaire:format:1\""));
}

#[test]
fn the_schema_and_validate_agree_on_good_and_broken_files() {
    let validator = validator();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut good = Vec::new();
    for dir in ["questionnaires", "tests/fixtures", "tests/fixtures/forms"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                good.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    assert!(good.len() >= 10, "{}", good.len());
    for text in &good {
        let doc: serde_json::Value = serde_json::from_str(text).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{}: {e}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", doc["id"]);
        assert!(waypost_core::questionnaire::parse(text.as_bytes()).problems.is_empty(), "{}", doc["id"]);
    }
    let example: serde_json::Value = serde_json::from_str(include_str!("fixtures/example.json")).unwrap();
    let broken: Vec<(&str, Edit)> = vec![
        ("no title", Box::new(|d| drop(d.as_object_mut().unwrap().remove("title")))),
        ("format 2", Box::new(|d| d["format"] = json!(2))),
        ("an id with spaces", Box::new(|d| d["id"] = json!("Learning Review"))),
        ("an empty version", Box::new(|d| d["version"] = json!(""))),
        ("no sections", Box::new(|d| d["sections"] = json!([]))),
        ("an unknown field", Box::new(|d| d["sections"][0]["questions"][1]["requird"] = json!(true))),
        ("an unknown kind", Box::new(|d| d["sections"][0]["questions"][1]["kind"] = json!("singel"))),
        ("a question id in capitals", Box::new(|d| d["sections"][0]["questions"][1]["id"] = json!("Sector"))),
        ("no choices", Box::new(|d| d["sections"][0]["questions"][3]["choices"] = json!([]))),
        (
            "a choice without a label",
            Box::new(|d| drop(d["sections"][0]["questions"][3]["choices"][0].as_object_mut().unwrap().remove("label"))),
        ),
        (
            "an unknown test",
            Box::new(|d| d["sections"][0]["questions"][2]["show_if"] = json!({"answer": "sector", "equls": "x"})),
        ),
        ("a negative length", Box::new(|d| d["sections"][0]["questions"][5]["max_length"] = json!(-1))),
        ("an unknown field in a view", Box::new(|d| d["views"][0]["colour"] = json!("red"))),
        ("a text as a number", Box::new(|d| d["sections"][0]["questions"][4]["integer"] = json!("yes"))),
    ];
    for (what, edit) in broken {
        let mut doc = example.clone();
        edit(&mut doc);
        let by_schema = !validator.is_valid(&doc);
        let by_waypost = !waypost_core::questionnaire::parse(doc.to_string().as_bytes()).problems.is_empty();
        assert!(by_schema && by_waypost, "{what}: schema says broken {by_schema}, validate says {by_waypost}");
    }
}
