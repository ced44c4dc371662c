//! Where a command's output goes: standard output (a closed pipe ends the command quietly, as
//! an error `main` treats as success) or a private file written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use color_eyre::eyre::{self, WrapErr};
use waypost_core::report::document::{Document, Format};
use waypost_core::store::write_export;

use crate::setup::context::Context;
use waypost_core::text::line;

use super::messages as msg;

/// Where a command writes its document: `-o FILE`, or standard output (without it, or `-o -`).
#[derive(clap::Args, Debug)]
pub(crate) struct To {
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

/// The same, for a command that can write CSV for Excel too.
#[derive(clap::Args, Debug)]
pub(crate) struct ToTable {
    /// Where it goes.
    #[command(flatten)]
    pub(crate) to: To,
    /// With --format csv: start with a UTF-8 byte-order mark, so Excel on Windows shows
    /// accents and € right
    #[arg(long)]
    pub(crate) excel: bool,
}

/// Writes bytes to standard output: as they are to a pipe or a file; to a terminal, with every
/// control character a file could hold (an escape sequence, C1, a bidirectional control) shown
/// as a visible stand-in, so a document printed on screen can never act on the terminal.
pub(super) fn stdout(bytes: &[u8]) -> eyre::Result<()> {
    use std::io::IsTerminal;
    let mut out = std::io::stdout().lock();
    let shown;
    let bytes = if out.is_terminal() {
        shown = waypost_core::text::block(&String::from_utf8_lossy(bytes)).into_owned();
        shown.as_bytes()
    } else {
        bytes
    };
    out.write_all(bytes).and_then(|()| out.flush()).wrap_err(msg::cannot_write_output())
}

/// Whether `-o` names standard output (`-o -`), as in most command-line tools.
pub(super) fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// Writes a document in `format` where `output` says (see [`emit`]).
pub(super) fn document(
    ctx: &Context,
    document: &Document<'_>,
    format: Format,
    output: Option<&Path>,
    excel: bool,
) -> eyre::Result<()> {
    let bytes = document.bytes(format, excel).wrap_err(msg::cannot_write_output())?;
    emit(ctx, &bytes, output, &document.file_name(format))
}

/// Writes a report to a file (private, atomically; a folder gets `default_name` inside it) or,
/// without one or with `-`, to standard output.
pub(super) fn emit(ctx: &Context, bytes: &[u8], output: Option<&Path>, default_name: &str) -> eyre::Result<()> {
    match output.filter(|path| !is_stdout(path)) {
        Some(path) => {
            let written = write_export(path, default_name, Some(&ctx.store.sessions_dir()), bytes)
                .wrap_err_with(|| msg::cannot_write_to(&line(&path.display().to_string())))?;
            note(&msg::wrote(&written.display().to_string()));
            Ok(())
        }
        None => stdout(bytes),
    }
}

/// A value as pretty JSON ending in a newline, with DEL, C1 and bidirectional controls escaped
/// as `\uXXXX` (the same data, and nothing a terminal acts on).
pub(super) fn json(value: &impl serde::Serialize) -> eyre::Result<String> {
    waypost_core::report::document::json(value).wrap_err(msg::cannot_write_output())
}

/// Says a line on standard output, cleaned for the terminal.
pub(super) fn say(text: &str) -> eyre::Result<()> {
    stdout(format!("{}\n", line(text)).as_bytes())
}

/// Says something on standard error, cleaned for the terminal.
pub(super) fn note(text: &str) {
    // Nothing is left to tell when standard error itself is closed.
    let _ = writeln!(std::io::stderr(), "waypost: {}", line(text));
}

/// A secret from the environment variable `env` (for scripts), else typed on the terminal
/// without echo after `prompt`; `missing` is the error when neither gives one.
pub(super) fn secret(env: &str, prompt: &str, missing: &str) -> eyre::Result<String> {
    match std::env::var(env) {
        Ok(secret) if !secret.is_empty() => Ok(secret),
        _ => {
            eprint!("{prompt}");
            rpassword::read_password().ok().filter(|s| !s.is_empty()).ok_or_else(|| eyre::eyre!(missing.to_owned()))
        }
    }
}
