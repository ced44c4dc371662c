//! The message catalogue: every text waypost shows of its own, in Project Fluent files, one
//! folder per language under `locales/`, embedded in the binary. Plurals follow each language's
//! rules (Fluent's `[one]` / `*[other]`). The interface language is chosen once per thread (the
//! app runs on one); a text missing in it falls back to English.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The interface's languages; the first is the fallback.
pub const LANGUAGES: &[&str] = &["en", "es", "pt-BR"];

/// The catalogue's files, by language.
const SOURCES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            include_str!("../../../locales/en/plain.ftl"),
            include_str!("../../../locales/en/cli.ftl"),
            include_str!("../../../locales/en/interview.ftl"),
            include_str!("../../../locales/en/keys.ftl"),
            include_str!("../../../locales/en/screens.ftl"),
            include_str!("../../../locales/en/sessions.ftl"),
            include_str!("../../../locales/en/checks.ftl"),
            include_str!("../../../locales/en/report.ftl"),
            include_str!("../../../locales/en/errors.ftl"),
            include_str!("../../../locales/en/usage.ftl"),
            include_str!("../../../locales/en/import.ftl"),
            include_str!("../../../locales/en/workshop.ftl"),
        ],
    ),
    (
        "es",
        &[
            include_str!("../../../locales/es/plain.ftl"),
            include_str!("../../../locales/es/cli.ftl"),
            include_str!("../../../locales/es/interview.ftl"),
            include_str!("../../../locales/es/keys.ftl"),
            include_str!("../../../locales/es/screens.ftl"),
            include_str!("../../../locales/es/sessions.ftl"),
            include_str!("../../../locales/es/checks.ftl"),
            include_str!("../../../locales/es/report.ftl"),
            include_str!("../../../locales/es/errors.ftl"),
            include_str!("../../../locales/es/usage.ftl"),
            include_str!("../../../locales/es/import.ftl"),
            include_str!("../../../locales/es/workshop.ftl"),
        ],
    ),
    (
        "pt-BR",
        &[
            include_str!("../../../locales/pt-BR/plain.ftl"),
            include_str!("../../../locales/pt-BR/cli.ftl"),
            include_str!("../../../locales/pt-BR/interview.ftl"),
            include_str!("../../../locales/pt-BR/keys.ftl"),
            include_str!("../../../locales/pt-BR/screens.ftl"),
            include_str!("../../../locales/pt-BR/sessions.ftl"),
            include_str!("../../../locales/pt-BR/checks.ftl"),
            include_str!("../../../locales/pt-BR/report.ftl"),
            include_str!("../../../locales/pt-BR/errors.ftl"),
            include_str!("../../../locales/pt-BR/usage.ftl"),
            include_str!("../../../locales/pt-BR/import.ftl"),
            include_str!("../../../locales/pt-BR/workshop.ftl"),
        ],
    ),
];

/// One bundle per language, built at first use.
fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, files)| {
                let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No bidi isolation marks around arguments: the terminal shows them as stray
                // characters, and cleaning removes them anyway.
                bundle.set_use_isolating(false);
                for text in *files {
                    // A broken file is a build defect, caught by the catalogue's tests; what
                    // parses is kept.
                    let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect()
    })
}

thread_local! {
    static LANGUAGE: Cell<usize> = const { Cell::new(0) };
}

/// The language `wanted` names, among the interface's, by its primary language (`es`, `es-BO`,
/// `es_PE.UTF-8` all give `es`; `pt`, `pt_BR.UTF-8` and `pt-PT` give `pt-BR`, the Portuguese
/// waypost speaks); none when it is not one of them.
pub fn supported(wanted: &str) -> Option<&'static str> {
    let base = primary(wanted);
    LANGUAGES.iter().copied().find(|l| primary(l) == base)
}

/// A language tag's or locale's primary language, in lower case (`pt` of `pt-BR` and of
/// `pt_BR.UTF-8`).
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase()
}

/// Whether two tags or locales name the same language, whatever the country (`pt` and `pt-BR`).
pub fn same_language(a: &str, b: &str) -> bool {
    primary(a) == primary(b)
}

/// Whether `s` is a well-formed language tag (BCP 47 as Unicode reads it: `es`, `pt-BR`,
/// `zh-Hant-TW`, `es-419`): what waypost takes as a language's code anywhere, so a code can
/// never be a path, a control character or a name.
pub fn is_language_tag(s: &str) -> bool {
    parsed_tag(s).is_some()
}

/// The tag `s` names, read once, when it is a well-formed one.
fn parsed_tag(s: &str) -> Option<unic_langid::LanguageIdentifier> {
    let plain = !s.is_empty() && s.len() <= 35 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    plain.then(|| s.parse().ok()).flatten()
}

/// A language tag written the way BCP 47 writes it (`pt-BR`, `zh-Hant-TW`, `es-419`) from any
/// case (`PT-br`), or none when it is not a well-formed tag; spreadsheets and headings are written
/// by hand, and `pt-br` must find the questionnaire's `pt-BR`.
pub fn canonical_tag(s: &str) -> Option<String> {
    parsed_tag(s).map(|id| id.to_string())
}

/// A language's name in that language ("English", "Español"), or its code where waypost has no
/// catalogue for it (a questionnaire may be written in languages the interface does not speak).
pub fn language_name(code: &str) -> String {
    match supported(code) {
        Some(language) => message_in(language, "language-name", &[]),
        None => code.to_owned(),
    }
}

/// A language's name in the interface language ("inglês" for `en` in Portuguese), or its code
/// where the catalogue has no name for it: for saying which language something is in.
pub fn language_called(code: &str) -> String {
    let primary = primary(code);
    // The catalogue names the languages it has, by their primary code.
    if supported(code).is_some() {
        crate::tr!("language-called", code = primary)
    } else {
        crate::text::line(code).into_owned()
    }
}

/// Sets the interface language of this thread (English when the language is not supported).
pub fn set_language(lang: &str) {
    let index = supported(lang).and_then(|l| LANGUAGES.iter().position(|x| *x == l)).unwrap_or(0);
    LANGUAGE.with(|c| c.set(index));
}

/// The interface language of this thread.
pub fn language() -> &'static str {
    LANGUAGES[LANGUAGE.with(Cell::get).min(LANGUAGES.len() - 1)]
}

/// An argument of a message.
pub type Arg<'a> = FluentValue<'a>;

/// The text of message `id` in the interface language, with its arguments; English when the
/// language lacks it, and the id itself when no language has it (the tests forbid that).
pub fn message(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    format_in(LANGUAGE.with(Cell::get), id, args)
}

/// The text of message `id` in `language` (a session's, for its reports), whatever the
/// interface speaks; English where that language has no catalogue.
pub fn message_in(language: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let index = supported(language).and_then(|l| LANGUAGES.iter().position(|x| *x == l)).unwrap_or(0);
    format_in(index, id, args)
}

fn format_in(index: usize, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let all = bundles();
    let current = index.min(all.len() - 1);
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in [&all[current], &all[0]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        }
    }
    id.to_owned()
}

/// A message of the catalogue in a given language: `tr_in!(lang, "rep-scores", scale = 10)`.
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $id:expr) => {
        $crate::i18n::message_in($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message_in($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// A message of the catalogue: `tr!("plain-started", id = id)`.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    #[test]
    fn a_tag_in_any_case_is_written_as_bcp_47_writes_it() {
        assert_eq!(canonical_tag("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(canonical_tag("ZH-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(canonical_tag("es-419").as_deref(), Some("es-419"));
        assert_eq!(canonical_tag("en").as_deref(), Some("en"));
        assert_eq!(canonical_tag("x/../y"), None);
    }

    #[test]
    fn a_language_tag_is_a_code_never_a_path_a_name_or_a_control() {
        for good in ["es", "pt-BR", "es-419", "zh-Hant-TW", "sw", "fil"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "x/../../y", "e\u{1b}s", "Español", "kiswahili", "es BR", "..", "en_US"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    /// The message ids of a language, with the variables each uses.
    fn ids(lang: &str) -> BTreeSet<(String, BTreeSet<String>)> {
        let (_, files) = SOURCES.iter().find(|(l, _)| *l == lang).unwrap();
        let mut out = BTreeSet::new();
        for text in *files {
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
            for entry in resource.entries() {
                if let Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    out.insert((m.id.name.to_owned(), vars));
                }
            }
        }
        out
    }

    fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(inline) => inline_vars(inline, vars),
            Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                variants.iter().for_each(|v| pattern_vars(&v.value, vars));
            }
        }
    }

    fn inline_vars(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    #[test]
    fn every_message_exists_in_every_language_with_the_same_variables() {
        let english = ids("en");
        assert!(!english.is_empty());
        for lang in LANGUAGES {
            assert_eq!(ids(lang), english, "{lang} differs from English");
        }
    }

    #[test]
    fn plurals_follow_the_language_and_unknown_languages_fall_back() {
        set_language("es_PE.UTF-8");
        assert_eq!(language(), "es");
        assert_eq!(tr!("plain-carried", n = 1, from = "r1"), "1 pendiente traído de r1.");
        assert_eq!(tr!("plain-carried", n = 3, from = "r1"), "3 pendientes traídos de r1.");
        set_language("fr");
        assert_eq!(language(), "en");
        assert_eq!(tr!("plain-carried", n = 0, from = "r1"), "0 open items carried over from r1.");
        assert_eq!(supported("sw"), None);
        // Portuguese counts 0 and 1 as "one"; every Portuguese locale gives Brazil's.
        for locale in ["pt_BR.UTF-8", "pt-BR", "pt", "pt_PT.UTF-8"] {
            assert_eq!(supported(locale), Some("pt-BR"), "{locale}");
        }
        set_language("pt_BR.UTF-8");
        assert_eq!(language(), "pt-BR");
        assert_eq!(tr!("plain-carried", n = 0, from = "r1"), "0 pendência trazida de r1.");
        assert_eq!(tr!("plain-carried", n = 1, from = "r1"), "1 pendência trazida de r1.");
        assert_eq!(tr!("plain-carried", n = 2, from = "r1"), "2 pendências trazidas de r1.");
    }
}
