//! Rendering: a pure function of the app's state. Every text from a file or an answer passes
//! through `crate::text` first, so no control character reaches the terminal.

pub mod browser;
pub mod chrome;
pub mod compare;
pub mod form;
pub mod grid;
pub mod help;
pub mod home;
pub mod interview;
pub mod list;
pub mod review;
pub mod summary;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

use super::app::{App, Screen};

/// The smallest terminal the app draws in; smaller shows a message instead.
pub const MIN_WIDTH: u16 = 60;
/// The smallest height.
pub const MIN_HEIGHT: u16 = 16;

/// The body of the screen, without the status line and the hint bar.
pub fn body(area: Rect) -> Rect {
    Rect { height: area.height.saturating_sub(2), ..area }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            chrome::too_small(area, buf, self.theme);
            return;
        }
        let [main, status, hints] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(1)]).areas(area);
        match &self.screen {
            Screen::Home(home) => home::render(home, &self.catalog, self.theme, main, buf),
            Screen::Form(form) => form::render(form, &self.catalog, self.theme, main, buf),
            Screen::Interview(it) => interview::render(it, self.theme, area, buf),
            Screen::Browser(b) => browser::render(b, self.theme, main, buf),
            Screen::Report(r) if r.page == super::reports::Page::Summary => summary::render(r, self.theme, main, buf),
            Screen::Report(r) => grid::render(r, self.theme, main, buf),
            Screen::Compared(c) => compare::render(c, self.theme, main, buf),
        }
        chrome::status(self.status.as_ref(), self.unsaved, self.theme, status, buf);
        chrome::hints(self, hints, buf);
        if self.help {
            help::render(self, area, buf);
        }
        if self.confirm_quit {
            chrome::confirm_quit(self, area, buf);
        }
    }
}
