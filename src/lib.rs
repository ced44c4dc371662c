//! The `waypost` shells over [`waypost_core`]: the command line (`cli`), line-by-line mode
//! (`plain`) and the full-screen app (`tui`). No shell imports another; what they all need (the
//! data folder, the exit outcome, the theme choice) is in `setup`, and [`main`] hands each command
//! to its shell. The modules are private, so the compiler reports code nobody uses; benchmarks
//! drive the app through the few items exported here with the `bench` feature (they turn it on
//! for themselves; without it nothing is exported, and `unreachable_pub` is checked in the
//! builds that have it, as `cargo clippy --all-targets` does).
#![cfg_attr(not(feature = "bench"), allow(unreachable_pub))]

mod cli;
mod plain;
mod setup;
mod tui;

use std::io::Write;
use std::process::ExitCode;

use color_eyre::eyre::{self, bail};
use waypost_core::lifecycle::NewSession;
use waypost_core::session::Subject;

use cli::args::{Cli, Command};
use setup::context::Context;
use setup::outcome::{Done, exit_code};

#[cfg(not(feature = "bench"))]
use setup::ThemeChoice;
#[cfg(feature = "bench")]
pub use {
    setup::ThemeChoice, tui::action::Action, tui::app::App, tui::follow::Follower, tui::screens::present::Audience,
    tui::theme::Theme,
};

/// Runs `waypost` with the process's arguments; returns the exit code.
pub fn main() -> ExitCode {
    // Started by `waypost import` to read a workbook within limits: only that.
    if cli::workbook::is_reader() {
        return cli::workbook::reader();
    }
    // The help and usage errors speak the language asked for before the command, else the
    // environment's; `new --language` may change it for the interview below.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    setup::language::choose(cli::command_line::interface_language(&args).as_deref());
    match cli::command_line::parse(args) {
        Ok(args) => exit_code(run(args)),
        Err(code) => code,
    }
}

fn run(args: Cli) -> eyre::Result<Done> {
    let interview = match &args.command {
        Some(Command::New { language, .. }) => language.as_deref(),
        _ => None,
    };
    // Said before anything is asked, not after the facilitator typed a name.
    let given = [args.interface_language.as_deref(), interview];
    if let Some(language) = given.into_iter().flatten().find(|l| !waypost_core::i18n::is_language_tag(l)) {
        bail!(waypost_core::tr!("err-bad-language", language = waypost_core::text::line(language).into_owned()));
    }
    // The interface's own option first; else the interview's language is the interface's too.
    let using = setup::language::choose(args.interface_language.as_deref().or(interview));
    // One asked for by name that the interface does not speak is said, not passed over.
    if let Some(asked) = args.interface_language.as_deref().filter(|l| waypost_core::i18n::supported(l).is_none()) {
        let said = waypost_core::tr!(
            "err-language-not-spoken",
            language = asked,
            using = waypost_core::i18n::language_called(using)
        );
        let _ = writeln!(std::io::stderr(), "waypost: {}", waypost_core::text::line(&said));
    }
    // The projector's view is read from across a room: high contrast unless told otherwise.
    let theme = match (&args.command, args.theme) {
        (Some(Command::Present { .. }), None) => ThemeChoice::HighContrast,
        (_, theme) => theme.unwrap_or(ThemeChoice::Default),
    };
    let ctx = Context::new(args.data_dir, &args.questionnaire_dirs, theme)?;
    let done = command(&ctx, args.command, args.plain);
    // Whatever the command, files of the data folder it set aside are said, once each.
    ctx.report_set_aside();
    done
}

/// Runs one command.
fn command(ctx: &Context, command: Option<Command>, plain: bool) -> eyre::Result<Done> {
    match command {
        None if plain => bail!(cli::messages::plain_needs_command()),
        None => tui::home(ctx),
        Some(Command::New { questionnaire, organisation, facilitator, participants, language }) => {
            let subject = Subject {
                organisation: organisation.unwrap_or_default(),
                facilitator: facilitator.unwrap_or_default(),
                participants,
                extra: serde_json::Map::new(),
            };
            let new = NewSession { questionnaire, subject, language };
            if plain { plain::start(ctx, new) } else { tui::start(ctx, new) }
        }
        Some(Command::Resume { session }) if plain => plain::resume(ctx, &session),
        Some(Command::Resume { session }) => tui::resume(ctx, &session),
        Some(Command::Present { session, show_all }) => tui::present::run(ctx, &session, show_all),
        Some(Command::Questionnaires { json }) => cli::questionnaires::run(ctx, json),
        Some(Command::List(args)) => args.run(ctx),
        Some(Command::Show(args)) => args.run(ctx),
        Some(Command::Export(args)) => args.run(ctx),
        Some(Command::Compare(args)) => args.run(ctx),
        Some(Command::Agenda(args)) => args.run(ctx),
        Some(Command::Import(args)) => args.run(ctx),
        Some(Command::ExportForm(args)) => args.run(ctx),
        Some(Command::Report(args)) => args.run(ctx),
        Some(Command::Validate(args)) => args.run(ctx),
        Some(Command::Restore(args)) => args.run(ctx),
        Some(Command::Translate { action }) => action.run(ctx),
        Some(Command::Team { action }) => action.run(ctx),
        Some(Command::Send(args)) => args.run(ctx),
        Some(Command::Publish(args)) => args.run(ctx),
        Some(Command::Pull(args)) => args.run(ctx),
        Some(Command::Completions(args)) => args.run(),
    }
}
