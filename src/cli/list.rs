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

/// The width of the column of where a session came from ("team: laptop-ana").
const FROM_WIDTH: usize = 20;

/// A session status on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StatusArg {
    /// Still being answered.
    #[value(name = "in_progress")]
    InProgress,
    /// Finished.
    Completed,
}

/// Where a session came from, on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum OriginArg {
    /// Started on this laptop.
    Laptop,
    /// Pulled from the team's server.
    Team,
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
    /// Only sessions from this laptop, or only those pulled from the team's server
    #[arg(long, value_enum)]
    pub(crate) origin: Option<OriginArg>,
    /// Print JSON instead of a table
    #[arg(long)]
    pub(crate) json: bool,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        run(ctx, (self.questionnaire.as_deref(), self.status, self.origin), self.json)
    }
}

/// Lists the sessions matching the filters; damaged files are reported on standard error.
pub(crate) fn run(
    ctx: &Context,
    (questionnaire, status, origin): (Option<&str>, Option<StatusArg>, Option<OriginArg>),
    json: bool,
) -> eyre::Result<Done> {
    let want = status.map(|s| match s {
        StatusArg::InProgress => Status::InProgress,
        StatusArg::Completed => Status::Completed,
    });
    // Which questionnaire overrides which matters where questionnaires are used, not here.
    let (mut rows, damaged) = collect(&ctx.store, &ctx.catalog_quietly(), questionnaire, want)?;
    // The column of where each came from, once any came from the team.
    let team_column = rows.iter().any(|r| r.from_team.is_some());
    rows.retain(|r| match origin {
        Some(OriginArg::Laptop) => r.from_team.is_none(),
        Some(OriginArg::Team) => r.from_team.is_some(),
        None => true,
    });
    // Filters that leave nothing are not "no sessions yet".
    let filtered = (questionnaire.is_some() || want.is_some() || origin.is_some())
        && rows.is_empty()
        && !collect(&ctx.store, &ctx.catalog_quietly(), None, None)?.0.is_empty();
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
            .map(|row| Listed {
                row,
                origin: if row.from_team.is_some() { "team" } else { "laptop" },
                sending: sending.as_ref().and_then(|s| s.get(&row.id)).map(Sending::from),
            })
            .collect();
        output::json(&listed)?
    } else if filtered {
        msg::no_match()
    } else {
        table(&rows, sending.as_ref(), team_column)
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
    /// `laptop` or `team`.
    origin: &'static str,
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

/// Where a session came from, in the table's words.
fn origin_cell(row: &Row) -> String {
    match &row.from_team {
        Some(who) => tr!("list-from-team", who = line(who).into_owned()),
        None => tr!("list-from-laptop"),
    }
}

fn table(rows: &[Row], sending: Option<&HashMap<String, Standing>>, team_column: bool) -> String {
    if rows.is_empty() {
        return msg::no_sessions();
    }
    let cols = msg::list_columns();
    let language = waypost_core::i18n::language();
    // The column of the team's server, only for a laptop in a team.
    let sent_head = sending.map(|_| format!("{}  ", pad(&tr!("list-sent-column"), SENT_WIDTH))).unwrap_or_default();
    // As wide as the longest status in this language ("em andamento"), never cut.
    let status_width = [Status::InProgress, Status::Completed]
        .iter()
        .map(|s| waypost_core::text::width(&status_label(*s, language)))
        .chain([waypost_core::text::width(&cols[1])])
        .max()
        .unwrap_or(11);
    let from_head =
        if team_column { format!("{}  ", pad(&tr!("list-from-column"), FROM_WIDTH)) } else { String::new() };
    let mut out = format!(
        "{}  {}  {:>7}  {}  {}  {from_head}{sent_head}{}\n",
        pad(&cols[0], 16),
        pad(&cols[1], status_width),
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
        let from = if team_column { format!("{}  ", pad(&origin_cell(r), FROM_WIDTH)) } else { String::new() };
        out.push_str(&format!(
            "{}  {}  {done:>7}  {}  {}  {from}{sent}{}\n",
            pad(&r.updated_at.format("%Y-%m-%d %H:%M").to_string(), 16),
            pad(&status_label(r.status, language), status_width),
            pad(&r.questionnaire.id, 22),
            pad(&r.organisation, 20),
            line(&r.id)
        ));
    }
    out
}
