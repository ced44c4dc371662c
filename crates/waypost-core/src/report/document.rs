//! The documents waypost writes (a session, a comparison of two, a report over many, an agenda)
//! in one format type: each format's name and file extension, each document's formats, file
//! name and bytes. The command line and the app's export key take them from here, so a new
//! format or document is added once.

use crate::questionnaire::Questionnaire;
use crate::report::agenda::Agenda;
use crate::report::aggregate::Aggregate;
use crate::report::compare::Comparison;
use crate::report::history::History;
use crate::session::Session;

/// A format a document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON: a session's own file.
    Json,
    /// Markdown, to paste.
    Markdown,
    /// Comma-separated rows.
    Csv,
    /// One self-contained printable page.
    Html,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 4] = [Format::Json, Format::Markdown, Format::Csv, Format::Html];

    /// The name a user types (`--format md`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    /// The extension of a file in this format.
    pub fn extension(self) -> &'static str {
        // The names were chosen to be the extensions.
        self.name()
    }

    /// The format a user named, if any.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// Which document: what decides its formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One session.
    Session,
    /// Two sessions compared.
    Comparison,
    /// The spread of answers over many sessions.
    Report,
    /// A questionnaire's plan, or a session's time against it.
    Agenda,
}

impl Kind {
    /// The formats the document comes in, the default first.
    pub fn formats(self) -> &'static [Format] {
        match self {
            Kind::Session => &[Format::Json, Format::Markdown, Format::Csv, Format::Html],
            Kind::Report => &[Format::Markdown, Format::Csv, Format::Html],
            Kind::Comparison | Kind::Agenda => &[Format::Markdown, Format::Html],
        }
    }
}

/// A document to write.
#[derive(Debug, Clone, Copy)]
pub enum Document<'a> {
    /// One session, with what its summary reads from other sessions.
    Session {
        /// Its questionnaire.
        questionnaire: &'a Questionnaire,
        /// The session.
        session: &'a Session,
        /// The earlier sessions and workshops it refers to.
        history: &'a History,
    },
    /// Two sessions compared.
    Comparison {
        /// The title: the questionnaire and the organisation.
        title: &'a str,
        /// What changed.
        comparison: &'a Comparison,
    },
    /// The spread of answers over many sessions.
    Report {
        /// The title: the questionnaire, and the organisation when there is one.
        title: &'a str,
        /// The answers added up.
        aggregate: &'a Aggregate,
        /// The questionnaire's id, which names the file.
        questionnaire: &'a str,
    },
    /// A plan, or a session's time against it.
    Agenda {
        /// The agenda.
        agenda: &'a Agenda,
        /// The language it is written in.
        language: &'a str,
        /// The questionnaire's or the session's id, which names the file.
        id: &'a str,
    },
}

/// Why a document could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The document does not come in this format.
    #[error("{}", crate::tr!("err-document-format", format = format.name()))]
    Unsupported {
        /// The format asked for.
        format: Format,
    },
    /// The CSV writer failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// The JSON writer failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl Document<'_> {
    /// Which document this is.
    pub fn kind(&self) -> Kind {
        match self {
            Document::Session { .. } => Kind::Session,
            Document::Comparison { .. } => Kind::Comparison,
            Document::Report { .. } => Kind::Report,
            Document::Agenda { .. } => Kind::Agenda,
        }
    }

    /// The name of its files, without the extension: what the app says it exported.
    pub fn stem(&self) -> String {
        match self {
            Document::Session { session, .. } => session.id.clone(),
            Document::Comparison { comparison, .. } => format!("{}--{}", comparison.before, comparison.after),
            Document::Report { questionnaire, .. } => format!("{questionnaire}-report"),
            Document::Agenda { id, .. } => format!("{id}-agenda"),
        }
    }

    /// The name of its file in a folder.
    pub fn file_name(&self, format: Format) -> String {
        format!("{}.{}", self.stem(), format.extension())
    }

    /// Its bytes in `format`; a CSV for Excel (`excel`) starts with a byte-order mark.
    pub fn bytes(&self, format: Format, excel: bool) -> Result<Vec<u8>, Error> {
        let csv = |bytes: Vec<u8>| if excel { super::for_excel(bytes) } else { bytes };
        let text = match (self, format) {
            (Document::Session { session, .. }, Format::Json) => json(session)?,
            (Document::Session { questionnaire, session, history }, Format::Markdown) => {
                super::markdown_with_history(questionnaire, session, history)
            }
            (Document::Session { questionnaire, session, .. }, Format::Csv) => {
                return Ok(csv(super::csv(questionnaire, session)?));
            }
            (Document::Session { questionnaire, session, history }, Format::Html) => {
                super::html_with_history(questionnaire, session, history)
            }
            (Document::Comparison { title, comparison }, Format::Markdown) => {
                super::cross::compare_markdown(title, comparison)
            }
            (Document::Comparison { title, comparison }, Format::Html) => super::cross::compare_html(title, comparison),
            (Document::Report { title, aggregate, .. }, Format::Markdown) => {
                super::cross::aggregate_markdown(title, aggregate)
            }
            (Document::Report { aggregate, .. }, Format::Csv) => {
                return Ok(csv(super::cross::aggregate_csv(aggregate)?));
            }
            (Document::Report { title, aggregate, .. }, Format::Html) => super::cross::aggregate_html(title, aggregate),
            (Document::Agenda { agenda, language, .. }, Format::Markdown) => agenda.markdown(language),
            (Document::Agenda { agenda, language, .. }, Format::Html) => agenda.html(language),
            (Document::Comparison { .. } | Document::Agenda { .. }, Format::Json | Format::Csv)
            | (Document::Report { .. }, Format::Json) => return Err(Error::Unsupported { format }),
        };
        Ok(text.into_bytes())
    }
}

/// A value as pretty JSON ending in a newline, with DEL, C1 and bidirectional controls escaped
/// as `\uXXXX`: the same data, and nothing a terminal acts on.
pub fn json(value: &impl serde::Serialize) -> Result<String, serde_json::Error> {
    let text = serde_json::to_string_pretty(value)?;
    Ok(format!("{}\n", crate::text::json_text(&text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_extensions_and_read_back() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
            assert_eq!(format.extension(), format.name());
        }
        assert_eq!(Format::from_name("pdf"), None);
    }

    #[test]
    fn every_document_is_written_in_exactly_the_formats_it_offers() {
        let q = &crate::testing::built_in("csr-self-assessment");
        let session = crate::testing::session(q, "20261128-0930-csr-self-assessment-acme", "Acme");
        let history = History::default();
        let aggregate = Aggregate::new(q);
        let comparison = crate::report::compare::compare(q, &session, &session);
        let agenda = Agenda::new(q, None, "en");
        let documents = [
            Document::Session { questionnaire: q, session: &session, history: &history },
            Document::Comparison { title: "t", comparison: &comparison },
            Document::Report { title: "t", aggregate: &aggregate, questionnaire: &q.id },
            Document::Agenda { agenda: &agenda, language: "en", id: &q.id },
        ];
        for document in documents {
            for format in Format::ALL {
                let offered = document.kind().formats().contains(&format);
                match document.bytes(format, false) {
                    Ok(bytes) => assert!(offered && !bytes.is_empty(), "{:?} {format:?}", document.kind()),
                    Err(Error::Unsupported { .. }) => assert!(!offered, "{:?} {format:?}", document.kind()),
                    Err(e) => panic!("{e}"),
                }
            }
        }
        assert_eq!(documents[0].file_name(Format::Csv), "20261128-0930-csr-self-assessment-acme.csv");
        assert_eq!(documents[3].file_name(Format::Html), "csr-self-assessment-agenda.html");
        let excel = documents[0].bytes(Format::Csv, true).unwrap();
        assert!(excel.starts_with("\u{feff}".as_bytes()), "a byte-order mark for Excel");
    }
}
