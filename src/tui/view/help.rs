//! The help overlay: every binding of the screen underneath, from the same table that handles
//! the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::super::app::App;
use super::super::keymap::{self, Mode};
use super::chrome::popup;

/// Draws the help for the mode under the overlay.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let under = app.screen_mode();
    let lines = keymap::help_lines(under, &|need| app.applies(need));
    // Keys are right-aligned in 18 columns, then two spaces, the hint, and the borders.
    let width =
        lines.iter().map(|(k, h)| k.chars().count().max(18) + 2 + h.chars().count()).max().unwrap_or(20) as u16 + 3;
    let rect = popup(area, width.max(40), lines.len() as u16 + 5);
    Clear.render(rect, buf);
    let mut text: Vec<Line> = lines
        .iter()
        .map(|(keys, hint)| Line::from(vec![Span::styled(format!("{keys:>18}  "), app.theme.key), Span::raw(*hint)]))
        .collect();
    text.push(Line::raw(""));
    text.push(Line::styled("Esc closes this help.", app.theme.dim));
    let block = Block::default().borders(Borders::ALL).title(format!(" Keys: {} ", name(under)));
    Paragraph::new(text).wrap(Wrap { trim: false }).block(block).render(rect, buf);
}

fn name(mode: Mode) -> &'static str {
    match mode {
        Mode::Home => "home",
        Mode::Form => "typing",
        Mode::Command => "question",
        Mode::Typing => "typing an answer",
        Mode::ListTable => "list",
        Mode::Review => "review",
        Mode::Help => "help",
        Mode::ConfirmQuit => "quit",
        Mode::Browser => "sessions",
        Mode::ConfirmTrash => "trash",
        Mode::Summary => "summary",
        Mode::Grid => "grid",
        Mode::Compare => "comparison",
    }
}
