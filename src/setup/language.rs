//! The interface language: `--language` where a command takes it, else `WAYPOST_LANG`, else the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A language waypost does not speak yet
//! falls through to the next source (one asked for before the command is said: see `lib.rs`); the command line is read by
//! `cli::command_line`.

/// Chooses the interface language and sets it for the thread the app runs on.
pub(crate) fn choose(from_command: Option<&str>) -> &'static str {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let wanted = from_command
        .map(str::to_owned)
        .into_iter()
        .chain(["WAYPOST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"].into_iter().filter_map(env));
    let language = wanted.filter_map(|w| waypost_core::i18n::supported(&w)).next().unwrap_or("en");
    waypost_core::i18n::set_language(language);
    language
}
