//! Scoring methods and weights, on a raw-total scale (PHQ-9) and a weighted self-check.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use waypost_core::questionnaire::{Questionnaire, parse};
use waypost_core::report::{markdown, summary_text};
use waypost_core::scoring::score;
use waypost_core::testing::{give, session};

fn phq9() -> Questionnaire {
    parse(include_bytes!("fixtures/forms/phq9.json")).usable().expect("the PHQ-9 fixture is valid").clone()
}

#[test]
fn a_sum_is_the_raw_total_with_its_band_and_the_most_it_could_be() {
    let q = phq9();
    let mut s = session(&q, "p", "Clinic");
    let answers: Vec<(String, serde_json::Value)> = [3, 2, 2, 1, 1, 2, 1, 0, 0]
        .iter()
        .enumerate()
        .map(|(i, v)| (format!("item_{}", i + 1), json!(v.to_string())))
        .collect();
    let refs: Vec<(&str, serde_json::Value)> = answers.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    give(&q, &mut s, &refs);
    let scores = score(&q, s.answers(), "en").unwrap();
    assert_eq!(scores.overall, Some(12.0));
    assert_eq!(scores.scale, 27.0);
    assert_eq!(scores.sections[0].out_of, 27.0);
    assert_eq!(scores.overall_band.as_deref(), Some("Moderate"));
    assert!(scores.actions.is_empty(), "a total of symptoms suggests no actions unless asked to");
    let shown = summary_text(&q, &s);
    assert!(shown.contains("Scores (totals)"), "{shown}");
    assert!(shown.contains("12 of 27  Moderate"), "{shown}");
    let md = markdown(&q, &s);
    assert!(md.contains("| **Overall** | **12 of 27** | Moderate |"), "{md}");
}

#[test]
fn weights_count_in_a_mean_and_in_a_sum() {
    let mut doc: serde_json::Value = serde_json::from_str(include_str!("fixtures/forms/phq9.json")).unwrap();
    doc["scoring"] = json!({"method": "mean", "scale": 10});
    doc["sections"][0]["questions"][0]["weight"] = json!(3);
    let q = parse(doc.to_string().as_bytes()).usable().unwrap().clone();
    let mut s = session(&q, "w", "Acme");
    give(&q, &mut s, &[("item_1", json!("3")), ("item_2", json!("0"))]);
    // (10 × 3 + 0 × 1) / 4
    assert_eq!(score(&q, s.answers(), "en").unwrap().overall, Some(7.5));

    doc["scoring"] = json!({"method": "sum"});
    let q = parse(doc.to_string().as_bytes()).usable().unwrap().clone();
    let mut s = session(&q, "w", "Acme");
    give(&q, &mut s, &[("item_1", json!("3")), ("item_2", json!("2"))]);
    let scores = score(&q, s.answers(), "en").unwrap();
    assert_eq!(scores.overall, Some(11.0), "3 × 3 + 2");
    assert_eq!(scores.scale, 33.0, "9 + 8 × 3");
}

#[test]
fn scores_on_some_choices_only_and_bad_weights_are_refused() {
    let mut doc: serde_json::Value = serde_json::from_str(include_str!("fixtures/forms/phq9.json")).unwrap();
    doc["choice_sets"]["frequency"][3].as_object_mut().unwrap().remove("score");
    doc["sections"][0]["weight"] = json!(-1);
    let problems: Vec<String> = parse(doc.to_string().as_bytes()).problems.iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains(r#"choice_sets.frequency: the choice "3" has no score while the others have one"#)),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("sections[0].weight: the weight must be a number, 0 or more")),
        "{problems:#?}"
    );
}
