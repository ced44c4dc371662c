//! The command line: each command a thin shell over the core, one module per command, which
//! `main` calls (the one dispatch, beside the interactive commands that belong to the plain and
//! full-screen shells).

pub mod agenda;
pub mod args;
pub mod command_line;
pub mod compare;
pub mod completions;
pub mod export;
pub mod import;
pub mod list;
pub mod messages;
mod output;
pub mod questionnaires;
pub mod report;
pub mod restore;
pub mod show;
pub mod translate;
pub mod validate;

use color_eyre::eyre;
use waypost_core::lifecycle::{self, Opened};

use crate::setup::context::Context;

/// Opens a session read-only with its questionnaire, noting a changed questionnaire version.
fn open(ctx: &Context, id: &str) -> eyre::Result<Opened> {
    let opened = lifecycle::open(&ctx.store, &ctx.catalog(), id)?;
    if let Some(started) = opened.started_with_other_version() {
        let s = &opened.session;
        output::note(&messages::other_version(&s.id, &s.questionnaire.id, started, &opened.questionnaire.version));
    }
    Ok(opened)
}
