//! The `waypost` binary: the command line and the terminal UI of the library.

use std::process::ExitCode;

use clap::Parser;
use waypost::cli;

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
