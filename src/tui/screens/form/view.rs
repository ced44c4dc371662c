//! The new-session form.

use crate::tui::messages as msg;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use waypost_core::questionnaire::Catalog;
use waypost_core::text::line;

use super::NewForm;
use crate::tui::theme::Theme;

/// Draws the form.
pub(crate) fn render(form: &NewForm, catalog: &Catalog, theme: Theme, area: Rect, buf: &mut Buffer) {
    let title = catalog
        .get(&form.questionnaire)
        .map(|e| {
            e.questionnaire.title.get(e.questionnaire.language_for(waypost_core::i18n::language()), "en").to_owned()
        })
        .unwrap_or_else(|| form.questionnaire.clone());
    let rows = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .split(area);
    Paragraph::new(vec![
        Line::styled(msg::form_title(&line(&title)), theme.title),
        Line::styled(msg::form_hint(), theme.dim),
    ])
    .wrap(Wrap { trim: true })
    .render(rows[0], buf);
    let labels = msg::form_labels();
    for (i, field) in form.fields.iter().enumerate() {
        let style = if i == form.focus { theme.title } else { theme.dim };
        let mut area = field.clone();
        area.set_block(Block::default().borders(Borders::ALL).title(format!(" {} ", labels[i])).border_style(style));
        if i != form.focus {
            area.set_cursor_style(theme.text);
        }
        crate::tui::widgets::text_input::draw(&area, rows[i + 1], buf, i == form.focus);
    }
    if let Some(error) = &form.error {
        Paragraph::new(Line::styled(line(error).into_owned(), theme.error))
            .wrap(Wrap { trim: true })
            .render(rows[4], buf);
    } else if let Some(at) = form.restored {
        Paragraph::new(Line::styled(msg::form_restored(&at.format("%Y-%m-%d %H:%M").to_string()), theme.warning))
            .wrap(Wrap { trim: true })
            .render(rows[4], buf);
    }
}
