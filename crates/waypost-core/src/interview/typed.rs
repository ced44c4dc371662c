//! Reading what people type into a value: numbers as they write them, dates with `today`.

use serde_json::Value;

use super::invalid::Invalid;
use crate::questionnaire::{Kind, Question};

/// Reads a number as people type it: `12`, `12.5`, `12,5`, `1 200`, `1,200.5`.
pub fn parse_number(text: &str) -> Result<Value, Invalid> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace() && *c != '_').collect();
    let normal = if compact.contains('.') { compact.replace(',', "") } else { compact.replace(',', ".") };
    let n: f64 = normal.parse().map_err(|_| Invalid::NotANumberText(text.to_owned()))?;
    if !n.is_finite() {
        return Err(Invalid::NotANumber);
    }
    // Whole numbers are kept as integers: 12 is 12 in the file, not 12.0.
    #[allow(clippy::cast_possible_truncation, reason = "a whole number below 2^53 in size")]
    Ok(if n.fract() == 0.0 && n.abs() < 9.0e15 { Value::from(n as i64) } else { Value::from(n) })
}

/// Reads a date: `YYYY-MM-DD` as it is (the checks judge it), or `today` on `today`'s date.
pub fn parse_date(text: &str, today: chrono::NaiveDate) -> String {
    if text.trim().eq_ignore_ascii_case("today") { today.format("%Y-%m-%d").to_string() } else { text.to_owned() }
}

/// Reads what was typed for a text, number or date question: `None` for nothing typed (spaces
/// only), else the value for the engine to check. A text is kept exactly as typed: confirming a
/// stored answer unchanged gives the same bytes back.
pub fn typed_value(question: &Question, text: &str, today: chrono::NaiveDate) -> Result<Option<Value>, Invalid> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match question.kind {
        Kind::Number => parse_number(trimmed).map(Some),
        Kind::Date => Ok(Some(Value::from(parse_date(trimmed, today)))),
        _ => Ok(Some(Value::from(text))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(parse_number("12"), Ok(json!(12)));
        assert_eq!(parse_number("12,5"), Ok(json!(12.5)));
        assert_eq!(parse_number("1 200"), Ok(json!(1200)));
        assert_eq!(parse_number("1,200.5"), Ok(json!(1200.5)));
        assert!(parse_number("twelve").is_err());
        assert!(parse_number("inf").is_err());
    }

    #[test]
    fn today_is_the_day_given() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(parse_date("Today", day), "2026-11-28");
        assert_eq!(parse_date("2025-01-02", day), "2025-01-02");
    }
}
