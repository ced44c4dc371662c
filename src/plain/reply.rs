//! What a typed line means: a command when the line is exactly one (`:n` takes its text after a
//! space), an answer otherwise (`::` starts an answer with a colon).

use waypost_core::questionnaire::AnswerState;

/// A line read at a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reply {
    /// An empty line: keep the answer and go on.
    Keep,
    /// `:q`
    Quit,
    /// `:b`
    Back,
    /// `:s`
    Skip,
    /// `:h`
    Help,
    /// `:r`
    Review,
    /// `:f`
    Finish,
    /// `:l`: the questionnaire's next language
    Language,
    /// `:v`: the participants' votes on the question
    Vote,
    /// `:p`: a dot vote on the suggested actions and open items
    DotVote,
    /// `:dk`, `:dec`, `:na`
    State(AnswerState),
    /// `:n TEXT` (an empty text removes the note)
    Note(String),
    /// Anything else.
    Answer(String),
}

/// Reads a line as a command or an answer.
pub(super) fn parse(line: &str) -> Reply {
    let trimmed = line.trim();
    match trimmed {
        "" => Reply::Keep,
        ":q" => Reply::Quit,
        ":b" => Reply::Back,
        ":s" => Reply::Skip,
        ":h" => Reply::Help,
        ":r" => Reply::Review,
        ":f" => Reply::Finish,
        ":l" => Reply::Language,
        ":v" => Reply::Vote,
        ":p" => Reply::DotVote,
        ":dk" => Reply::State(AnswerState::DontKnow),
        ":dec" => Reply::State(AnswerState::Declined),
        ":na" => Reply::State(AnswerState::NotApplicable),
        ":n" => Reply::Note(String::new()),
        _ => {
            if let Some(note) = trimmed.strip_prefix(":n ") {
                Reply::Note(note.trim().to_owned())
            } else if let Some(answer) = trimmed.strip_prefix(':').filter(|rest| rest.starts_with(':')) {
                Reply::Answer(answer.to_owned())
            } else {
                Reply::Answer(trimmed.to_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_only_when_the_line_is_exactly_one() {
        assert_eq!(parse(":q"), Reply::Quit);
        assert_eq!(parse(":l"), Reply::Language);
        assert_eq!(parse(":v"), Reply::Vote);
        assert_eq!(parse(":p"), Reply::DotVote);
        assert_eq!(parse("  :dk "), Reply::State(AnswerState::DontKnow));
        assert_eq!(parse(":n HR will confirm"), Reply::Note("HR will confirm".into()));
        assert_eq!(parse(":none known"), Reply::Answer(":none known".into()));
        assert_eq!(parse("::q is the answer"), Reply::Answer(":q is the answer".into()));
        assert_eq!(parse(""), Reply::Keep);
        assert_eq!(parse("Acme"), Reply::Answer("Acme".into()));
    }
}
