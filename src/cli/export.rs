//! `waypost export`: one session as JSON (the session file), Markdown, CSV or HTML.

use std::path::Path;

use color_eyre::eyre::{self, WrapErr};
use waypost_core::report;

use super::args::ExportFormat;
use super::messages as msg;
use super::{open, output};
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Writes the session in a format to a file or standard output.
pub fn run(ctx: &Context, id: &str, format: ExportFormat, to: Option<&Path>, excel: bool) -> eyre::Result<Done> {
    let opened = open(ctx, id)?;
    let (q, session) = (&opened.questionnaire, &opened.session);
    let history = waypost_core::lifecycle::history(&ctx.store, &ctx.catalog_quietly(), session);
    let bytes = match format {
        ExportFormat::Json => output::json(session)?.into_bytes(),
        ExportFormat::Md => report::markdown_with_history(q, session, &history).into_bytes(),
        ExportFormat::Csv => {
            let csv = report::csv(q, session).wrap_err(msg::cannot_write_output())?;
            if excel { report::for_excel(csv) } else { csv }
        }
        ExportFormat::Html => report::html_with_history(q, session, &history).into_bytes(),
    };
    let ext = match format {
        ExportFormat::Json => "json",
        ExportFormat::Md => "md",
        ExportFormat::Csv => "csv",
        ExportFormat::Html => "html",
    };
    output::emit(ctx, &bytes, to, &format!("{}.{ext}", session.id))?;
    Ok(Done::Ok)
}
