//! `waypost team`: joining an ODK Central project as its app user, saying where things stand,
//! and leaving. The server is asked only here, never while an interview runs.

use color_eyre::eyre::{self, bail};
use waypost_core::team::Team;
use waypost_core::team::central::{self, FormList};
use waypost_core::team::outbox::{self, Standing};
use waypost_core::text::line;
use waypost_core::tr;

use super::output;
use crate::setup::context::{Context, config_dir, now};
use crate::setup::outcome::Done;

/// What `waypost team` does, with its arguments.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum Args {
    /// Join a team: the app user's settings URL ODK Central shows
    /// (https://SERVER/v1/key/TOKEN/projects/NUMBER); kept even when the server cannot be reached
    Join {
        /// The settings URL
        url: String,
    },
    /// The team this laptop belongs to, whether its server was reached and when, and the
    /// sessions waiting to be sent
    Status,
    /// Forget the team (the sessions stay on this laptop)
    Leave,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        match self {
            Args::Join { url } => join(&url),
            Args::Status => status(ctx),
            Args::Leave => leave(),
        }
    }
}

/// Keeps the settings URL, after asking the server whether the key works: refused by the
/// server, it is not kept; the server out of reach, it is kept and said.
fn join(url: &str) -> eyre::Result<Done> {
    let config = config_dir()?;
    let mut team = Team::from_url(url, now())?;
    let shown = line(&team.shown_url()).into_owned();
    match central::form_list(&team) {
        FormList::Forms(forms) => {
            team.reached = Some(waypost_core::team::Reached { at: now(), forms: forms.len() });
            team.save(&config)?;
            output::say(&tr!("team-joined", url = shown.as_str(), forms = forms.len()))?;
            if forms.is_empty() {
                output::note(&tr!("team-no-forms"));
            }
        }
        FormList::Refused { status, message } => {
            bail!(tr!("team-refused", url = shown.as_str(), status = status, message = line(&message).into_owned()))
        }
        FormList::Unreached(why) => {
            team.save(&config)?;
            output::say(&tr!("team-joined-offline", url = shown.as_str()))?;
            output::note(&why.to_string());
        }
        _ => bail!(tr!("team-not-understood")),
    }
    Ok(Done::Ok)
}

/// Says the server, the project, when the server last answered, and how many sessions wait.
fn status(ctx: &Context) -> eyre::Result<Done> {
    let Some(team) = Team::load(&config_dir()?)? else {
        output::say(&tr!("team-none"))?;
        return Ok(Done::Ok);
    };
    output::say(&tr!("team-server", url = line(&team.shown_url()).into_owned()))?;
    output::say(&tr!("team-project", project = team.project))?;
    match &team.reached {
        Some(reached) => output::say(&tr!(
            "team-reached",
            at = reached.at.format("%Y-%m-%d %H:%M").to_string(),
            forms = reached.forms
        )),
        None => output::say(&tr!("team-never-reached")),
    }?;
    // Finished sessions wait to be sent until the server took them as they are now.
    let outbox = ctx.store.outbox()?;
    let (mut waiting, mut sent, mut failed) = (0usize, 0usize, 0usize);
    for session in super::send::finished(ctx)? {
        match outbox::standing(&outbox::record(&outbox, &session.id)?, &session) {
            Standing::Waiting => waiting += 1,
            Standing::Sent(_) => sent += 1,
            Standing::Failed(_) => failed += 1,
        }
    }
    output::say(&tr!("team-sessions", waiting = waiting, sent = sent, failed = failed))?;
    Ok(Done::Ok)
}

/// Forgets the team.
fn leave() -> eyre::Result<Done> {
    if Team::forget(&config_dir()?)? {
        output::say(&tr!("team-left"))?;
    } else {
        output::say(&tr!("team-none"))?;
    }
    Ok(Done::Ok)
}
