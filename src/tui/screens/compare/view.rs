//! Two sessions compared: score changes, changed answers, list items added and removed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use waypost_core::report::summary::score_text;
use waypost_core::text::line;
use waypost_core::text::pad;

use super::Compare;
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::scrolled;

/// Draws the comparison.
pub(crate) fn render(screen: &Compare, theme: Theme, area: Rect, buf: &mut Buffer) {
    let c = &screen.compared;
    let cmp = &c.comparison;
    let mut lines = vec![
        Line::styled(line(&c.title).into_owned(), theme.title),
        Line::styled(line(&cmp.heading()).into_owned(), theme.dim),
        Line::raw(""),
    ];
    if !cmp.sections.is_empty() {
        lines.push(Line::styled(msg::compare_scores(), theme.title));
        for s in cmp.sections.iter().chain(&cmp.overall) {
            let style = match s.delta() {
                Some(d) if d > 0.05 => theme.ok,
                Some(d) if d < -0.05 => theme.error,
                _ => theme.text,
            };
            lines.push(Line::from(vec![
                Span::raw(format!(
                    "{} {:>5} → {:>5}  ",
                    pad(&s.title, 34),
                    score_text(s.before, &cmp.language),
                    score_text(s.after, &cmp.language)
                )),
                Span::styled(s.arrow(&cmp.language), style),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(msg::changed_answers(cmp.changes.len()), theme.title));
    for ch in &cmp.changes {
        lines.push(Line::raw(format!("• {}", line(&ch.prompt))));
        lines.push(Line::from(vec![
            Span::styled(format!("    {}", line(&ch.before)), theme.dim),
            Span::raw(" → "),
            Span::raw(line(&ch.after).into_owned()),
        ]));
    }
    for l in &cmp.lists {
        lines.push(Line::raw(""));
        lines.push(Line::styled(line(&l.prompt).into_owned(), theme.title));
        for a in &l.added {
            lines.push(Line::styled(format!("  + {}", line(a)), theme.ok));
        }
        for r in &l.removed {
            lines.push(Line::styled(format!("  − {}", line(r)), theme.error));
        }
    }
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    scrolled(text, screen.scroll, theme, area, buf);
}
