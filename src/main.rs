//! The `waypost` binary: reads the command line, hands an interview to the plain or full-screen
//! shell and every other command to the command-line shell, and turns the result into an exit
//! code (0 ok, 1 bad input, 2 usage; a closed pipe is 0).

use std::process::ExitCode;

use clap::Parser;
use color_eyre::eyre::{self, bail};
use waypost::cli::args::{Cli, Command};
use waypost::setup::context::Context;
use waypost::setup::outcome::{Done, exit_code};
use waypost::{cli, plain, tui};
use waypost_core::lifecycle::NewSession;
use waypost_core::session::Subject;

fn main() -> ExitCode {
    exit_code(run(Cli::parse()))
}

fn run(args: Cli) -> eyre::Result<Done> {
    let ctx = Context::new(args.data_dir, &args.questionnaire_dirs, args.theme)?;
    match args.command {
        None if args.plain => bail!(cli::messages::plain_needs_command()),
        None => tui::home(&ctx),
        Some(Command::New { questionnaire, organisation, facilitator, participants, language }) => {
            let subject = Subject {
                organisation: organisation.unwrap_or_default(),
                facilitator: facilitator.unwrap_or_default(),
                participants,
                extra: serde_json::Map::new(),
            };
            let new = NewSession { questionnaire, subject, language };
            if args.plain { plain::start(&ctx, new) } else { tui::start(&ctx, new) }
        }
        Some(Command::Resume { session }) if args.plain => plain::resume(&ctx, &session),
        Some(Command::Resume { session }) => tui::resume(&ctx, &session),
        Some(command) => cli::run(&ctx, command),
    }
}
