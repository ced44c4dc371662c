//! The interface language: `--language` where a command takes it, else `WAYPOST_LANG`, else the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A language waypost does not speak yet
//! falls through to the next source (one asked for before the command is said: see `lib.rs`).

/// The value of the interface's `--language` (the one given before any command) on a command
/// line clap has not read yet: the help and clap's errors are said in it.
pub(crate) fn from_command_line(args: &[std::ffi::OsString]) -> Option<String> {
    // The options before the command that take a value: a word after one of them is no command.
    const VALUED: [&str; 4] = ["--data-dir", "--questionnaires", "--theme", "--language"];
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--language" {
            return words.next().map(std::borrow::Cow::into_owned);
        }
        if let Some(value) = word.strip_prefix("--language=") {
            return Some(value.to_owned());
        }
        if VALUED.contains(&word.as_ref()) {
            words.next();
        } else if !word.starts_with('-') {
            return None;
        }
    }
    None
}

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

#[cfg(test)]
mod tests {
    use super::from_command_line;

    fn asked(words: &[&str]) -> Option<String> {
        let args: Vec<std::ffi::OsString> =
            std::iter::once("waypost").chain(words.iter().copied()).map(Into::into).collect();
        from_command_line(&args)
    }

    #[test]
    fn the_interface_language_is_read_before_the_command_and_only_there() {
        assert_eq!(asked(&["--language", "pt-BR"]).as_deref(), Some("pt-BR"));
        assert_eq!(asked(&["--plain", "--language=es", "list"]).as_deref(), Some("es"));
        assert_eq!(asked(&["--data-dir", "new", "--language", "es"]).as_deref(), Some("es"), "a folder named new");
        assert_eq!(asked(&["new", "x", "--language", "es"]), None, "the interview's language is the command's");
        assert_eq!(asked(&["translate", "export", "x", "--language", "fr"]), None);
        assert_eq!(asked(&[]), None);
    }
}
