//! Every validation rule, each with the exact place it reports.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use waypost_core::questionnaire::{Problem, ProblemPlace, Severity, parse, parse_built_in};

fn example() -> Value {
    serde_json::from_str(include_str!("fixtures/example.json")).unwrap()
}

/// The problems of the example after `edit`, as `path: message` lines (the line and column
/// are tested apart: the edited example is written on one line).
fn problems<R>(edit: impl FnOnce(&mut Value) -> R) -> Vec<String> {
    let mut doc = example();
    let _ = edit(&mut doc);
    let parsed = parse(doc.to_string().as_bytes());
    parsed.problems.iter().map(by_path).collect()
}

/// A problem as `path: message`, without the line and column where the text has them.
fn by_path(problem: &Problem) -> String {
    match &problem.place {
        ProblemPlace::Located { path, .. } => {
            Problem { place: ProblemPlace::from(path.as_str()), ..problem.clone() }.to_string()
        }
        _ => problem.to_string(),
    }
}

fn at<'a>(doc: &'a mut Value, pointer: &str) -> &'a mut Value {
    doc.pointer_mut(pointer).unwrap_or_else(|| panic!("no {pointer}"))
}

#[track_caller]
fn assert_problem(found: &[String], expected: &str) {
    assert!(found.iter().any(|p| p == expected), "expected {expected:?} in {found:#?}");
}

#[test]
fn the_documented_example_is_valid() {
    let parsed = parse(include_bytes!("fixtures/example.json"));
    assert_eq!(parsed.problems, vec![]);
    assert!(parsed.usable().is_some());
}

#[test]
fn unknown_question_with_suggestion() {
    let found = problems(|d| *at(d, "/sections/0/questions/2/show_if/answer") = json!("sectr"));
    assert_problem(
        &found,
        r#"sections[0].questions[2].show_if.answer: unknown question "sectr" (did you mean "sector"?)"#,
    );
}

#[test]
fn condition_on_a_later_question() {
    let found = problems(|d| *at(d, "/sections/0/questions/2/show_if/answer") = json!("summary"));
    assert_problem(
        &found,
        r#"sections[0].questions[2].show_if.answer: question "summary" is asked later; a condition may only use answers given before"#,
    );
}

#[test]
fn condition_on_itself() {
    let found = problems(|d| *at(d, "/sections/0/questions/2/show_if/answer") = json!("member"));
    assert_problem(&found, "sections[0].questions[2].show_if.answer: a question cannot depend on its own answer");
}

#[test]
fn section_condition_on_its_own_question() {
    let found = problems(|d| *at(d, "/sections/1/show_if") = json!({"answer": "plan", "answered": true}));
    assert_problem(
        &found,
        r#"sections[1].show_if.answer: question "plan" is asked later; a condition may only use answers given before"#,
    );
}

#[test]
fn condition_on_a_note() {
    let found = problems(|d| *at(d, "/sections/0/questions/2/show_if/answer") = json!("intro"));
    assert_problem(&found, r#"sections[0].questions[2].show_if.answer: "intro" is a note and has no answer"#);
}

#[test]
fn condition_values_must_fit_the_question() {
    let found = problems(|d| *at(d, "/sections/0/questions/2/show_if/equals") = json!("turism"));
    assert_problem(
        &found,
        r#"sections[0].questions[2].show_if.equals: "turism" is not a choice of "sector" (did you mean "tourism"?)"#,
    );
    let found = problems(|d| *at(d, "/sections/1/show_if") = json!({"answer": "staff_trained", "equals": "ten"}));
    assert_problem(
        &found,
        r#"sections[1].show_if.equals: "staff_trained" is a number question; compare it with a number, not "ten""#,
    );
    let found = problems(|d| *at(d, "/sections/1/show_if") = json!({"answer": "channels", "equals": "web"}));
    assert_problem(&found, r#"sections[1].show_if.equals: "channels" is a multi-select: test it with includes"#);
    let found = problems(|d| *at(d, "/sections/1/show_if") = json!({"answer": "sector", "includes": "ict"}));
    assert_problem(
        &found,
        r#"sections[1].show_if.includes: includes tests a multi-select, and "sector" is a single question"#,
    );
    let found = problems(|d| *at(d, "/sections/1/show_if") = json!({"answer": "sector", "at_least": 1}));
    assert_problem(
        &found,
        r#"sections[1].show_if.at_least: at_least compares numbers, scored choices or counts, and "sector" is a single question without scores"#,
    );
    let found = problems(|d| *at(d, "/sections/1/show_if") = json!({"answer": "last_report", "equals": "2026-13-01"}));
    assert_problem(
        &found,
        r#"sections[1].show_if.equals: "last_report" is a date question; compare it with a date as "YYYY-MM-DD", not "2026-13-01""#,
    );
    let found =
        problems(|d| *at(d, "/sections/1/show_if") = json!({"any": [{"answer": "sector", "in": ["ict", "mining"]}]}));
    assert_problem(&found, r#"sections[1].show_if.any[0].in[1]: "mining" is not a choice of "sector""#);
}

#[test]
fn malformed_condition_has_line_column_and_path() {
    let text = include_str!("fixtures/example.json")
        .replace(r#""show_if": {"answer": "sector", "equals": "tourism"}"#, r#""show_if": {"answer": "sector"}"#);
    let parsed = parse(text.as_bytes());
    let p = &parsed.problems[0];
    assert_eq!(p.severity, Severity::Error);
    let path = "sections[0].questions[2].show_if".to_owned();
    assert_eq!(p.place, ProblemPlace::Located { line: 24, column: 39, path });
    assert!(p.message.starts_with("a condition on an answer needs one test"), "{p}");
}

#[test]
fn a_problem_found_after_reading_has_its_line_and_column_too() {
    let text = include_str!("fixtures/example.json").replace(
        r#""show_if": {"answer": "sector", "equals": "tourism"}"#,
        r#""show_if": {"answer": "sectr", "equals": "tourism"}"#,
    );
    let parsed = parse(text.as_bytes());
    let shown: Vec<String> = parsed.problems.iter().map(|p| p.in_file("example.json")).collect();
    assert_eq!(
        shown,
        [
            r#"example.json:24:30: sections[0].questions[2].show_if.answer: unknown question "sectr" (did you mean "sector"?)"#
        ]
    );
}

#[test]
fn the_same_problem_many_times_is_counted_after_the_first_five() {
    let mut doc = example();
    let questions = at(&mut doc, "/sections/1/questions").as_array_mut().unwrap();
    for i in 0..9 {
        questions.push(json!({"id": format!("extra_{i}"), "kind": "text", "prompt": "P", "show_if": {"answer": "nope", "equals": "x"}}));
    }
    let parsed = parse(doc.to_string().as_bytes());
    let messages: Vec<&str> = parsed.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages.iter().filter(|m| m.starts_with("unknown question \"nope\"")).count(), 5, "{messages:#?}");
    assert_eq!(messages.last(), Some(&"… and 4 more problems like this"));
    assert!(parsed.usable().is_none());
}

#[test]
fn ids_unique_and_well_formed() {
    let found = problems(|d| *at(d, "/id") = json!("Learning Review"));
    assert_problem(&found, r#"id: "Learning Review" is not a valid id: use lower-case letters, digits and dashes"#);
    let found = problems(|d| *at(d, "/sections/0/questions/3/id") = json!("sector"));
    assert_problem(&found, r#"sections[0].questions[3].id: the question id "sector" is used twice"#);
    let found = problems(|d| *at(d, "/sections/1/id") = json!("profile"));
    assert_problem(&found, r#"sections[1].id: the section id "profile" is used twice"#);
    let found = problems(|d| *at(d, "/sections/0/questions/1/id") = json!("../x"));
    assert_problem(
        &found,
        r#"sections[0].questions[1].id: "../x" is not a valid id: use lower-case letters, digits, _ and -"#,
    );
    let found = problems(|d| *at(d, "/sections/0/questions/7/fields/1/id") = json!("name"));
    assert_problem(&found, r#"sections[0].questions[7].fields[1].id: the field id "name" is used twice in this list"#);
}

#[test]
fn references_to_choice_sets_and_views() {
    let found = problems(|d| *at(d, "/sections/0/questions/2/choices") = json!("yes_partly_know"));
    assert_problem(
        &found,
        r#"sections[0].questions[2].choices: unknown choice set "yes_partly_know" (did you mean "yes_partly_no"?)"#,
    );
    let found = problems(|d| *at(d, "/views/0/list") = json!("stakeholder"));
    assert_problem(&found, r#"views[0].list: unknown question "stakeholder" (did you mean "stakeholders"?)"#);
    let found = problems(|d| *at(d, "/views/0/x") = json!("comitment"));
    assert_problem(&found, r#"views[0].x: "stakeholders" has no field "comitment" (did you mean "commitment"?)"#);
    let found = problems(|d| *at(d, "/views/0/y") = json!("name"));
    assert_problem(&found, r#"views[0].y: field "name" must be a single choice with at least two choices"#);
    let found = problems(|d| *at(d, "/views/0/list") = json!("sector"));
    assert_problem(&found, r#"views[0].list: "sector" is a single question, not a list"#);
}

#[test]
fn choices_and_ranges() {
    let found = problems(|d| *at(d, "/sections/0/questions/3/choices") = json!([]));
    assert_problem(&found, "sections[0].questions[3].choices: there are no choices");
    let found = problems(|d| *at(d, "/sections/0/questions/3/choices/1/value") = json!("web"));
    assert_problem(&found, r#"sections[0].questions[3].choices[1].value: the value "web" is used twice"#);
    let found = problems(|d| at(d, "/sections/0/questions/4").as_object_mut().unwrap().insert("max".into(), json!(-1)));
    assert_problem(&found, "sections[0].questions[4].min: min 0 is greater than max -1");
    let found =
        problems(|d| at(d, "/sections/0/questions/7").as_object_mut().unwrap().insert("max_items".into(), json!(0)));
    assert_problem(&found, "sections[0].questions[7].min_items: min_items 1 is greater than max_items 0");
    let found = problems(|d| at(d, "/sections/0/questions/1").as_object_mut().unwrap().remove("choices"));
    assert_problem(&found, "sections[0].questions[1]: a single question needs choices");
}

#[test]
fn never_shown_questions_and_empty_sections() {
    let found = problems(|d| {
        *at(d, "/sections/0/questions/2/show_if") =
            json!({"all": [{"answer": "sector", "equals": "tourism"}, {"answer": "sector", "equals": "ict"}]});
    });
    assert_problem(
        &found,
        "sections[0].questions[2].show_if: warning: this condition can never be true, so the question is never shown",
    );
    let found = problems(|d| *at(d, "/sections/1/show_if") = json!({"answer": "staff_trained", "at_most": -1}));
    assert_problem(
        &found,
        "sections[1].show_if: warning: this condition can never be true, so the section is never shown",
    );
    let found = problems(|d| *at(d, "/sections/1/questions") = json!([]));
    assert_problem(&found, "sections[1].questions: warning: the section is empty");
    let found = problems(|d| {
        at(d, "/sections/1/questions").as_array_mut().unwrap().remove(1);
        at(d, "/sections/1/questions/0")
            .as_object_mut()
            .unwrap()
            .insert("show_if".into(), json!({"answer": "sector", "in": []}));
    });
    assert_problem(
        &found,
        "sections[1].questions: warning: no question of this section can ever be shown, so it is always empty",
    );
    // A question depending on a never-shown one is never shown either.
    let found = problems(|d| {
        *at(d, "/sections/0/questions/2/show_if") = json!({"answer": "sector", "in": []});
        *at(d, "/sections/1/show_if") = json!({"answer": "member", "equals": "yes"});
    });
    assert_problem(
        &found,
        "sections[1].show_if: warning: this condition can never be true, so the section is never shown",
    );
}

#[test]
fn list_fields_may_use_siblings_before_them() {
    let found = problems(|d| {
        *at(d, "/sections/0/questions/7/fields/3/show_if") = json!({"answer": "concerns", "answered": true});
    });
    assert_problem(
        &found,
        r#"sections[0].questions[7].fields[3].show_if.answer: field "concerns" comes later in the list; a condition may only use fields before it"#,
    );
    let found =
        problems(|d| *at(d, "/sections/0/questions/7/fields/3/show_if") = json!({"answer": "sector", "equals": "ict"}));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn unknown_fields_and_misplaced_options_are_warnings() {
    let found =
        problems(|d| at(d, "/sections/0/questions/5").as_object_mut().unwrap().insert("requird".into(), json!(true)));
    assert_problem(
        &found,
        r#"sections[0].questions[5].requird: warning: unknown field, ignored (did you mean "required"?)"#,
    );
    let found = problems(|d| at(d, "/sections/0/questions/5").as_object_mut().unwrap().insert("min".into(), json!(1)));
    assert_problem(
        &found,
        "sections[0].questions[5].min: warning: `min` applies only to number and date questions; ignored",
    );
}

#[test]
fn translations_and_format() {
    let found = problems(|d| *at(d, "/title") = json!({"en": "Only English"}));
    assert_problem(&found, r#"title: warning: no text in language "es""#);
    let found = problems(|d| *at(d, "/format") = json!(2));
    assert_problem(&found, "format: unsupported format 2; this waypost reads format 1");
    let found = problems(|d| *at(d, "/sections/0/questions/1/prompt") = json!(" "));
    assert_problem(&found, "sections[0].questions[1].prompt: the text is empty");
}

#[test]
fn a_built_in_must_give_every_text_in_every_language() {
    let mut doc = example();
    *at(&mut doc, "/title") = json!({"en": "Only English"});
    let built_in = |doc: &Value| -> Vec<String> {
        parse_built_in(doc.to_string().as_bytes()).problems.iter().map(by_path).collect()
    };
    assert_problem(&built_in(&doc), r#"title: no text in language "es""#);
    // A plain text is one text for every language: a user's file may do that, a built-in not.
    assert_problem(&built_in(&example()), "description: one text for every language: give it in each of en, es");
    let found = problems(|_| {});
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn scoring_bands() {
    let found = problems(|d| *at(d, "/scoring/bands/1/max") = json!(2));
    assert_problem(&found, "scoring.bands[1].max: bands must be listed from the lowest, each max above the one before");
    let found = problems(|d| *at(d, "/scoring/bands/3/max") = json!(9));
    assert_problem(&found, "scoring.bands: warning: scores above 9 up to 10 fall in no band");
    let found = problems(|d| *at(d, "/scoring/bands/3/max") = json!(12));
    assert_problem(
        &found,
        r#"scoring.bands[3].max: warning: band "Leader" goes up to 12, above the highest score possible (10): its top is never reached"#,
    );
}

#[test]
fn scores_on_choices_without_a_scoring_block_are_said_to_count_for_nothing() {
    let found = problems(|d| d.as_object_mut().unwrap().remove("scoring"));
    assert_problem(
        &found,
        r#"sections[0].questions[2]: warning: "member" has scores on its choices, but the questionnaire has no "scoring" block: no score is computed from them (add "scoring", or take the scores away)"#,
    );
    // A condition comparing the answer with a number uses its scores: no warning then.
    let found = problems(|d| {
        d.as_object_mut().unwrap().remove("scoring");
        let when = json!({"answer": "member", "at_least": 1});
        at(d, "/sections/0/questions/3").as_object_mut().unwrap().insert("show_if".into(), when);
    });
    assert!(!found.iter().any(|p| p.contains(r#""member" has scores"#)), "{found:#?}");
}

#[test]
fn warnings_may_use_their_own_answer() {
    let found = problems(|_| {});
    assert!(found.is_empty());
    let found = problems(|d| *at(d, "/sections/0/questions/4/warn_if/when/answer") = json!("summary"));
    assert_problem(
        &found,
        r#"sections[0].questions[4].warn_if[0].when.answer: question "summary" is asked later; a condition may only use answers given before"#,
    );
}

#[test]
fn flags_are_checked_like_warnings_and_only_on_questions() {
    let flag = json!({"when": {"answer": "sector", "equals": "tourism"}, "message": "Tourism: see The Code"});
    let found =
        problems(|d| at(d, "/sections/0/questions/1").as_object_mut().unwrap().insert("flag_if".into(), flag.clone()));
    assert!(found.is_empty(), "{found:#?}");
    let later = json!({"when": {"answer": "summary", "answered": true}, "message": "x"});
    let found = problems(|d| at(d, "/sections/0/questions/1").as_object_mut().unwrap().insert("flag_if".into(), later));
    assert!(found.iter().any(|p| p.contains("flag_if[0].when.answer") && p.contains("asked later")), "{found:#?}");
}

#[test]
fn placeholders_name_an_earlier_answer_or_an_earlier_field() {
    let found = problems(|d| {
        *at(d, "/sections/0/questions/4/prompt") = json!("How many of the staff in ${sector} were trained?");
        *at(d, "/sections/0/questions/7/fields/3/prompt") = json!("What does ${name} care about?");
    });
    assert!(found.is_empty(), "{found:?}");
    let found = problems(|d| {
        *at(d, "/sections/0/questions/4/prompt") = json!({"en": "Staff in ${sectr}?", "es": "¿Personal en ${sectr}?"});
        at(d, "/sections/0/questions/4")["help"] = json!("See ${summary} and ${intro}.");
        *at(d, "/sections/0/questions/7/fields/0/prompt") = json!("Name (${power})");
    });
    assert_eq!(
        found,
        [
            r#"sections[0].questions[4].prompt: ${sectr} names no question or field (did you mean "sector"?)"#,
            r#"sections[0].questions[4].help: "intro" is a note and has no answer"#,
            r#"sections[0].questions[4].help: ${summary}: "summary" is asked later, so its answer cannot be shown here"#,
            r#"sections[0].questions[7].fields[0].prompt: ${power}: "power" is asked later, so its answer cannot be shown here"#,
        ]
    );
}

#[test]
fn a_missing_field_names_what_was_written_in_its_place() {
    for (written, meant) in [("promt", "prompt"), ("label", "prompt"), ("type", "kind"), ("name", "id")] {
        let found = problems(|d| {
            let question = at(d, "/sections/0/questions/5").as_object_mut().unwrap();
            let value = question.remove(meant).unwrap();
            question.insert(written.into(), value);
        });
        let said = format!(
            r#"sections[0].questions[5]: missing field "{meant}": "{written}" is there instead: did you mean "{meant}"?"#
        );
        assert!(found.iter().any(|p| p.ends_with(&said)), "{said} in {found:#?}");
    }
}

#[test]
fn an_unknown_choice_set_lists_the_sets_there_are() {
    let found = problems(|d| *at(d, "/sections/0/questions/2/choices") = json!("zzzz"));
    assert_problem(
        &found,
        r#"sections[0].questions[2].choices: unknown choice set "zzzz" (the choice sets are: "yes_partly_no")"#,
    );
}

#[test]
fn a_comparison_with_words_says_them_and_the_question_s_kind() {
    let found = problems(|d| {
        let condition = json!({"answer": "staff_trained", "at_least": "ten"});
        at(d, "/sections/0/questions/5").as_object_mut().unwrap().insert("show_if".into(), condition)
    });
    assert_problem(
        &found,
        r#"sections[0].questions[5].show_if.at_least: "staff_trained" is a number question; compare it with a number, not "ten""#,
    );
    let found = problems(|d| {
        let condition = json!({"answer": "sector", "at_least": "ten"});
        at(d, "/sections/0/questions/5").as_object_mut().unwrap().insert("show_if".into(), condition)
    });
    assert!(
        found.iter().any(|p| p.contains("\"sector\" is a single question") && !p.contains("number question")),
        "{found:#?}"
    );
}

#[test]
fn a_fractional_limit_on_whole_numbers_and_exclusive_on_a_single_choice_are_warned() {
    let found = problems(|d| *at(d, "/sections/0/questions/4/min") = json!(0.5));
    assert_problem(
        &found,
        "sections[0].questions[4].min: warning: min 0.5 on a question of whole numbers (integer): no answer can be exactly that; give a whole number",
    );
    let found = problems(|d| {
        at(d, "/sections/0/questions/1/choices/0").as_object_mut().unwrap().insert("exclusive".into(), json!(true))
    });
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("sections[0].questions[1].choices[0].exclusive: warning: \"exclusive\" on choice")),
        "{found:#?}"
    );
}

#[test]
fn a_default_is_an_answer_its_question_takes_or_a_text_from_the_session() {
    let set = |pointer: &'static str, default: Value| {
        problems(move |d| at(d, pointer).as_object_mut().unwrap().insert("default".into(), default))
    };
    assert_eq!(set("/sections/0/questions/1", json!("tourism")), Vec::<String>::new());
    assert_eq!(set("/sections/0/questions/5", json!({"from": "organisation"})), Vec::<String>::new());
    assert_eq!(
        set("/sections/0/questions/6", json!("2020-01-31")),
        Vec::<String>::new(),
        "bounds that move are not checked"
    );
    assert_problem(
        &set("/sections/0/questions/1", json!("turism")),
        r#"sections[0].questions[1].default: the default is not an answer this question takes: "turism" is not one of the choices"#,
    );
    assert_problem(
        &set("/sections/0/questions/4", json!({"from": "organisation"})),
        r#"sections[0].questions[4].default: a default from the session ("organisation", "facilitator") fits only a text question"#,
    );
    assert_problem(
        &set("/sections/0/questions/5", json!({"from": "company"})),
        r#"sections[0].questions[5].default: the session has no field "company" to take a default from: "organisation", "facilitator""#,
    );
    assert_problem(
        &set("/sections/0/questions/7", json!([])),
        "sections[0].questions[7].default: a list question takes no default",
    );
}

#[test]
fn a_pattern_tests_a_text_and_must_be_readable() {
    let rule = |when: Value| {
        move |d: &mut Value| {
            let q = at(d, "/sections/0/questions/5").as_object_mut().unwrap();
            q.insert("constraint".into(), json!({"when": when, "message": "Say it in words"}))
        }
    };
    assert_eq!(problems(rule(json!({"answer": "summary", "matches": "^[A-Z]"}))), Vec::<String>::new());
    let found = problems(rule(json!({"answer": "staff_trained", "matches": "^[0-9]+$"})));
    assert_problem(
        &found,
        r#"sections[0].questions[5].constraint[0].when.matches: "staff_trained" is a number question; only a text answer is matched against a pattern"#,
    );
    let found = problems(rule(json!({"answer": "summary", "matches": "[A-Z"})));
    assert!(found.iter().any(|p| p.contains("the pattern cannot be read")), "{found:#?}");
}

#[test]
fn required_if_names_only_answers_given_before() {
    let set = |when: Value| {
        problems(move |d| at(d, "/sections/0/questions/5").as_object_mut().unwrap().insert("required_if".into(), when))
    };
    assert_eq!(set(json!({"answer": "member", "equals": "yes"})), Vec::<String>::new());
    assert_problem(
        &set(json!({"answer": "last_report", "answered": true})),
        r#"sections[0].questions[5].required_if.answer: question "last_report" is asked later; a condition may only use answers given before"#,
    );
}

#[test]
fn a_choice_shown_only_after_an_answer_is_checked_and_ignored_on_a_list_s_field() {
    // On a question's choice: its condition is checked as a question's is.
    let found = problems(|d| {
        *at(d, "/sections/0/questions/2/choices") = json!([
            {"value": "yes", "label": "Yes", "show_if": {"answer": "sectr", "equals": "x"}},
            {"value": "no", "label": "No"}
        ]);
    });
    assert_problem(
        &found,
        r#"sections[0].questions[2].choices[0].show_if.answer: unknown question "sectr" (did you mean "sector"?)"#,
    );
    // On a list's field: every choice is offered, and validate says the condition is ignored.
    let found = problems(|d| {
        *at(d, "/sections/0/questions/7/fields/0") = json!({"id": "name", "kind": "single", "prompt": "Name",
            "choices": [{"value": "a", "label": "A", "show_if": {"answer": "sector", "equals": "x"}}]});
    });
    assert!(found.iter().any(|p| p.contains("fields[0].choices[0].show_if") && p.contains("ignored")), "{found:#?}");
}
