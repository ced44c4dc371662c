//! The review before finishing: every visible question with its answer, state or "missing".

use crate::tui::messages as msg;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use waypost_core::text::line;
use waypost_core::text::wrap;

use super::{Interview, Layer};
use crate::tui::theme::Theme;
use crate::tui::widgets::level_style;

/// Draws the review into the question pane: every question shown, under its section's title,
/// its prompt and answer wrapped whole.
pub(super) fn render(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (l, d) = (it.session().language.as_str(), it.q().default_language());
    let rows = it.ctl.review_rows();
    let cursor = if let Layer::Review(at) = it.layer { at } else { 0 }.min(rows.len().saturating_sub(1));
    let missing = rows.iter().filter(|p| !it.ctl.is_answered(&it.q().at(**p).id)).count();
    let copied = rows.iter().filter(|p| it.ctl.to_confirm(&it.q().at(**p).id)).count();
    let width = usize::from(area.width);
    // The lines above and below the answers wrap whole, as the answers do.
    let wrapped = |text: &str, style| -> Vec<Line<'static>> {
        wrap(&line(text), width).into_iter().map(|t| Line::styled(t, style)).collect()
    };
    let mut head = wrapped(&msg::review_title(rows.len(), missing), theme.title);
    head.extend(wrapped(&msg::review_hint(), theme.dim));
    if copied > 0 {
        head.extend(wrapped(&msg::copied_to_confirm(copied), theme.warning));
    }
    let message = it.message.as_ref().map(|m| wrapped(&m.text, level_style(theme, m.level))).unwrap_or_default();
    // Every line of the body, with the row it belongs to (none for a section's title).
    let mut body: Vec<(Option<usize>, Line)> = Vec::new();
    let mut section = None;
    for (i, place) in rows.iter().enumerate() {
        if section != Some(place.section) {
            section = Some(place.section);
            let title = it.q().sections[place.section].title.get(l, d);
            body.push((None, Line::styled(line(title).into_owned(), theme.title)));
        }
        let q = it.q().at(*place);
        let to_confirm = it.ctl.to_confirm(&q.id);
        let answered = it.ctl.is_answered(&q.id) && !to_confirm;
        let answer = if to_confirm {
            msg::copied_answer(&it.ctl.answer_text(q))
        } else if answered {
            it.ctl.answer_text(q)
        } else {
            msg::missing(it.ctl.is_required(q, None))
        };
        let style = if i == cursor { theme.selected } else { theme.text };
        let answer_style = if i == cursor {
            style
        } else if answered {
            theme.text
        } else {
            theme.warning
        };
        let mark = if answered { "✓ " } else { "· " };
        for (n, text) in wrap(&line(&it.ctl.prompt(q, None)), width.saturating_sub(2)).into_iter().enumerate() {
            let lead = if n == 0 { mark } else { "  " };
            body.push((Some(i), Line::from(vec![Span::raw(lead), Span::raw(text)]).style(style)));
        }
        for text in wrap(&line(&answer), width.saturating_sub(6)) {
            body.push((Some(i), Line::from(vec![Span::raw("    → "), Span::styled(text, answer_style)]).style(style)));
        }
    }
    let room = usize::from(area.height).saturating_sub(head.len() + message.len()).max(1);
    // Scrolled so the highlighted question is whole on screen, with its section title if it fits.
    let start = body.iter().position(|(r, _)| *r == Some(cursor)).unwrap_or(0);
    let end = body.iter().rposition(|(r, _)| *r == Some(cursor)).map_or(start, |e| e + 1);
    let start = if start > 0 && body[start - 1].0.is_none() { start - 1 } else { start };
    let first = if end > room { (end - room).min(start) } else { 0 };
    let mut lines = head;
    lines.extend(body.into_iter().skip(first).take(room).map(|(_, line)| line));
    lines.extend(message);
    Paragraph::new(lines).render(area, buf);
}
