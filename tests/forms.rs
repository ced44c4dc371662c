//! Format additions at work on answers: hard rules (`constraint`) comparing answers, date limits
//! relative to today, and a choice that stands alone.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use serde_json::json;
use waypost_core::interview::{Input, Refusal, answer};
use waypost_core::questionnaire::bound::fix_today;
use waypost_core::questionnaire::{Questionnaire, parse};
use waypost_core::testing::{give, now, session};

fn household() -> Questionnaire {
    parse(include_bytes!("fixtures/forms/household.json")).usable().expect("the fixture is valid").clone()
}

fn refusal(q: &Questionnaire, s: &mut waypost_core::session::Session, id: &str, v: serde_json::Value) -> String {
    match answer(q, s, id, Input::Value(v), None, now(), None) {
        Err(Refusal::Invalid(e)) => e.to_string(),
        other => panic!("{id}: expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_constraint_compares_with_an_earlier_answer_and_no_reason_lets_it_through() {
    fix_today(NaiveDate::from_ymd_opt(2026, 11, 28));
    let q = household();
    let mut s = session(&q, "h", "Barrio");
    give(&q, &mut s, &[("head_name", json!("Rosa")), ("visit_date", json!("2026-11-20"))]);
    assert_eq!(refusal(&q, &mut s, "next_visit", json!("2026-11-01")), "The next visit comes after this one.");
    assert!(answer(&q, &mut s, "next_visit", Input::Value(json!("2026-11-01")), Some("sure"), now(), None).is_err());
    give(&q, &mut s, &[("next_visit", json!("2026-12-15"))]);
    fix_today(None);
}

#[test]
fn date_limits_follow_today() {
    fix_today(NaiveDate::from_ymd_opt(2026, 11, 28));
    let q = household();
    let mut s = session(&q, "h", "Barrio");
    assert_eq!(refusal(&q, &mut s, "visit_date", json!("2026-11-29")), "the latest date allowed is 2026-11-28");
    assert_eq!(refusal(&q, &mut s, "visit_date", json!("2025-11-27")), "the earliest date allowed is 2025-11-28");
    give(&q, &mut s, &[("visit_date", json!("2026-11-28"))]);
    fix_today(None);
}

#[test]
fn a_choice_that_stands_alone_is_refused_with_others() {
    let q = household();
    let mut s = session(&q, "h", "Barrio");
    assert_eq!(
        refusal(&q, &mut s, "support", json!(["food", "none"])),
        "\"None of these\" stands alone: untick it, or the other choices"
    );
    give(&q, &mut s, &[("support", json!(["none"]))]);
}

#[test]
fn limits_and_comparisons_are_checked_when_the_file_is_read() {
    let mut doc: serde_json::Value = serde_json::from_str(include_str!("fixtures/forms/household.json")).unwrap();
    let questions = doc["sections"][0]["questions"].as_array_mut().unwrap();
    let at = |id: &str| questions.iter().position(|x| x["id"] == id).unwrap();
    let (visit, next, n) = (at("visit_date"), at("next_visit"), at("n_children"));
    questions[visit]["min"] = json!("yesterday");
    questions[visit]["max"] = json!(5);
    questions[n]["max"] = json!("today");
    questions[n]["constraint"] =
        json!({"when": {"answer": "n_children", "at_most": {"answer": "head_name"}}, "message": "m"});
    questions[next]["constraint"]["when"]["at_least"] = json!({"answer": "later_one"});
    let problems: Vec<String> = parse(doc.to_string().as_bytes()).problems.iter().map(|p| p.message.clone()).collect();
    for expected in [
        r#""yesterday" is not a date: write "YYYY-MM-DD", "today", or days from today as "today-30" or "today+7""#,
        r#"`max` takes a date: "YYYY-MM-DD", "today", "today-30" or "today+7" here"#,
        "`max` takes a number here",
        r#""n_children" and "head_name" cannot be compared: compare dates with dates, and numbers, scores or counts with each other"#,
        r#"unknown question "later_one""#,
    ] {
        assert!(problems.iter().any(|p| p == expected), "{expected} not in {problems:#?}");
    }
}

#[test]
fn a_list_takes_as_many_items_as_a_number_answer_says() {
    let q = household();
    let mut s = session(&q, "h", "Barrio");
    give(&q, &mut s, &[("head_name", json!("Rosa")), ("n_children", json!(2))]);
    let one = json!([{"name": "Luz", "in_school": "yes"}]);
    assert_eq!(
        refusal(&q, &mut s, "children", one),
        "\"How many children live with Rosa?\" was answered 2: the list takes 2 × child"
    );
    give(
        &q,
        &mut s,
        &[("children", json!([{"name": "Luz", "in_school": "yes"}, {"name": "Teo", "in_school": "yes"}]))],
    );
}

#[test]
fn an_other_choice_keeps_what_it_stands_for_with_the_answer() {
    let q = household();
    let mut s = session(&q, "h", "Barrio");
    assert_eq!(refusal(&q, &mut s, "water", json!("other")), "say what \"Other\" stands for");
    answer(&q, &mut s, "water", Input::Other(json!("other"), " the river ".into()), None, now(), None).unwrap();
    assert_eq!(s.answers()["water"].other.as_deref(), Some("the river"));
    give(&q, &mut s, &[("water", json!("other"))]);
    assert_eq!(s.answers()["water"].other.as_deref(), Some("the river"), "confirmed again, it keeps its text");
    let md = waypost_core::report::markdown(&q, &s);
    assert!(md.contains("Other: the river"), "{md}");
    let csv = String::from_utf8(waypost_core::report::csv(&q, &s).unwrap()).unwrap();
    assert!(csv.contains("Other: the river"), "{csv}");
    give(&q, &mut s, &[("water", json!("tap"))]);
    assert_eq!(s.answers()["water"].other, None, "another choice leaves nothing to specify");
    let last = s.events().last().unwrap();
    assert_eq!(last.from, json!({"value": "other", "other": "the river"}));
}

#[test]
fn a_warning_gone_past_is_reported_with_its_text_and_the_reason() {
    let mut doc: serde_json::Value = serde_json::from_str(include_str!("fixtures/forms/household.json")).unwrap();
    let questions = doc["sections"][0]["questions"].as_array_mut().unwrap();
    let n = questions.iter().position(|x| x["id"] == "n_children").unwrap();
    questions[n]["warn_if"] =
        json!({"when": {"answer": "n_children", "at_least": 10}, "message": "Ten or more children: check."});
    let q = parse(doc.to_string().as_bytes()).usable().unwrap().clone();
    let mut s = session(&q, "h", "Barrio");
    answer(&q, &mut s, "n_children", Input::Value(json!(12)), Some("Extended family, counted twice"), now(), None)
        .unwrap();
    let said = "Warning: Ten or more children: check. — gone past with the reason: Extended family, counted twice";
    assert!(waypost_core::report::markdown(&q, &s).contains(said));
    assert!(waypost_core::report::html(&q, &s).contains(said));
    let text = waypost_core::report::summary_text(&q, &s);
    assert!(text.contains("Warnings overridden, and why") && text.contains(said), "{text}");
    let json = serde_json::to_string(&waypost_core::report::Summary::new(&q, &s)).unwrap();
    assert!(json.contains("Ten or more children: check."), "{json}");
}

#[test]
fn an_other_choice_in_a_list_item_keeps_what_it_stands_for_beside_the_field() {
    use waypost_core::interview::{FieldStep, Invalid, ItemEntry, nothing_outside};
    let q = household();
    let list = q.question("children").unwrap();
    let mut entry = ItemEntry::start(list, None, waypost_core::interview::Item::new()).unwrap();
    assert_eq!(entry.keep(&q, list, Some(json!("Luz")), &nothing_outside), Ok(FieldStep::Next(1)));
    assert_eq!(entry.keep(&q, list, Some(json!("no")), &nothing_outside), Ok(FieldStep::Next(2)));
    assert_eq!(entry.keep(&q, list, Some(json!("other")), &nothing_outside), Ok(FieldStep::Specify("Other".into())));
    assert_eq!(entry.specify(&q, list, "  ", &nothing_outside), Err(Invalid::SpecifyOther("Other".into())));
    assert_eq!(entry.specify(&q, list, "helps at home", &nothing_outside), Ok(FieldStep::Done));
    assert_eq!(entry.item["why_not.other"], json!("helps at home"));
    // Going back to the choice and choosing another leaves nothing to specify.
    let mut again = entry.clone();
    again.field = 2;
    assert_eq!(again.keep(&q, list, Some(json!("work")), &nothing_outside), Ok(FieldStep::Done));
    assert!(!again.item.contains_key("why_not.other"));

    let mut s = session(&q, "h", "Barrio");
    give(&q, &mut s, &[("n_children", json!(1))]);
    let unsaid = json!([{"name": "Luz", "in_school": "no", "why_not": "other"}]);
    assert_eq!(
        refusal(&q, &mut s, "children", unsaid),
        "child 1, Why is Luz not in school?: say what \"Other\" stands for"
    );
    let stray = json!([{"name": "Luz", "in_school": "no", "name.other": "x"}]);
    assert!(refusal(&q, &mut s, "children", stray).contains("name.other"), "a field without \"other\" takes no text");
    give(&q, &mut s, &[("children", serde_json::Value::Array(vec![serde_json::Value::Object(entry.item)]))]);
    let md = waypost_core::report::markdown(&q, &s);
    assert!(md.contains("Other: helps at home"), "{md}");
    let csv = String::from_utf8(waypost_core::report::csv(&q, &s).unwrap()).unwrap();
    assert!(csv.contains("Other: helps at home"), "{csv}");
    assert!(waypost_core::report::html(&q, &s).contains("Other: helps at home"));
}
