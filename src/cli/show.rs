//! `waypost show`: a session's summary as text or JSON.

use color_eyre::eyre::{self, WrapErr};
use waypost_core::report;

use super::messages as msg;
use super::{open, output};
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Prints the summary of a session.
pub fn run(ctx: &Context, id: &str, json: bool) -> eyre::Result<Done> {
    let opened = open(ctx, id)?;
    let (q, session) = (&opened.questionnaire, &opened.session);
    let text = if json {
        let summary = report::Summary::new(q, session);
        let mut text = serde_json::to_string_pretty(&summary).wrap_err(msg::cannot_write_output())?;
        text.push('\n');
        text
    } else {
        report::summary_text(q, session)
    };
    output::stdout(text.as_bytes())?;
    Ok(Done::Ok)
}
