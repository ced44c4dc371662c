//! `waypost translate`: a questionnaire's texts out to a gettext PO file for translators, and a
//! translated PO file back into the questionnaire's JSON.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{self, WrapErr};
use waypost_core::lifecycle;
use waypost_core::questionnaire::catalog::BUILT_IN;
use waypost_core::questionnaire::translate::{self, NoteKind};
use waypost_core::questionnaire::{Origin, Questionnaire};
use waypost_core::safe_read::read_regular;
use waypost_core::text::line;

/// The largest PO or questionnaire file read.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// What `waypost translate` does, with its arguments.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum Args {
    /// Write a questionnaire's texts as a PO file (source text, its place as context, the
    /// translation it has), for Poedit, Weblate or any PO tool
    Export {
        /// The questionnaire's id (see `waypost questionnaires`)
        questionnaire: String,
        /// The language to translate into, e.g. es
        #[arg(long)]
        language: String,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Read a translated PO file back into its questionnaire's JSON, ids and structure kept;
    /// untranslated and stale entries are reported with their place
    Import {
        /// The PO file
        file: PathBuf,
        /// Write the questionnaire to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        match self {
            Args::Export { questionnaire, language, output } => {
                export(ctx, &questionnaire, &language, output.as_deref())
            }
            Args::Import { file, output } => import(ctx, &file, output.as_deref()),
        }
    }
}

/// Writes the texts of a questionnaire as a PO catalogue for `language`.
pub(crate) fn export(ctx: &Context, questionnaire: &str, language: &str, to: Option<&Path>) -> eyre::Result<Done> {
    let catalog = ctx.catalog();
    let q = lifecycle::questionnaire(&catalog, questionnaire)?;
    // The code names the file written: a language tag, never a path.
    if !waypost_core::i18n::is_language_tag(language) {
        eyre::bail!(waypost_core::tr!("err-bad-language", language = line(language).into_owned()));
    }
    if language == q.default_language() {
        eyre::bail!(msg::translate_source_language(&line(language)));
    }
    output::emit(ctx, &translate::export(q, language), to, &format!("{}.{language}.po", q.id))?;
    Ok(Done::Ok)
}

/// Reads a translated PO catalogue into its questionnaire's JSON; says every entry not applied.
pub(crate) fn import(ctx: &Context, po: &Path, to: Option<&Path>) -> eyre::Result<Done> {
    let shown = line(&po.display().to_string()).into_owned();
    let bytes = read_regular(po, MAX_BYTES).wrap_err_with(|| msg::cannot_read(&shown))?;
    let id = translate::questionnaire_of(&bytes).wrap_err_with(|| msg::cannot_read(&shown))?;
    let catalog = ctx.catalog();
    let q = lifecycle::questionnaire(&catalog, &id).wrap_err_with(|| msg::cannot_read(&shown))?;
    let original = original_json(ctx, q)?;
    let imported = translate::import(q, &original, &bytes).wrap_err_with(|| msg::cannot_read(&shown))?;
    for note in &imported.notes {
        output::note(&msg::translate_note(&shown, &line(&note.place), kind(note.kind)));
    }
    output::emit(ctx, imported.json.as_bytes(), to, &format!("{}.json", q.id))?;
    output::note(&msg::translate_imported(imported.applied, imported.notes.len(), &line(&imported.language)));
    Ok(Done::Ok)
}

fn kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Untranslated => "untranslated",
        NoteKind::Stale => "stale",
        NoteKind::Fuzzy => "fuzzy",
        NoteKind::Unknown => "unknown",
        NoteKind::Missing => "missing",
        NoteKind::Duplicate => "duplicate",
    }
}

/// The questionnaire's JSON as its file has it: the embedded text of a built-in, else the file.
fn original_json(ctx: &Context, q: &Questionnaire) -> eyre::Result<Vec<u8>> {
    let catalog = ctx.catalog();
    let entry = catalog.get(&q.id).ok_or_else(|| eyre::eyre!(msg::cannot_read(&line(&q.id))))?;
    match &entry.origin {
        Origin::BuiltIn(name) => {
            let text = BUILT_IN.iter().find(|(n, _)| n == name).map(|(_, t)| *t).unwrap_or_default();
            Ok(text.as_bytes().to_vec())
        }
        Origin::File(path) => {
            let shown = line(&path.display().to_string()).into_owned();
            read_regular(path, MAX_BYTES).wrap_err_with(|| msg::cannot_read(&shown))
        }
    }
}
