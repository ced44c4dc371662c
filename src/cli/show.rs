//! `waypost show`: a session's summary as text or JSON.

use color_eyre::eyre;
use waypost_core::report;

use super::{open, output};
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// The arguments of `waypost show`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The session's id, the start of it, or its UUID
    pub(crate) session: String,
    /// Print the figures as JSON
    #[arg(long)]
    pub(crate) json: bool,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, &self.session, self.json)
    }
}

/// Prints the summary of a session.
pub(crate) fn run(ctx: &Context, id: &str, json: bool) -> eyre::Result<Done> {
    let opened = open(ctx, id)?;
    let (q, session) = (&opened.questionnaire, &opened.session);
    // A follow-up reads against the session it follows (the trend since the last review), a
    // learning review the workshops of its period.
    let history = waypost_core::lifecycle::history(&ctx.store, &ctx.catalog_quietly(), session);
    let text = if json {
        output::json(&report::Summary::new(q, session).with_history(q, session, &history))?
    } else {
        report::summary_text_with_history(q, session, &history)
    };
    output::stdout(text.as_bytes())?;
    Ok(Done::Ok)
}
