//! `waypost restore`: a session moved to the trash, back among the sessions.

use color_eyre::eyre;
use waypost_core::store::Store;
use waypost_core::text::line;

use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// The arguments of `waypost restore`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The session's id
    pub(crate) session: String,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, &self.session)
    }
}

/// Brings the session back from the trash.
pub(crate) fn run(ctx: &Context, id: &str) -> eyre::Result<Done> {
    ctx.store.restore(id)?;
    output::note(&msg::restored(&line(id)));
    Ok(Done::Ok)
}
