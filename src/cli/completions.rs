//! `waypost completions SHELL`: a completion script for the shell.

use clap::CommandFactory;
use color_eyre::eyre;

use super::args::Cli;
use super::output;
use crate::setup::outcome::Done;

/// Prints the completion script.
pub fn run(shell: clap_complete::Shell) -> eyre::Result<Done> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "waypost", &mut script);
    output::stdout(&script)?;
    Ok(Done::Ok)
}
