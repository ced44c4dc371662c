//! `waypost publish`: a staff user puts a questionnaire's form on the team's ODK Central project
//! (created, or a new version when the questionnaire's version changed), optionally encrypted to
//! a key of the team's own, and gives it to the project's app users.

use std::path::PathBuf;

use color_eyre::eyre::{self, WrapErr, bail};
use waypost_core::safe_read::read_regular;
use waypost_core::team::Team;
use waypost_core::team::publish::{Outcome, Publishing, publish};
use waypost_core::team::seal::form_key_from_pem;
use waypost_core::team::staff::Staff;
use waypost_core::text::line;
use waypost_core::tr;

use super::{messages as msg, output};
use crate::setup::context::{Context, config_dir, now};
use crate::setup::outcome::Done;

/// The largest public key file read.
const MAX_KEY_BYTES: u64 = 64 * 1024;

/// The arguments of `waypost publish`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The questionnaire's id (see `waypost questionnaires`)
    questionnaire: String,
    /// The project's number (default: the team's)
    #[arg(long, value_name = "NUMBER")]
    project: Option<u64>,
    /// Give the form to this app user only (repeat for more; default: every app user of the
    /// project)
    #[arg(long = "app-user", value_name = "NAME")]
    app_users: Vec<String>,
    /// Encrypt the form's submissions to this public key of the team's own (a PEM file)
    #[arg(long, value_name = "FILE")]
    public_key: Option<PathBuf>,
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        let config = config_dir()?;
        let staff = Staff::current(&config, now())?;
        let team = Team::load(&config)?;
        let project = match (self.project, team) {
            (Some(project), _) => project,
            (None, Some(team)) if team.server == staff.server => team.project,
            _ => bail!(tr!("publish-which-project")),
        };
        let key = match &self.public_key {
            Some(file) => {
                let shown = line(&file.display().to_string()).into_owned();
                let pem = read_regular(file, MAX_KEY_BYTES).wrap_err_with(|| msg::cannot_read(&shown))?;
                let pem = String::from_utf8_lossy(&pem);
                Some(form_key_from_pem(&pem).map_err(|e| {
                    eyre::eyre!(tr!("publish-bad-key", file = shown, reason = line(&e.to_string()).into_owned()))
                })?)
            }
            None => None,
        };
        let catalog = ctx.catalog();
        let q = waypost_core::lifecycle::questionnaire(&catalog, &self.questionnaire)?;
        let exported = waypost_core::xlsform::xform::xform(q, key.as_deref()).map_err(|e| eyre::eyre!(e))?;
        // What an XLSForm keeps in waypost columns is simply not in an XForm: one line says so.
        if !exported.notes.is_empty() {
            output::note(&tr!("publish-not-in-form", count = exported.notes.len()));
        }
        let form = waypost_core::xlsform::form_id(q);
        let publishing =
            Publishing { project, form: &form, version: &q.version, xml: &exported.bytes, app_users: &self.app_users };
        let published = publish(&staff, &publishing)?;
        let (form, version) = (line(&form).into_owned(), line(&q.version).into_owned());
        output::say(&match &published.outcome {
            Outcome::Created => {
                tr!("publish-created", form = form.as_str(), version = version.as_str(), project = project)
            }
            Outcome::NewVersion { was } => tr!(
                "publish-new-version",
                form = form.as_str(),
                version = version.as_str(),
                was = line(was).into_owned(),
                project = project
            ),
            _ => tr!("publish-current", form = form.as_str(), version = version.as_str(), project = project),
        })?;
        if key.is_some() {
            output::say(&tr!("publish-encrypted"))?;
        }
        let names = |list: &[String]| list.iter().map(|n| line(n).into_owned()).collect::<Vec<_>>().join(", ");
        if !published.given.is_empty() {
            output::say(&tr!("publish-given", users = names(&published.given)))?;
        }
        if !published.had.is_empty() {
            output::say(&tr!("publish-had", users = names(&published.had)))?;
        }
        if published.given.is_empty() && published.had.is_empty() {
            output::note(&tr!("publish-no-app-users", project = project));
        }
        Ok(Done::Ok)
    }
}
