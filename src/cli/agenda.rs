//! `waypost agenda`: the plan of a questionnaire's sections in minutes, or a session's time
//! spent against it.

use std::path::Path;

use color_eyre::eyre;
use waypost_core::report::agenda::Agenda;
use waypost_core::report::document::{Document, Format};
use waypost_core::session::is_session_id;
use waypost_core::text::line;
use waypost_core::tr;

use super::args::FormatOf;
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;
use waypost_core::report::document::Kind;

/// The arguments of `waypost agenda`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// A questionnaire's id, or a session's id
    pub(crate) id: String,
    /// The output format
    #[arg(long, value_parser = FormatOf(Kind::Agenda), default_value = "md")]
    pub(crate) format: Format,
    /// Where it goes.
    #[command(flatten)]
    pub(crate) to: output::To,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, &self.id, self.format, self.to.output.as_deref())
    }
}

/// Writes the agenda of a questionnaire (by its id) or of a session (by its id).
pub(crate) fn run(ctx: &Context, id: &str, format: Format, to: Option<&Path>) -> eyre::Result<Done> {
    let catalog = ctx.catalog();
    let (agenda, lang, name) = match waypost_core::lifecycle::questionnaire(&catalog, id) {
        Ok(q) => {
            let lang = q.language_for(waypost_core::i18n::language()).to_owned();
            (Agenda::new(q, None, &lang), lang, q.id.clone())
        }
        Err(_) if is_session_id(id) && ctx.store.path(id).is_ok_and(|p| p.symlink_metadata().is_ok()) => {
            let opened = super::open(ctx, id)?;
            let lang = opened.session.language.clone();
            (Agenda::new(&opened.questionnaire, Some(&opened.session), &lang), lang, opened.session.id.clone())
        }
        Err(_) => eyre::bail!(tr!("agenda-unknown", id = line(id).into_owned())),
    };
    if agenda.is_empty() {
        // The table alone, all dashes, would not say why.
        output::note(&tr!("agenda-nothing", id = line(id).into_owned()));
    }
    output::document(ctx, &Document::Agenda { agenda: &agenda, language: &lang, id: &name }, format, to, false)?;
    Ok(Done::Ok)
}
