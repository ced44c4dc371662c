//! What the event loop asks of the app about frames: whether anything a tick can change did
//! (else no frame is drawn), and that a frame showed the screen (keys typed before a dialog
//! showed are not put in it).

use super::{App, Screen};
use crate::tui::screens::interview::{Layer, Prompt};
use crate::tui::widgets::Message;

impl App {
    /// Whether a warning's reason is asked for.
    pub(super) fn asks_reason(&self) -> bool {
        matches!(&self.screen, Screen::Interview(it) if matches!(it.layer, Layer::Prompt(Prompt::Reason { .. })))
    }

    /// A frame has shown the screen as it is: from now on, keys are typed knowing what it shows.
    pub fn shown(&mut self) {
        self.unseen_dialog = false;
    }

    /// What can change on screen with no key pressed: the status line (a save reports, a notice
    /// expires), the minutes spent (the agenda's time line), whether the draft is still to be
    /// saved ("Draft: saving…" becomes "Draft saved" when a tick saved it) and the sessions the
    /// browser read (it follows the folder). After a tick, the event loop draws again only when
    /// this changed.
    pub fn idle_view(&self) -> (Option<Message>, u64, bool, Option<String>) {
        let (minutes, draft_pending, listed) = match &self.screen {
            Screen::Interview(it) => (it.session().spent.values().map(|s| (s + 30) / 60).sum(), it.draft_pending, None),
            Screen::Browser(b) => (0, false, b.stamp.clone()),
            _ => (0, false, None),
        };
        (self.status.clone(), minutes, draft_pending, listed)
    }
}
