//! Reading what people type into a value, as people write in the session's language: numbers
//! with that language's separators, dates as `YYYY-MM-DD`, `today`, or day/month/year.

use chrono::NaiveDate;
use serde_json::Value;

use super::invalid::Invalid;
use crate::questionnaire::{Kind, Question};
use crate::text::decimal_point;

/// Reads a number as people write it in `language`: `12`, `-3`, `1 200`, and with the language's
/// separators (`1,200.5` in English, `1.200,5` in Spanish). A single separator followed by other
/// than three digits is the decimal mark either way (`12,5` and `12.5` are both 12.5).
pub fn parse_number(text: &str, language: &str) -> Result<Value, Invalid> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace() && *c != '_' && *c != '\u{a0}').collect();
    let (thousands, decimal) = if decimal_point(language) { (',', '.') } else { ('.', ',') };
    let grouped = |s: &str, sep: char| {
        let mut parts = s.trim_start_matches(['-', '+']).split(sep);
        let first = parts.next().unwrap_or_default();
        (1..=3).contains(&first.len()) && parts.clone().count() > 0 && parts.all(|p| p.len() == 3)
    };
    let normal = if compact.contains(thousands) && compact.contains(decimal) {
        // Both marks: the language's own use of them.
        compact.replace(thousands, "").replace(decimal, ".")
    } else if compact.contains(thousands) && grouped(&compact, thousands) {
        compact.replace(thousands, "")
    } else {
        compact.replace([',', '.'], ".")
    };
    let n: f64 = normal.parse().map_err(|_| Invalid::NotANumberText(text.to_owned()))?;
    if !n.is_finite() {
        return Err(Invalid::NotANumber);
    }
    // Whole numbers are kept as integers: 12 is 12 in the file, not 12.0.
    #[allow(clippy::cast_possible_truncation, reason = "a whole number below 2^53 in size")]
    Ok(if n.fract() == 0.0 && n.abs() < 9.0e15 { Value::from(n as i64) } else { Value::from(n) })
}

/// Reads a date: `YYYY-MM-DD`, `today` (or `hoy`, `hoje`), or day/month/year with `/`, `.` or
/// `-` (`28/11/2026`, as written in Bolivia, Peru, Brazil and London alike); anything else is
/// kept as typed for the checks to refuse with their message.
pub fn parse_date(text: &str, today: NaiveDate) -> String {
    let t = text.trim();
    if ["today", "hoy", "hoje"].iter().any(|word| t.eq_ignore_ascii_case(word)) {
        return today.format("%Y-%m-%d").to_string();
    }
    let parts: Vec<&str> = t.split(['/', '.', '-']).collect();
    if let [d, m, y] = parts[..]
        && d.len() <= 2
        && y.len() == 4
        && let (Ok(d), Ok(m), Ok(y)) = (d.parse(), m.parse(), y.parse())
        && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
    {
        return date.format("%Y-%m-%d").to_string();
    }
    t.to_owned()
}

/// The title of a typed input for what is typed so far, as the core words it: a number's unit
/// and range; a date's format, or the date as it will be kept once something is typed another
/// way. None for a text, whose title is the shell's own (it names the shell's keys).
pub fn title(question: &Question, typed: &str, today: NaiveDate, (lang, default): (&str, &str)) -> Option<String> {
    match question.kind {
        Kind::Number => {
            let number =
                |b: &Option<crate::questionnaire::Bound>| b.as_ref().and_then(crate::questionnaire::Bound::number);
            let range = match (number(&question.min), number(&question.max)) {
                (Some(lo), Some(hi)) => format!(", {lo}–{hi}"),
                (Some(lo), None) => format!(", {}", crate::tr!("tui-number-from", min = lo)),
                (None, Some(hi)) => format!(", {}", crate::tr!("tui-number-up-to", max = hi)),
                (None, None) => String::new(),
            };
            let unit = question.unit.as_ref().map(|u| format!(" ({})", u.get(lang, default))).unwrap_or_default();
            Some(format!("{}{unit}{range}", crate::tr!("tui-number-title")))
        }
        Kind::Date => {
            // The date as it will be kept, shown before it is.
            let read = parse_date(typed, today);
            if typed.trim().is_empty() || read == typed.trim() && !typed.contains('-') {
                Some(crate::tr!("tui-date-title"))
            } else {
                Some(crate::tr!("tui-date-read", date = read))
            }
        }
        Kind::Time => {
            let read = parse_time(typed);
            if typed.trim().is_empty() || read == typed.trim() {
                Some(crate::tr!("tui-time-title"))
            } else {
                Some(crate::tr!("tui-time-read", time = read))
            }
        }
        Kind::DateTime => {
            let read = parse_datetime(typed, today);
            if is_datetime(&read) && read != typed.trim() {
                Some(crate::tr!(
                    "tui-datetime-read",
                    date = crate::text::date_in(&read[..10], lang),
                    time = &read[11..]
                ))
            } else {
                Some(crate::tr!("tui-datetime-title"))
            }
        }
        Kind::Text | Kind::Single | Kind::Multi | Kind::List | Kind::Note | Kind::Calculate => None,
    }
}

/// Whether a text is a date and time as kept: `YYYY-MM-DDTHH:MM`.
pub fn is_datetime(text: &str) -> bool {
    text.split_once('T').is_some_and(|(date, time)| crate::questionnaire::validate::is_date(date) && is_time(time))
}

/// A date and a time of day as people type them, the date first (`2026-11-28 14:30`,
/// `28/11/2026 2 pm`, `today 9.05`), kept as `YYYY-MM-DDTHH:MM`; what cannot be read stays as
/// typed, for the check to refuse.
pub fn parse_datetime(typed: &str, today: NaiveDate) -> String {
    let text = typed.trim();
    let split = text.split_once('T').filter(|(d, _)| d.len() == 10).or_else(|| text.split_once(char::is_whitespace));
    if let Some((date, time)) = split {
        let (date, time) = (parse_date(date, today), parse_time(time));
        let kept = format!("{date}T{time}");
        if is_datetime(&kept) {
            return kept;
        }
    }
    text.to_owned()
}

/// Whether a text is a time of day as kept: `HH:MM`, 24 hours.
pub fn is_time(text: &str) -> bool {
    chrono::NaiveTime::parse_from_str(text, "%H:%M").is_ok() && text.len() == 5
}

/// A time of day as people type it (`14:30`, `14.30`, `14h30`, `9`, `2:30 pm`, `2 p. m.`) kept as
/// `HH:MM`; what cannot be read stays as typed, for the check to refuse.
pub fn parse_time(typed: &str) -> String {
    // "p. m." and "p.m." as Spanish and others write them.
    let mut text = typed.trim().to_lowercase();
    for (written, short) in [("p. m.", "pm"), ("p.m.", "pm"), ("a. m.", "am"), ("a.m.", "am")] {
        text = text.replace(written, short);
    }
    let (text, pm) = match (text.strip_suffix("pm"), text.strip_suffix("am")) {
        (Some(t), _) => (t.trim().to_owned(), Some(true)),
        (_, Some(t)) => (t.trim().to_owned(), Some(false)),
        _ => (text.clone(), None),
    };
    let mut parts = text.split([':', '.', 'h']);
    let hours = parts.next().and_then(|h| h.trim().parse::<u32>().ok());
    let minutes = match parts.next().map(str::trim) {
        None | Some("") => Some(0),
        Some(m) if m.len() == 2 => m.parse::<u32>().ok(),
        Some(_) => None,
    };
    let hours = match (hours, pm) {
        (Some(h @ 1..=11), Some(true)) => Some(h + 12),
        (Some(12), Some(false)) => Some(0),
        (Some(h @ 1..=12), Some(_)) | (Some(h), None) => Some(h),
        _ => None,
    };
    match (hours, minutes, parts.next()) {
        (Some(h), Some(m), None) if h < 24 && m < 60 => format!("{h:02}:{m:02}"),
        _ => typed.trim().to_owned(),
    }
}

/// Reads what was typed for a text, number or date question, in the session's `language`:
/// `None` for nothing typed (spaces only), else the value for the engine to check. A text is kept
/// exactly as typed: confirming a stored answer unchanged gives the same bytes back.
pub fn typed_value(
    question: &Question,
    text: &str,
    language: &str,
    today: NaiveDate,
) -> Result<Option<Value>, Invalid> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match question.kind {
        Kind::Number => parse_number(trimmed, language).map(Some),
        Kind::Date => Ok(Some(Value::from(parse_date(trimmed, today)))),
        Kind::Time => Ok(Some(Value::from(parse_time(trimmed)))),
        Kind::DateTime => Ok(Some(Value::from(parse_datetime(trimmed, today)))),
        Kind::Text => Ok(Some(Value::from(text))),
        // Not typed: what the shell read is kept as text, as a text answer would be.
        Kind::Single | Kind::Multi | Kind::List | Kind::Note | Kind::Calculate => Ok(Some(Value::from(text))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn times_of_day_as_people_type_them_are_kept_as_hh_mm() {
        for (typed, kept) in [
            ("14:30", "14:30"),
            ("9:05", "09:05"),
            ("14.30", "14:30"),
            ("14h30", "14:30"),
            ("9", "09:00"),
            ("2:30 pm", "14:30"),
            ("2 PM", "14:00"),
            ("2:30 p. m.", "14:30"),
            ("9.15 a.m.", "09:15"),
            ("12 am", "00:00"),
            ("12:15 pm", "12:15"),
            ("25:00", "25:00"),
            ("14:3", "14:3"),
            ("noon", "noon"),
        ] {
            assert_eq!(parse_time(typed), kept, "{typed}");
        }
        assert!(is_time("00:00") && is_time("23:59") && !is_time("24:00") && !is_time("9:05"));
    }

    #[test]
    fn a_date_and_time_as_people_type_them_is_kept_as_iso() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        for (typed, kept) in [
            ("2026-11-28 14:30", "2026-11-28T14:30"),
            ("2026-11-28T14:30", "2026-11-28T14:30"),
            ("28/11/2026 2:30 pm", "2026-11-28T14:30"),
            ("today 9.05", "2026-12-07T09:05"),
            ("hoy  9", "2026-12-07T09:00"),
            ("2026-11-28", "2026-11-28"),
            ("2026-11-28 25:00", "2026-11-28 25:00"),
            ("soon", "soon"),
        ] {
            assert_eq!(parse_datetime(typed, today), kept, "{typed}");
        }
        assert!(is_datetime("2026-02-28T00:00") && !is_datetime("2026-02-30T10:00") && !is_datetime("2026-02-28"));
    }

    #[test]
    fn numbers_as_people_write_them_in_their_language() {
        for (text, en, es) in [
            ("12", json!(12), json!(12)),
            ("12,5", json!(12.5), json!(12.5)),
            ("12.5", json!(12.5), json!(12.5)),
            ("1 200", json!(1200), json!(1200)),
            ("1,200", json!(1200), json!(1.2)),
            ("1.200", json!(1.2), json!(1200)),
            ("1,200.5", json!(1200.5), json!(1.2005)),
            ("1.200,5", json!(1.2005), json!(1200.5)),
            ("-3", json!(-3), json!(-3)),
            ("12.000.000", json!(12), json!(12_000_000)),
        ] {
            if text != "12.000.000" {
                assert_eq!(parse_number(text, "en"), Ok(en.clone()), "{text} in English");
            }
            assert_eq!(parse_number(text, "es"), Ok(es), "{text} in Spanish");
        }
        assert!(parse_number("twelve", "en").is_err());
        assert!(parse_number("inf", "en").is_err());
    }

    #[test]
    fn dates_as_people_write_them() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(parse_date("Today", day), "2026-11-28");
        assert_eq!(parse_date("hoy", day), "2026-11-28");
        assert_eq!(parse_date("Hoje", day), "2026-11-28");
        assert_eq!(parse_date("2025-01-02", day), "2025-01-02");
        assert_eq!(parse_date("28/11/2026", day), "2026-11-28");
        assert_eq!(parse_date("3.2.2027", day), "2027-02-03");
        assert_eq!(parse_date("31/02/2026", day), "31/02/2026", "no such day: left for the checks");
    }
}
