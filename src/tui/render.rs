//! Drawing the app: the screen shown, the status line, the hint bar and any overlay, as a pure
//! function of the state (the interview records where its clickable parts went). Every text from
//! a file or an answer is cleaned by `waypost_core::text` as it is drawn, never before.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

use super::app::App;
use super::overlays::{confirm_quit, help};
use super::screens::Around;
use super::widgets;

/// The smallest terminal the app draws in; smaller shows a message instead.
pub(crate) const MIN_WIDTH: u16 = 60;
/// The smallest height.
pub(crate) const MIN_HEIGHT: u16 = 16;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            widgets::too_small(area, buf, self.theme, (MIN_WIDTH, MIN_HEIGHT));
            return;
        }
        let applies = |need| self.applies(need);
        let status = widgets::status(self.status.as_ref(), self.unsaved, self.theme);
        let hints = widgets::hints(self.mode(), &applies, self.theme, area.width);
        let hint_rows = u16::try_from(hints.len()).unwrap_or(1);
        let [main, status_area, hint_area] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(widgets::status_rows(&status, area.width)),
            Constraint::Length(hint_rows),
        ])
        .areas(area);
        let around = Around { catalog: &self.catalog, theme: self.theme, now: self.now() };
        self.screen.view().render(&around, main, buf);
        status.render(status_area, buf);
        ratatui::widgets::Paragraph::new(hints).render(hint_area, buf);
        if self.help {
            help::render(self.screen_mode(), &applies, self.help_scroll, self.theme, area, buf);
        }
        if self.confirm_quit {
            confirm_quit::render(self.status.as_ref(), self.theme, area, buf);
        }
        clean(area, buf);
        super::spacing::make_room(area, buf);
    }
}

/// The last step of every frame: no character a terminal would act on leaves it, whatever a
/// widget drew. Inputs hold the user's exact text (tabs, right-to-left marks and all), so the
/// cleaning happens here, when drawing, and never in what is stored.
fn clean(area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y))
                && let Some(safe) = waypost_core::text::safe_cell(cell.symbol())
            {
                cell.set_symbol(&safe);
            }
        }
    }
}
