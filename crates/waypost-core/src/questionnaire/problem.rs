//! Problems found in a file, with the place they were found.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file can still be used; `validate` reports it and exits 1.
    Warning,
    /// The file cannot be used.
    Error,
}

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemPlace {
    /// The whole file.
    File,
    /// A line and column (1-based), for syntax and shape errors.
    Position {
        /// The line.
        line: usize,
        /// The column.
        column: usize,
    },
    /// A JSON path such as `sections[2].questions[4].show_if.answer`.
    Path(String),
    /// A JSON path and the line and column where its value starts.
    Located {
        /// The line.
        line: usize,
        /// The column.
        column: usize,
        /// The path; empty for the whole questionnaire.
        path: String,
    },
}

impl From<String> for ProblemPlace {
    /// A JSON path; an empty one is the whole file.
    fn from(path: String) -> Self {
        if path.is_empty() { ProblemPlace::File } else { ProblemPlace::Path(path) }
    }
}

impl From<&str> for ProblemPlace {
    fn from(path: &str) -> Self {
        ProblemPlace::from(path.to_owned())
    }
}

impl fmt::Display for ProblemPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemPlace::File => Ok(()),
            ProblemPlace::Position { line, column } => write!(f, "{line}:{column}"),
            ProblemPlace::Path(path) => f.write_str(path),
            ProblemPlace::Located { line, column, path } if path.is_empty() => write!(f, "{line}:{column}"),
            ProblemPlace::Located { line, column, path } => write!(f, "{line}:{column}: {path}"),
        }
    }
}

/// One problem: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Where in the file.
    pub place: ProblemPlace,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// An error at a place.
    pub fn error(place: impl Into<ProblemPlace>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Error, place: place.into(), message: message.into() }
    }

    /// A warning at a place.
    pub fn warning(place: impl Into<ProblemPlace>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, place: place.into(), message: message.into() }
    }

    /// An error at a line and column.
    pub fn error_at(line: usize, column: usize, message: impl Into<String>) -> Self {
        Problem::error(ProblemPlace::Position { line, column }, message)
    }

    /// The problem as printed after a file name: `FILE:LINE:COLUMN: [json.path: ]message`
    /// where the place is known, `FILE: json.path: message` otherwise.
    pub fn in_file(&self, file: &str) -> String {
        match self.place {
            ProblemPlace::Position { .. } | ProblemPlace::Located { .. } => format!("{file}:{self}"),
            _ => format!("{file}: {self}"),
        }
    }

    /// The problem with the line and column of its path, where the text has it.
    pub fn located(self, positions: &super::positions::Positions) -> Problem {
        match &self.place {
            ProblemPlace::Path(path) => match positions.find(path) {
                Some((line, column)) => {
                    Problem { place: ProblemPlace::Located { line, column, path: path.clone() }, ..self }
                }
                None => self,
            },
            _ => self,
        }
    }

    /// Whether this problem stops the file from being used.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = if self.is_error() { String::new() } else { crate::tr!("val-warning-tag") };
        if self.place == ProblemPlace::File {
            write!(f, "{tag}{}", self.message)
        } else {
            write!(f, "{}: {tag}{}", self.place, self.message)
        }
    }
}

/// The closest of `known` to `word`, when it is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d < k.len().max(word.len()))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// ` (did you mean "x"?)` when a close match exists, else nothing.
pub(crate) fn suggestion<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    did_you_mean(word, known).map(|k| crate::tr!("val-did-you-mean", word = k)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        assert_eq!(did_you_mean("sectr", ["sector", "member"]), Some("sector"));
        assert_eq!(did_you_mean("requird", ["required", "kind"]), Some("required"));
        assert_eq!(did_you_mean("zzz", ["sector", "member"]), None);
        assert_eq!(suggestion("ab", ["xy"]), "");
    }

    #[test]
    fn display_names_place_and_severity() {
        assert_eq!(Problem::error("a.b", "bad").to_string(), "a.b: bad");
        assert_eq!(Problem::warning("", "odd").to_string(), "warning: odd");
    }
}
