//! Real XLSForms from pyxform's own tests (`tests/fixtures/forms/pyxform/`), in the older
//! spellings pyxform still reads: each comes in whole, with a note for every item not carried
//! over, and as many questions as pyxform makes of it (within 10%).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forms/pyxform").join(name)
}

/// Imports a sample; the questionnaire made and what was said.
fn import(name: &str) -> (serde_json::Value, String) {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.json");
    let out = Command::new(env!("CARGO_BIN_EXE_waypost"))
        .arg("import")
        .arg(sample(name))
        .arg("-o")
        .arg(&out_file)
        .env("WAYPOST_DATA_DIR", dir.path().join("data"))
        .env("WAYPOST_LANG", "en")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{name}: {said}");
    (serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap(), said)
}

/// The questions a waypost questionnaire asks: a list's fields each count, as a repeat's
/// questions do in an XForm.
fn asked(q: &serde_json::Value) -> usize {
    let questions = q["sections"].as_array().unwrap().iter().flat_map(|s| s["questions"].as_array().unwrap());
    questions.map(|q| q["fields"].as_array().map_or(1, Vec::len)).sum()
}

const SAMPLES: [&str; 5] = ["group.xlsx", "loop.xlsx", "or_other.xlsx", "text_and_integer.xlsx", "tutorial.xls"];

#[test]
fn the_older_spellings_are_read_not_dropped() {
    let (group, said) = import("group.xlsx");
    assert!(!said.contains("has no counterpart"), "label:English (en) is a label: {said}");
    assert!(said.contains(r#""phone number" is kept as a text question"#), "named whole: {said}");
    assert_eq!(group["sections"][1]["questions"][0]["prompt"]["en"], "What's your father's phone number?");
    let (text, said) = import("text_and_integer.xlsx");
    assert!(said.contains("everything carried over"), "{said}");
    assert_eq!(text["sections"][0]["questions"][1]["prompt"]["en"], "How many years old are you?");
    let (tutorial, said) = import("tutorial.xls");
    assert!(!said.contains("bind:relevant") && !said.contains(r#"unknown type"#), "{said}");
    let member = &tutorial["sections"][0]["questions"][0];
    assert_eq!(member["kind"], "list");
    let fields = member["fields"].as_array().unwrap();
    assert_eq!(fields[1]["kind"], "single", "select one from relationships: {}", fields[1]);
    let in_months = fields.iter().find(|f| f["id"] == "age_in_months").unwrap();
    assert!(
        in_months["show_if"].is_object() && in_months["max"].as_f64() == Some(72.0),
        "bind:relevant and bind:constraint read: {in_months}"
    );
}

#[test]
fn a_loop_over_a_list_asks_its_questions_for_each_choice() {
    let (q, said) = import("loop.xlsx");
    assert!(said.contains(r#"a loop over the 4 choices of "toilet_type""#), "{said}");
    let multi = &q["sections"][0]["questions"][0];
    assert_eq!(multi["kind"], "multi", "select all that apply from … or specify other");
    assert!(multi["choices"].as_array().unwrap().iter().any(|c| c["other"] == true));
    let prompts: Vec<&str> = q["sections"].as_array().unwrap()[1..]
        .iter()
        .map(|s| s["questions"][0]["prompt"]["en"].as_str().unwrap())
        .collect();
    assert_eq!(
        prompts,
        [
            "How many Pit latrine with slab are on the premises?",
            "How many Pit latrine without slab/open pit are on the premises?",
            "How many Bucket system are on the premises?",
            "How many Other are on the premises?",
        ],
        "as pyxform, the list's \"or specify other\" is one of the loop's choices too"
    );
}

#[test]
fn every_sample_has_as_many_questions_as_pyxform_makes_of_it() {
    let Some(tool) = common::xls2xform() else { return };
    for name in SAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let xml = dir.path().join("form.xml");
        let out = Command::new(&tool).arg("--skip_validate").arg(sample(name)).arg(&xml).output().unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let xml = std::fs::read_to_string(&xml).unwrap();
        // Its questions: the binds but the form's metadata and the text an "or other" adds,
        // which waypost asks within the question.
        let theirs = xml
            .split("<bind nodeset=\"")
            .skip(1)
            .filter(|b| {
                let path = b.split('"').next().unwrap_or_default();
                !path.contains("/meta/") && !path.ends_with("_other")
            })
            .count();
        let (q, _) = import(name);
        let ours = asked(&q);
        let off = (ours as f64 - theirs as f64).abs() / theirs as f64;
        assert!(off <= 0.1, "{name}: {ours} questions here, {theirs} in pyxform's form");
    }
}

#[test]
fn a_text_s_longest_answer_comes_in_and_the_form_s_message_is_said_outside_the_limits() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "constraint", "constraint_message"],
        &["text", "said", "Say it", "string-length(.) <= 200", "At most 200 characters"],
        &["text", "short", "Short", "string-length(.) < 11", ""],
        &["integer", "n", "How many?", ". >= 0 and . <= 10", "0 to 10"],
    ];
    let imported = waypost_core::xlsform::import(common::workbook(&[("survey", survey)]), "f.xlsx").unwrap();
    let q = &imported.questionnaire;
    assert_eq!(
        (q.question("said").unwrap().max_length, q.question("short").unwrap().max_length),
        (Some(200), Some(10))
    );
    assert!(imported.notes.is_empty(), "{:#?}", imported.notes);
    // The form's own words, said when an answer is outside the limits.
    let n = q.question("n").unwrap();
    let refused = waypost_core::interview::check_value(q, n, &serde_json::json!(11)).unwrap_err();
    assert_eq!(refused.to_string(), "0 to 10");
    let said = q.question("said").unwrap();
    let refused = waypost_core::interview::check_value(q, said, &serde_json::json!("x".repeat(201))).unwrap_err();
    assert_eq!(refused.to_string(), "At most 200 characters");
    let short = q.question("short").unwrap();
    let refused = waypost_core::interview::check_value(q, short, &serde_json::json!("x".repeat(11))).unwrap_err();
    assert!(refused.to_string().contains("10"), "waypost's own words where the form gave none: {refused}");
    // Out and in again, the messages stay.
    let exported = waypost_core::xlsform::export::export(q).unwrap();
    let back = waypost_core::xlsform::import(exported.bytes, "f.xlsx").unwrap().questionnaire;
    for id in ["said", "n"] {
        let message = |q: &waypost_core::questionnaire::Questionnaire| {
            q.question(id).unwrap().limits_message.as_ref().map(|m| m.get("en", "en").to_owned())
        };
        assert_eq!(message(&back), message(q), "{id}");
    }
}
