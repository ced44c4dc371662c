//! `waypost validate`: every problem of every file, each with its file and place.

use std::path::PathBuf;

use waypost_core::questionnaire::catalog::{BUILT_IN, read_file, read_folder};
use waypost_core::questionnaire::{Parsed, parse_built_in};
use waypost_core::text::line;

use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;
use color_eyre::eyre;

/// The arguments of `waypost validate`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Files or folders to check [default: every questionnaire waypost knows]
    pub(crate) paths: Vec<PathBuf>,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        Ok(run(ctx, &self.paths))
    }
}

/// Checks the given files and folders, or every questionnaire known; exit 1 on any problem.
pub(crate) fn run(ctx: &Context, paths: &[PathBuf]) -> Done {
    let mut checked: Vec<(String, Parsed)> = Vec::new();
    let add_folder = |checked: &mut Vec<(String, Parsed)>, dir: &PathBuf| {
        checked.extend(read_folder(dir).into_iter().map(|(path, parsed)| (path.display().to_string(), parsed)));
    };
    if paths.is_empty() {
        for (name, text) in BUILT_IN {
            checked.push((format!("questionnaires/{name} (built-in)"), parse_built_in(text.as_bytes())));
        }
        for dir in &ctx.folders {
            add_folder(&mut checked, dir);
        }
    } else {
        for path in paths {
            if path.is_dir() {
                add_folder(&mut checked, path);
            } else {
                checked.push((path.display().to_string(), read_file(path)));
            }
        }
    }
    let (mut errors, mut warnings, mut bad_files) = (0, 0, 0);
    let mut out = String::new();
    for (file, parsed) in &checked {
        let file = line(file);
        if parsed.problems.is_empty() {
            out.push_str(&msg::file_ok(&file));
            out.push('\n');
            continue;
        }
        bad_files += 1;
        for problem in &parsed.problems {
            if problem.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
            out.push_str(&line(&problem.in_file(&file)));
            out.push('\n');
        }
    }
    // A closed pipe only cuts the listing short; the exit code still tells the result.
    let _ = output::stdout(out.as_bytes());
    output::note(&msg::checked(checked.len(), bad_files, errors, warnings));
    if bad_files > 0 { Done::Problems } else { Done::Ok }
}
