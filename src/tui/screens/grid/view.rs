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
pub(crate) fn render(r: &GridScreen, theme: Theme, area: Rect, buf: &mut Buffer) {
    let lang = r.opened.session.language.as_str();
    let Some(grid) = r.grid() else { return };
    let Some(plot) = plot(&r.opened.questionnaire, grid, &r.opened.session) else {
        Line::styled(msg::grid_hidden(), theme.dim).render(area, buf);
        return;
    };
    let selected = r.selected.min(plot.points.len().saturating_sub(1));
    let [left, right] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
    // Each axis under the grid, whole: its question, and its lowest and highest answer.
    let [left, axes] = Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(left);
    let axis = |arrow: &str, title: &str, ticks: &[String]| {
        let (low, high) = (ticks.first().map_or("", String::as_str), ticks.last().map_or("", String::as_str));
        let text = msg::grid_axis(arrow, &line(title), &line(low), &line(high));
        Line::styled(clip(&text, usize::from(axes.width)), theme.dim)
    };
    Paragraph::new(vec![axis("→", &plot.x_title, &plot.x_ticks), axis("↑", &plot.y_title, &plot.y_ticks)])
        .render(axes, buf);
    // Canvas columns of the inner area, to keep each label inside the frame.
    let inner_width = left.width.saturating_sub(2).max(1);
    let columns = f64::from(inner_width);
    // The lower quadrants' names go on the row under the middle line, not on it: the line's
    // braille dots fall in row H/2 of the H inner rows, a label on row floor((1 - y)(H - 1)).
    let rows = f64::from(left.height.saturating_sub(2).max(3));
    let below_middle = 1.0 - ((rows / 2.0).floor() + 1.5) / (rows - 1.0);
    let title = grid.title.as_ref().map(|t| t.get(lang, lang).to_owned()).unwrap_or_else(msg::grid_title);
    // A quadrant's name fits its half of the width, so that two names never run into each other.
    let half = usize::from(left.width.saturating_sub(2) / 2).saturating_sub(2);
    let name = |c: Corner| clip(c.of_grid(grid).name().get(lang, lang), half.min(24));
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
            ctx.print(0.02, below_middle, Span::styled(name(Corner::LowLow), theme.dim));
            ctx.print(0.52, below_middle, Span::styled(name(Corner::HighLow), theme.dim));
            for (i, p) in plot.points.iter().enumerate() {
                let style = if i == selected { theme.selected } else { theme.text };
                // A marked item (one who could block the work) is a triangle, not a dot.
                let dot = if p.mark.is_some() { "▲" } else { "●" };
                // Right of the point where it fits, else left of it: never across the frame.
                let at = column_of(p.x, inner_width);
                let right_room = usize::from(inner_width.saturating_sub(at + 2));
                let left_room = usize::from(at);
                if right_room >= 8 || right_room >= left_room {
                    ctx.print(p.x, p.y, Span::styled(format!("{dot} {}", clip(&p.label, right_room.min(16))), style));
                } else {
                    let label = format!("{} {dot}", clip(&p.label, left_room.saturating_sub(1).min(16)));
                    let wide = u16::try_from(waypost_core::text::width(&label)).unwrap_or(u16::MAX);
                    let start = f64::from(at.saturating_sub(wide.saturating_sub(1)));
                    ctx.print((start + 0.5) / (columns - 1.0).max(1.0), p.y, Span::styled(label, style));
                }
            }
        });
    canvas.render(left, buf);

    // The highlighted stakeholder first, so that its details show on any screen.
    let mut lines = Vec::new();
    if let Some(p) = plot.points.get(selected) {
        lines.push(Line::styled(format!("▶ {}", line(&p.marked_label())), theme.title));
        for (prompt, answer) in &p.details {
            // The question takes at most half the pane, so that its answer shows beside it.
            let room = usize::from(right.width.saturating_sub(2) / 2).max(12);
            lines.push(Line::raw(format!("{}: {}", clip(prompt, room), line(answer))));
        }
        lines.push(Line::raw(""));
    }
    for corner in Corner::ALL {
        let q = corner.of_grid(grid);
        lines.push(Line::styled(line(q.name().get(lang, lang)).into_owned(), theme.title));
        if let Some(s) = q.strategy() {
            lines.push(Line::styled(line(s.get(lang, lang)).into_owned(), theme.dim));
        }
        let who: Vec<String> =
            plot.points.iter().filter(|p| p.corner == corner).map(|p| line(&p.marked_label()).into_owned()).collect();
        lines.push(Line::raw(if who.is_empty() { msg::nobody().to_owned() } else { who.join(", ") }));
    }
    if !plot.unplaced.is_empty() {
        let names: Vec<String> = plot.unplaced.iter().map(|n| line(n).into_owned()).collect();
        lines.push(Line::styled(msg::not_placed(&names.join(", ")), theme.warning));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::default().borders(Borders::ALL).title(msg::quadrants_title()))
        .render(right, buf);
}

/// The column a canvas label at `x` (0 to 1) starts in, among `width` columns, as the canvas
/// places it.
fn column_of(x: f64, width: u16) -> u16 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..width")]
    let column = (x.clamp(0.0, 1.0) * f64::from(width.saturating_sub(1))).floor() as u16;
    column
}
