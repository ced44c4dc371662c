//! Export → import of every built-in and every example gives back the same questionnaire,
//! compared field by field; the few things an XLSForm holds another way (a choice set written
//! inline, a text in one language given in each, "one of" written as "any of") are compared as
//! what they mean, and what no form holds (views) is named by the export's notes. The same holds
//! for questionnaires generated with every kind and its settings, lists and conditions (a
//! property test).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use proptest::prelude::{Just, Strategy, any};
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

/// Exports `q` as an XLSForm and imports it again: where the questionnaire that came back
/// differs, by path, and the export's notes.
fn round_trip(q: &Questionnaire) -> (Vec<String>, Vec<String>) {
    let exported = waypost_core::xlsform::export::export(q).unwrap();
    let imported = waypost_core::xlsform::import(exported.bytes, &format!("{}.xlsx", q.id)).unwrap();
    // The file written reads back as the questionnaire the import checked, warned of as it was.
    let reread = waypost_core::questionnaire::parse(imported.json.as_bytes());
    assert_eq!(reread.problems.len(), imported.warnings.len(), "{}: {:?}", q.id, reread.problems);
    for (problem, warning) in reread.problems.iter().zip(&imported.warnings) {
        assert!(warning.ends_with(&problem.message), "{}: {warning}", q.id);
    }
    assert!(reread.usable().is_some(), "{}: {:?}", q.id, reread.problems);
    assert_eq!(of(reread.usable().unwrap()), of(&imported.questionnaire), "{}", q.id);
    let mut back = imported.questionnaire;
    // A questionnaire that names no source is said to come from the workbook: added, not lost.
    if q.source.is_none() {
        back.source = None;
    }
    let mut out = Vec::new();
    differences(&of(q), &of(&back), "", &mut out);
    (out, exported.notes)
}

#[test]
fn every_built_in_and_example_comes_back_the_same_through_an_xlsform() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let catalog = Catalog::load(&[fixtures.clone(), fixtures.join("workshop")]);
    assert!(catalog.entries().len() >= 10, "the built-ins and the examples");
    for entry in catalog.entries() {
        let q = &entry.questionnaire;
        let (out, notes) = round_trip(q);
        assert!(out.is_empty(), "{}: {out:#?}", q.id);
        // What no form holds is said.
        if !q.views.is_empty() {
            assert!(notes.iter().any(|n| n.contains("views")), "{}", q.id);
        }
    }
}

/// A text as a questionnaire author writes one: letters of several languages, digits and
/// punctuation, never empty, no space at either end (a spreadsheet's cell is read trimmed).
fn text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9ñáéíóúüçãõ¿?¡!,.;:()'\" -]{0,24}".prop_map(|t| match t.trim() {
        "" => "Texto".to_owned(),
        t => t.to_owned(),
    })
}

/// A text in the questionnaire's languages: a string in one, a map in two.
fn texts(two: bool) -> impl Strategy<Value = Value> {
    (text(), text()).prop_map(move |(en, es)| if two { json!({"en": en, "es": es}) } else { json!(en) })
}

/// One question of any kind but a list (a list's field, or a question), with `id`; `earlier`
/// is a single-choice question before it, with its values, that it may be shown after.
fn question(id: String, two: bool, earlier: Option<(String, Vec<String>)>) -> impl Strategy<Value = Value> {
    let choices = proptest::collection::btree_set("[a-z][a-z0-9_]{0,5}", 2..5).prop_flat_map(move |values| {
        let values: Vec<String> = values.into_iter().collect();
        let n = values.len();
        (Just(values), proptest::collection::vec((texts(two), 0u8..4), n), any::<bool>())
    });
    (
        0u8..10,
        texts(two),
        proptest::option::of(texts(two)),
        any::<bool>(),
        choices,
        (proptest::option::of(-5i32..5), proptest::option::of(5i32..500), any::<bool>()),
        (proptest::option::of(1usize..400), any::<bool>(), proptest::option::of(-60i32..60)),
        (any::<bool>(), any::<bool>()),
    )
        .prop_map(
            move |(
                kind,
                prompt,
                help,
                required,
                (values, labels, scored),
                (lo, hi, integer),
                (max_length, multiline, days),
                (shown, extra),
            )| {
                let mut q = json!({"id": id, "prompt": prompt});
                if let Some(help) = help {
                    q["help"] = help;
                }
                let kind = match kind {
                    0 | 1 => {
                        let mut list: Vec<Value> = values
                            .iter()
                            .zip(&labels)
                            .map(|(value, (label, score))| {
                                let mut c = json!({"value": value, "label": label});
                                // Every choice has a score, or none has.
                                if scored {
                                    c["score"] = json!(score);
                                }
                                c
                            })
                            .collect();
                        // A cascading select: the first choice offered after the gate's yes.
                        if let (true, Some((on, values))) = (extra, &earlier) {
                            list[0]["show_if"] = json!({"answer": on, "equals": values[0]});
                        }
                        q["choices"] = Value::Array(list);
                        if kind == 0 { "single" } else { "multi" }
                    }
                    2 => {
                        if let Some(lo) = lo {
                            q["min"] = json!(lo);
                        }
                        if let Some(hi) = hi {
                            q["max"] = json!(hi);
                        }
                        if integer {
                            q["integer"] = json!(true);
                        }
                        "number"
                    }
                    3 => {
                        if let Some(most) = max_length {
                            q["max_length"] = json!(most);
                        }
                        if multiline {
                            q["multiline"] = json!(true);
                        }
                        // Read-only, showing its default.
                        if extra {
                            q["default"] = json!("T");
                            q["read_only"] = json!(true);
                        }
                        "text"
                    }
                    4 => {
                        if let Some(days) = days {
                            q["max"] = json!(format!("today{days:+}"));
                            q["min"] = json!("2020-01-31");
                        }
                        "date"
                    }
                    5 => "time",
                    6 => "datetime",
                    // A calculation on the section's gate (a list's field holds none).
                    7 if earlier.is_some() => {
                        let on = earlier.as_ref().map(|(on, _)| on.as_str()).unwrap_or_default();
                        q["calculation"] = json!(format!("if(${{{on}}} = 'yes', 1, 0) * 2 + 1"));
                        "calculate"
                    }
                    _ => "note",
                };
                q["kind"] = json!(kind);
                if required && !matches!(kind, "note" | "calculate") {
                    q["required"] = json!(true);
                }
                if let (true, Some((on, values))) = (shown, &earlier) {
                    q["show_if"] = json!({"answer": on, "equals": values[0]});
                }
                q
            },
        )
}

/// A questionnaire of one to three sections of questions of every kind, lists among them, in
/// one language or two.
fn questionnaire() -> impl Strategy<Value = Value> {
    (any::<bool>(), proptest::collection::vec(1usize..5, 1..4), texts(false))
        .prop_flat_map(|(two, sizes, title)| {
            let mut sections = Vec::new();
            let mut n = 0;
            for (s, size) in sizes.iter().enumerate() {
                let mut questions = Vec::new();
                for _ in 0..*size {
                    n += 1;
                    // Every third question is a list of two fields; the others shown after the
                    // section's first question when it is a single choice.
                    let gate = Some((format!("gate{s}"), vec!["yes".to_owned(), "no".to_owned()]));
                    let q = if n % 3 == 0 {
                        (question(format!("f{n}a"), two, None), question(format!("f{n}b"), two, None), texts(two))
                            .prop_map(move |(a, b, prompt)| {
                                let mut fields = vec![a, b];
                                // A list asks something of each item.
                                if fields.iter().all(|f| f["kind"] == "note") {
                                    fields.push(json!({"id": format!("f{n}c"), "kind": "text", "prompt": "Texto"}));
                                }
                                json!({"id": format!("list{n}"), "kind": "list", "prompt": prompt, "fields": fields})
                            })
                            .boxed()
                    } else {
                        question(format!("q{n}"), two, gate).boxed()
                    };
                    questions.push(q);
                }
                // Each section opens with a yes-or-no question the others may be shown after.
                let gate = json!({"id": format!("gate{s}"), "kind": "single", "prompt": "Texto",
                "choices": [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]});
                sections.push((Just(format!("s{s}")), texts(two), questions).prop_map(
                    move |(id, title, mut questions)| {
                        questions.insert(0, gate.clone());
                        json!({"id": id, "title": title, "questions": questions})
                    },
                ));
            }
            (Just(two), Just(title), sections)
        })
        .prop_map(|(two, title, sections)| {
            let mut doc = json!({"format": 1, "id": "generated", "version": "1", "title": title, "sections": sections});
            if two {
                doc["languages"] = json!(["en", "es"]);
            }
            doc
        })
}

proptest::proptest! {
    // A fixed seed: the same 128 questionnaires on every run, so CI is never red by chance.
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 128,
        rng_seed: proptest::test_runner::RngSeed::Fixed(28),
        ..proptest::prelude::ProptestConfig::default()
    })]
    /// Any questionnaire made of the format's kinds and fields comes back from an XLSForm
    /// the same, field by field.
    #[test]
    fn any_questionnaire_comes_back_the_same_through_an_xlsform(doc in questionnaire()) {
        let bytes = serde_json::to_vec_pretty(&doc).unwrap();
        let parsed = waypost_core::questionnaire::parse(&bytes);
        let errors: Vec<_> = parsed.problems.iter().filter(|p| p.is_error()).collect();
        proptest::prop_assert!(errors.is_empty(), "{errors:?}\n{doc:#}");
        let q = parsed.usable().unwrap();
        let (out, notes) = round_trip(q);
        proptest::prop_assert!(out.is_empty(), "{out:#?}\n{notes:#?}\n{doc:#}");
    }
}
