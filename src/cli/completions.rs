//! `waypost completions SHELL`: a completion script for the shell.

use color_eyre::eyre;

use super::command_line;
use super::output;
use crate::setup::outcome::Done;

/// The arguments of `waypost completions`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The shell
    pub(crate) shell: clap_complete::Shell,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self) -> eyre::Result<Done> {
        run(self.shell)
    }
}

/// Prints the completion script.
pub(crate) fn run(shell: clap_complete::Shell) -> eyre::Result<Done> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command_line::localised(), "waypost", &mut script);
    output::stdout(&script)?;
    Ok(Done::Ok)
}
