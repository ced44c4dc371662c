//! `waypost questionnaires`: id, version, title and origin of every questionnaire known.

use color_eyre::eyre;
use waypost_core::text::{line, pad};

use super::messages::questionnaire_columns;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// Prints the questionnaires known (problems with the rest go to standard error).
pub(crate) fn run(ctx: &Context, json: bool) -> eyre::Result<Done> {
    let catalog = ctx.catalog();
    let language = waypost_core::i18n::language();
    if json {
        let listed: Vec<Listed<'_>> = catalog
            .entries()
            .iter()
            .map(|e| {
                let q = &e.questionnaire;
                let title = q.title.get(q.language_for(language), "en");
                Listed { id: &q.id, version: &q.version, title, languages: &q.languages, from: e.origin.to_string() }
            })
            .collect();
        output::stdout(output::json(&listed)?.as_bytes())?;
        return Ok(Done::Ok);
    }
    // An id is what the other commands take: never cut.
    let id_width = catalog.entries().iter().map(|e| waypost_core::text::width(&e.questionnaire.id)).max().unwrap_or(0);
    let cols = questionnaire_columns();
    let mut out =
        format!("{}  {}  {}  {}\n", pad(&cols[0], id_width.max(2)), pad(&cols[1], 8), pad(&cols[2], 44), cols[3]);
    for e in catalog.entries() {
        let q = &e.questionnaire;
        out.push_str(&format!(
            "{}  {}  {}  {}\n",
            pad(&q.id, id_width.max(2)),
            pad(&q.version, 8),
            pad(q.title.get(q.language_for(language), "en"), 44),
            line(&e.origin.to_string())
        ));
    }
    output::stdout(out.as_bytes())?;
    Ok(Done::Ok)
}

/// A questionnaire as `--json` gives it.
#[derive(serde::Serialize)]
struct Listed<'q> {
    id: &'q str,
    version: &'q str,
    title: &'q str,
    languages: &'q [String],
    from: String,
}
