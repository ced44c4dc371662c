//! The audience view (`waypost present`): a session followed live and read-only, for the room to
//! see on a projector. What it shows comes from the core's [`Stage`]; this screen only loads the
//! session again when its file changes, and keeps the last good view while a file cannot be read.

pub(crate) mod view;

use waypost_core::lifecycle::{self, LifecycleError};
use waypost_core::questionnaire::Catalog;
use waypost_core::report::stage::Stage;
use waypost_core::store::Store;

/// The audience view's state.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    /// What the room sees, from the last time the session could be read.
    pub stage: Option<Stage>,
    /// Why the session could not be read the last time (shown small; the last view stays).
    pub problem: Option<String>,
    /// Whether the facilitator chose to show what the questionnaire keeps off the projector.
    pub show_all: bool,
}

impl Audience {
    /// Reads the session again (never locking or writing it); on success, what the room sees
    /// is replaced and any problem said before is gone.
    pub fn load(&mut self, store: &dyn Store, catalog: &Catalog, id: &str) -> Result<(), LifecycleError> {
        let opened = lifecycle::open(store, catalog, id)?;
        self.stage = Some(Stage::of(&opened.questionnaire, &opened.session, self.show_all));
        self.problem = None;
        Ok(())
    }
}
