//! Sending sessions to the team's server, for the command line and for the app's background
//! sender alike: the server asked once which forms this laptop may send to (and which carry a
//! key), then each session built once into the outbox and posted as those bytes.

use super::central::{self, FormList, Offered, Submitted, Unreached};
use super::outbox::{self, Form};
use super::seal::{self, RsaPublicKey};
use super::{Reached, Team};
use crate::questionnaire::Catalog;
use crate::session::{Session, Timestamp};
use crate::store::folder::Folder;
use crate::text::line;
use crate::tr;
use crate::xlsform::form_id;

/// What became of one session.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Sent {
    /// The server took it.
    Taken {
        /// Its instance id.
        instance: String,
        /// Whether it replaces an earlier version.
        again: bool,
    },
    /// The server already has it as it is.
    Already,
    /// Not sent, and why, in words; it is tried again next time.
    Failed(String),
}

/// Why nothing could be sent at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NotSent {
    /// The server refused this laptop's key.
    #[error("{}", tr!("team-refused", url = line(url).into_owned(), status = *status, message = line(message).into_owned()))]
    Refused {
        /// The settings URL, masked.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The server's words.
        message: String,
    },
    /// The server was not reached.
    #[error("{}", tr!("send-unreached", reason = .0.to_string()))]
    Unreached(Unreached),
    /// The outbox could not be read or written.
    #[error(transparent)]
    Outbox(#[from] std::io::Error),
}

/// A sender: the team, what its server offers, the outbox.
pub struct Sender<'c> {
    team: Team,
    forms: Vec<Offered>,
    keys: Vec<(String, Option<RsaPublicKey>)>,
    outbox: Folder,
    catalog: &'c Catalog,
}

impl<'c> Sender<'c> {
    /// Asks the server which forms this laptop may send to; notes when it was reached.
    pub fn open(mut team: Team, outbox: Folder, catalog: &'c Catalog, now: Timestamp) -> Result<Sender<'c>, NotSent> {
        let forms = match central::form_list(&team) {
            FormList::Forms(forms) => forms,
            FormList::Refused { status, message } => {
                return Err(NotSent::Refused { url: team.shown_url(), status, message });
            }
            FormList::Unreached(why) => return Err(NotSent::Unreached(why)),
        };
        team.reached = Some(Reached { at: now, forms: forms.len() });
        Ok(Sender { team, forms, keys: Vec::new(), outbox, catalog })
    }

    /// The team, with when its server was last reached.
    pub fn team(&self) -> &Team {
        &self.team
    }

    /// The public key of a form, asked once per form: `Err` says why it is not known.
    fn key(&mut self, form: &str) -> Result<Option<RsaPublicKey>, String> {
        if let Some((_, key)) = self.keys.iter().find(|(f, _)| f == form) {
            return Ok(key.clone());
        }
        let key = central::form_key(&self.team, form).map_err(|why| why.to_string())?;
        let key = key.map(|k| seal::public_key(&k)).transpose().map_err(|e| e.to_string())?;
        self.keys.push((form.to_owned(), key.clone()));
        Ok(key)
    }

    /// Sends one session (or its submission built before, the same bytes); says what became of
    /// it. Only the outbox failing is an error: anything the server says is a [`Sent`].
    pub fn send(&mut self, session: &Session, now: Timestamp) -> std::io::Result<Sent> {
        // A session pulled from the server is the team's: the server has it already.
        if session.origin.is_some() {
            return Ok(Sent::Failed(tr!("send-team-session")));
        }
        let Some(entry) = self.catalog.get(&session.questionnaire.id) else {
            return Ok(Sent::Failed(tr!(
                "send-unknown-questionnaire",
                questionnaire = session.questionnaire.id.as_str()
            )));
        };
        let q = &entry.questionnaire;
        let form = form_id(q);
        let Some(offered) = self.forms.iter().find(|f| f.id == form).cloned() else {
            return Ok(Sent::Failed(tr!("send-no-form", form = form.as_str(), questionnaire = q.id.as_str())));
        };
        // Never in plaintext to a form that carries a key.
        let key = match self.key(&form) {
            Ok(key) => key,
            Err(why) => return Ok(Sent::Failed(why)),
        };
        // Managed encryption adds `[encrypted:…]` to the version the server has.
        let encrypted_version = offered.version.starts_with(&format!("{}[encrypted:", q.version));
        let version = if encrypted_version { offered.version.clone() } else { q.version.clone() };
        let built = match outbox::next(&self.outbox, q, session, &Form { version, key: key.as_ref() }, now) {
            Ok(Some(built)) => built,
            Ok(None) => return Ok(Sent::Already),
            Err(outbox::SendError::Key(e)) => return Ok(Sent::Failed(e.to_string())),
            Err(outbox::SendError::Io(e)) => return Err(e),
        };
        let (built, bytes) = built;
        let outcome = match central::submit(&self.team, &bytes, &built.boundary) {
            Submitted::Taken => Ok(now),
            // A new version naming one that is no longer the server's current one: edited elsewhere.
            Submitted::Conflict(m) if built.deprecated_id.is_some() => {
                Err(tr!("send-out-of-date", message = line(&m).into_owned()))
            }
            Submitted::Conflict(m) => Err(tr!("send-conflict", message = line(&m).into_owned())),
            Submitted::UnknownVersion(_) => Err(tr!(
                "send-unknown-version",
                form = form.as_str(),
                version = q.version.as_str(),
                questionnaire = q.id.as_str()
            )),
            Submitted::Refused(m) => Err(tr!("send-refused", message = line(&m).into_owned())),
            Submitted::Rejected(status, m) => {
                Err(tr!("send-rejected", status = status, message = line(&m).into_owned()))
            }
            Submitted::Unreached(why) => Err(why.to_string()),
        };
        outbox::settle(&self.outbox, &session.id, &built, outcome.clone())?;
        Ok(match outcome {
            Ok(_) => Sent::Taken { instance: built.instance_id, again: built.deprecated_id.is_some() },
            Err(why) => Sent::Failed(why),
        })
    }
}
