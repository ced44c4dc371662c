//! `waypost import FORM`: an XLSForm made a questionnaire, written into the data folder's
//! questionnaires (or where `-o` says), never over a file already there without `--force`.

use std::path::Path;

use color_eyre::eyre::{self, WrapErr};
use waypost_core::questionnaire::Origin;
use waypost_core::safe_read::read_regular;
use waypost_core::store::{write_file, write_questionnaire};
use waypost_core::text::line;
use waypost_core::tr;

use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;
use std::path::PathBuf;

/// The arguments of `waypost export-form`.
#[derive(Debug, clap::Args)]
pub(crate) struct FormArgs {
    /// The questionnaire's id
    pub(crate) questionnaire: String,
    /// The form's format
    #[arg(long, value_enum, default_value_t = FormFormat::Xlsform)]
    pub(crate) format: FormFormat,
    /// The file to write
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: PathBuf,
}

impl FormArgs {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        export_form(ctx, &self.questionnaire, self.format, &self.output)
    }
}

/// Formats a questionnaire can be written in for other tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FormFormat {
    /// An XLSForm workbook (KoboToolbox, ODK).
    Xlsform,
    /// An XForm (the XML ODK Central, Collect and Enketo take).
    Xform,
}

/// The arguments of `waypost import`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The form: .xlsx, .xls or .ods
    #[arg(value_name = "FILE")]
    pub(crate) form: PathBuf,
    /// Write the questionnaire here instead of the data folder's questionnaires
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Replace a questionnaire file already there
    #[arg(long)]
    pub(crate) force: bool,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, &self.form, self.output.as_deref(), self.force)
    }
}

/// Writes a questionnaire as an XLSForm workbook and says what it could not hold.
pub(crate) fn export_form(ctx: &Context, questionnaire: &str, format: FormFormat, to: &Path) -> eyre::Result<Done> {
    let catalog = ctx.catalog();
    let q = waypost_core::lifecycle::questionnaire(&catalog, questionnaire)?;
    let (exported, extension) = match format {
        FormFormat::Xlsform => (waypost_core::xlsform::export::export(q), "xlsx"),
        FormFormat::Xform => (waypost_core::xlsform::xform::xform(q, None), "xml"),
    };
    let exported = exported.map_err(|e| eyre::eyre!(e))?;
    for note in &exported.notes {
        output::note(note);
    }
    if output::is_stdout(to) {
        return output::stdout(&exported.bytes).map(|()| Done::Ok);
    }
    let file = format!("{}.{extension}", q.id);
    let written = waypost_core::store::write_export(to, &file, Some(&ctx.store.sessions_dir()), &exported.bytes)
        .wrap_err_with(|| msg::cannot_write_to(&line(&to.display().to_string())))?;
    output::note(&tr!(
        "xf-written",
        file = line(&written.display().to_string()).into_owned(),
        notes = exported.notes.len()
    ));
    Ok(Done::Ok)
}

/// Converts the form, says what was not carried over, and writes the questionnaire.
pub(crate) fn run(ctx: &Context, form: &Path, to: Option<&Path>, force: bool) -> eyre::Result<Done> {
    let shown = line(&form.display().to_string()).into_owned();
    let bytes = read_regular(form, super::workbook::MAX_BYTES).wrap_err_with(|| msg::cannot_read(&shown))?;
    let name = form.file_name().and_then(|s| s.to_str()).unwrap_or("form");
    let imported = super::workbook::read(bytes)
        .and_then(|workbook| waypost_core::xlsform::convert(workbook, name))
        .map_err(|e| eyre::eyre!("{shown}: {e}"))?;
    for note in &imported.notes {
        output::note(&format!("{shown}: {note}"));
    }
    let file = format!("{}.json", imported.questionnaire.id);
    // In the data folder, a form named as a built-in would take its place in every list: only
    // when asked.
    let id = imported.questionnaire.id.as_str();
    if to.is_none() && !force && ctx.catalog().get(id).is_some_and(|e| matches!(e.origin, Origin::BuiltIn(_))) {
        eyre::bail!(tr!("imp-built-in", id = line(id).into_owned()));
    }
    let written = match to {
        Some(path) if output::is_stdout(path) => {
            for warning in &imported.warnings {
                output::note(&format!("{shown}: {warning}"));
            }
            return output::stdout(imported.json.as_bytes()).map(|()| Done::Ok);
        }
        Some(path) => write_file(path, &file, Some(&ctx.store.sessions_dir()), imported.json.as_bytes(), force),
        None => write_questionnaire(ctx.store.data_dir(), &file, imported.json.as_bytes(), force),
    };
    let written = match written {
        Ok(path) => path,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let target = to.map_or_else(|| ctx.store.data_dir().join("questionnaires").join(&file), Path::to_owned);
            eyre::bail!(tr!("imp-exists", file = line(&target.display().to_string()).into_owned()));
        }
        // Named as the user named it (`-o`), or as it goes into the data folder.
        Err(e) => {
            let target = to.map_or_else(|| file.clone(), |p| p.display().to_string());
            return Err(e).wrap_err_with(|| msg::cannot_write_to(&line(&target)));
        }
    };
    // What `waypost validate` would say of the file, named as it was written.
    let written_shown = line(&written.display().to_string()).into_owned();
    for warning in &imported.warnings {
        output::note(&format!("{written_shown}: {warning}"));
    }
    let questions: usize = imported.questionnaire.sections.iter().map(|s| s.questions.len()).sum();
    output::note(&tr!(
        "imp-converted",
        file = line(&written.display().to_string()).into_owned(),
        questions = questions,
        sections = imported.questionnaire.sections.len(),
        notes = imported.notes.len()
    ));
    Ok(Done::Ok)
}
