//! What is typed or shown over a question: a prompt (note, reason, "please specify"), the
//! review, votes being entered, a dot vote; one at a time.

use ratatui_textarea::TextArea;
use waypost_core::interview::{Input, Warning};

use super::dot_vote;

/// A text asked for on top of the question.
#[derive(Debug, Clone)]
pub enum Prompt {
    /// The note on the question.
    Note(Box<TextArea<'static>>),
    /// What a chosen "other" choice stands for ("please specify").
    Other {
        /// The choice's label.
        label: String,
        /// The answer waiting for it.
        value: serde_json::Value,
        /// The text being typed.
        area: Box<TextArea<'static>>,
    },
    /// The reason to go on past soft warnings.
    Reason {
        /// The warnings that hold.
        warnings: Vec<Warning>,
        /// The answer waiting for the reason.
        input: Input,
        /// The reason being typed.
        area: Box<TextArea<'static>>,
    },
}

/// What is open over the question, at most one at a time: the type keeps that promise (a
/// vote cannot run under the review, a note cannot be typed during a dot vote). Whether keys go
/// into the question's text input is kept apart ([`Interview::typing`]): it is what the
/// question goes back to when the layer closes.
#[derive(Debug, Clone, Default)]
pub enum Layer {
    /// Nothing: keys go to the question's input.
    #[default]
    Question,
    /// A note, a reason or what an "other" stands for, typed over the question.
    Prompt(Prompt),
    /// The review of every answer, with its highlighted row.
    Review(usize),
    /// Votes being entered: which voter (an index into the participants) is next.
    Voting(usize),
    /// A dot vote on the suggested actions and open items: whose dots, on what.
    Dotting(dot_vote::DotVote),
}
