//! `waypost team`: joining an ODK Central project as its app user, saying where things stand,
//! and leaving. The server is asked only here, never while an interview runs.

use color_eyre::eyre::{self, bail};
use waypost_core::team::Team;
use waypost_core::team::central::{self, FormList};
use waypost_core::team::outbox::{self, Standing};
use waypost_core::team::staff::Staff;
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
    /// Log in as staff (to publish forms): the password is asked without echo, or read from
    /// WAYPOST_CENTRAL_PASSWORD; only the server's session token is kept
    Login {
        /// The server (https://SERVER); default: the team's
        #[arg(long, value_name = "URL")]
        server: Option<String>,
        /// The staff user's email
        #[arg(long)]
        email: String,
    },
    /// End the staff login and forget its token
    Logout,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        match self {
            Args::Join { url } => join(&url),
            Args::Status => status(ctx),
            Args::Leave => leave(),
            Args::Login { server, email } => login(server.as_deref(), &email),
            Args::Logout => logout(),
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
        staff_status()?;
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
        match outbox::standing(&outbox::record(&outbox, &session.id)?, session.updated_at) {
            Standing::Waiting => waiting += 1,
            Standing::Sent(_) => sent += 1,
            Standing::Failed(_) => failed += 1,
        }
    }
    output::say(&tr!("team-sessions", waiting = waiting, sent = sent, failed = failed))?;
    staff_status()?;
    Ok(Done::Ok)
}

/// Says who is logged in as staff, and until when.
fn staff_status() -> eyre::Result<()> {
    match Staff::load(&config_dir()?)? {
        Some(staff) if staff.expires_at > now() => output::say(&tr!(
            "team-staff",
            email = line(&staff.email).into_owned(),
            server = line(&staff.server).into_owned(),
            until = staff.expires_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string()
        )),
        Some(staff) => output::say(&tr!("team-staff-expired", email = line(&staff.email).into_owned())),
        None => Ok(()),
    }
}

/// Logs in as staff on the team's server (or the one named) and keeps the token, never the
/// password.
fn login(server: Option<&str>, email: &str) -> eyre::Result<Done> {
    let config = config_dir()?;
    let server = match server {
        Some(server) => server.to_owned(),
        None => match Team::load(&config)? {
            Some(team) => team.server,
            None => bail!(tr!("team-login-no-server")),
        },
    };
    let password = output::secret(
        "WAYPOST_CENTRAL_PASSWORD",
        &tr!("team-password", email = line(email).into_owned()),
        &tr!("team-password-none"),
    )?;
    let staff = Staff::login(&server, email, &password)?;
    staff.save(&config)?;
    output::say(&tr!(
        "team-logged-in",
        email = line(&staff.email).into_owned(),
        server = line(&staff.server).into_owned(),
        until = staff.expires_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string()
    ))?;
    Ok(Done::Ok)
}

/// Ends the staff login.
fn logout() -> eyre::Result<Done> {
    let key = if Staff::logout(&config_dir()?)? { "team-logged-out" } else { "team-not-logged-in" };
    output::say(&tr!(key))?;
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
