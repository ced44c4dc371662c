//! A session's grid on a canvas: axes, named quadrants, each stakeholder a labelled point; beside
//! it the stakeholders per quadrant and the details of the highlighted one.

pub(crate) mod view;

use waypost_core::lifecycle::Opened;
use waypost_core::questionnaire::{Grid, View};
use waypost_core::report::grid::plot;

use super::{Around, ScreenView, Updated};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::keys::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The grid screen.
pub struct GridScreen {
    /// The session with its questionnaire.
    pub opened: Opened,
    /// The highlighted stakeholder.
    pub selected: usize,
    /// Whether it was opened from the browser (Esc goes back there) or by finishing (home).
    pub from_browser: bool,
}

impl GridScreen {
    /// The grid view of the questionnaire, if it declares one.
    pub fn grid(&self) -> Option<&Grid> {
        grid_of(&self.opened)
    }
}

/// The grid view a session's questionnaire declares, if any.
pub(crate) fn grid_of(opened: &Opened) -> Option<&Grid> {
    opened.questionnaire.views.iter().find_map(|v| match v {
        View::Grid(g) => Some(g),
        View::Table(_) => None,
    })
}

/// Updates the grid for an action.
pub(crate) fn update(g: &mut GridScreen, action: Action) -> Option<Effect> {
    match action {
        Action::Up => g.selected = g.selected.saturating_sub(1),
        Action::Down => {
            // Placing the points is needed only to know where the last one is.
            let points = g.grid().and_then(|grid| plot(&g.opened.questionnaire, grid, &g.opened.session));
            let count = points.map_or(0, |p| p.points.len());
            g.selected = (g.selected + 1).min(count.saturating_sub(1));
        }
        Action::Summary => return Some(Effect::SwitchReport),
        Action::Export => return Some(Effect::Export),
        Action::Back => return Some(if g.from_browser { Effect::Browser } else { Effect::Home }),
        _ => {}
    }
    None
}

impl ScreenView for GridScreen {
    fn mode(&self) -> Mode {
        Mode::Grid
    }

    fn update(&mut self, action: Action, _: &Around<'_>) -> Updated {
        update(self, action).into()
    }

    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer) {
        view::render(self, around.theme, area, buf);
    }
}
