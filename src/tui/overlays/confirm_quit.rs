//! The question asked before quitting with changes that could not be saved.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use waypost_core::text::line;

use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Message, popup};

/// Draws the question over the screen, with the reason the save failed.
pub(crate) fn render(status: Option<&Message>, theme: Theme, area: Rect, buf: &mut Buffer) {
    let rect = popup(area, 60, 8);
    Clear.render(rect, buf);
    let block = Block::default().borders(Borders::ALL).title(msg::quit_title()).border_style(theme.error);
    let text = vec![
        Line::raw(msg::unsaved_quit()),
        Line::styled(status.map(|m| line(&m.text).into_owned()).unwrap_or_default(), theme.error),
        Line::raw(""),
        Line::raw(msg::quit_choices()),
    ];
    Paragraph::new(text).wrap(Wrap { trim: true }).block(block).render(rect, buf);
}
