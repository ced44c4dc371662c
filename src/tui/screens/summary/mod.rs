//! A session's summary: score bars with bands, suggested actions, overridden warnings, notes and
//! the counts of answer states.

pub(crate) mod view;

use waypost_core::lifecycle::Opened;

use super::{Around, ScreenView, Updated};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::keys::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The summary screen.
pub struct Summary {
    /// The session with its questionnaire.
    pub opened: Opened,
    /// What it reads from other sessions: the one it follows up, for the trend of its scores,
    /// and the workshops of the period a review looks at.
    pub history: waypost_core::report::history::History,
    /// Lines scrolled down (kept within the text when drawn).
    pub scroll: u16,
    /// Whether it was opened from the browser (Esc goes back there) or by finishing (home).
    pub from_browser: bool,
}

/// Updates the summary for an action.
pub(crate) fn update(s: &mut Summary, action: Action) -> Option<Effect> {
    match action {
        Action::Up => s.scroll = s.scroll.saturating_sub(1),
        Action::Down => s.scroll = s.scroll.saturating_add(1),
        Action::Grid => return Some(Effect::SwitchReport),
        Action::Export => return Some(Effect::Export),
        Action::Back => return Some(if s.from_browser { Effect::Browser } else { Effect::Home }),
        _ => {}
    }
    None
}

impl ScreenView for Summary {
    fn mode(&self) -> Mode {
        Mode::Summary
    }

    fn update(&mut self, action: Action, _: &Around<'_>) -> Updated {
        update(self, action).into()
    }

    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer) {
        view::render(self, around.theme, area, buf);
    }
}
