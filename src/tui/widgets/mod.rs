//! What frames every screen and what several screens draw alike: messages and their levels, the
//! status line, the hint bar, popups, the too-small message, and the one scrolling helper.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use waypost_core::text::line;

use super::keys::{self, Mode, Need};
use super::messages as msg;
use super::theme::Theme;

/// How a message reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// For information.
    Info,
    /// A soft warning.
    Warning,
    /// Something went wrong or was refused.
    Error,
}

/// A message under the question or in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// How it reads.
    pub level: Level,
    /// What it says (cleaned when drawn).
    pub text: String,
}

impl Message {
    /// A message of a level.
    pub fn new(level: Level, text: impl Into<String>) -> Message {
        Message { level, text: text.into() }
    }
}

/// The style of a message level.
pub fn level_style(theme: Theme, level: Level) -> Style {
    match level {
        Level::Info => theme.ok,
        Level::Warning => theme.warning,
        Level::Error => theme.error,
    }
}

/// The message shown when the terminal is smaller than the app needs.
pub fn too_small(area: Rect, buf: &mut Buffer, theme: Theme, min: (u16, u16)) {
    let [title, size, hint] = msg::too_small(min, (area.width, area.height));
    let text = vec![Line::styled(title, theme.title), Line::raw(size), Line::raw(hint)];
    Paragraph::new(text).wrap(Wrap { trim: true }).alignment(Alignment::Center).render(area, buf);
}

/// The status line: the last message, and whether anything is waiting to be saved.
pub fn status(message: Option<&Message>, unsaved: bool, theme: Theme, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    if unsaved {
        spans.push(Span::styled(msg::not_saved_mark(), theme.error));
        spans.push(Span::raw(" "));
    }
    if let Some(m) = message {
        spans.push(Span::styled(line(&m.text).into_owned(), level_style(theme, m.level)));
    }
    Line::from(spans).render(area, buf);
}

/// The hint bar, generated from the key table in force.
pub fn hints(mode: Mode, applies: &dyn Fn(Need) -> bool, theme: Theme, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for (i, (key, hint)) in keys::hint_bar(mode, applies).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim));
        }
        spans.push(Span::styled(key, theme.key));
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

/// The first row to show of a list so that the highlighted row (`cursor`) is in view.
pub fn first_row(cursor: usize, height: u16) -> usize {
    cursor.saturating_sub(usize::from(height.max(1)) - 1)
}

/// A scroll offset kept within the text: never past its last screenful.
pub fn clamp_scroll(scroll: u16, lines: usize, height: u16) -> u16 {
    let most = lines.saturating_sub(usize::from(height));
    scroll.min(u16::try_from(most).unwrap_or(u16::MAX))
}
