//! `waypost report`: the spread of answers over the sessions of a questionnaire, read one at a
//! time.

use std::path::Path;

use color_eyre::eyre;
use waypost_core::lifecycle;
use waypost_core::report::aggregate::Aggregate;
use waypost_core::report::document::{Document, Format};
use waypost_core::store::{Listed, Store};

use super::args::FormatOf;
use super::messages as msg;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;
use waypost_core::report::document::Kind;

/// The arguments of `waypost report`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The questionnaire's id
    #[arg(long)]
    pub(crate) questionnaire: String,
    /// Only sessions with this organisation (case does not matter)
    #[arg(long)]
    pub(crate) organisation: Option<String>,
    /// The output format
    #[arg(long, value_parser = FormatOf(Kind::Report), default_value = "md")]
    pub(crate) format: Format,
    /// Where it goes.
    #[command(flatten)]
    pub(crate) to: output::ToTable,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(
            ctx,
            &self.questionnaire,
            self.organisation.as_deref(),
            self.format,
            self.to.to.output.as_deref(),
            self.to.excel,
        )
    }
}

/// Writes the spread of answers, for one organisation or all.
pub(crate) fn run(
    ctx: &Context,
    questionnaire: &str,
    organisation: Option<&str>,
    format: Format,
    to: Option<&Path>,
    excel: bool,
) -> eyre::Result<Done> {
    let catalog = ctx.catalog();
    let q = lifecycle::questionnaire(&catalog, questionnaire)?;
    let wanted = organisation.map(|o| o.trim().to_lowercase());
    let mut agg = Aggregate::new(q);
    ctx.store.scan(&mut |listed| match listed {
        Listed::Session(s) => {
            let org_ok = wanted.as_ref().is_none_or(|o| s.subject.organisation.trim().to_lowercase() == *o);
            if s.questionnaire.id == q.id && org_ok {
                agg.add(q, &s);
            }
        }
        Listed::Damaged { path, message } => output::note(&msg::damaged(&path.display().to_string(), &message)),
    })?;
    let mut title = q.title.get(q.language_for(waypost_core::i18n::language()), "en").to_owned();
    if let Some(o) = organisation {
        title.push_str(&format!(" — {o}"));
    }
    output::document(
        ctx,
        &Document::Report { title: &title, aggregate: &agg, questionnaire: &q.id },
        format,
        to,
        excel,
    )?;
    Ok(Done::Ok)
}
