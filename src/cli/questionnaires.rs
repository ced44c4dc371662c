//! `waypost questionnaires`: id, version, title and origin of every questionnaire known.

use color_eyre::eyre;
use waypost_core::text::{line, pad};

use super::messages::QUESTIONNAIRE_COLUMNS as COLS;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Prints the questionnaires known (problems with the rest go to standard error).
pub(crate) fn run(ctx: &Context) -> eyre::Result<Done> {
    let catalog = ctx.catalog();
    let mut out = format!("{}  {}  {}  {}\n", pad(COLS[0], 24), pad(COLS[1], 8), pad(COLS[2], 44), COLS[3]);
    for e in catalog.entries() {
        let q = &e.questionnaire;
        out.push_str(&format!(
            "{}  {}  {}  {}\n",
            pad(&q.id, 24),
            pad(&q.version, 8),
            pad(q.title.get(q.language_for(waypost_core::i18n::language()), "en"), 44),
            line(&e.origin.to_string())
        ));
    }
    output::stdout(out.as_bytes())?;
    Ok(Done::Ok)
}
