//! `waypost send`: the finished sessions go to the team's ODK Central, each built once into the
//! outbox and sent as those bytes on every try (`waypost_core::team::send`); what the server says
//! is said in words, and nothing is lost when it says no.

use color_eyre::eyre::{self, bail};
use waypost_core::lifecycle;
use waypost_core::session::{Session, Status};
use waypost_core::store::{Listed, Store};
use waypost_core::team::Team;
use waypost_core::team::send::{Sender, Sent};
use waypost_core::text::line;
use waypost_core::tr;

use super::output;
use crate::setup::context::{Context, config_dir, now};
use crate::setup::outcome::Done;

/// The arguments of `waypost send`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The sessions to send: ids, their starts or UUIDs (default: every finished session not
    /// yet sent, or changed since)
    sessions: Vec<String>,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        let config = config_dir()?;
        let Some(team) = Team::load(&config)? else { bail!(tr!("send-no-team")) };
        let catalog = ctx.catalog();
        let sessions = if self.sessions.is_empty() { finished(ctx)? } else { named(ctx, &self.sessions)? };
        if sessions.is_empty() {
            output::say(&tr!("send-nothing"))?;
            return Ok(Done::Ok);
        }
        let mut sender = Sender::open(team, ctx.store.outbox()?, &catalog, now())?;
        sender.team().save(&config)?;
        let mut failed = 0usize;
        for session in sessions {
            let id = line(&session.id).into_owned();
            match sender.send(&session, now())? {
                Sent::Taken { instance, again } => {
                    let key = if again { "send-sent-again" } else { "send-sent" };
                    output::say(&tr!(key, session = id.as_str(), instance = instance.as_str()))?;
                }
                Sent::Already => output::say(&tr!("send-already", session = id.as_str()))?,
                Sent::Failed(why) => {
                    output::note(&tr!("send-failed", session = id.as_str(), reason = why));
                    failed += 1;
                }
                _ => {
                    output::note(&tr!("send-failed", session = id.as_str(), reason = tr!("team-not-understood")));
                    failed += 1;
                }
            }
        }
        Ok(if failed > 0 { Done::Problems } else { Done::Ok })
    }
}

/// Every finished session of this laptop's (not those pulled from the team), by id.
pub(super) fn finished(ctx: &Context) -> eyre::Result<Vec<Session>> {
    let mut found = Vec::new();
    ctx.store.scan(&mut |listed| {
        if let Listed::Session(s) = listed
            && s.status == Status::Completed
            && s.origin.is_none()
        {
            found.push(*s);
        }
    })?;
    found.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(found)
}

/// The sessions named on the command line.
fn named(ctx: &Context, wanted: &[String]) -> eyre::Result<Vec<Session>> {
    wanted.iter().map(|w| Ok(ctx.store.load(&lifecycle::resolve(&ctx.store, w)?)?)).collect()
}
