//! The command line: each command a thin shell over the core.

pub mod args;
pub mod context;
pub mod listing;
pub mod reports;
mod validate;

use crate::report;
use clap::CommandFactory;

use args::{Cli, Command};
use context::Context;

/// A command that failed because of its input (exit code 1), with the message to print.
#[derive(Debug)]
pub struct Failure(pub String);

impl Failure {
    /// A failure with this message.
    pub fn new(message: impl Into<String>) -> Failure {
        Failure(message.into())
    }
}

/// What `run` tells `main` to do when it is done.
pub enum Done {
    /// Exit 0.
    Ok,
    /// Exit 1 without a further message (the command printed its own report).
    Problems,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Done, Failure> {
    let ctx = Context::new(cli.data_dir.clone(), &cli.questionnaire_dirs)?;
    let ui = crate::tui::Options { theme: cli.theme, plain: cli.plain };
    match cli.command {
        None => crate::tui::home(&ctx, ui),
        Some(Command::New { questionnaire, organisation, facilitator, participants, language }) => {
            let start = crate::tui::Start { questionnaire, organisation, facilitator, participants, language };
            crate::tui::start(&ctx, ui, start)
        }
        Some(Command::Resume { session }) => crate::tui::resume(&ctx, ui, &session),
        Some(Command::Questionnaires) => {
            listing::print_questionnaires(&ctx.catalog());
            Ok(Done::Ok)
        }
        Some(Command::List { questionnaire, status, json }) => {
            let catalog = ctx.catalog();
            let rows = listing::rows(&ctx, &catalog, questionnaire.as_deref(), status)?;
            listing::print_rows(&rows, json)?;
            Ok(Done::Ok)
        }
        Some(Command::Show { session, json }) => {
            let catalog = ctx.catalog();
            let (session, entry) = ctx.session(&catalog, &session)?;
            if json {
                let summary = report::Summary::new(&entry.questionnaire, &session);
                println!("{}", serde_json::to_string_pretty(&summary).map_err(|e| Failure::new(e.to_string()))?);
            } else {
                print!("{}", report::summary_text(&entry.questionnaire, &session));
            }
            Ok(Done::Ok)
        }
        Some(Command::Export { session, format, output }) => {
            let bytes = reports::export(&ctx, &ctx.catalog(), &session, format)?;
            reports::emit(&bytes, output.as_deref())?;
            Ok(Done::Ok)
        }
        Some(Command::Compare { before, after, format, output }) => {
            let bytes = reports::compare_sessions(&ctx, &ctx.catalog(), &before, &after, format)?;
            reports::emit(&bytes, output.as_deref())?;
            Ok(Done::Ok)
        }
        Some(Command::Report { questionnaire, organisation, format, output }) => {
            let bytes = reports::aggregate(&ctx, &ctx.catalog(), &questionnaire, organisation.as_deref(), format)?;
            reports::emit(&bytes, output.as_deref())?;
            Ok(Done::Ok)
        }
        Some(Command::Validate { paths }) => Ok(validate::run(&ctx, &paths)),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "waypost", &mut std::io::stdout());
            Ok(Done::Ok)
        }
    }
}
