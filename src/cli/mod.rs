//! The command line: each command a thin shell over the core, one module per command, which
//! `main` calls (the one dispatch, beside the interactive commands that belong to the plain and
//! full-screen shells).

pub(crate) mod agenda;
pub(crate) mod args;
pub(crate) mod command_line;
pub(crate) mod compare;
pub(crate) mod completions;
pub(crate) mod export;
pub(crate) mod import;
pub(crate) mod list;
pub(crate) mod messages;
mod output;
pub(crate) mod publish;
pub(crate) mod pull;
pub(crate) mod questionnaires;
pub(crate) mod report;
pub(crate) mod restore;
pub(crate) mod send;
pub(crate) mod show;
pub(crate) mod team;
pub(crate) mod translate;
pub(crate) mod validate;
pub(crate) mod workbook;

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
