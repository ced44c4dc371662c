//! Each question kind in a file of its own: its name in the JSON, the input it takes (the small
//! [`Shape`] the shells draw and read) and its XLSForm type. Every match on [`Kind`] is written
//! out kind by kind, never with a wildcard, so a new kind is a compile error until each place
//! has it.

mod calculate;
mod date;
mod datetime;
mod list;
mod multi;
mod note;
mod number;
mod single;
mod text;
mod time;

use super::{Kind, Question};

/// The input a question takes: the small shape the shells match on, so that a new kind of one of
/// these shapes needs no change in any shell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Nothing to answer: a text to read out.
    Nothing,
    /// Choices from a list: one, or any number.
    Choices {
        /// Whether any number may be ticked.
        multi: bool,
    },
    /// Text typed, which the core reads into a value (`interview::typed::typed_value`).
    Typed,
    /// Items entered field by field.
    List,
}

/// What waypost knows of one kind.
struct Spec {
    /// Its name in the JSON.
    name: &'static str,
    /// The input it takes.
    shape: Shape,
    /// Its XLSForm type, without a choice list's name.
    xlsform: fn(&Question) -> &'static str,
    /// The catalogue's message saying how an answer is typed, where it has a format of its own.
    format: Option<&'static str>,
}

impl Kind {
    /// The kind's own file.
    fn spec(self) -> &'static Spec {
        match self {
            Kind::Single => &single::SPEC,
            Kind::Multi => &multi::SPEC,
            Kind::Number => &number::SPEC,
            Kind::Text => &text::SPEC,
            Kind::Date => &date::SPEC,
            Kind::Time => &time::SPEC,
            Kind::DateTime => &datetime::SPEC,
            Kind::Calculate => &calculate::SPEC,
            Kind::List => &list::SPEC,
            Kind::Note => &note::SPEC,
        }
    }

    /// The kind's name as written in the JSON.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The input a question of this kind takes.
    pub fn shape(self) -> Shape {
        self.spec().shape
    }

    /// Whether a question of this kind offers choices (one, or any number).
    pub fn has_choices(self) -> bool {
        matches!(self.shape(), Shape::Choices { .. })
    }

    /// How an answer of this kind is typed, in the interface's language, where it has a format
    /// of its own (a date's): the shells say it under the question.
    pub fn format_hint(self) -> Option<String> {
        self.spec().format.map(|id| crate::tr!(id))
    }

    /// The XLSForm type of `question` (of this kind), without a choice list's name.
    pub fn xlsform_type(self, question: &Question) -> &'static str {
        (self.spec().xlsform)(question)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_back_by_its_name() {
        for kind in [
            Kind::Single,
            Kind::Multi,
            Kind::Number,
            Kind::Text,
            Kind::Date,
            Kind::Time,
            Kind::DateTime,
            Kind::Calculate,
            Kind::List,
            Kind::Note,
        ] {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, kind.name(), "the name is the JSON's");
        }
    }
}
