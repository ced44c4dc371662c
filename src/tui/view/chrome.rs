//! What frames every screen: the status line, the hint bar, popups, and the too-small message.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::super::app::App;
use super::super::interview::{Level, Message};
use super::super::keymap;
use super::super::theme::Theme;
use super::{MIN_HEIGHT, MIN_WIDTH};

/// The style of a message level.
pub fn level_style(theme: Theme, level: Level) -> Style {
    match level {
        Level::Info => theme.ok,
        Level::Warning => theme.warning,
        Level::Error => theme.error,
    }
}

/// The message shown when the terminal is smaller than the app needs.
pub fn too_small(area: Rect, buf: &mut Buffer, theme: Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.title),
        Line::raw(format!("waypost needs {MIN_WIDTH}x{MIN_HEIGHT}; this is {}x{}.", area.width, area.height)),
        Line::raw("Enlarge the window. Ctrl-C saves and quits."),
    ];
    Paragraph::new(text).wrap(Wrap { trim: true }).alignment(Alignment::Center).render(area, buf);
}

/// The status line: the last message, and whether anything is waiting to be saved.
pub fn status(message: Option<&Message>, unsaved: bool, theme: Theme, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    if unsaved {
        spans.push(Span::styled(" NOT SAVED ", theme.error));
        spans.push(Span::raw(" "));
    }
    if let Some(m) = message {
        spans.push(Span::styled(crate::text::line(&m.text).into_owned(), level_style(theme, m.level)));
    }
    Line::from(spans).render(area, buf);
}

/// The hint bar, generated from the key table in force.
pub fn hints(app: &App, area: Rect, buf: &mut Buffer) {
    let mode = app.mode();
    let mut spans = Vec::new();
    for (i, (key, hint)) in keymap::hint_bar(mode, &|need| app.applies(need)).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", app.theme.dim));
        }
        spans.push(Span::styled(key, app.theme.key));
        spans.push(Span::raw(format!(" {hint}")));
    }
    Line::from(spans).render(area, buf);
}

/// A centred popup area of at most `width` x `height`.
pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))]).flex(Flex::Center).areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))]).flex(Flex::Center).areas(row);
    cell
}

/// The question asked before quitting with changes that could not be saved.
pub fn confirm_quit(app: &App, area: Rect, buf: &mut Buffer) {
    let rect = popup(area, 60, 8);
    Clear.render(rect, buf);
    let block = Block::default().borders(Borders::ALL).title(" Quit without saving? ").border_style(app.theme.error);
    let text = vec![
        Line::raw("The latest changes could not be saved:"),
        Line::styled(
            app.status.as_ref().map(|m| crate::text::line(&m.text).into_owned()).unwrap_or_default(),
            app.theme.error,
        ),
        Line::raw(""),
        Line::raw("y: quit anyway and lose them · Esc: stay and keep trying"),
    ];
    Paragraph::new(text).wrap(Wrap { trim: true }).block(block).render(rect, buf);
}
