//! The grid view on a canvas: axes, named quadrants, each stakeholder a labelled point; beside it
//! the stakeholders per quadrant and the details of the highlighted one.

use crate::report::grid::{Corner, plot};
use crate::text::line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as Segment};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::super::reports::{Page, Report};
use super::super::theme::Theme;

fn short(s: &str, n: usize) -> String {
    let clean = line(s);
    if clean.chars().count() <= n {
        clean.into_owned()
    } else {
        format!("{}…", clean.chars().take(n - 1).collect::<String>())
    }
}

/// Draws the grid of a session.
pub fn render(r: &Report, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = r.session.language.as_str();
    let Some(grid) = r.grid() else { return };
    let Some(plot) = plot(&r.q, grid, &r.session) else {
        Line::styled("The list of this grid is not shown for these answers.", theme.dim).render(area, buf);
        return;
    };
    let selected = match r.page {
        Page::Grid(i) => i.min(plot.points.len().saturating_sub(1)),
        Page::Summary => 0,
    };
    let [left, right] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
    let title = grid.title.as_ref().map(|t| t.get(lang, lang).to_owned()).unwrap_or_else(|| "Grid".into());
    let name = |c: Corner| short(c.of_grid(grid).name().get(lang, lang), 18);
    let canvas = Canvas::default()
        .block(Block::default().borders(Borders::ALL).title(format!(" {} ", short(&title, 40))))
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
                Span::styled(format!("{} →  ↑ {}", short(&plot.x_title, 20), short(&plot.y_title, 20)), theme.dim),
            );
            for (i, p) in plot.points.iter().enumerate() {
                let style = if i == selected { theme.selected } else { theme.text };
                ctx.print(p.x, p.y, Span::styled(format!("● {}", short(&p.label, 14)), style));
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
        lines.push(Line::raw(if who.is_empty() { "(nobody)".to_owned() } else { who.join(", ") }));
    }
    if !plot.unplaced.is_empty() {
        let names: Vec<String> = plot.unplaced.iter().map(|n| line(n).into_owned()).collect();
        lines.push(Line::styled(format!("Not placed: {}", names.join(", ")), theme.warning));
    }
    if let Some(p) = plot.points.get(selected) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("▶ {}", line(&p.label)), theme.title));
        for (prompt, answer) in &p.details {
            lines.push(Line::raw(format!("{}: {}", short(prompt, 30), line(answer))));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::default().borders(Borders::ALL).title(" Quadrants "))
        .render(right, buf);
}
