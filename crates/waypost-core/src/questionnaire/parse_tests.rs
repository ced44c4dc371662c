use super::*;

#[test]
fn a_questionnaire_over_the_limit_is_refused_whoever_made_it() {
    let mut big = br#"{"format": 1, "id": "x", "version": "1", "title": "T", "sections": []}"#.to_vec();
    big.resize(usize::try_from(MAX_QUESTIONNAIRE_BYTES).unwrap() + 1, b' ');
    let parsed = parse(&big);
    assert!(parsed.questionnaire.is_none());
    assert!(parsed.problems[0].message.contains("more than waypost reads"), "{:?}", parsed.problems);
}

#[test]
fn syntax_error_has_line_and_column() {
    let parsed = parse(b"{\n  \"format\": 1,\n  \"id\": \n}");
    assert_eq!(parsed.problems.len(), 1);
    assert_eq!(parsed.problems[0].place.to_string(), "4:1");
    assert!(parsed.problems[0].message.contains("expected a value"), "{:?}", parsed.problems);
}

#[test]
fn shape_error_has_line_column_and_path() {
    let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T",
 "sections": [{"id": "s", "title": "S", "questions": [
   {"id": "a", "kind": "singel", "prompt": "P"}]}]}"#;
    let p = &parse(text).problems[0];
    assert_eq!(p.place.to_string(), "3:31: sections[0].questions[0].kind");
    assert!(p.message.starts_with("unknown value \"singel\"; one of \"single\""), "{p}");
    assert!(p.message.ends_with("(did you mean \"single\"?)"), "{p}");
}

#[test]
fn unknown_fields_are_warnings_with_a_suggestion() {
    let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T",
 "sections": [{"id": "s", "title": "S", "questions": [
   {"id": "a", "kind": "text", "prompt": "P", "requird": true}]}]}"#;
    let parsed = parse(text);
    assert!(parsed.usable().is_some());
    assert_eq!(
        parsed.problems[0].to_string(),
        "3:58: sections[0].questions[0].requird: warning: unknown field, ignored (did you mean \"required\"?)"
    );
}

#[test]
fn empty_files_other_encodings_and_a_byte_order_mark() {
    assert_eq!(parse(b"  \n").problems[0].to_string(), "the file is empty");
    let latin1 = parse(b"{\n \"title\": \"Ni\xf1a\"}");
    assert_eq!(latin1.problems[0].place.to_string(), "2:14", "the first byte that is not UTF-8");
    assert!(latin1.problems[0].message.contains("not UTF-8"));
    let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T", "sections": [{"id": "s", "title": "S", "questions": [{"id": "a", "kind": "text", "prompt": "P"}]}]}"#;
    let with_bom = [b"\xef\xbb\xbf".as_slice(), text].concat();
    assert_eq!(parse(&with_bom).problems, vec![], "a byte-order mark is accepted");
}

#[test]
fn what_is_not_a_questionnaire_is_said_at_once() {
    assert!(parse(b"[1, 2]").problems[0].message.starts_with("expected a questionnaire"));
    let missing = parse(br#"{"sections": [], "title": 3}"#);
    let messages: Vec<&str> = missing.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages[0], r#"missing fields: "format", "id", "version""#);
    assert_eq!(
        messages[1],
        r#"found the number 3 where a text, or translations such as {"en": "…", "es": "…"} is expected"#
    );
}

#[test]
fn a_mistake_inside_choices_or_a_warning_is_named_at_its_place() {
    let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T", "sections": [{"id": "s", "title": "S", "questions": [
          {"id": "a", "kind": "single", "prompt": "P", "choices": [{"value": "y", "label": "Y", "score": "high"}]}]}]}"#;
    let p = &parse(text).problems[0];
    assert_eq!(
        p.to_string(),
        r#"2:111: sections[0].questions[0].choices[0].score: found the text "high" where a number is expected"#
    );
    let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T", "sections": [{"id": "s", "title": "S", "questions": [
          {"id": "a", "kind": "text", "prompt": "P", "warn_if": {"when": {"answer": "a", "answered": true}, "mesage": "m"}}]}]}"#;
    let p = &parse(text).problems[0];
    assert_eq!(
        p.to_string(),
        r#"2:122: sections[0].questions[0].warn_if: missing field "message": "mesage" is there instead: did you mean "message"?"#
    );
    for internal in ["untagged", "OneOrMany", "f64", "u32", "usize"] {
        assert!(!p.message.contains(internal));
    }
}

#[test]
fn invalid_utf8_and_trailing_text_are_errors() {
    assert!(parse(b"\"\xff\"").usable().is_none());
    let text = br#"{"format": 1, "id": "x", "version": "1", "title": "T", "sections": []} x"#;
    let parsed = parse(text);
    assert_eq!(parsed.problems[0].place.to_string(), "1:72");
}
