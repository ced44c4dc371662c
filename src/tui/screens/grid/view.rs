//! The grid view on a canvas: axes, named quadrants, each stakeholder a labelled point; beside it
//! the stakeholders per quadrant and the details of the highlighted one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as Segment};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use waypost_core::report::grid::{Corner, plot};
use waypost_core::text::{clip, line};

use super::GridScreen;
use crate::tui::messages as msg;
use crate::tui::theme::Theme;

/// Draws the grid of a session.
pub fn render(r: &GridScreen, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = r.opened.session.language.as_str();
    let Some(grid) = r.grid() else { return };
    let Some(plot) = plot(&r.opened.questionnaire, grid, &r.opened.session) else {
        Line::styled(msg::grid_hidden(), theme.dim).render(area, buf);
        return;
    };
    let selected = r.selected.min(plot.points.len().saturating_sub(1));
    let [left, right] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
    let title = grid.title.as_ref().map(|t| t.get(lang, lang).to_owned()).unwrap_or_else(msg::grid_title);
    let name = |c: Corner| clip(c.of_grid(grid).name().get(lang, lang), 18);
    let canvas = Canvas::default()
        .block(Block::default().borders(Borders::ALL).title(format!(" {} ", clip(&title, 40))))
        .marker(Marker::Braille)
        .x_bounds([0.0, 1.0])
        .y_bounds([0.0, 1.0])
        .paint(|ctx| {
            ctx.draw(&Segment { x1: 0.5, y1: 0.0, x2: 0.5, y2: 1.0, color: Color::Gray });
            ctx.draw(&Segment { x1: 0.0, y1: 0.5, x2: 1.0, y2: 0.5, color: Color::Gray });
            ctx.layer();
            ctx.print(0.02, 0.97, Span::styled(name(Corner::LowHigh), theme.dim));
            ctx.print(0.52, 0.97, Span::styled(name(Corner::HighHigh), theme.dim));
            ctx.print(0.02, 0.44, Span::styled(name(Corner::LowLow), theme.dim));
            ctx.print(0.52, 0.44, Span::styled(name(Corner::HighLow), theme.dim));
            ctx.print(
                0.02,
                0.02,
                Span::styled(format!("{} →  ↑ {}", clip(&plot.x_title, 20), clip(&plot.y_title, 20)), theme.dim),
            );
            for (i, p) in plot.points.iter().enumerate() {
                let style = if i == selected { theme.selected } else { theme.text };
                ctx.print(p.x, p.y, Span::styled(format!("● {}", clip(&p.label, 14)), style));
            }
        });
    canvas.render(left, buf);

    let mut lines = Vec::new();
    for corner in Corner::ALL {
        let q = corner.of_grid(grid);
        lines.push(Line::styled(line(q.name().get(lang, lang)).into_owned(), theme.title));
        if let Some(s) = q.strategy() {
            lines.push(Line::styled(line(s.get(lang, lang)).into_owned(), theme.dim));
        }
        let who: Vec<String> =
            plot.points.iter().filter(|p| p.corner == corner).map(|p| line(&p.label).into_owned()).collect();
        lines.push(Line::raw(if who.is_empty() { msg::nobody().to_owned() } else { who.join(", ") }));
    }
    if !plot.unplaced.is_empty() {
        let names: Vec<String> = plot.unplaced.iter().map(|n| line(n).into_owned()).collect();
        lines.push(Line::styled(msg::not_placed(&names.join(", ")), theme.warning));
    }
    if let Some(p) = plot.points.get(selected) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("▶ {}", line(&p.label)), theme.title));
        for (prompt, answer) in &p.details {
            lines.push(Line::raw(format!("{}: {}", clip(prompt, 30), line(answer))));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::default().borders(Borders::ALL).title(msg::quadrants_title()))
        .render(right, buf);
}
