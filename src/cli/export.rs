//! `waypost export`: one session as JSON (the session file), Markdown, CSV or HTML.

use std::path::Path;

use color_eyre::eyre;
use waypost_core::report::document::{Document, Format};

use super::args::FormatOf;
use super::{open, output};
use crate::setup::context::Context;
use crate::setup::outcome::Done;
use waypost_core::report::document::Kind;

/// The arguments of `waypost export`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The session's id, the start of it, or its UUID
    pub(crate) session: String,
    /// The output format
    #[arg(long, value_parser = FormatOf(Kind::Session))]
    pub(crate) format: Format,
    /// Where it goes.
    #[command(flatten)]
    pub(crate) to: output::ToTable,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, &self.session, self.format, self.to.to.output.as_deref(), self.to.excel)
    }
}

/// Writes the session in a format to a file or standard output.
pub(crate) fn run(ctx: &Context, id: &str, format: Format, to: Option<&Path>, excel: bool) -> eyre::Result<Done> {
    let opened = open(ctx, id)?;
    let (q, session) = (&opened.questionnaire, &opened.session);
    let history = waypost_core::lifecycle::history(&ctx.store, &ctx.catalog_quietly(), session);
    output::document(ctx, &Document::Session { questionnaire: q, session, history: &history }, format, to, excel)?;
    Ok(Done::Ok)
}
