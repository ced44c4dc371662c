//! The help overlay: every binding of the screen underneath, from the same table that handles
//! the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use waypost_core::text::width;

use crate::tui::keys::{self, Mode, Need};
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::{clamp_scroll, popup};

/// Draws the help for the mode under the overlay, scrolled down `scroll` lines where it is taller
/// than the terminal (the frame's bottom line says how to close it, and to scroll).
pub(crate) fn render(
    under: Mode,
    applies: &dyn Fn(Need) -> bool,
    scroll: u16,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut lines = keys::help_lines(under, applies);
    // Keys the tables do not name one by one: digits pick choices, text inputs edit lines.
    lines.extend(keys::unlisted_keys(under, applies));
    // Keys are right-aligned in 18 columns, then two spaces, the hint, and the borders.
    let widest = lines.iter().map(|(k, h)| width(k).max(18) + 2 + width(h)).max().unwrap_or(20);
    let columns = u16::try_from(widest + 3).unwrap_or(u16::MAX);
    let rows = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let rect = popup(area, columns.max(40), rows);
    Clear.render(rect, buf);
    let text: Vec<Line> = lines
        .iter()
        .map(|(keys, hint)| Line::from(vec![Span::styled(format!("{keys:>18}  "), theme.key), Span::raw(hint.clone())]))
        .collect();
    let block = Block::default().borders(Borders::ALL).title(msg::help_title(&msg::mode_name(under)));
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: false });
    let inner = block.inner(rect);
    let total = paragraph.line_count(inner.width);
    let scroll = clamp_scroll(scroll, total, inner.height);
    let bottom = if total > usize::from(inner.height) { msg::help_close_scroll() } else { msg::help_close() };
    let block = block.title_bottom(Line::styled(format!(" {bottom} "), theme.dim));
    paragraph.scroll((scroll, 0)).block(block).render(rect, buf);
}
