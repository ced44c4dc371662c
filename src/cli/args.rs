//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use waypost_core::report::document::{Format, Kind};

use crate::setup::ThemeChoice;

/// Guided assessment interviews in the terminal, with crash-safe session files.
#[derive(Debug, Parser)]
#[command(name = "waypost", version, about, long_about = None)]
pub(crate) struct Cli {
    /// Where sessions and your own questionnaires live [default: the platform's data folder]
    #[arg(long, global = true, env = "WAYPOST_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// A further folder of questionnaire files (may be given more than once)
    #[arg(long = "questionnaires", global = true, value_name = "DIR")]
    pub questionnaire_dirs: Vec<PathBuf>,
    /// Colours: the default theme, or high contrast (the default of `present`)
    #[arg(long, global = true, value_enum)]
    pub theme: Option<ThemeChoice>,
    /// Ask the questions line by line in the normal scrollback (screen readers, minutes)
    #[arg(long, global = true)]
    pub plain: bool,
    /// What to do; without a command, the app opens on its home screen
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Start a new interview
    New {
        /// The questionnaire's id (see `waypost questionnaires`)
        questionnaire: String,
        /// The organisation interviewed
        #[arg(long)]
        organisation: Option<String>,
        /// Who leads the interview
        #[arg(long)]
        facilitator: Option<String>,
        /// Someone taking part (may be given more than once)
        #[arg(long = "participant", value_name = "NAME")]
        participants: Vec<String>,
        /// The interview's language [default: the questionnaire's first]
        #[arg(long)]
        language: Option<String>,
    },
    /// Resume an interview where it was left
    Resume {
        /// The session's id (see `waypost list`)
        session: String,
    },
    /// List the questionnaires: id, version, title, where each comes from
    Questionnaires,
    /// List sessions, newest first; damaged files are reported on stderr
    List {
        /// Only sessions of this questionnaire
        #[arg(long)]
        questionnaire: Option<String>,
        /// Only sessions with this status
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Print a readable summary of a session, with scores
    Show {
        /// The session's id
        session: String,
        /// Print the figures as JSON
        #[arg(long)]
        json: bool,
    },
    /// Export a session as JSON (the session file), Markdown, CSV or HTML
    Export {
        /// The session's id
        session: String,
        /// The output format
        #[arg(long, value_parser = FormatOf(Kind::Session))]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// With --format csv: start with a UTF-8 byte-order mark, so Excel on Windows shows
        /// accents and € right
        #[arg(long)]
        excel: bool,
    },
    /// Compare two sessions of one questionnaire: changed answers, score changes, list items
    Compare {
        /// The earlier session's id
        before: String,
        /// The later session's id
        after: String,
        /// The output format
        #[arg(long, value_parser = FormatOf(Kind::Comparison), default_value = "md")]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// For each question, the spread of answers over many sessions of one questionnaire
    Report {
        /// The questionnaire's id
        #[arg(long)]
        questionnaire: String,
        /// Only sessions with this organisation (case does not matter)
        #[arg(long)]
        organisation: Option<String>,
        /// The output format
        #[arg(long, value_parser = FormatOf(Kind::Report), default_value = "md")]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// With --format csv: start with a UTF-8 byte-order mark, so Excel on Windows shows
        /// accents and € right
        #[arg(long)]
        excel: bool,
    },
    /// Check questionnaire files and print every problem; exit 1 if there is any
    Validate {
        /// Files or folders to check [default: every questionnaire waypost knows]
        paths: Vec<PathBuf>,
    },
    /// Bring a session moved to the trash back (the last one moved under this id)
    Restore {
        /// The session's id
        session: String,
    },
    /// Translate a questionnaire: its texts out to a gettext PO file, and back
    Translate {
        /// Export or import
        #[command(subcommand)]
        action: TranslateCommand,
    },
    /// Make a questionnaire of an XLSForm (KoboToolbox, ODK)
    Import {
        /// The form: .xlsx, .xls or .ods
        #[arg(value_name = "FILE")]
        form: PathBuf,
        /// Write the questionnaire here instead of the data folder's questionnaires
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace a questionnaire file already there
        #[arg(long)]
        force: bool,
    },
    /// The agenda of a workshop: each section's planned minutes and start; for a session, the
    /// time spent against the plan
    Agenda {
        /// A questionnaire's id, or a session's id
        id: String,
        /// The output format
        #[arg(long, value_parser = FormatOf(Kind::Agenda), default_value = "md")]
        format: Format,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Follow a session live, read-only, for the room to see: the question shown, its choices,
    /// the answer and the votes (for the projector)
    Present {
        /// The session's id
        session: String,
    },
    /// Write a questionnaire as a form for other tools
    ExportForm {
        /// The questionnaire's id
        questionnaire: String,
        /// The form's format
        #[arg(long, value_enum, default_value_t = FormFormat::Xlsform)]
        format: FormFormat,
        /// The file to write
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Print a shell completion script
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

/// What `translate` does.
#[derive(Debug, Subcommand)]
pub(crate) enum TranslateCommand {
    /// Write a questionnaire's texts as a PO file (source text, its place as context, the
    /// translation it has), for Poedit, Weblate or any PO tool
    Export {
        /// The questionnaire's id (see `waypost questionnaires`)
        questionnaire: String,
        /// The language to translate into, e.g. es
        #[arg(long)]
        language: String,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Read a translated PO file back into its questionnaire's JSON, ids and structure kept;
    /// untranslated and stale entries are reported with their place
    Import {
        /// The PO file
        file: PathBuf,
        /// Write the questionnaire to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// Formats a questionnaire can be written in for other tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormFormat {
    /// An XLSForm workbook (KoboToolbox, ODK).
    Xlsform,
}

/// A session status on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StatusArg {
    /// Still being answered.
    #[value(name = "in_progress")]
    InProgress,
    /// Finished.
    Completed,
}

/// Reads `--format` as one of the formats the core offers for a kind of document, so a format
/// is named and offered in one place (`waypost_core::report::document`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct FormatOf(pub Kind);

impl TypedValueParser for FormatOf {
    type Value = Format;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Format, clap::Error> {
        let names = PossibleValuesParser::new(self.0.formats().iter().map(|f| f.name()));
        let name = names.parse_ref(cmd, arg, value)?;
        Format::from_name(&name).ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.formats().iter().map(|f| PossibleValue::new(f.name()))))
    }
}
