//! The command line, as clap reads it: the global options and the commands. Each command's own
//! arguments are beside its code (`list::Args`, `export::Args`…); the session commands (`new`,
//! `resume`, `present`) are here, as two shells share them.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};
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
    /// The interface's language, e.g. pt-BR [default: WAYPOST_LANG, else the locale]
    #[arg(long = "language", value_name = "LANGUAGE")]
    pub interface_language: Option<String>,
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
        /// The session's id, the start of it, or its UUID (see `waypost list`)
        session: String,
    },
    /// List the questionnaires: id, version, title, where each comes from
    Questionnaires {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// List sessions, newest first; damaged files are reported on stderr
    List(super::list::Args),
    /// Print a readable summary of a session, with scores
    Show(super::show::Args),
    /// Export a session as JSON (the session file), Markdown, CSV or HTML
    Export(super::export::Args),
    /// Compare two sessions of one questionnaire: changed answers, score changes, list items
    Compare(super::compare::Args),
    /// For each question, the spread of answers over many sessions of one questionnaire
    Report(super::report::Args),
    /// Check questionnaire files and print every problem; exit 1 if there is any
    Validate(super::validate::Args),
    /// Bring a session moved to the trash back (the last one moved under this id)
    Restore(super::restore::Args),
    /// Translate a questionnaire: its texts out to a gettext PO file, and back
    Translate {
        /// Export or import
        #[command(subcommand)]
        action: super::translate::Args,
    },
    /// Make a questionnaire of an XLSForm (KoboToolbox, ODK)
    Import(super::import::Args),
    /// Send finished sessions to the team's ODK Central: each built once and sent as the same
    /// bytes on every try; a session changed since it was sent goes as a new version
    Send(super::send::Args),
    /// Put a questionnaire's form on the team's ODK Central project, or its new version, and
    /// give it to the project's app users (staff: waypost team login first)
    Publish(super::publish::Args),
    /// Bring the team's sessions from its ODK Central into this laptop's data folder, each
    /// read-only beside this laptop's own (staff: waypost team login first)
    Pull(super::pull::Args),
    /// A team on ODK Central: join it with this laptop's settings URL, see where things stand,
    /// leave it; staff log in and out
    Team {
        /// Join, status or leave
        #[command(subcommand)]
        action: super::team::Args,
    },
    /// The agenda of a workshop: each section's planned minutes and start; for a session, the
    /// time spent against the plan
    Agenda(super::agenda::Args),
    /// Follow a session live, read-only, for the room to see: the question shown, its choices,
    /// the answer and the votes (for the projector)
    Present {
        /// The session's id, the start of it, or its UUID
        session: String,
        /// Show every answer, those the questionnaire keeps off the projector included
        #[arg(long)]
        show_all: bool,
    },
    /// Write a questionnaire as a form for other tools
    ExportForm(super::import::FormArgs),
    /// Print a shell completion script
    Completions(super::completions::Args),
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
