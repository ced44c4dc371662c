//! Two sessions compared: score changes, changed answers, list items added and removed.

pub(crate) mod view;

use waypost_core::lifecycle::Compared;

use crate::tui::action::Action;
use crate::tui::effect::Effect;

/// The comparison screen.
pub struct Compare {
    /// The two sessions compared, the earlier first.
    pub compared: Compared,
    /// Lines scrolled down (kept within the text when drawn).
    pub scroll: u16,
}

/// Updates the comparison for an action.
pub(crate) fn update(c: &mut Compare, action: Action) -> Option<Effect> {
    match action {
        Action::Up => c.scroll = c.scroll.saturating_sub(1),
        Action::Down => c.scroll = c.scroll.saturating_add(1),
        Action::Export => return Some(Effect::Export),
        Action::Back => return Some(Effect::Browser),
        _ => {}
    }
    None
}
