//! `waypost list`: the sessions, newest first, as a table or JSON.

use color_eyre::eyre;
use waypost_core::session::Status;
use waypost_core::store::rows::{Row, collect};
use waypost_core::text::{line, pad};

use super::messages::{self as msg, LIST_COLUMNS as COLS};
use super::output;
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// A session status on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StatusArg {
    /// Still being answered.
    #[value(name = "in_progress")]
    InProgress,
    /// Finished.
    Completed,
}

/// The arguments of `waypost list`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Only sessions of this questionnaire
    #[arg(long)]
    pub(crate) questionnaire: Option<String>,
    /// Only sessions with this status
    #[arg(long, value_enum)]
    pub(crate) status: Option<StatusArg>,
    /// Print JSON instead of a table
    #[arg(long)]
    pub(crate) json: bool,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, self.questionnaire.as_deref(), self.status, self.json)
    }
}

/// Lists the sessions matching the filters; damaged files are reported on standard error.
pub(crate) fn run(
    ctx: &Context,
    questionnaire: Option<&str>,
    status: Option<StatusArg>,
    json: bool,
) -> eyre::Result<Done> {
    let want = status.map(|s| match s {
        StatusArg::InProgress => Status::InProgress,
        StatusArg::Completed => Status::Completed,
    });
    let (rows, damaged) = collect(&ctx.store, &ctx.catalog(), questionnaire, want)?;
    for (path, message) in damaged {
        output::note(&msg::damaged(&path.display().to_string(), &message));
    }
    let text = if json { output::json(&rows)? } else { table(&rows) };
    output::stdout(text.as_bytes())?;
    Ok(Done::Ok)
}

fn table(rows: &[Row]) -> String {
    if rows.is_empty() {
        return msg::no_sessions().to_owned();
    }
    let mut out = format!(
        "{}  {}  {:>7}  {}  {}  {}\n",
        pad(COLS[0], 16),
        pad(COLS[1], 11),
        COLS[2],
        pad(COLS[3], 22),
        pad(COLS[4], 20),
        COLS[5]
    );
    for r in rows {
        let done = match r.total {
            Some(t) => format!("{}/{t}", r.answered),
            None => format!("{}/?", r.answered),
        };
        out.push_str(&format!(
            "{}  {}  {done:>7}  {}  {}  {}\n",
            pad(&r.updated_at.format("%Y-%m-%d %H:%M").to_string(), 16),
            pad(r.status.name(), 11),
            pad(&r.questionnaire.id, 22),
            pad(&r.organisation, 20),
            line(&r.id)
        ));
    }
    out
}
