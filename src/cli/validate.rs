//! `waypost validate`: every problem of every file, each with its file and place.

use std::path::{Path, PathBuf};

use crate::questionnaire::catalog::{BUILT_IN, json_files, read_file};
use crate::questionnaire::{Parsed, Problem, parse};
use crate::text::line;

use super::Done;
use super::context::Context;

/// One problem as printed: `FILE:LINE:COLUMN: message` or `FILE: json.path: message`.
pub fn format_problem(file: &str, problem: &Problem) -> String {
    let file = line(file);
    let is_position = problem.place.split(':').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let text = line(&problem.to_string()).into_owned();
    if is_position && !problem.place.is_empty() { format!("{file}:{text}") } else { format!("{file}: {text}") }
}

/// Checks the given files and folders, or every questionnaire known; exit 1 on any problem.
pub fn run(ctx: &Context, paths: &[PathBuf]) -> Done {
    let mut checked: Vec<(String, Parsed)> = Vec::new();
    if paths.is_empty() {
        for (name, text) in BUILT_IN {
            checked.push((format!("questionnaires/{name} (built-in)"), parse(text.as_bytes())));
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
    for (file, parsed) in &checked {
        if parsed.problems.is_empty() {
            println!("{}: ok", line(file));
            continue;
        }
        bad_files += 1;
        for problem in &parsed.problems {
            if problem.is_error() {
                errors += 1
            } else {
                warnings += 1
            }
            println!("{}", format_problem(file, problem));
        }
    }
    eprintln!(
        "{} file{} checked: {bad_files} with problems ({errors} error{}, {warnings} warning{})",
        checked.len(),
        plural(checked.len()),
        plural(errors),
        plural(warnings)
    );
    if bad_files > 0 { Done::Problems } else { Done::Ok }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn add_folder(checked: &mut Vec<(String, Parsed)>, dir: &Path) {
    match json_files(dir) {
        Ok(files) => checked.extend(files.into_iter().map(|f| (f.display().to_string(), read_file(&f)))),
        Err(err) => checked.push((
            dir.display().to_string(),
            Parsed {
                questionnaire: None,
                problems: vec![Problem::error("", format!("cannot read the folder: {err}"))],
            },
        )),
    }
}
