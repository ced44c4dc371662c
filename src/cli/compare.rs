//! `waypost compare`: two sessions of one questionnaire, the earlier one first.

use std::path::Path;

use color_eyre::eyre;
use waypost_core::lifecycle;
use waypost_core::report::document::{Document, Format};

use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Writes the comparison of two sessions.
pub(crate) fn run(ctx: &Context, a: &str, b: &str, format: Format, to: Option<&Path>) -> eyre::Result<Done> {
    let c = lifecycle::compare(&ctx.store, &ctx.catalog(), a, b)?;
    if c.reordered {
        output::note(&msg::reordered(&c.comparison.before));
    }
    output::document(ctx, &Document::Comparison { title: &c.title, comparison: &c.comparison }, format, to, false)?;
    Ok(Done::Ok)
}
