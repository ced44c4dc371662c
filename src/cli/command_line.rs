//! The command line in the user's language. clap reads it; the catalogue (`locales/*/usage.ftl`)
//! says it: every command's and argument's help, the headings, the placeholders and the usage
//! errors. waypost prints help and errors itself, as plain text cleaned for the terminal, because
//! clap's texts are English and its errors echo a mistyped argument's bytes as they came.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches};
use waypost_core::text::line;
use waypost_core::tr;

use super::args::Cli;

/// Reads the command line; when it asked for help or the version, or could not be read, says
/// so and gives the exit code (0 for help and version, 2 for a usage error).
pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, ExitCode> {
    let args: Vec<OsString> = args.into_iter().collect();
    let mut command = localised();
    command.try_get_matches_from_mut(&args).and_then(|matches| Cli::from_arg_matches(&matches)).map_err(|err| {
        let path = addressed(&command, &args);
        report_at(&err, &mut command, &path)
    })
}

/// The value of the interface's `--language` (the one given before any command) on a command
/// line clap has not read yet, so the help and clap's errors are said in it. A word after an
/// option of the root that takes a value is that value, never the command.
pub(crate) fn interface_language(args: &[OsString]) -> Option<String> {
    let mut root = Cli::command();
    root.build();
    let valued: Vec<String> =
        root.get_arguments().filter(|a| takes_values(a)).filter_map(Arg::get_long).map(|l| format!("--{l}")).collect();
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--language" {
            return words.next().map(std::borrow::Cow::into_owned);
        }
        if let Some(value) = word.strip_prefix("--language=") {
            return Some(value.to_owned());
        }
        if valued.iter().any(|v| *v == word) {
            words.next();
        } else if !word.starts_with('-') {
            return None;
        }
    }
    None
}

/// The whole command tree with its texts in the interface language.
pub(crate) fn localised() -> Command {
    let mut command = Cli::command();
    // Built first, so the help and version flags and the `help` command clap adds are there to
    // be translated too.
    command.build();
    localise(command, "")
}

/// One command and everything under it; `path` names it in message ids (`translate-export`).
fn localise(command: Command, path: &str) -> Command {
    let key = key(path);
    let key = key.as_str();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-heading-usage")
    );
    let children: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_owned()).collect();
    let mut command = command
        .about(tr!(&about_id(key)))
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"))
        .mut_args(|arg| localise_arg(arg, key));
    for child in children {
        let child_path = child_path(path, &child);
        command = command.mut_subcommand(&child, |c| localise(c, &child_path));
    }
    command
}

/// The path of a command's subcommand.
fn child_path(path: &str, child: &str) -> String {
    if path.is_empty() { child.to_owned() } else { format!("{path}-{child}") }
}

/// The path message ids use: clap's `help` command is one wherever it appears, and the copies
/// of the tree clap puts under it (for completion) take their original's texts.
fn key(path: &str) -> String {
    let parts: Vec<&str> = path.split('-').filter(|p| !p.is_empty()).collect();
    match parts.last() {
        Some(&"help") => "help".to_owned(),
        _ => parts.into_iter().filter(|p| *p != "help").collect::<Vec<_>>().join("-"),
    }
}

/// The message id of a command's description.
fn about_id(key: &str) -> String {
    if key.is_empty() { "cli-about".to_owned() } else { format!("cli-about-{key}") }
}

/// The message id of an argument's help: global ones are the same under every command.
fn help_id(arg: &Arg, key: &str) -> String {
    let id = arg.get_id().as_str();
    match id {
        "help" | "version" => format!("cli-arg-{id}"),
        _ if arg.is_global_set() || key.is_empty() => format!("cli-arg-{id}"),
        _ => format!("cli-arg-{key}-{id}"),
    }
}

/// An argument's help, heading and placeholder. What clap would append in English (default,
/// environment variable, possible values) is said in the help text itself; the options every
/// command shares come after the command's own.
fn localise_arg(arg: Arg, key: &str) -> Arg {
    let help = help_id(&arg, key);
    let heading = if arg.is_positional() { "cli-heading-arguments" } else { "cli-heading-options" };
    let placeholder = placeholder_id(&arg);
    let shared = arg.is_global_set() && !key.is_empty();
    let arg = arg
        .help(tr!(&help))
        .long_help(None)
        .help_heading(tr!(heading))
        .hide_default_value(true)
        .hide_env(true)
        .hide_possible_values(true);
    let arg = if shared { arg.display_order(1000) } else { arg };
    match placeholder {
        Some(id) => arg.value_name(tr!(&id)),
        None => arg,
    }
}

/// The message id of the placeholder of an argument's value (`cli-value-file` for `FILE`), for
/// an argument that takes one.
fn placeholder_id(arg: &Arg) -> Option<String> {
    let placeholder = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().as_str().to_owned(), |name| name.as_str().to_owned())
        .to_lowercase();
    takes_values(arg).then(|| format!("cli-value-{placeholder}"))
}

/// The names of the commands the words on the command line lead to (`translate`, `export`),
/// for the usage an error shows; an option's value is not a command.
fn addressed(command: &Command, args: &[OsString]) -> Vec<String> {
    let mut path = Vec::new();
    let mut current = command;
    let mut is_value = false;
    for word in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if std::mem::take(&mut is_value) {
            continue;
        }
        let option = |arg: &Arg| match (word.strip_prefix("--"), word.strip_prefix('-')) {
            (Some(long), _) => arg.get_long() == Some(long),
            (None, Some(short)) => short.chars().eq(arg.get_short()),
            _ => false,
        };
        if word.starts_with('-') {
            is_value = current.get_arguments().any(|arg| option(arg) && takes_values(arg));
        } else if let Some(sub) = current.find_subcommand(word) {
            path.push(word.to_owned());
            current = sub;
        }
    }
    path
}

/// Whether an argument is followed by a value.
fn takes_values(arg: &Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

/// [`report`] with the usage of the command `path` names.
fn report_at(err: &clap::Error, command: &mut Command, path: &[String]) -> ExitCode {
    if let Some((first, rest)) = path.split_first()
        && let Some(sub) = command.find_subcommand_mut(first)
    {
        return report_at(err, sub, rest);
    }
    report(err, command)
}

/// Says what clap found (help, the version, or a usage error) and gives the exit code.
fn report(err: &clap::Error, command: &mut Command) -> ExitCode {
    // Standard output or error being closed leaves nothing to tell.
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = write!(std::io::stdout(), "{}", rendered(err));
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = write!(std::io::stderr(), "{}", rendered(err));
            ExitCode::from(2)
        }
        _ => {
            let said = tr!("cli-error", message = problem(err));
            let usage = command.render_usage().to_string();
            let usage = placeholders(usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim());
            let name = command.get_bin_name().unwrap_or("waypost");
            let more = tr!("cli-more-help", command = format!("'{name} --help'"));
            let _ = writeln!(std::io::stderr(), "waypost: {said}\n\n{}: {usage}\n\n{more}", tr!("cli-heading-usage"));
            ExitCode::from(2)
        }
    }
}

/// Help or version text as clap laid it out, plain, with its one fixed English word translated.
fn rendered(err: &clap::Error) -> String {
    placeholders(&err.render().to_string())
}

/// clap writes `[OPTIONS]` in usage lines whatever the language.
fn placeholders(text: &str) -> String {
    text.replace("[OPTIONS]", &format!("[{}]", tr!("cli-options")))
}

/// The usage error in the interface language, every part of the command line in it cleaned.
fn problem(err: &clap::Error) -> String {
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(line(s).into_owned()),
        Some(ContextValue::Strings(list)) => {
            Some(list.iter().map(|s| line(s).into_owned()).collect::<Vec<_>>().join(", "))
        }
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let said = match err.kind() {
        ErrorKind::UnknownArgument => tr!("cli-bad-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            tr!("cli-bad-command", command = text(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::InvalidValue if value.is_empty() => tr!("cli-bad-value-missing", arg = arg),
        ErrorKind::InvalidValue => {
            tr!("cli-bad-value", value = value, arg = arg, values = text(ContextKind::ValidValue).unwrap_or_default())
        }
        ErrorKind::ValueValidation => tr!("cli-bad-invalid", value = value, arg = arg),
        ErrorKind::MissingRequiredArgument => tr!("cli-bad-missing", args = arg),
        ErrorKind::ArgumentConflict => {
            tr!("cli-bad-conflict", arg = arg, other = text(ContextKind::PriorArg).unwrap_or_default())
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            tr!("cli-bad-argument", arg = if value.is_empty() { arg } else { value })
        }
        _ => tr!("cli-bad-other"),
    };
    let suggestion = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue]
        .into_iter()
        .find_map(text);
    match suggestion {
        Some(suggestion) => format!("{said}; {}", tr!("cli-did-you-mean", suggestion = suggestion)),
        None => said,
    }
}

#[cfg(test)]
mod tests {
    fn asked(words: &[&str]) -> Option<String> {
        let args: Vec<std::ffi::OsString> =
            std::iter::once("waypost").chain(words.iter().copied()).map(Into::into).collect();
        super::interface_language(&args)
    }

    #[test]
    fn the_interface_language_is_read_before_the_command_and_only_there() {
        assert_eq!(asked(&["--language", "pt-BR"]).as_deref(), Some("pt-BR"));
        assert_eq!(asked(&["--plain", "--language=es", "list"]).as_deref(), Some("es"));
        assert_eq!(asked(&["--data-dir", "new", "--language", "es"]).as_deref(), Some("es"), "a folder named new");
        assert_eq!(asked(&["--theme", "new", "--language", "es"]).as_deref(), Some("es"));
        assert_eq!(asked(&["new", "x", "--language", "es"]), None, "the interview's language is the command's");
        assert_eq!(asked(&["translate", "export", "x", "--language", "fr"]), None);
        assert_eq!(asked(&[]), None);
    }

    use super::*;

    /// The message ids of every command's and argument's text.
    fn texts(command: &Command, path: &str, out: &mut Vec<String>) {
        out.push(about_id(&key(path)));
        out.extend(command.get_arguments().map(|arg| help_id(arg, &key(path))));
        out.extend(command.get_arguments().filter_map(placeholder_id));
        for child in command.get_subcommands() {
            texts(child, &child_path(path, child.get_name()), out);
        }
    }

    #[test]
    fn the_command_line_is_consistent_by_clap_s_own_check() {
        // Duplicate names, defaults outside the possible values, conflicts with missing args.
        Cli::command().debug_assert();
        localised().debug_assert();
    }

    #[test]
    fn every_command_and_argument_has_its_text_in_every_language() {
        let mut command = Cli::command();
        command.build();
        let mut ids = Vec::new();
        texts(&command, "", &mut ids);
        assert!(ids.len() > 50, "{ids:?}");
        for language in waypost_core::i18n::LANGUAGES {
            for id in &ids {
                let said = waypost_core::i18n::message_in(language, id, &[]);
                assert_ne!(&said, id, "{language} has no {id}");
            }
        }
    }

    #[test]
    fn spanish_help_has_no_english_left() {
        waypost_core::i18n::set_language("es");
        for args in [vec!["waypost", "--help"], vec!["waypost", "export", "--help"], vec!["waypost", "translate", "-h"]]
        {
            let err = localised().try_get_matches_from(args.clone()).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::DisplayHelp);
            let help = rendered(&err);
            for english in
                ["Usage", "Options", "Arguments", "Commands", "Print", "[default", "[env", "possible values", "OPTIONS"]
            {
                assert!(!help.contains(english), "{args:?} says {english}:\n{help}");
            }
            assert!(help.contains("Uso: waypost"), "{help}");
        }
        waypost_core::i18n::set_language("en");
    }

    #[test]
    fn a_usage_error_is_said_in_the_language_with_the_argument_cleaned() {
        waypost_core::i18n::set_language("es");
        let err = localised().try_get_matches_from(["waypost", "show", "a", "--jsn\u{1b}[31m"]).unwrap_err();
        let said = problem(&err);
        assert!(said.starts_with("argumento inesperado"), "{said}");
        assert!(!said.contains('\u{1b}'), "{said:?}");
        let err = localised().try_get_matches_from(["waypost", "export", "a", "--format", "pdf"]).unwrap_err();
        assert_eq!(problem(&err), "\"pdf\" no es uno de los valores de \"--format <FORMATO>\": json, md, csv, html");
        let err = localised().try_get_matches_from(["waypost", "shw"]).unwrap_err();
        assert_eq!(problem(&err), "comando desconocido \"shw\"; ¿quiso decir \"show\"?");
        waypost_core::i18n::set_language("en");
    }
}
