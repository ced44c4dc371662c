//! Sending in the background: when this laptop belongs to a team, a session finished in the app
//! is queued and a thread of its own sends it (`waypost_core::team::send`), so the interview
//! never waits on the network. What became of it comes back for the status line; what could not
//! go stays in the outbox for the next try (`waypost send`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender as Queue, channel};

use waypost_core::questionnaire::Catalog;
use waypost_core::store::rows::Row;
use waypost_core::store::{FileStore, Store};
use waypost_core::team::Team;
use waypost_core::team::outbox::{Standing, standings};
use waypost_core::team::send::{NotSent, Sender, Sent};
use waypost_core::text::line;
use waypost_core::tr;

use super::widgets::Level;

/// The background sender: sessions go in, what became of them comes out.
pub(crate) struct Background {
    queue: Queue<String>,
    said: Receiver<(Level, String)>,
    /// The data folder, whose outbox says where each session stands.
    data: PathBuf,
}

/// Where the sender finds the team, the sessions and the questionnaires.
pub(crate) struct Places {
    /// The settings folder (the team).
    pub config: PathBuf,
    /// The data folder.
    pub data: PathBuf,
    /// The questionnaires, as the app loaded them (not read again for each session).
    pub catalog: Catalog,
}

/// Sends one session; what to say about it.
fn send(places: &Places, id: &str) -> Option<(Level, String)> {
    let team = Team::load(&places.config).ok()??;
    let store = FileStore::new(&places.data);
    let shown = line(id).into_owned();
    let failed = |why: String| Some((Level::Warning, tr!("send-failed-later", session = shown.as_str(), reason = why)));
    let session = match store.load(id) {
        Ok(session) => session,
        Err(e) => return failed(e.to_string()),
    };
    let outbox = match store.outbox() {
        Ok(outbox) => outbox,
        Err(e) => return failed(e.to_string()),
    };
    let now = crate::setup::context::now();
    let mut sender = match Sender::open(team, outbox, &places.catalog, now) {
        Ok(sender) => sender,
        // The reason alone: the status line's few rows say the rest.
        Err(NotSent::Unreached(why)) => return failed(why.to_string()),
        Err(e) => return failed(e.to_string()),
    };
    let _ = sender.team().save(&places.config);
    match sender.send(&session, now) {
        Ok(Sent::Taken { instance, .. }) => {
            Some((Level::Info, tr!("send-sent", session = shown.as_str(), instance = instance.as_str())))
        }
        Ok(Sent::Already) => None,
        Ok(Sent::Failed(why)) => failed(why),
        Ok(_) => failed(tr!("team-not-understood")),
        Err(e) => failed(e.to_string()),
    }
}

impl Background {
    /// Starts the sender's thread when this laptop belongs to a team; none otherwise.
    pub(crate) fn start(places: Places) -> Option<Background> {
        Team::load(&places.config).ok()??;
        let data = places.data.clone();
        let (queue, queued) = channel::<String>();
        let (say, said) = channel();
        // The interface language is per thread: the sender speaks the app's.
        let language = waypost_core::i18n::language();
        std::thread::spawn(move || {
            waypost_core::i18n::set_language(language);
            for id in queued {
                if let Some(text) = send(&places, &id)
                    && say.send(text).is_err()
                {
                    break;
                }
            }
        });
        Some(Background { queue, said, data })
    }

    /// Where each listed session stands with the team's server (none when the outbox cannot be
    /// read: the browser then shows no marks, and `waypost send` says why).
    pub(crate) fn standings(&self, rows: &[Row]) -> HashMap<String, Standing> {
        let outbox = FileStore::new(&self.data).outbox();
        outbox.ok().and_then(|outbox| standings(&outbox, rows).ok()).unwrap_or_default()
    }

    /// Queues a finished session.
    pub(crate) fn queue(&self, id: &str) {
        let _ = self.queue.send(id.to_owned());
    }

    /// What became of the sessions sent since last asked.
    pub(crate) fn said(&self) -> Vec<(Level, String)> {
        self.said.try_iter().collect()
    }
}
