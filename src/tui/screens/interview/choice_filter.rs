//! Filtering a long list of choices as the interviewer types: the choices whose label holds the
//! typed text (accents and case aside) are shown, the others hidden until the filter closes.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;
use waypost_core::text::fold;

/// From how many choices a question offers the filter.
pub(crate) const FILTER_FROM: usize = 10;

/// The filter of a list of choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceFilter {
    /// What was typed.
    pub text: String,
    /// Each choice's label and value, folded for matching.
    folded: Vec<String>,
}

impl ChoiceFilter {
    /// An empty filter over choices with these labels and values.
    pub fn new<'a>(choices: impl Iterator<Item = (&'a str, &'a str)>) -> ChoiceFilter {
        ChoiceFilter {
            text: String::new(),
            folded: choices.map(|(label, value)| fold(&format!("{label} {value}"))).collect(),
        }
    }

    /// The choices (0-based) that hold the text typed, in their order.
    pub fn matching(&self) -> Vec<usize> {
        let needle = fold(self.text.trim());
        (0..self.folded.len()).filter(|i| self.folded[*i].contains(&needle)).collect()
    }

    /// Types a key into the filter: a character is added, Backspace takes the last grapheme
    /// cluster away (a Thai letter with its marks, a Devanagari conjunct: what was seen as one).
    /// Returns whether the text changed.
    pub fn type_key(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Char(ch) if (key.modifiers - KeyModifiers::SHIFT).is_empty() => {
                self.text.push(ch);
                true
            }
            KeyCode::Backspace => match self.text.grapheme_indices(true).next_back() {
                Some((at, _)) => {
                    self.text.truncate(at);
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Adds pasted text (on one line).
    pub fn paste(&mut self, text: &str) {
        self.text.push_str(&text.replace(['\r', '\n'], " "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_labels_and_values_whatever_the_accents_and_case() {
        let choices = [("Perú", "pe"), ("Bolivia", "bo"), ("República Dominicana", "do"), ("Brasil", "br")];
        let mut filter = ChoiceFilter::new(choices.iter().map(|(l, v)| (*l, *v)));
        assert_eq!(filter.matching(), vec![0, 1, 2, 3]);
        for ch in "PUB".chars() {
            filter.type_key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::SHIFT));
        }
        assert_eq!(filter.matching(), vec![2]);
        filter.type_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        filter.type_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        filter.paste("eru");
        assert_eq!((filter.text.as_str(), filter.matching()), ("Peru", vec![0]));
        filter.text = "zz".into();
        assert!(filter.matching().is_empty());
    }

    #[test]
    fn backspace_takes_a_whole_cluster_away() {
        let mut filter = ChoiceFilter::new([("ที่นี่", "here"), ("ที่นั่น", "there")].into_iter());
        filter.paste("ที่นี่");
        assert_eq!(filter.matching(), vec![0]);
        filter.type_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        assert_eq!(filter.text, "ที่", "นี่ (a letter, a vowel and a tone mark) goes at once");
        assert_eq!(filter.matching(), vec![0, 1]);
    }
}
