//! One folder per screen, each holding its state, its update and its view side by side, and
//! tying them together in one [`ScreenView`] implementation: a new screen is a folder, a `Mode` with
//! its key table (which gives its hints and its help), and a variant of the app's `Screen`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use waypost_core::questionnaire::Catalog;
use waypost_core::session::Timestamp;

use super::action::Action;
use super::effect::Effect;
use super::keys::Mode;
use super::theme::Theme;

pub(crate) mod browser;
pub(crate) mod compare;
pub(crate) mod form;
pub(crate) mod grid;
pub(crate) mod home;
pub(crate) mod interview;
pub(crate) mod present;
pub(crate) mod summary;

/// What a screen's update and drawing may read of the app around it.
pub(crate) struct Around<'a> {
    /// The questionnaires.
    pub catalog: &'a Catalog,
    /// The styles.
    pub theme: Theme,
    /// Now, by the app's clock.
    pub now: Timestamp,
}

/// What an action did to a screen.
#[derive(Default)]
pub(crate) struct Updated {
    /// Whether the open session changed (and is to be saved).
    pub changed: bool,
    /// What else must happen: a store call, another screen.
    pub effect: Option<Effect>,
}

impl From<Option<Effect>> for Updated {
    fn from(effect: Option<Effect>) -> Updated {
        Updated { changed: false, effect }
    }
}

/// What every screen does: the key table it is in (its hints and help come from that table),
/// what an action does to it, and how it is drawn.
pub(crate) trait ScreenView {
    /// The key table in force on this screen, in its present state.
    fn mode(&self) -> Mode;
    /// Changes the screen for an action.
    fn update(&mut self, action: Action, around: &Around<'_>) -> Updated;
    /// Draws the screen in `area`, above the status line and the hints.
    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer);
}
