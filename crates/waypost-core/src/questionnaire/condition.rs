//! Conditions (`show_if`, `warn_if.when`): their JSON form and their evaluation.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bound::{Bound, day_number};

/// A test on answers, e.g. `{"answer": "sector", "equals": "tourism"}` or `{"all": [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "RawCondition", into = "RawCondition")]
#[schemars(with = "RawCondition")]
pub enum Condition {
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// A test on one answer.
    Answer {
        /// The question (or, inside a list, the sibling field) whose answer is tested.
        answer: String,
        /// What is tested.
        test: Test,
    },
}

/// What a condition tests of one answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// The value equals this one.
    Equals(Value),
    /// The value is one of these.
    In(Vec<Value>),
    /// A multi-select answer includes this value.
    Includes(Value),
    /// The number (or the choice's score, the count of selected choices or list items, or the
    /// date) is at least this: a number, a date, or the same measure of another answer.
    AtLeast(Bound),
    /// The same measure is at most this.
    AtMost(Bound),
    /// The question has (true) or has not (false) an answer or an answer state.
    Answered(bool),
    /// A text answer matches this pattern (found anywhere in it; `^…$` for the whole).
    Matches(super::pattern::Pattern),
}

impl Test {
    /// The operator's name as written in the JSON.
    pub fn name(&self) -> &'static str {
        match self {
            Test::Equals(_) => "equals",
            Test::In(_) => "in",
            Test::Includes(_) => "includes",
            Test::AtLeast(_) => "at_least",
            Test::AtMost(_) => "at_most",
            Test::Answered(_) => "answered",
            Test::Matches(_) => "matches",
        }
    }
}

/// The JSON form of a condition: one object holding exactly one operator.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    /// Every one of these conditions holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<Vec<Condition>>,
    /// At least one of these conditions holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any: Option<Vec<Condition>>,
    /// This condition does not hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Condition>>,
    /// The id of the question (or sibling list field) whose answer is tested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// The answer equals this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<Value>,
    /// The answer is one of these values.
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    pub in_: Option<Vec<Value>>,
    /// A multi-select answer includes this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes: Option<Value>,
    /// Number, choice score, count of selected choices or list items, or date is at least this:
    /// a number, a date (`"YYYY-MM-DD"`, `"today"`, `"today-30"`), or `{"answer": ID}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<Bound>,
    /// The same measure is at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<Bound>,
    /// The question has (true) or has not (false) been answered or given an answer state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<bool>,
    /// A text answer matches this pattern (a regular expression, found anywhere in the answer;
    /// `^…$` for the whole of it), as XLSForm's `regex()`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches: Option<String>,
}

impl TryFrom<RawCondition> for Condition {
    type Error = String;

    fn try_from(raw: RawCondition) -> Result<Self, String> {
        let mut tests = Vec::new();
        if let Some(v) = raw.equals {
            tests.push(Test::Equals(v));
        }
        if let Some(v) = raw.in_ {
            tests.push(Test::In(v));
        }
        if let Some(v) = raw.includes {
            tests.push(Test::Includes(v));
        }
        if let Some(v) = raw.at_least {
            tests.push(Test::AtLeast(v));
        }
        if let Some(v) = raw.at_most {
            tests.push(Test::AtMost(v));
        }
        if let Some(v) = raw.answered {
            tests.push(Test::Answered(v));
        }
        if let Some(v) = raw.matches {
            tests.push(Test::Matches(super::pattern::Pattern::new(&v)?));
        }
        let combinators = [raw.all.is_some(), raw.any.is_some(), raw.not.is_some()].iter().filter(|b| **b).count();
        match (raw.answer, tests.len(), combinators) {
            (Some(answer), 1, 0) => Ok(Condition::Answer { answer, test: tests.remove(0) }),
            (Some(_), 0, _) => Err(crate::tr!("val-cond-no-test")),
            (Some(_), _, _) => Err(crate::tr!("val-cond-two-tests")),
            (None, 0, 1) => match (raw.all, raw.any, raw.not) {
                (Some(all), _, _) => Ok(Condition::All(all)),
                (_, Some(any), _) => Ok(Condition::Any(any)),
                (_, _, Some(not)) => Ok(Condition::Not(not)),
                _ => Err(crate::tr!("val-cond-two-groups")),
            },
            (None, 0, 0) => Err(crate::tr!("val-cond-empty")),
            (None, 0, _) => Err(crate::tr!("val-cond-two-groups")),
            (None, _, _) => Err(crate::tr!("val-cond-no-answer")),
        }
    }
}

impl From<Condition> for RawCondition {
    fn from(c: Condition) -> Self {
        let mut raw = RawCondition::default();
        match c {
            Condition::All(v) => raw.all = Some(v),
            Condition::Any(v) => raw.any = Some(v),
            Condition::Not(v) => raw.not = Some(v),
            Condition::Answer { answer, test } => {
                raw.answer = Some(answer);
                match test {
                    Test::Equals(v) => raw.equals = Some(v),
                    Test::In(v) => raw.in_ = Some(v),
                    Test::Includes(v) => raw.includes = Some(v),
                    Test::AtLeast(v) => raw.at_least = Some(v),
                    Test::AtMost(v) => raw.at_most = Some(v),
                    Test::Answered(v) => raw.answered = Some(v),
                    Test::Matches(p) => raw.matches = Some(p.as_str().to_owned()),
                }
            }
        }
        raw
    }
}

/// What a condition sees of one answer.
#[derive(Debug, Clone, Copy, Default)]
pub struct Observed<'a> {
    /// The answer's value, if it has one.
    pub value: Option<&'a Value>,
    /// Whether it has a value or an answer state (don't know, declined, N/A).
    pub answered: bool,
    /// The score of the chosen choice, for a scored single choice.
    pub score: Option<f64>,
}

impl Condition {
    /// Evaluates the condition, looking each answer up with `observe`.
    pub fn holds<'a>(&self, observe: &dyn Fn(&str) -> Observed<'a>) -> bool {
        match self {
            Condition::All(cs) => cs.iter().all(|c| c.holds(observe)),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(observe)),
            Condition::Not(c) => !c.holds(observe),
            Condition::Answer { answer, test } => test.holds(&observe(answer), observe),
        }
    }

    /// Whether the condition looks beyond the answers it names: at another answer to compare
    /// with, at today's date, or for a pattern. Such a condition is not tried against sample
    /// answers.
    pub fn compares(&self) -> bool {
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().any(Condition::compares),
            Condition::Not(c) => c.compares(),
            Condition::Answer { test: Test::AtLeast(b) | Test::AtMost(b), .. } => !matches!(b, Bound::Number(_)),
            // No sample text is made to match a pattern.
            Condition::Answer { test: Test::Matches(_), .. } => true,
            Condition::Answer { .. } => false,
        }
    }

    /// Calls `f` with every answer id the condition names, with the JSON path of that name
    /// relative to the condition.
    pub fn for_each_reference(&self, path: &str, f: &mut dyn FnMut(&str, &str, &Test)) {
        match self {
            Condition::All(cs) | Condition::Any(cs) => {
                let op = if matches!(self, Condition::All(_)) { "all" } else { "any" };
                for (i, c) in cs.iter().enumerate() {
                    c.for_each_reference(&format!("{path}.{op}[{i}]"), f);
                }
            }
            Condition::Not(c) => c.for_each_reference(&format!("{path}.not"), f),
            Condition::Answer { answer, test } => f(answer, path, test),
        }
    }
}

impl Test {
    /// Whether the test holds for what is observed of the answer; `observe` gives another
    /// answer a comparison names.
    pub fn holds<'a>(&self, seen: &Observed<'_>, observe: &dyn Fn(&str) -> Observed<'a>) -> bool {
        let bound = |b: &Bound| match b {
            Bound::Number(n) => Some(*n),
            Bound::Date(_) => b.date().map(day_number),
            Bound::Answer(id) => measure(&observe(id)),
        };
        match self {
            Test::Answered(want) => seen.answered == *want,
            Test::Equals(v) => seen.value.is_some_and(|x| values_equal(x, v)),
            Test::In(vs) => seen.value.is_some_and(|x| vs.iter().any(|v| values_equal(x, v))),
            Test::Includes(v) => {
                seen.value.and_then(Value::as_array).is_some_and(|items| items.iter().any(|x| values_equal(x, v)))
            }
            Test::AtLeast(b) => measure(seen).zip(bound(b)).is_some_and(|(m, n)| m >= n),
            Test::AtMost(b) => measure(seen).zip(bound(b)).is_some_and(|(m, n)| m <= n),
            Test::Matches(p) => seen.value.and_then(Value::as_str).is_some_and(|text| p.is_match(text)),
        }
    }
}

/// Equality that treats 3 and 3.0 as the same number.
fn values_equal(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// The number `at_least`/`at_most` compare: a number answer, a choice's score, a count, or a
/// date's day number.
fn measure(seen: &Observed<'_>) -> Option<f64> {
    if let Some(score) = seen.score {
        return Some(score);
    }
    match seen.value? {
        Value::Number(n) => n.as_f64(),
        Value::Array(items) => Some(items.len() as f64),
        Value::String(s) if crate::questionnaire::validate::is_date(s) => {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(day_number)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cond(v: Value) -> Condition {
        serde_json::from_value(v).unwrap()
    }

    fn with<'a>(value: &'a Value) -> impl Fn(&str) -> Observed<'a> {
        move |id| {
            if id == "q" { Observed { value: Some(value), answered: true, score: None } } else { Observed::default() }
        }
    }

    #[test]
    fn each_operator() {
        let tourism = json!("tourism");
        assert!(cond(json!({"answer": "q", "equals": "tourism"})).holds(&with(&tourism)));
        assert!(!cond(json!({"answer": "q", "equals": "ict"})).holds(&with(&tourism)));
        assert!(cond(json!({"answer": "q", "in": ["ict", "tourism"]})).holds(&with(&tourism)));
        let multi = json!(["web", "email"]);
        assert!(cond(json!({"answer": "q", "includes": "email"})).holds(&with(&multi)));
        assert!(!cond(json!({"answer": "q", "includes": "post"})).holds(&with(&multi)));
        assert!(cond(json!({"answer": "q", "at_least": 2})).holds(&with(&multi)));
        let n = json!(5);
        assert!(cond(json!({"answer": "q", "at_least": 5})).holds(&with(&n)));
        assert!(!cond(json!({"answer": "q", "at_most": 4.5})).holds(&with(&n)));
        assert!(cond(json!({"answer": "q", "equals": 5.0})).holds(&with(&n)));
        assert!(cond(json!({"answer": "q", "answered": true})).holds(&with(&n)));
        assert!(cond(json!({"answer": "other", "answered": false})).holds(&with(&n)));
        assert!(!cond(json!({"answer": "other", "equals": 5})).holds(&with(&n)));
    }

    #[test]
    fn combinators() {
        let n = json!(5);
        let yes = json!({"answer": "q", "equals": 5});
        let no = json!({"answer": "q", "equals": 6});
        assert!(cond(json!({"all": [yes, {"not": no}]})).holds(&with(&n)));
        assert!(!cond(json!({"all": [yes, no]})).holds(&with(&n)));
        assert!(cond(json!({"any": [no, yes]})).holds(&with(&n)));
        assert!(!cond(json!({"any": []})).holds(&with(&n)));
        assert!(cond(json!({"all": []})).holds(&with(&n)));
    }

    #[test]
    fn score_is_measured_for_choices() {
        let v = json!("partly");
        let seen = |_: &str| Observed { value: Some(&v), answered: true, score: Some(1.0) };
        assert!(cond(json!({"answer": "q", "at_most": 1})).holds(&seen));
    }

    #[test]
    fn comparisons_with_another_answer_and_with_today() {
        let (start, end) = (json!("2026-03-01"), json!("2026-02-01"));
        let seen = |id: &str| match id {
            "start" => Observed { value: Some(&start), answered: true, score: None },
            "end" => Observed { value: Some(&end), answered: true, score: None },
            _ => Observed::default(),
        };
        let later = cond(json!({"answer": "end", "at_least": {"answer": "start"}}));
        assert!(!later.holds(&seen), "the end before the start");
        assert!(cond(json!({"answer": "start", "at_least": {"answer": "end"}})).holds(&seen));
        assert!(
            !cond(json!({"answer": "end", "at_least": {"answer": "nothing"}})).holds(&seen),
            "no answer to compare"
        );
        super::super::bound::fix_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 28));
        assert!(cond(json!({"answer": "start", "at_most": "today"})).holds(&seen));
        assert!(!cond(json!({"answer": "start", "at_least": "today-30"})).holds(&seen));
        super::super::bound::fix_today(None);
        assert!(later.compares() && !cond(json!({"answer": "q", "at_least": 1})).compares());
    }

    #[test]
    fn malformed_conditions_say_what_is_wrong() {
        let err = |v: Value| serde_json::from_value::<Condition>(v).unwrap_err().to_string();
        assert!(err(json!({"answer": "q"})).contains("needs one test"));
        assert!(err(json!({"answer": "q", "equals": 1, "in": [1]})).contains("only one test"));
        assert!(err(json!({"equals": 1})).contains("needs \"answer\""));
        assert!(err(json!({})).contains("empty condition"));
        assert!(err(json!({"all": [], "any": []})).contains("only one of all"));
        assert!(err(json!({"answer": "q", "equal": 1})).contains("unknown field `equal`"));
    }

    #[test]
    fn round_trips() {
        let v = json!({"all": [{"answer": "a", "in": ["x"]}, {"not": {"answer": "b", "answered": true}}]});
        assert_eq!(serde_json::to_value(cond(v.clone())).unwrap(), v);
    }
}
