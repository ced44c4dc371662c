//! Two sessions compared: score changes, changed answers, list items added and removed.

pub(crate) mod view;

use waypost_core::lifecycle::Compared;

use super::{Around, ScreenView, Updated};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::keys::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

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

impl ScreenView for Compare {
    fn mode(&self) -> Mode {
        Mode::Compare
    }

    fn update(&mut self, action: Action, _: &Around<'_>) -> Updated {
        update(self, action).into()
    }

    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer) {
        view::render(self, around.theme, area, buf);
    }
}
