//! The JSON Schema of the questionnaire format, generated from the Rust types so the two cannot
//! drift apart (a test compares it with the published docs/questionnaire.schema.json), then made
//! as strict as `waypost validate` where a schema can say it: no fields beyond the format's,
//! `format` 1, ids of the right shape, no empty lists where one is an error, and only standard
//! keywords (a strict validator rejects schemars' `"format": "uint32"`).

use serde_json::{Value, json};

use super::model::Questionnaire;

/// What the schema calls itself: a URN, since the format is not published at a web address.
const SCHEMA_ID: &str = "urn:waypost:questionnaire:format:1";

/// A questionnaire's id, as `is_questionnaire_id` checks it.
const QUESTIONNAIRE_ID: &str = "^[a-z0-9-]{1,100}$";

/// A section's, question's, field's or choice set's id, as `is_item_id` checks it.
const ITEM_ID: &str = "^[a-z0-9][a-z0-9_-]{0,99}$";

/// The schema as pretty-printed JSON, ending in a newline.
pub fn schema_json() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Questionnaire)).unwrap_or_default();
    tighten(&mut schema);
    #[allow(clippy::expect_used, reason = "a schema is a JSON value with string keys: it always serialises")]
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}

/// The generated schema made strict.
fn tighten(schema: &mut Value) {
    let mut extended = Vec::new();
    strip_formats_and_close_objects(schema, &mut extended);
    // A view's variant adds `kind` to the fields of its definition: the variant is closed with
    // `unevaluatedProperties`, which sees the definition's fields, and the definition stays open.
    for name in extended {
        if let Some(def) = schema["$defs"].get_mut(&name).and_then(Value::as_object_mut) {
            def.remove("additionalProperties");
        }
    }
    schema["$id"] = json!(SCHEMA_ID);
    let root = &mut schema["properties"];
    root["format"] = json!({"description": "Always 1.", "const": 1});
    root["id"]["pattern"] = json!(QUESTIONNAIRE_ID);
    root["version"]["minLength"] = json!(1);
    root["sections"]["minItems"] = json!(1);
    root["choice_sets"]["additionalProperties"]["minItems"] = json!(1);
    root["choice_sets"]["propertyNames"] = json!({"pattern": ITEM_ID});
    let defs = &mut schema["$defs"];
    for item in ["Section", "Question"] {
        defs[item]["properties"]["id"]["pattern"] = json!(ITEM_ID);
    }
    defs["Choice"]["properties"]["value"]["minLength"] = json!(1);
    if let Some(variants) = defs["Choices"]["anyOf"].as_array_mut() {
        for variant in variants.iter_mut().filter(|v| v["type"] == "array") {
            variant["minItems"] = json!(1);
        }
    }
}

/// Takes out `format` values no JSON Schema dialect defines (schemars writes Rust's number
/// types there) and closes every object with listed properties to other fields; `extended`
/// collects the definitions an object adds properties to.
fn strip_formats_and_close_objects(value: &mut Value, extended: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            let standard = ["date", "date-time", "time", "email", "uri", "uri-reference", "uuid", "regex"];
            if map.get("format").and_then(Value::as_str).is_some_and(|f| !standard.contains(&f)) {
                map.remove("format");
            }
            if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                match map.get("$ref").and_then(Value::as_str) {
                    Some(reference) => {
                        extended.push(reference.trim_start_matches("#/$defs/").to_owned());
                        map.insert("unevaluatedProperties".into(), Value::Bool(false));
                    }
                    None => {
                        map.insert("additionalProperties".into(), Value::Bool(false));
                    }
                }
            }
            map.values_mut().for_each(|v| strip_formats_and_close_objects(v, extended));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| strip_formats_and_close_objects(v, extended)),
        _ => {}
    }
}
