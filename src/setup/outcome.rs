//! How a run of `waypost` ends: the exit code, and the one place an error is printed.
//!
//! Shells return [`eyre::Result<Done>`](color_eyre::eyre::Result); `main` hands it to
//! [`exit_code`]. Exit codes: 0 ok, 1 bad input or a failure (the message says which), 2 usage
//! (clap's own). A closed pipe (`waypost list | head`) is success, as in ripgrep.

use std::io::Write;
use std::process::ExitCode;

use color_eyre::eyre;
use waypost_core::text::line;

/// What a shell tells `main` when it finished without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Done {
    /// Exit 0.
    Ok,
    /// Exit 1 without a further message: the command printed its own report of problems.
    Problems,
    /// Ended by this signal after saving: exit 128 + the signal's number, as shells expect.
    Signal(i32),
}

/// Whether the error comes from writing to a pipe whose reader has gone.
fn is_broken_pipe(err: &eyre::Report) -> bool {
    err.chain()
        .any(|cause| cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}

/// The exit code for a run's result; an error is printed once, with its causes, on one line each
/// cleaned of anything a terminal would act on.
pub(crate) fn exit_code(result: eyre::Result<Done>) -> ExitCode {
    match result {
        Ok(Done::Ok) => ExitCode::SUCCESS,
        Ok(Done::Problems) => ExitCode::from(1),
        Ok(Done::Signal(n)) => ExitCode::from(u8::try_from(128 + n).unwrap_or(u8::MAX)),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // Causes a message already quotes (an error that shows its source) are not repeated.
            let mut text: Vec<String> = Vec::new();
            for cause in err.chain() {
                let cause = line(&cause.to_string()).into_owned();
                if !text.last().is_some_and(|said| said.contains(&cause)) {
                    text.push(cause);
                }
            }
            let said = waypost_core::tr!("cli-error", message = text.join(": "));
            let _ = writeln!(std::io::stderr(), "waypost: {said}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_success_and_other_errors_are_one() {
        let pipe = eyre::Report::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe)).wrap_err("listing");
        assert_eq!(exit_code(Err(pipe)), ExitCode::SUCCESS);
        assert_eq!(exit_code(Err(eyre::eyre!("bad"))), ExitCode::from(1));
        assert_eq!(exit_code(Ok(Done::Problems)), ExitCode::from(1));
    }
}
