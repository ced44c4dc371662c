//! Why an answer is refused, and the soft warnings that hold, as data: the words are chosen when
//! they are shown, texts from the questionnaire in the session's language and the rest from the
//! message catalogue (`locales/*/checks.ftl`) in the interface's.

use crate::questionnaire::AnswerState;
use crate::text::{Text, line};
use crate::tr;

/// Why a value is not a valid answer to its question.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Invalid {
    /// A note takes no answer.
    #[error("{}", tr!("inv-note-takes-no-answer"))]
    NoteTakesNoAnswer,
    /// A single choice needs one of its choices.
    #[error("{}", tr!("inv-choose-one"))]
    ChooseOne,
    /// A multi-select needs a list of its choices.
    #[error("{}", tr!("inv-select-from-choices"))]
    SelectFromChoices,
    /// A value that is not one of the choices (as typed or stored).
    #[error("{}", tr!("inv-not-a-choice", value = line(.0).into_owned()))]
    NotAChoice(String),
    /// Another value than a read-only question shows.
    #[error("{}", tr!("inv-read-only"))]
    ReadOnly,
    /// A choice not offered after the answers before it (a cascading select's).
    #[error("{}", tr!("inv-not-offered", label = line(.0).into_owned()))]
    NotOffered(String),
    /// A vote on a question that is not put to a vote.
    #[error("{}", tr!("inv-not-put-to-vote"))]
    NotPutToVote,
    /// A dot from a voter who has given all theirs.
    #[error("{}", tr!("inv-no-dots-left", voter = line(.0).into_owned()))]
    NoDotsLeft(String),
    /// A vote from someone who is not among the session's participants.
    #[error("{}", tr!("inv-unknown-voter", voter = line(.0).into_owned()))]
    UnknownVoter(String),
    /// A choice selected twice.
    #[error("{}", tr!("inv-selected-twice", value = line(.0).into_owned()))]
    SelectedTwice(String),
    /// A choice that stands alone selected with others.
    #[error("{}", tr!("inv-exclusive", value = line(.0).into_owned()))]
    Exclusive(String),
    /// Too few choices selected.
    #[error("{}", tr!("inv-too-few-selected", n = *.0))]
    TooFewSelected(usize),
    /// Too many choices selected.
    #[error("{}", tr!("inv-too-many-selected", n = *.0))]
    TooManySelected(usize),
    /// Not a number.
    #[error("{}", tr!("inv-not-a-number"))]
    NotANumber,
    /// Typed text that does not read as a number.
    #[error("{}", tr!("inv-not-a-number-text", value = line(.0).into_owned()))]
    NotANumberText(String),
    /// A fraction where a whole number is asked.
    #[error("{}", tr!("inv-not-whole"))]
    NotWhole,
    /// Below the smallest allowed.
    #[error("{}", tr!("inv-below-min", min = *.min, unit = unit_suffix(.unit)))]
    BelowMin {
        /// The smallest allowed.
        min: f64,
        /// The unit, in the questionnaire's default language.
        unit: Option<String>,
    },
    /// Above the largest allowed.
    #[error("{}", tr!("inv-above-max", max = *.max, unit = unit_suffix(.unit)))]
    AboveMax {
        /// The largest allowed.
        max: f64,
        /// The unit, in the questionnaire's default language.
        unit: Option<String>,
    },
    /// A text answer that is not a text.
    #[error("{}", tr!("inv-type-an-answer"))]
    TypeAnAnswer,
    /// A text answer of spaces only.
    #[error("{}", tr!("inv-empty"))]
    Empty,
    /// A text longer than allowed.
    #[error("{}", tr!("inv-too-long", len = *.len, max = *.max))]
    TooLong {
        /// Its length, in characters.
        len: usize,
        /// The most allowed.
        max: usize,
    },
    /// Not a date as YYYY-MM-DD.
    #[error("{}", tr!("inv-not-a-date"))]
    NotADate,
    /// Not a time of day as HH:MM.
    #[error("{}", tr!("inv-not-a-time"))]
    NotATime,
    /// Not a date and time as YYYY-MM-DDTHH:MM.
    #[error("{}", tr!("inv-not-a-datetime"))]
    NotADateTime,
    /// A date before the earliest allowed (as YYYY-MM-DD).
    #[error("{}", tr!("inv-date-before", date = crate::text::date_in(.0, crate::i18n::language())))]
    DateBefore(String),
    /// A date after the latest allowed (as YYYY-MM-DD).
    #[error("{}", tr!("inv-date-after", date = crate::text::date_in(.0, crate::i18n::language())))]
    DateAfter(String),
    /// A hard rule of the questionnaire that the answer does not meet: its message, in the
    /// session's language.
    #[error("{}", line(.0))]
    Constraint(String),
    /// A list whose number of items another answer sets, with another number of items.
    #[error("{}", tr!("inv-count-from", n = *.n, label = line(.label).into_owned(), source = line(.asked).into_owned()))]
    CountFrom {
        /// How many items the list takes.
        n: usize,
        /// What an item is called.
        label: String,
        /// The question that says how many.
        asked: String,
    },
    /// An "other" choice chosen without saying what it stands for.
    #[error("{}", tr!("inv-specify-other", label = line(.0).into_owned()))]
    SpecifyOther(String),
    /// A list answer that is not a list.
    #[error("{}", tr!("inv-not-a-list"))]
    NotAList,
    /// Fewer items than the list needs.
    #[error("{}", tr!("inv-too-few-items", min = *.min, label = line(.label).into_owned()))]
    TooFewItems {
        /// The fewest allowed.
        min: usize,
        /// What an item is called.
        label: String,
    },
    /// More items than the list holds.
    #[error("{}", tr!("inv-too-many-items", max = *.max, label = line(.label).into_owned()))]
    TooManyItems {
        /// The most allowed.
        max: usize,
        /// What an item is called.
        label: String,
    },
    /// An item that is not a set of fields.
    #[error("{}", tr!("inv-not-an-item", label = line(.label).into_owned(), number = *.number))]
    NotAnItem {
        /// What an item is called.
        label: String,
        /// Its number, from 1.
        number: usize,
    },
    /// An item with a field the list does not have.
    #[error("{}", tr!("inv-unknown-field", label = line(.label).into_owned(), number = *.number, field = line(.field).into_owned()))]
    UnknownField {
        /// What an item is called.
        label: String,
        /// Its number, from 1.
        number: usize,
        /// The field's name.
        field: String,
    },
    /// A field of an item is invalid.
    #[error("{}", tr!("inv-in-item", label = line(.label).into_owned(), number = *.number, field = line(.field).into_owned(), inner = .inner.to_string()))]
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
    #[error("{}", tr!("inv-missing"))]
    Missing,
    /// A required field (of an item being entered, or of an item) without a value.
    #[error("{}", tr!("inv-required", field = line(.0).into_owned()))]
    Required(String),
    /// An answer state the question does not allow.
    #[error("{}", tr!("inv-state-not-allowed", state = .0.label()))]
    StateNotAllowed(AnswerState),
}

fn unit_suffix(unit: &Option<String>) -> String {
    unit.as_ref().map(|u| format!(" {}", line(u))).unwrap_or_default()
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
