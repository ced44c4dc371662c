//! The `waypost` binary: the command line and the terminal UI over the core library.

mod cli;
mod tui;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let parsed = cli::args::Cli::parse();
    match cli::run(parsed) {
        Ok(cli::Done::Ok) => ExitCode::SUCCESS,
        Ok(cli::Done::Problems) => ExitCode::from(1),
        Err(cli::Failure(message)) => {
            eprintln!("waypost: error: {message}");
            ExitCode::from(1)
        }
    }
}
