use super::*;

struct Form;
impl Names for Form {
    fn resolve(&self, name: &str) -> Option<(String, Shape)> {
        let shape = match name {
            "sex" => Shape::Single,
            "help" => Shape::Multi,
            "age" => Shape::Integer,
            "born" => Shape::Date,
            "name" => Shape::Other,
            _ => return None,
        };
        Some((name.to_owned(), shape))
    }
}

fn read(text: &str) -> Result<Value, Unread> {
    condition(text, &Form, Some(("age".into(), Shape::Integer)))
}

#[test]
fn the_expressions_forms_use_most() {
    assert_eq!(read("${sex} = 'f'").unwrap(), json!({"answer": "sex", "equals": "f"}));
    assert_eq!(read("${sex} != 'f'").unwrap(), json!({"not": {"answer": "sex", "equals": "f"}}));
    assert_eq!(read("selected(${help}, 'food')").unwrap(), json!({"answer": "help", "includes": "food"}));
    assert_eq!(read("count-selected(${help}) >= 2").unwrap(), json!({"answer": "help", "at_least": 2.0}));
    assert_eq!(read("regex(${name}, '^[A-Z]')").unwrap(), json!({"answer": "name", "matches": "^[A-Z]"}));
    assert!(read("regex(${name}, '[A-Z')").is_err(), "a pattern that cannot be read is not taken");
    assert_eq!(
        read("${age} >= 5 and (${sex} = 'f' or not(selected(${help}, 'none')))").unwrap(),
        json!({"all": [{"answer": "age", "at_least": 5.0}, {"any": [{"answer": "sex", "equals": "f"}, {"not": {"answer": "help", "includes": "none"}}]}]})
    );
    assert_eq!(read(". <= 120").unwrap(), json!({"answer": "age", "at_most": 120.0}));
    assert_eq!(read("18 <= ${age}").unwrap(), json!({"answer": "age", "at_least": 18.0}));
    assert_eq!(read("${born} <= today()").unwrap(), json!({"answer": "born", "at_most": "today"}));
    let back = read("${born} >= decimal-date-time(today()) + -30").unwrap();
    assert_eq!(back, json!({"answer": "born", "at_least": "today-30"}), "as the export writes a date limit");
    assert_eq!(read("${born} <= today() + 7").unwrap(), json!({"answer": "born", "at_most": "today+7"}));
    assert_eq!(read("${born} >= today() - 30").unwrap(), json!({"answer": "born", "at_least": "today-30"}));
    assert_eq!(read("${born} >= date('2020-01-31')").unwrap(), json!({"answer": "born", "at_least": "2020-01-31"}));
    assert!(read("${born} >= date('31/01/2020')").is_err(), "a date as the format writes one");
    assert_eq!(read("${sex} = ''").unwrap(), json!({"answer": "sex", "answered": false}));
    assert_eq!(read("${sex} = 1").unwrap(), json!({"answer": "sex", "equals": "1"}));
}

#[test]
fn parentheses_nested_past_reason_are_refused_not_followed_down() {
    let deep = format!("{}${{sex}} = 'a'{}", "(".repeat(10_000), ")".repeat(10_000));
    assert!(read(&deep).unwrap_err().0.contains("nested more than 32"));
    let fine = format!("{}${{sex}} = 'a'{}", "(".repeat(32), ")".repeat(32));
    assert!(read(&fine).is_ok());
}

#[test]
fn what_is_not_understood_is_named() {
    assert_eq!(read("${nobody} = 'x'").unwrap_err().0, "${nobody}");
    assert_eq!(read("string-length(.) > 3").unwrap_err().0, "string-length");
    assert_eq!(read("${age} = 1 +").unwrap_err().0, "1 +", "arithmetic that is no calculation");
    assert!(read("${age").is_err());
    assert!(read("").is_err());
}
