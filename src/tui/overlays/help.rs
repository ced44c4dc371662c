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
use crate::tui::widgets::popup;

/// Draws the help for the mode under the overlay.
pub fn render(under: Mode, applies: &dyn Fn(Need) -> bool, theme: Theme, area: Rect, buf: &mut Buffer) {
    let mut lines = keys::help_lines(under, applies);
    // Keys the tables do not name one by one: digits pick choices, text inputs edit lines.
    lines.extend(keys::unlisted_keys(under, applies));
    // Keys are right-aligned in 18 columns, then two spaces, the hint, and the borders.
    let widest = lines.iter().map(|(k, h)| width(k).max(18) + 2 + width(h)).max().unwrap_or(20);
    let columns = u16::try_from(widest + 3).unwrap_or(u16::MAX);
    let rows = u16::try_from(lines.len() + 5).unwrap_or(u16::MAX);
    let rect = popup(area, columns.max(40), rows);
    Clear.render(rect, buf);
    let mut text: Vec<Line> = lines
        .iter()
        .map(|(keys, hint)| Line::from(vec![Span::styled(format!("{keys:>18}  "), theme.key), Span::raw(hint.clone())]))
        .collect();
    text.push(Line::raw(""));
    text.push(Line::styled(msg::help_close(), theme.dim));
    let block = Block::default().borders(Borders::ALL).title(msg::help_title(&msg::mode_name(under)));
    Paragraph::new(text).wrap(Wrap { trim: false }).block(block).render(rect, buf);
}
