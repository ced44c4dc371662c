//! The command line: each command a thin shell over the core, one module per command. The
//! interactive commands (`new`, `resume`, and no command) belong to the plain and full-screen
//! shells; `main` hands them there.

mod agenda;
pub mod args;
pub mod command_line;
mod compare;
mod completions;
mod export;
mod import;
mod list;
pub mod messages;
mod output;
mod questionnaires;
mod report;
mod restore;
mod show;
mod translate;
mod validate;

use color_eyre::eyre;
use waypost_core::lifecycle::{self, Opened};

use crate::setup::context::Context;
use crate::setup::outcome::Done;
use args::{Command, TranslateCommand};

/// Runs a command that is not an interview.
pub fn run(ctx: &Context, command: Command) -> eyre::Result<Done> {
    match command {
        Command::Questionnaires => questionnaires::run(ctx),
        Command::List { questionnaire, status, json } => list::run(ctx, questionnaire.as_deref(), status, json),
        Command::Show { session, json } => show::run(ctx, &session, json),
        Command::Export { session, format, output, excel } => {
            export::run(ctx, &session, format, output.as_deref(), excel)
        }
        Command::Compare { before, after, format, output } => {
            compare::run(ctx, &before, &after, format, output.as_deref())
        }
        Command::Agenda { id, format, output } => agenda::run(ctx, &id, format, output.as_deref()),
        Command::Import { form, output, force } => import::run(ctx, &form, output.as_deref(), force),
        Command::ExportForm { questionnaire, format: _, output } => import::export_form(ctx, &questionnaire, &output),
        Command::Report { questionnaire, organisation, format, output, excel } => {
            report::run(ctx, &questionnaire, organisation.as_deref(), format, output.as_deref(), excel)
        }
        Command::Validate { paths } => Ok(validate::run(ctx, &paths)),
        Command::Restore { session } => restore::run(ctx, &session),
        Command::Translate { action: TranslateCommand::Export { questionnaire, language, output } } => {
            translate::export(ctx, &questionnaire, &language, output.as_deref())
        }
        Command::Translate { action: TranslateCommand::Import { file, output } } => {
            translate::import(ctx, &file, output.as_deref())
        }
        Command::Completions { shell } => completions::run(shell),
        Command::New { .. } | Command::Resume { .. } | Command::Present { .. } => Ok(Done::Problems),
    }
}

/// Opens a session read-only with its questionnaire, noting a changed questionnaire version.
fn open(ctx: &Context, id: &str) -> eyre::Result<Opened> {
    let opened = lifecycle::open(&ctx.store, &ctx.catalog(), id)?;
    if let Some(started) = opened.started_with_other_version() {
        let s = &opened.session;
        output::note(&messages::other_version(&s.id, &s.questionnaire.id, started, &opened.questionnaire.version));
    }
    Ok(opened)
}
