//! `waypost restore`: a session moved to the trash, back among the sessions.

use color_eyre::eyre;
use waypost_core::store::Store;
use waypost_core::text::line;

use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Brings the session back from the trash.
pub(crate) fn run(ctx: &Context, id: &str) -> eyre::Result<Done> {
    ctx.store.restore(id)?;
    output::note(&msg::restored(&line(id)));
    Ok(Done::Ok)
}
