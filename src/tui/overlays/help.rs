//! The help overlay: every binding of the screen underneath, from the same table that handles
//! the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::tui::keys::{self, Mode, Need};
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::popup;

/// Draws the help for the mode under the overlay.
pub fn render(under: Mode, applies: &dyn Fn(Need) -> bool, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lines = keys::help_lines(under, applies);
    // Keys are right-aligned in 18 columns, then two spaces, the hint, and the borders.
    let width =
        lines.iter().map(|(k, h)| k.chars().count().max(18) + 2 + h.chars().count()).max().unwrap_or(20) as u16 + 3;
    let rect = popup(area, width.max(40), lines.len() as u16 + 5);
    Clear.render(rect, buf);
    let mut text: Vec<Line> = lines
        .iter()
        .map(|(keys, hint)| Line::from(vec![Span::styled(format!("{keys:>18}  "), theme.key), Span::raw(*hint)]))
        .collect();
    text.push(Line::raw(""));
    text.push(Line::styled(msg::help_close(), theme.dim));
    let block = Block::default().borders(Borders::ALL).title(msg::help_title(msg::mode_name(under)));
    Paragraph::new(text).wrap(Wrap { trim: false }).block(block).render(rect, buf);
}
