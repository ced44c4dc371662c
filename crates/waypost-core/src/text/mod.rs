//! Translatable texts and the cleaning that keeps file text from reaching a terminal raw.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod columns;

pub use columns::{clip, clip_middle, head, pad, width, wrap};

/// A text in a questionnaire: either one plain string, or translations keyed by language code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// The same text in every language.
    Plain(String),
    /// Translations, e.g. `{"en": "Yes", "es": "Sí"}`.
    Translated(BTreeMap<String, String>),
}

impl Text {
    /// The text in `language`, else in `fallback`, else any translation there is.
    pub fn get<'a>(&'a self, language: &str, fallback: &str) -> &'a str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => map
                .get(language)
                .or_else(|| map.get(fallback))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    /// The languages this text is given in (`None` for a plain text, which fits every language).
    pub fn languages(&self) -> Option<impl Iterator<Item = &str>> {
        match self {
            Text::Plain(_) => None,
            Text::Translated(map) => Some(map.keys().map(String::as_str)),
        }
    }

    /// Every string this text holds, in any language.
    pub fn all(&self) -> Vec<&str> {
        match self {
            Text::Plain(s) => vec![s.as_str()],
            Text::Translated(map) => map.values().map(String::as_str).collect(),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(s) => serializer.serialize_str(s),
            Text::Translated(map) => map.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&crate::tr!("val-expect-translations"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
                let mut map = BTreeMap::new();
                while let Some((language, text)) = access.next_entry::<String, String>()? {
                    map.insert(language, text);
                }
                Ok(Text::Translated(map))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// The shape of [`Text`] in the JSON Schema.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // only its schema is used
enum TextSchema {
    /// The same text in every language.
    Plain(String),
    /// Translations keyed by language code.
    Translated(BTreeMap<String, String>),
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        TextSchema::json_schema(generator)
    }
}

/// Whether a character must never reach a terminal as it is: C0 and C1 controls, DEL, and the
/// bidirectional overrides that can make text read differently from what it holds.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The visible stand-in for an unsafe character: C0 controls become their Unicode control
/// pictures (ESC shows as ␛), everything else the replacement character.
fn stand_in(c: char) -> char {
    match c as u32 {
        n @ 0..=0x1f => char::from_u32(0x2400 + n).unwrap_or('\u{FFFD}'),
        0x7f => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// Text safe to print on one line: every control character (newlines too) shown as a visible
/// stand-in, so escape sequences from a file can never act on the terminal.
pub fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\t' => ' ',
                c if is_unsafe(c) => stand_in(c),
                c => c,
            })
            .collect(),
    )
}

/// `s` with every unsafe character but tab and newline written by `escape` (its code point).
fn escape_unsafe(s: &str, escape: fn(u32) -> String) -> Cow<'_, str> {
    let unsafe_here = |c: char| c != '\t' && c != '\n' && is_unsafe(c);
    if !s.chars().any(unsafe_here) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if unsafe_here(c) {
            out.push_str(&escape(u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A text for a CSV cell: tab and line breaks kept; every other control character (C0, C1, DEL)
/// and every bidirectional control written as a visible `<U+XXXX>`, so a spreadsheet or a terminal
/// showing the file cannot be made to act on it or to show it reordered.
pub fn csv_text(s: &str) -> Cow<'_, str> {
    escape_unsafe(s, |c| format!("<U+{c:04X}>"))
}

/// JSON text with DEL, the C1 controls and the bidirectional controls written as `\uXXXX`
/// escapes (serde_json already escapes C0): the same data, and valid JSON, but nothing a terminal
/// acts on. Such characters can only stand inside strings, where the escape means the same.
pub fn json_text(json: &str) -> Cow<'_, str> {
    escape_unsafe(json, |c| format!("\\u{c:04x}"))
}

/// A terminal cell's symbol without the characters that must not reach a terminal, when it has
/// any (`None` when it is safe as it is). For a last check of a drawn frame: the characters are
/// dropped, not replaced, so the cell keeps its width.
pub fn safe_cell(symbol: &str) -> Option<String> {
    symbol.chars().any(is_unsafe).then(|| {
        let kept: String = symbol.chars().filter(|c| !is_unsafe(*c)).collect();
        if kept.is_empty() { " ".to_owned() } else { kept }
    })
}

/// Text safe to print as a block: newlines kept, tabs as spaces, every other control character
/// shown as a visible stand-in.
pub fn block(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' => '\n',
                '\t' => ' ',
                c if is_unsafe(c) => stand_in(c),
                c => c,
            })
            .collect(),
    )
}

/// A text folded for searching: accents and other marks dropped, letters of other scripts
/// transliterated, lower case; so "lucia" finds "Lucía" and "nino" finds "NIÑO".
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// Whether a language writes the decimal mark as a point (1,200.5) rather than a comma
/// (1.200,5).
pub fn decimal_point(language: &str) -> bool {
    let base = language.split(['-', '_']).next().unwrap_or(language).to_ascii_lowercase();
    matches!(base.as_str(), "en" | "th" | "hi" | "bn" | "ja" | "zh" | "ko" | "ms" | "tl" | "fil")
}

/// A stored date (`YYYY-MM-DD`) as people of `language` read it: as stored in English (no reader
/// mistakes it for month/day), day/month/year elsewhere (`28/11/2026`), which is also how they
/// type it. Anything else is returned as it is.
pub fn date_in(date: &str, language: &str) -> String {
    match chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        Ok(d) if !language.starts_with("en") && date.len() == 10 => d.format("%d/%m/%Y").to_string(),
        _ => date.to_owned(),
    }
}

/// A moment written `YYYY-MM-DD HH:MM` as people of `language` read it: its date as
/// [`date_in`] writes it (`28/11/2026 09:30` in Spanish and Portuguese), then the time.
pub fn moment_in(stamp: &str, language: &str) -> String {
    match stamp.split_once(' ') {
        Some((date, time)) => format!("{} {time}", date_in(date, language)),
        None => date_in(stamp, language),
    }
}

/// A number formatted by Rust (`2.5`) written with the decimal mark of `language`: `2.5` in
/// English, `2,5` in Spanish, and in Portuguese with its thousands grouped by points as Brazil
/// writes them (`1.200,5`). English and Spanish are not grouped. Each reads back as typed.
pub fn decimal_in(number: &str, language: &str) -> String {
    if decimal_point(language) {
        return number.to_owned();
    }
    let (whole, fraction) = number.split_once('.').map_or((number, None), |(w, f)| (w, Some(f)));
    let (sign, digits) = whole.split_at(usize::from(whole.starts_with('-')));
    let mut out = sign.to_owned();
    if crate::i18n::primary(language) == "pt" && digits.len() > 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('.');
            }
            out.push(digit);
        }
    } else {
        out.push_str(digits);
    }
    if let Some(fraction) = fraction {
        out.push(',');
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_the_decimal_mark_and_grouping_of_the_language() {
        assert_eq!(decimal_in("1200.5", "en"), "1200.5");
        assert_eq!(decimal_in("1200.5", "es"), "1200,5");
        assert_eq!(decimal_in("1200.5", "pt-BR"), "1.200,5");
        assert_eq!(decimal_in("-1234567", "pt-BR"), "-1.234.567");
        assert_eq!((decimal_in("120", "pt-BR"), decimal_in("2.5", "pt-BR")), ("120".into(), "2,5".into()));
        assert_eq!(date_in("2026-11-28", "pt-BR"), "28/11/2026");
        assert_eq!(moment_in("2026-11-28 09:30", "pt-BR"), "28/11/2026 09:30");
        assert_eq!(moment_in("2026-11-28 09:30", "en"), "2026-11-28 09:30");
    }

    #[test]
    fn plain_and_translated_texts_deserialize() {
        let plain: Text = serde_json::from_str(r#""Yes""#).unwrap();
        assert_eq!(plain.get("es", "en"), "Yes");
        let translated: Text = serde_json::from_str(r#"{"en": "Yes", "es": "Sí"}"#).unwrap();
        assert_eq!(translated.get("es", "en"), "Sí");
        assert_eq!(translated.get("fr", "en"), "Yes");
        assert_eq!(serde_json::to_string(&translated).unwrap(), r#"{"en":"Yes","es":"Sí"}"#);
    }

    #[test]
    fn a_number_is_not_a_text() {
        let err = serde_json::from_str::<Text>("3").unwrap_err().to_string();
        assert!(err.contains("a text, or translations"), "{err}");
    }

    #[test]
    fn escape_sequences_and_controls_are_made_visible() {
        assert_eq!(line("plain"), "plain");
        assert_eq!(line("a\x1b[31mred\x07"), "a␛[31mred␇");
        assert_eq!(line("two\nlines"), "two lines");
        assert_eq!(line("c1\u{9b}x"), "c1\u{FFFD}x");
        assert_eq!(line("bidi\u{202E}abc"), "bidi\u{FFFD}abc");
        assert_eq!(block("two\nlines\x1b]0;t\x07"), "two\nlines␛]0;t␇");
        assert!(!line("\u{7f}").contains('\u{7f}'));
    }

    #[test]
    fn csv_and_json_outputs_escape_what_a_terminal_would_act_on() {
        assert_eq!(csv_text("a\tb\nc"), "a\tb\nc");
        assert_eq!(
            csv_text("x\u{1b}[2J\u{7}\u{9b}\u{7f}\r\u{202e}"),
            "x<U+001B>[2J<U+0007><U+009B><U+007F><U+000D><U+202E>"
        );
        let json = serde_json::to_string(&"a\u{9b}b\u{7f}\u{202e}").unwrap();
        let safe = json_text(&json);
        assert_eq!(safe, "\"a\\u009bb\\u007f\\u202e\"");
        assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), "a\u{9b}b\u{7f}\u{202e}", "the same data");
    }

    #[test]
    fn a_cell_keeps_its_width_without_unsafe_characters() {
        assert_eq!(safe_cell("a"), None);
        assert_eq!(safe_cell("a\u{200F}").as_deref(), Some("a"));
        assert_eq!(safe_cell("\u{1b}").as_deref(), Some(" "));
        assert_eq!(safe_cell("\u{9b}").as_deref(), Some(" "));
    }

    #[test]
    fn clipping_counts_columns_not_characters() {
        assert_eq!(clip("short", 10), "short");
        // Each of these CJK characters takes two columns.
        assert_eq!(clip("東京都庁舎", 6), "東京…");
        assert_eq!(width(&clip("東京都庁舎", 6)), 5);
        // Combining marks take no column: "é" written as e + U+0301 is one column.
        assert_eq!(clip("cafe\u{301} au lait", 5), "cafe\u{301}…");
        assert_eq!(width(&pad("e\u{301}", 4)), 4);
        assert_eq!(width(&pad("👍👍👍", 5)), 5);
        assert_eq!(clip("a\x1b[2Jb", 20), "a␛[2Jb");
        assert_eq!(clip("anything", 0), "");
    }

    #[test]
    fn wrapping_keeps_every_word_and_fits_the_width() {
        let text = "How far has the company put it in practice? Ñandú über-long-word-that-does-not-fit";
        let lines = wrap(text, 20);
        assert!(lines.iter().all(|l| width(l) <= 20), "{lines:?}");
        assert_eq!(lines.join(" ").replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn thai_and_bengali_are_measured_cut_and_wrapped_without_splitting_a_mark_from_its_letter() {
        // Thai writes tone marks and some vowels above or below the letter (no width of their
        // own) and puts no spaces between words; Bengali joins vowel signs to consonants.
        let samples = [
            "การคุ้มครองเด็กจากการแสวงประโยชน์ทางเพศในการเดินทางและการท่องเที่ยว",
            "ভ্রমণ ও পর্যটনে শিশুদের যৌন শোষণ থেকে সুরক্ষা এবং কোম্পানির দায়িত্ব",
        ];
        let zero_width = |c: char| unicode_width::UnicodeWidthChar::width(c) == Some(0);
        for text in samples {
            assert!(width(text) < text.chars().count(), "marks take no column: {text}");
            for columns in [8, 13, 20, 31] {
                let cut = clip(text, columns);
                assert!(width(&cut) <= columns, "{cut:?} fits {columns}");
                let lines = wrap(text, columns);
                for l in &lines {
                    assert!(width(l) <= columns, "{l:?} fits {columns}");
                    assert!(!l.chars().next().is_some_and(zero_width), "{l:?} starts with a mark cut from its letter");
                }
                assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""), "nothing lost");
            }
            assert_eq!(width(&pad(text, 80)), 80);
        }
    }
}
