//! A questionnaire's conditions and bounds written as XLSForm expressions (`relevant`,
//! `constraint`), for the export: `${name}` for an answer, `.` for the question's own.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::questionnaire::{Bound, Condition, Kind, Questionnaire, Test};

/// A value as XLSForm writes it: a number as it is, anything else in quotes.
fn literal(value: &Value) -> String {
    match value {
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("'{}'", s.replace('\'', "")),
        other => format!("'{other}'"),
    }
}

/// A bound (of a range, or a test) as an XLSForm operand.
pub(super) fn operand(bound: &Bound) -> Option<String> {
    match bound {
        Bound::Number(n) => Some(trim(*n)),
        Bound::Date(d) if d.trim() == "today" => Some("today()".to_owned()),
        Bound::Date(d) if d.starts_with("today") => {
            let days: i64 = d.trim_start_matches("today").trim_start_matches('+').parse().ok()?;
            Some(format!("decimal-date-time(today()) + {days}"))
        }
        Bound::Date(d) => Some(format!("date('{d}')")),
        Bound::Answer(id) => Some(format!("${{{id}}}")),
    }
}

/// A condition as an XLSForm expression, `own` standing as `.`; none when it tests what
/// XLSForm cannot (a choice's score).
pub(super) fn expression(
    q: &Questionnaire,
    fields: &BTreeMap<String, String>,
    cond: &Condition,
    own: Option<&str>,
) -> Option<String> {
    let join = |cs: &[Condition], op: &str| -> Option<String> {
        let parts: Option<Vec<String>> =
            cs.iter().map(|c| expression(q, fields, c, own).map(|x| format!("({x})"))).collect();
        let parts = parts?;
        Some(if parts.is_empty() {
            if op == "and" { "true()".into() } else { "false()".into() }
        } else {
            parts.join(&format!(" {op} "))
        })
    };
    match cond {
        Condition::All(cs) => join(cs, "and"),
        Condition::Any(cs) => join(cs, "or"),
        Condition::Not(c) => Some(format!("not({})", expression(q, fields, c, own)?)),
        Condition::Answer { answer, test } => {
            let target =
                q.question(answer).or_else(|| q.places().flat_map(|(_, x)| &x.fields).find(|f| f.id == *answer));
            let kind = target.map(|t| t.kind);
            let name = fields.get(answer).unwrap_or(answer);
            let r = if own == Some(answer.as_str()) { ".".to_owned() } else { format!("${{{name}}}") };
            Some(match test {
                Test::Equals(v) => format!("{r} = {}", literal(v)),
                Test::In(vs) => vs.iter().map(|v| format!("{r} = {}", literal(v))).collect::<Vec<_>>().join(" or "),
                Test::Includes(v) => format!("selected({r}, {})", literal(v)),
                Test::Answered(true) => format!("{r} != ''"),
                Test::Answered(false) => format!("{r} = ''"),
                // Quoted whole: in single quotes, else in double quotes; a pattern holding both
                // cannot be written, and is said so.
                Test::Matches(pattern) => match pattern.as_str() {
                    text if !text.contains('\'') => format!("regex({r}, '{text}')"),
                    text if !text.contains('"') => format!("regex({r}, \"{text}\")"),
                    _ => return None,
                },
                Test::AtLeast(b) | Test::AtMost(b) => {
                    let op = if matches!(test, Test::AtLeast(_)) { ">=" } else { "<=" };
                    let measured = match kind {
                        Some(Kind::Multi) => format!("count-selected({r})"),
                        Some(Kind::List) => format!("count({r})"),
                        Some(Kind::Single) => return None,
                        Some(
                            Kind::Number
                            | Kind::Text
                            | Kind::Date
                            | Kind::Time
                            | Kind::DateTime
                            | Kind::Note
                            | Kind::Calculate,
                        )
                        | None => r,
                    };
                    format!("{measured} {op} {}", operand(b)?)
                }
            })
        }
    }
}

/// A number as a form writes it: 3, not 3.0.
fn trim(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{n:.0}") } else { n.to_string() }
}
