//! `waypost completions SHELL`: a completion script for the shell.

use color_eyre::eyre;

use super::command_line;
use super::output;
use crate::setup::outcome::Done;

/// Prints the completion script.
pub(crate) fn run(shell: clap_complete::Shell) -> eyre::Result<Done> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command_line::localised(), "waypost", &mut script);
    output::stdout(&script)?;
    Ok(Done::Ok)
}
