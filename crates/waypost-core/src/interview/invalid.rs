//! Why an answer is refused, and the soft warnings that hold, as data: the words are chosen when
//! they are shown, in the session's language (texts from the questionnaire in that language, the
//! rest in English until the interface is translated).

use crate::questionnaire::AnswerState;
use crate::text::{Text, line};

/// Why a value is not a valid answer to its question.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Invalid {
    /// A note takes no answer.
    #[error("a note takes no answer")]
    NoteTakesNoAnswer,
    /// A single choice needs one of its choices.
    #[error("choose one of the choices")]
    ChooseOne,
    /// A multi-select needs a list of its choices.
    #[error("select from the choices")]
    SelectFromChoices,
    /// A value that is not one of the choices (as typed or stored).
    #[error("\"{}\" is not one of the choices", line(.0))]
    NotAChoice(String),
    /// A choice selected twice.
    #[error("\"{}\" is selected twice", line(.0))]
    SelectedTwice(String),
    /// Too few choices selected.
    #[error("select at least {0}")]
    TooFewSelected(usize),
    /// Too many choices selected.
    #[error("select at most {0}")]
    TooManySelected(usize),
    /// Not a number.
    #[error("enter a number")]
    NotANumber,
    /// Typed text that does not read as a number.
    #[error("\"{}\" is not a number", line(.0))]
    NotANumberText(String),
    /// A fraction where a whole number is asked.
    #[error("enter a whole number")]
    NotWhole,
    /// Below the smallest allowed.
    #[error("the smallest allowed is {min}{}", unit_suffix(.unit))]
    BelowMin {
        /// The smallest allowed.
        min: f64,
        /// The unit, in the questionnaire's default language.
        unit: Option<String>,
    },
    /// Above the largest allowed.
    #[error("the largest allowed is {max}{}", unit_suffix(.unit))]
    AboveMax {
        /// The largest allowed.
        max: f64,
        /// The unit, in the questionnaire's default language.
        unit: Option<String>,
    },
    /// A text answer that is not a text.
    #[error("type an answer")]
    TypeAnAnswer,
    /// A text answer of spaces only.
    #[error("the answer is empty: type one, or choose a state such as don't know")]
    Empty,
    /// A text longer than allowed.
    #[error("{len} characters is too long: at most {max}")]
    TooLong {
        /// Its length, in characters.
        len: usize,
        /// The most allowed.
        max: usize,
    },
    /// Not a date as YYYY-MM-DD.
    #[error("enter a date as YYYY-MM-DD, e.g. 2026-11-28")]
    NotADate,
    /// A list answer that is not a list.
    #[error("a list answer is a list of items")]
    NotAList,
    /// Fewer items than the list needs.
    #[error("add at least {min} {}", plural(.label, *.min))]
    TooFewItems {
        /// The fewest allowed.
        min: usize,
        /// What an item is called.
        label: String,
    },
    /// More items than the list holds.
    #[error("at most {max} {} allowed", plural(.label, *.max))]
    TooManyItems {
        /// The most allowed.
        max: usize,
        /// What an item is called.
        label: String,
    },
    /// An item that is not a set of fields.
    #[error("{} {number}: not an item", line(.label))]
    NotAnItem {
        /// What an item is called.
        label: String,
        /// Its number, from 1.
        number: usize,
    },
    /// An item with a field the list does not have.
    #[error("{} {number}: unknown field \"{}\"", line(.label), line(.field))]
    UnknownField {
        /// What an item is called.
        label: String,
        /// Its number, from 1.
        number: usize,
        /// The field's name.
        field: String,
    },
    /// A field of an item is invalid.
    #[error("{} {number}, {}: {inner}", line(.label), line(.field))]
    InItem {
        /// What an item is called.
        label: String,
        /// Its number, from 1.
        number: usize,
        /// The field's prompt.
        field: String,
        /// What is wrong with it.
        inner: Box<Invalid>,
    },
    /// A required field of an item without a value (said after the field's name).
    #[error("required")]
    Missing,
    /// A required field (of an item being entered, or of an item) without a value.
    #[error("{} is required", line(.0))]
    Required(String),
    /// An answer state the question does not allow.
    #[error("this question does not allow \"{}\"", .0.label())]
    StateNotAllowed(AnswerState),
}

fn unit_suffix(unit: &Option<String>) -> String {
    unit.as_ref().map(|u| format!(" {}", line(u))).unwrap_or_default()
}

fn plural(label: &str, n: usize) -> String {
    let label = line(label);
    if n == 1 { label.into_owned() } else { format!("{label}s") }
}

/// A soft warning that holds for an answer: its message from the questionnaire, and the list item
/// it is about, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The list item concerned: what an item is called, and its number from 1.
    pub item: Option<(Text, usize)>,
    /// The message, in the questionnaire's languages.
    pub message: Text,
}

impl Warning {
    /// The warning in a language (the questionnaire's `default` where it has none).
    pub fn text(&self, language: &str, default: &str) -> String {
        let message = self.message.get(language, default);
        match &self.item {
            Some((label, n)) => format!("{} {n}: {message}", label.get(language, default)),
            None => message.to_owned(),
        }
    }
}
