//! A pattern a text answer is tested against (`"matches"` in a condition; XLSForm's `regex()`):
//! kept with the text it was written as, compiled once when the questionnaire is read.

use std::fmt;

/// The longest pattern read: a questionnaire's patterns are short, a crafted one is refused.
const MAX_PATTERN: usize = 1000;

/// A compiled pattern. Like XLSForm's `regex()`, it holds when it is found anywhere in the text:
/// `^` and `$` anchor it to the whole answer.
#[derive(Clone)]
pub struct Pattern {
    text: String,
    regex: regex_lite::Regex,
}

impl Pattern {
    /// Compiles a pattern, or says why it cannot be read.
    pub fn new(text: &str) -> Result<Pattern, String> {
        if text.len() > MAX_PATTERN {
            return Err(crate::tr!("val-pattern-long", most = MAX_PATTERN));
        }
        let regex = regex_lite::Regex::new(text).map_err(|e| crate::tr!("val-pattern", problem = e.to_string()))?;
        Ok(Pattern { text: text.to_owned(), regex })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the pattern is found in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Pattern) -> bool {
        self.text == other.text
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Pattern({:?})", self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_is_found_in_the_text_and_anchors_hold_it_to_the_whole() {
        let digits = Pattern::new("^[0-9]{8}$").unwrap();
        assert!(digits.is_match("12345678") && !digits.is_match("1234567") && !digits.is_match("123456789"));
        assert!(Pattern::new("@").unwrap().is_match("ana@example.org"), "found anywhere without anchors");
        assert!(Pattern::new("[0-9").is_err());
        assert!(Pattern::new(&"a".repeat(MAX_PATTERN + 1)).is_err());
    }
}
