//! What frames every screen and what several screens draw alike: messages and their levels, the
//! status line, the hint bar, popups, the too-small message, and the one scrolling helper.

pub(crate) mod cursor;
pub(crate) mod text_input;
pub(crate) mod vote_chart;

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
pub(crate) fn level_style(theme: Theme, level: Level) -> Style {
    match level {
        Level::Info => theme.ok,
        Level::Warning => theme.warning,
        Level::Error => theme.error,
    }
}

/// The message shown when the terminal is smaller than the app needs.
pub(crate) fn too_small(area: Rect, buf: &mut Buffer, theme: Theme, min: (u16, u16)) {
    let [title, size, hint] = msg::too_small(min, (area.width, area.height));
    let text = vec![Line::styled(title, theme.title), Line::raw(size), Line::raw(hint)];
    Paragraph::new(text).wrap(Wrap { trim: true }).alignment(Alignment::Center).render(area, buf);
}

/// The most rows the status line takes when its message is long; longer still is cut.
const STATUS_ROWS: u16 = 3;
/// The most rows the hint bar takes.
const HINT_ROWS: u16 = 2;

/// The status line: the last message, and whether anything is waiting to be saved; a long
/// message wraps rather than being cut at the edge.
pub(crate) fn status(message: Option<&Message>, unsaved: bool, theme: Theme) -> Paragraph<'static> {
    let mut spans = Vec::new();
    if unsaved {
        spans.push(Span::styled(msg::not_saved_mark(), theme.error));
        spans.push(Span::raw(" "));
    }
    if let Some(m) = message {
        spans.push(Span::styled(line(&m.text).into_owned(), level_style(theme, m.level)));
    }
    Paragraph::new(Line::from(spans)).wrap(Wrap { trim: false })
}

/// The rows the status line needs at `width`: one, or more for a long message.
pub(crate) fn status_rows(status: &Paragraph<'_>, width: u16) -> u16 {
    u16::try_from(status.line_count(width)).unwrap_or(STATUS_ROWS).clamp(1, STATUS_ROWS)
}

/// The hint bar, generated from the key table in force: whole hints, on a second row when they
/// do not fit on one, never a hint cut in the middle.
pub(crate) fn hints(mode: Mode, applies: &dyn Fn(Need) -> bool, theme: Theme, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines: Vec<(Vec<Span<'static>>, usize)> = vec![(Vec::new(), 0)];
    for (key, hint) in keys::hint_bar(mode, applies) {
        let size = waypost_core::text::width(&key) + 1 + waypost_core::text::width(&hint);
        let full = lines.last().is_some_and(|(_, used)| *used > 0 && *used + 3 + size > width);
        if full {
            if lines.len() == usize::from(HINT_ROWS) {
                break;
            }
            lines.push((Vec::new(), 0));
        }
        let Some((spans, used)) = lines.last_mut() else { break };
        if *used > 0 {
            spans.push(Span::styled(" · ", theme.dim));
            *used += 3;
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::raw(format!(" {hint}")));
        *used += size;
    }
    lines.into_iter().map(|(spans, _)| Line::from(spans)).collect()
}

/// A centred popup area of at most `width` x `height`.
pub(crate) fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))]).flex(Flex::Center).areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))]).flex(Flex::Center).areas(row);
    cell
}

/// The first row to show of a list so that the highlighted row (`cursor`) is in view.
pub(crate) fn first_row(cursor: usize, height: u16) -> usize {
    cursor.saturating_sub(usize::from(height.max(1)) - 1)
}

/// A scroll offset kept within the text: never past its last screenful.
pub(crate) fn clamp_scroll(scroll: u16, lines: usize, height: u16) -> u16 {
    let most = lines.saturating_sub(usize::from(height));
    scroll.min(u16::try_from(most).unwrap_or(u16::MAX))
}

/// Draws a long wrapped text scrolled down `scroll` lines (kept within the text); when it is
/// taller than the area, the last row says how many lines are below.
pub(crate) fn scrolled(text: Paragraph<'_>, scroll: u16, theme: Theme, area: Rect, buf: &mut Buffer) {
    let total = text.line_count(area.width);
    let rows = if total > usize::from(area.height) { area.height.saturating_sub(1) } else { area.height };
    let scroll = clamp_scroll(scroll, total, rows);
    text.scroll((scroll, 0)).render(Rect { height: rows, ..area }, buf);
    let below = total.saturating_sub(usize::from(scroll) + usize::from(rows));
    if below > 0 {
        Line::styled(msg::more_below(below), theme.dim).render(Rect { y: area.y + rows, height: 1, ..area }, buf);
    }
}
