//! The command line: each command a thin shell over the core.

pub mod args;
pub mod context;
pub mod listing;
mod validate;

use std::io::Write;

use clap::CommandFactory;
use waypost::report;
use waypost::store::write_atomic;
use waypost::text::line;

use args::{Cli, Command, ExportFormat};
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
            let catalog = ctx.catalog();
            let (session, entry) = ctx.session(&catalog, &session)?;
            let q = &entry.questionnaire;
            let bytes = match format {
                ExportFormat::Json => {
                    let mut b = serde_json::to_vec_pretty(&session).map_err(|e| Failure::new(e.to_string()))?;
                    b.push(b'\n');
                    b
                }
                ExportFormat::Md => report::markdown(q, &session).into_bytes(),
                ExportFormat::Csv => report::csv(q, &session).map_err(|e| Failure::new(e.to_string()))?,
            };
            match output {
                Some(path) => {
                    write_atomic(&path, &bytes, None)
                        .map_err(|e| Failure::new(format!("{}: {e}", line(&path.display().to_string()))))?;
                    eprintln!("waypost: wrote {}", line(&path.display().to_string()));
                }
                None => {
                    std::io::stdout().write_all(&bytes).map_err(|e| Failure::new(e.to_string()))?;
                }
            }
            Ok(Done::Ok)
        }
        Some(Command::Validate { paths }) => Ok(validate::run(&ctx, &paths)),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "waypost", &mut std::io::stdout());
            Ok(Done::Ok)
        }
    }
}
