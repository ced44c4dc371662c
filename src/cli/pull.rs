//! `waypost pull`: a staff user brings the team's sessions from ODK Central into this laptop's
//! data folder, each kept read-only beside this laptop's own (`waypost_core::team::pull`); a bar
//! shows how far a long pull is, and what could not be read is said with the reason.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use color_eyre::eyre::{self, WrapErr, bail};
use waypost_core::safe_read::read_regular;
use waypost_core::session::Timestamp;
use waypost_core::team::Team;
use waypost_core::team::pull::{Pulled, Pulling, pull};
use waypost_core::team::seal::private_key_from_pem;
use waypost_core::team::staff::Staff;
use waypost_core::text::line;
use waypost_core::tr;

use super::{messages as msg, output};
use crate::setup::context::{Context, config_dir, now};
use crate::setup::outcome::Done;

/// The largest private key file read.
const MAX_KEY_BYTES: u64 = 64 * 1024;

/// The arguments of `waypost pull`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Only this questionnaire's sessions (default: every questionnaire's form on the server)
    #[arg(long, value_name = "ID")]
    questionnaire: Option<String>,
    /// Only sessions sent or changed on this day or later (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// The project's number (default: the team's, or the only one this login sees)
    #[arg(long, value_name = "NUMBER")]
    project: Option<u64>,
    /// Read encrypted submissions with the team's private key (a PEM file; it never leaves
    /// this laptop)
    #[arg(long, value_name = "FILE")]
    private_key: Option<PathBuf>,
    /// Read encrypted submissions with the project's passphrase (Central's managed encryption;
    /// asked without echo, or from WAYPOST_CENTRAL_PASSPHRASE; never kept)
    #[arg(long)]
    passphrase: bool,
}

/// The start of a day given on the command line, in this laptop's time zone.
fn day(text: &str) -> eyre::Result<Timestamp> {
    let date = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| eyre::eyre!(tr!("pull-bad-date", date = line(text).into_owned())))?;
    let start = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    Ok(start.and_local_timezone(chrono::Local).earliest().map_or_else(now, |t| t.fixed_offset()))
}

/// A bar on standard error while the pull runs, only on a terminal.
fn bar(done: usize, total: usize) {
    let mut err = std::io::stderr();
    if total == 0 || !err.is_terminal() {
        return;
    }
    let width = 30;
    let filled = done * width / total;
    let _ = write!(err, "\r[{}{}] {done}/{total} ", "#".repeat(filled), ".".repeat(width - filled));
    if done == total {
        let _ = write!(err, "\r{}\r", " ".repeat(width + 24));
    }
    let _ = err.flush();
}

impl Args {
    /// Runs the command.
    pub(crate) fn run(self, ctx: &Context) -> eyre::Result<Done> {
        let config = config_dir()?;
        let staff = Staff::current(&config, now())?;
        let project = match (self.project, Team::load(&config)?) {
            (Some(project), _) => project,
            (None, Some(team)) if team.server == staff.server => team.project,
            // A reviewer who sees one project needs to name none.
            _ => match staff.projects()?.as_slice() {
                [(only, _)] => *only,
                many => {
                    let known: Vec<String> = many.iter().map(|(n, name)| format!("{n} ({})", line(name))).collect();
                    bail!(tr!("pull-which-project", known = known.join(", ")))
                }
            },
        };
        let since = self.since.as_deref().map(day).transpose()?;
        let key = match &self.private_key {
            Some(file) => {
                let shown = line(&file.display().to_string()).into_owned();
                let pem = read_regular(file, MAX_KEY_BYTES).wrap_err_with(|| msg::cannot_read(&shown))?;
                Some(private_key_from_pem(&String::from_utf8_lossy(&pem)).map_err(|e| {
                    eyre::eyre!(tr!("pull-bad-key", file = shown, reason = line(&e.to_string()).into_owned()))
                })?)
            }
            None => None,
        };
        let passphrase = if self.passphrase {
            Some(output::secret("WAYPOST_CENTRAL_PASSPHRASE", &tr!("pull-passphrase"), &tr!("pull-passphrase-none"))?)
        } else {
            None
        };
        let catalog = ctx.catalog();
        let questionnaires = match &self.questionnaire {
            Some(id) => vec![waypost_core::lifecycle::questionnaire(&catalog, id)?],
            None => catalog.entries().iter().map(|e| &e.questionnaire).collect(),
        };
        let pulling = Pulling { project, questionnaires, since, key: key.as_ref(), passphrase: passphrase.as_deref() };
        let pulled = pull(&staff, &ctx.store, &ctx.store.outbox()?, &pulling, now(), &mut bar)?;
        report(&pulled)?;
        Ok(match &pulled.stopped {
            Some(_) => Done::Problems,
            None if !pulled.skipped.is_empty() => Done::Problems,
            None => Done::Ok,
        })
    }
}

/// Says what the pull brought, then what needs a look.
fn report(p: &Pulled) -> eyre::Result<()> {
    output::say(&tr!(
        "pull-done",
        listed = p.listed,
        new = p.new,
        updated = p.updated,
        unchanged = p.unchanged,
        yours = p.yours
    ))?;
    if p.opened > 0 {
        output::say(&tr!("pull-opened", count = p.opened))?;
    }
    if p.from_instance > 0 {
        output::say(&tr!("pull-from-instance", count = p.from_instance))?;
    }
    for (local, kept) in &p.both_kept {
        output::say(&tr!("pull-both-kept", local = line(local).into_owned(), kept = line(kept).into_owned()))?;
    }
    for (id, why) in &p.unread {
        output::note(&tr!("pull-unread", session = line(id).into_owned(), reason = line(why).into_owned()));
    }
    for (instance, why) in &p.skipped {
        output::note(&tr!("pull-skipped", instance = line(instance).into_owned(), reason = line(why).into_owned()));
    }
    if let Some(why) = &p.stopped {
        output::note(&tr!("pull-stopped", reason = line(why).into_owned()));
    }
    Ok(())
}
