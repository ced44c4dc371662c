//! `waypost list`: the sessions, newest first, as a table or JSON.

use std::collections::HashMap;

use color_eyre::eyre;
use waypost_core::report::summary::status_label;
use waypost_core::session::{Status, Timestamp};
use waypost_core::store::rows::{Row, collect};
use waypost_core::team::Team;
use waypost_core::team::outbox::{self, Standing};
use waypost_core::text::{line, pad};
use waypost_core::tr;

use super::messages as msg;
use super::output;
use crate::setup::context::{Context, config_dir};
use crate::setup::outcome::Done;

/// The width of the column of the team's server ("sent 2026-12-07 06:02", and in Spanish).
const SENT_WIDTH: usize = 24;

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
    // Filters that leave nothing are not "no sessions yet".
    let filtered = (questionnaire.is_some() || want.is_some())
        && rows.is_empty()
        && !collect(&ctx.store, &ctx.catalog(), None, None)?.0.is_empty();
    for (path, message) in damaged {
        output::note(&msg::damaged(&path.display().to_string(), &message));
    }
    // Where each session stands with the team's server, once this laptop is in one.
    // A team file that cannot be read is said, and the sessions are listed all the same.
    let team = config_dir().and_then(|config| Ok(Team::load(&config)?));
    let sending = match team {
        Ok(Some(_)) => Some(outbox::standings(&ctx.store.outbox()?, &rows)?),
        Ok(None) => None,
        Err(e) => {
            output::note(&e.to_string());
            None
        }
    };
    let text = if json {
        let listed: Vec<Listed<'_>> = rows
            .iter()
            .map(|row| Listed { row, sending: sending.as_ref().and_then(|s| s.get(&row.id)).map(Sending::from) })
            .collect();
        output::json(&listed)?
    } else if filtered {
        msg::no_match()
    } else {
        table(&rows, sending.as_ref())
    };
    output::stdout(text.as_bytes())?;
    // Why each failed, below the table: too long for a column.
    for row in &rows {
        if let Some(Standing::Failed(why)) = sending.as_ref().and_then(|s| s.get(&row.id)) {
            output::note(&tr!("send-failed", session = line(&row.id).into_owned(), reason = line(why).into_owned()));
        }
    }
    Ok(Done::Ok)
}

/// A row as `--json` gives it: the listing's fields, and where it stands with the team's server.
#[derive(serde::Serialize)]
struct Listed<'r> {
    #[serde(flatten)]
    row: &'r Row,
    #[serde(skip_serializing_if = "Option::is_none")]
    sending: Option<Sending>,
}

/// Where a session stands with the team's server, for scripts.
#[derive(serde::Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
enum Sending {
    Waiting,
    Sent { at: Timestamp },
    Failed { reason: String },
}

impl From<&Standing> for Sending {
    fn from(standing: &Standing) -> Sending {
        match standing {
            Standing::Waiting => Sending::Waiting,
            Standing::Sent(at) => Sending::Sent { at: *at },
            Standing::Failed(why) => Sending::Failed { reason: why.clone() },
        }
    }
}

/// A session's standing in the table's words.
fn sent_cell(standing: Option<&Standing>) -> String {
    match standing {
        Some(Standing::Waiting) => tr!("list-sent-waiting"),
        // As the laptop's clock said when it was sent, as the other times of the listing.
        Some(Standing::Sent(at)) => tr!("list-sent-at", at = at.format("%Y-%m-%d %H:%M").to_string()),
        Some(Standing::Failed(_)) => tr!("list-sent-failed"),
        None => String::new(),
    }
}

fn table(rows: &[Row], sending: Option<&HashMap<String, Standing>>) -> String {
    if rows.is_empty() {
        return msg::no_sessions();
    }
    let cols = msg::list_columns();
    let language = waypost_core::i18n::language();
    // The column of the team's server, only for a laptop in a team.
    let sent_head = sending.map(|_| format!("{}  ", pad(&tr!("list-sent-column"), SENT_WIDTH))).unwrap_or_default();
    let mut out = format!(
        "{}  {}  {:>7}  {}  {}  {sent_head}{}\n",
        pad(&cols[0], 16),
        pad(&cols[1], 11),
        cols[2],
        pad(&cols[3], 22),
        pad(&cols[4], 20),
        cols[5]
    );
    for r in rows {
        let done = match r.total {
            Some(t) => format!("{}/{t}", r.answered),
            None => format!("{}/?", r.answered),
        };
        let sent = sending.map(|s| format!("{}  ", pad(&sent_cell(s.get(&r.id)), SENT_WIDTH))).unwrap_or_default();
        out.push_str(&format!(
            "{}  {}  {done:>7}  {}  {}  {sent}{}\n",
            pad(&r.updated_at.format("%Y-%m-%d %H:%M").to_string(), 16),
            pad(&status_label(r.status, language), 11),
            pad(&r.questionnaire.id, 22),
            pad(&r.organisation, 20),
            line(&r.id)
        ));
    }
    out
}
