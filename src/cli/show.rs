//! `waypost show`: a session's summary as text or JSON.

use color_eyre::eyre;
use waypost_core::report;

use super::{open, output};
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Prints the summary of a session.
pub fn run(ctx: &Context, id: &str, json: bool) -> eyre::Result<Done> {
    let opened = open(ctx, id)?;
    let (q, session) = (&opened.questionnaire, &opened.session);
    let text = if json { output::json(&report::Summary::new(q, session))? } else { report::summary_text(q, session) };
    output::stdout(text.as_bytes())?;
    Ok(Done::Ok)
}
