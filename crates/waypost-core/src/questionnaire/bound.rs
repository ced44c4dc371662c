//! What `at_least`, `at_most`, `min` and `max` compare with: a number, a date (fixed, or
//! relative to today), or another answer.

use std::borrow::Cow;
use std::cell::Cell;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A limit or an operand of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub enum Bound {
    /// A number (for numbers, choice scores and counts).
    Number(f64),
    /// A date: `"YYYY-MM-DD"`, `"today"`, or days from today as `"today-30"` or `"today+7"`.
    Date(String),
    /// The same measure of another answer: `{"answer": "start"}`.
    Answer(String),
}

thread_local! {
    static TODAY: Cell<Option<NaiveDate>> = const { Cell::new(None) };
}

/// Today, as dates relative to it see it: the local date, or the one [`fix_today`] set.
pub fn today() -> NaiveDate {
    TODAY.with(Cell::get).unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Fixes "today" for this thread (tests and reproducible runs); `None` goes back to the clock.
pub fn fix_today(date: Option<NaiveDate>) {
    TODAY.with(|t| t.set(date));
}

/// A date's day number, the measure dates are compared by.
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

impl Bound {
    /// The number, for a numeric limit.
    pub fn number(&self) -> Option<f64> {
        match self {
            Bound::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The date a date limit stands for today; none when it is not a date as written above.
    pub fn date(&self) -> Option<NaiveDate> {
        let Bound::Date(text) = self else { return None };
        let text = text.trim();
        if let Some(offset) = text.strip_prefix("today") {
            if offset.is_empty() {
                return Some(today());
            }
            let days: i64 = offset.strip_prefix('+').unwrap_or(offset).parse().ok()?;
            return today().checked_add_signed(chrono::Duration::try_days(days)?);
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().filter(|_| crate::questionnaire::validate::is_date(text))
    }

    /// The limit as it reads: the number, the date in `language` (its words for "today"), or the
    /// question named.
    pub fn text(&self, language: &str) -> Cow<'_, str> {
        match self {
            Bound::Number(n) => Cow::Owned(crate::text::decimal_in(&n.to_string(), language)),
            Bound::Date(_) => match self.date() {
                Some(d) => Cow::Owned(crate::text::date_in(&d.format("%Y-%m-%d").to_string(), language)),
                None => Cow::Borrowed("?"),
            },
            Bound::Answer(id) => Cow::Borrowed(id),
        }
    }
}

impl Serialize for Bound {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Bound::Number(n) => serializer.serialize_f64(*n),
            Bound::Date(d) => serializer.serialize_str(d),
            Bound::Answer(id) => {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("answer", id)?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Bound {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BoundVisitor;
        impl<'de> Visitor<'de> for BoundVisitor {
            type Value = Bound;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&crate::tr!("val-expect-bound"))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Bound, E> {
                Ok(Bound::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Bound, E> {
                #[allow(clippy::cast_precision_loss, reason = "a limit written in a questionnaire")]
                Ok(Bound::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Bound, E> {
                #[allow(clippy::cast_precision_loss, reason = "a limit written in a questionnaire")]
                Ok(Bound::Number(v as f64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Bound, E> {
                Ok(Bound::Date(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Bound, A::Error> {
                let mut answer = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "answer" => answer = Some(map.next_value::<String>()?),
                        other => return Err(de::Error::unknown_field(other, &["answer"])),
                    }
                }
                answer.map(Bound::Answer).ok_or_else(|| de::Error::missing_field("answer"))
            }
        }
        deserializer.deserialize_any(BoundVisitor)
    }
}

/// The shape of [`Bound`] in the JSON Schema.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // only its schema is used
enum BoundSchema {
    /// A number.
    Number(f64),
    /// A date: "YYYY-MM-DD", "today", "today-30", "today+7".
    Date(String),
    /// Another answer.
    Answer {
        /// The question (or sibling field) whose answer is compared with.
        answer: String,
    },
}

impl JsonSchema for Bound {
    fn schema_name() -> Cow<'static, str> {
        "Bound".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        BoundSchema::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_relative_to_today_and_fixed_ones() {
        fix_today(NaiveDate::from_ymd_opt(2026, 11, 28));
        let date = |s: &str| Bound::Date(s.into()).date();
        assert_eq!(date("today"), NaiveDate::from_ymd_opt(2026, 11, 28));
        assert_eq!(date("today-30"), NaiveDate::from_ymd_opt(2026, 10, 29));
        assert_eq!(date("today+7"), NaiveDate::from_ymd_opt(2026, 12, 5));
        assert_eq!(date("2026-02-30"), None);
        assert_eq!(date("tomorrow"), None);
        assert_eq!(Bound::Date("today".into()).text("es"), "28/11/2026");
        fix_today(None);
    }

    #[test]
    fn each_form_reads_and_writes_back() {
        for json in [serde_json::json!(5.0), serde_json::json!("today-1"), serde_json::json!({"answer": "start"})] {
            let bound: Bound = serde_json::from_value(json.clone()).expect("reads");
            assert_eq!(serde_json::to_value(&bound).expect("writes"), json);
        }
        assert!(serde_json::from_value::<Bound>(serde_json::json!({"answr": "x"})).is_err());
    }
}
