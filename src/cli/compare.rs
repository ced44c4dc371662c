//! `waypost compare`: two sessions of one questionnaire, the earlier one first.

use std::path::Path;

use color_eyre::eyre;
use waypost_core::lifecycle;
use waypost_core::report::cross;

use super::args::PageFormat;
use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Writes the comparison of two sessions.
pub fn run(ctx: &Context, a: &str, b: &str, format: PageFormat, to: Option<&Path>) -> eyre::Result<Done> {
    let c = lifecycle::compare(&ctx.store, &ctx.catalog(), a, b)?;
    if c.reordered {
        output::note(&msg::reordered(&c.comparison.before));
    }
    let bytes = match format {
        PageFormat::Md => cross::compare_markdown(&c.title, &c.comparison),
        PageFormat::Html => cross::compare_html(&c.title, &c.comparison),
    };
    let ext = if format == PageFormat::Md { "md" } else { "html" };
    output::emit(ctx, bytes.as_bytes(), to, &format!("{}--{}.{ext}", c.comparison.before, c.comparison.after))?;
    Ok(Done::Ok)
}
