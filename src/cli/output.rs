//! Where a command's output goes: standard output (a closed pipe ends the command quietly, as
//! an error `main` treats as success) or a private file written atomically.

use std::io::Write;
use std::path::Path;

use color_eyre::eyre::{self, WrapErr};
use waypost_core::store::write_atomic;
use waypost_core::text::line;

use super::messages as msg;

/// Writes bytes to standard output.
pub fn stdout(bytes: &[u8]) -> eyre::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|()| out.flush()).wrap_err(msg::cannot_write_output())
}

/// Writes a report to a file (private, atomically) or, without one, to standard output.
pub fn emit(bytes: &[u8], output: Option<&Path>) -> eyre::Result<()> {
    match output {
        Some(path) => {
            let name = line(&path.display().to_string()).into_owned();
            write_atomic(path, bytes, None).wrap_err_with(|| name.clone())?;
            note(&msg::wrote(&name));
            Ok(())
        }
        None => stdout(bytes),
    }
}

/// Says something on standard error, cleaned for the terminal.
pub fn note(text: &str) {
    // Nothing is left to tell when standard error itself is closed.
    let _ = writeln!(std::io::stderr(), "waypost: {}", line(text));
}
