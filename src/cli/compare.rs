//! `waypost compare`: two sessions of one questionnaire, the earlier one first.

use std::path::Path;

use color_eyre::eyre;
use waypost_core::lifecycle;
use waypost_core::report::document::{Document, Format};

use super::args::FormatOf;
use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;
use waypost_core::report::document::Kind;

/// The arguments of `waypost compare`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The earlier session's id
    pub(crate) before: String,
    /// The later session's id
    pub(crate) after: String,
    /// The output format
    #[arg(long, value_parser = FormatOf(Kind::Comparison), default_value = "md")]
    pub(crate) format: Format,
    /// Where it goes.
    #[command(flatten)]
    pub(crate) to: output::To,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, &self.before, &self.after, self.format, self.to.output.as_deref())
    }
}

/// Writes the comparison of two sessions.
pub(crate) fn run(ctx: &Context, a: &str, b: &str, format: Format, to: Option<&Path>) -> eyre::Result<Done> {
    let c = lifecycle::compare(&ctx.store, &ctx.catalog(), a, b)?;
    if c.reordered {
        output::note(&msg::reordered(&c.comparison.before));
    }
    output::document(ctx, &Document::Comparison { title: &c.title, comparison: &c.comparison }, format, to, false)?;
    Ok(Done::Ok)
}
