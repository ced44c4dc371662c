//! The review before finishing: every visible question with its answer, state or "missing".

use crate::tui::messages as msg;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use waypost_core::text::line;
use waypost_core::text::{clip, width as text_width};

use super::Interview;
use crate::tui::theme::Theme;
use crate::tui::widgets::level_style;

/// Draws the review into the question pane.
pub fn render(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (l, d) = (it.session().language.as_str(), it.q().default_language());
    let rows = it.ctl.review_rows();
    let cursor = it.review.unwrap_or(0).min(rows.len().saturating_sub(1));
    let missing = rows.iter().filter(|p| !it.ctl.is_answered(&it.q().at(**p).id)).count();
    let copied = rows.iter().filter(|p| it.ctl.to_confirm(&it.q().at(**p).id)).count();
    let mut lines = vec![
        Line::styled(msg::review_title(rows.len(), missing), theme.title),
        Line::styled(msg::review_hint(), theme.dim),
    ];
    if copied > 0 {
        lines.push(Line::styled(msg::copied_to_confirm(copied), theme.warning));
    }
    let message_lines = usize::from(it.message.is_some());
    let room = usize::from(area.height).saturating_sub(lines.len() + message_lines).max(1);
    let first = cursor.saturating_sub(room - 1);
    let width = usize::from(area.width);
    for (i, place) in rows.iter().enumerate().skip(first).take(room) {
        let q = it.q().at(*place);
        let to_confirm = it.ctl.to_confirm(&q.id);
        let answered = it.ctl.is_answered(&q.id) && !to_confirm;
        let answer = if to_confirm {
            msg::copied_answer(&it.ctl.answer_text(q))
        } else if answered {
            it.ctl.answer_text(q)
        } else if q.required {
            msg::missing(true).into()
        } else {
            msg::missing(false).into()
        };
        let prompt = clip(q.prompt.get(l, d), width / 2);
        let answer = clip(&answer, width.saturating_sub(text_width(&prompt) + 6));
        let style = if i == cursor { theme.selected } else { theme.text };
        let answer_style = if answered { theme.text } else { theme.warning };
        lines.push(
            Line::from(vec![
                Span::raw(format!("{} ", if answered { "✓" } else { "·" })),
                Span::raw(prompt),
                Span::raw(" — "),
                Span::styled(answer, if i == cursor { style } else { answer_style }),
            ])
            .style(style),
        );
    }
    if let Some(m) = &it.message {
        lines.push(Line::styled(line(&m.text).into_owned(), level_style(theme, m.level)));
    }
    Paragraph::new(lines).render(area, buf);
}
