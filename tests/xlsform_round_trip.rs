//! Export → import of every built-in and every example gives back the same questionnaire,
//! compared field by field; the few things an XLSForm holds another way (a choice set written
//! inline, a text in one language given in each, "one of" written as "any of") are compared as
//! what they mean, and what no form holds (views) is named by the export's notes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use serde_json::{Map, Value, json};
use waypost_core::questionnaire::{Catalog, Questionnaire};

/// The keys whose values are texts (a string, or one per language).
const TEXTS: [&str; 11] = [
    "title",
    "prompt",
    "help",
    "guidance",
    "label",
    "message",
    "description",
    "item_label",
    "unit",
    "action",
    "source",
];

/// `value` as what it means: choice sets resolved into the questions, texts in every language,
/// numbers as decimals, "one of" as "any of".
fn meaning(value: &Value, sets: &Map<String, Value>, languages: &[String], key: &str) -> Value {
    match value {
        Value::String(text) if TEXTS.contains(&key) => {
            Value::Object(languages.iter().map(|l| (l.clone(), json!(text))).collect())
        }
        Value::String(name) if key == "choices" => meaning(&sets[name.as_str()], sets, languages, key),
        Value::Number(n) => json!(n.as_f64()),
        Value::Array(items) => Value::Array(items.iter().map(|v| meaning(v, sets, languages, key)).collect()),
        Value::Object(map) if TEXTS.contains(&key) && map.values().all(Value::is_string) => {
            let first = map.values().next().cloned().unwrap_or_default();
            Value::Object(languages.iter().map(|l| (l.clone(), map.get(l).cloned().unwrap_or(first.clone()))).collect())
        }
        Value::Object(map) => {
            if let (Some(answer), Some(Value::Array(values))) = (map.get("answer"), map.get("in")) {
                let any: Vec<Value> = values.iter().map(|v| json!({"answer": answer, "equals": v})).collect();
                return meaning(&json!({"any": any}), sets, languages, key);
            }
            // "Any of" one is that one.
            if let (1, Some(Value::Array(one))) = (map.len(), map.get("any"))
                && one.len() == 1
            {
                return meaning(&one[0], sets, languages, key);
            }
            let mut out = Map::new();
            for (k, v) in map {
                if !matches!(k.as_str(), "$schema" | "views" | "choice_sets") {
                    out.insert(k.clone(), meaning(v, sets, languages, k));
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn of(q: &Questionnaire) -> Value {
    let value = serde_json::to_value(q).unwrap();
    let sets = value["choice_sets"].as_object().cloned().unwrap_or_default();
    meaning(&value, &sets, &q.languages, "")
}

/// Where two values differ, by path.
fn differences(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                differences(
                    &x.get(key).cloned().unwrap_or_default(),
                    &y.get(key).cloned().unwrap_or_default(),
                    &format!("{path}.{key}"),
                    out,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                differences(v, w, &format!("{path}[{i}]"), out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} ≠ {b}")),
        _ => {}
    }
}

#[test]
fn every_built_in_and_example_comes_back_the_same_through_an_xlsform() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let catalog = Catalog::load(&[fixtures.clone(), fixtures.join("workshop")]);
    assert!(catalog.entries().len() >= 10, "the built-ins and the examples");
    for entry in catalog.entries() {
        let q = &entry.questionnaire;
        let exported = waypost_core::xlsform::export::export(q).unwrap();
        let imported = waypost_core::xlsform::import(exported.bytes, &format!("{}.xlsx", q.id)).unwrap();
        // The file written reads back as the questionnaire the import checked, with no problem.
        let reread = waypost_core::questionnaire::parse(imported.json.as_bytes());
        assert!(reread.problems.is_empty(), "{}: {:?}", q.id, reread.problems);
        assert_eq!(of(reread.usable().unwrap()), of(&imported.questionnaire), "{}", q.id);
        let mut back = imported.questionnaire;
        // A questionnaire that names no source is said to come from the workbook: added, not lost.
        if q.source.is_none() {
            back.source = None;
        }
        let mut out = Vec::new();
        differences(&of(q), &of(&back), "", &mut out);
        assert!(out.is_empty(), "{}: {out:#?}", q.id);
        // What no form holds is said.
        if !q.views.is_empty() {
            assert!(exported.notes.iter().any(|n| n.contains("views")), "{}", q.id);
        }
    }
}
