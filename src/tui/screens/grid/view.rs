//! The grid view on a canvas: axes, named quadrants, each stakeholder a labelled point; beside it
//! the stakeholders per quadrant and the details of the highlighted one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as Segment};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use waypost_core::report::grid::{Corner, Point, plot};
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
    // Each axis under the grid, whole (wrapped): its question, and its lowest and highest answer.
    let axis = |arrow: &str, title: &str, ticks: &[String]| {
        let (low, high) = (ticks.first().map_or("", String::as_str), ticks.last().map_or("", String::as_str));
        msg::grid_axis(arrow, &line(title), &line(low), &line(high))
    };
    let axes = Paragraph::new(vec![
        Line::styled(axis("→", &plot.x_title, &plot.x_ticks), theme.dim),
        Line::styled(axis("↑", &plot.y_title, &plot.y_ticks), theme.dim),
    ])
    .wrap(Wrap { trim: false });
    let rows = u16::try_from(axes.line_count(left.width)).unwrap_or(u16::MAX).clamp(2, 6).min(left.height / 3);
    let [left, below] = Layout::vertical([Constraint::Fill(1), Constraint::Length(rows)]).areas(left);
    axes.render(below, buf);
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
        });
    canvas.render(left, buf);
    let inner = Block::default().borders(Borders::ALL).inner(left);
    // The rows of the quadrants' names are theirs: a name beside a point there would read as one.
    let named: Vec<u16> =
        (0..inner.height).filter(|r| (0..inner.width).any(|x| taken(buf, inner.x + x, inner.y + r))).collect();
    // The highlighted stakeholder first: it is drawn whatever else is crowded.
    let order = std::iter::once(selected).chain((0..plot.points.len()).filter(|i| *i != selected));
    for i in order {
        let Some(p) = plot.points.get(i) else { continue };
        let style = if i == selected { theme.selected } else { theme.text };
        place_point(p, style, inner, &named, buf);
    }

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

/// Whether a cell holds text already (a quadrant's name, another point), not a blank or the
/// axes' braille dots, which a label may cover.
fn taken(buf: &Buffer, x: u16, y: u16) -> bool {
    let symbol = buf[(x, y)].symbol();
    symbol.chars().next().is_some_and(|c| c != ' ' && !('\u{2800}'..='\u{28FF}').contains(&c))
}

/// Draws a point with its name in `inner`: right of the dot where it fits, else left of it,
/// never across the frame nor over another name. A point whose row is taken moves up or down a
/// row or two within its half of the grid (its quadrant stays true); where there is no room at
/// all only the dot is drawn (the list beside the grid names everyone). The `named` rows hold
/// the quadrants' names and take no point.
fn place_point(p: &Point, style: ratatui::style::Style, inner: Rect, named: &[u16], buf: &mut Buffer) {
    if inner.width < 3 || inner.height < 3 {
        return;
    }
    // A marked item (one who could block the work) is a triangle, not a dot.
    let dot = if p.mark.is_some() { "▲" } else { "●" };
    let (w, h) = (f64::from(inner.width - 1), f64::from(inner.height - 1));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..1 of a u16")]
    let (col, row) = ((p.x.clamp(0.0, 1.0) * w).round() as u16, ((1.0 - p.y.clamp(0.0, 1.0)) * h).round() as u16);
    let upper = p.y >= 0.5;
    let same_half = |r: u16| (1.0 - f64::from(r) / h >= 0.5) == upper;
    let right_room = usize::from(inner.width.saturating_sub(col + 2));
    let left_room = usize::from(col);
    let text = if right_room >= 8 || right_room >= left_room {
        format!("{dot} {}", clip(&p.label, right_room.min(16)))
    } else {
        format!("{} {dot}", clip(&p.label, left_room.saturating_sub(1).min(16)))
    };
    let wide = u16::try_from(waypost_core::text::width(&text)).unwrap_or(u16::MAX).min(inner.width);
    let start = if text.starts_with(dot) { col } else { col.saturating_sub(wide - 1) };
    let start = start.min(inner.width - wide);
    let free = |r: u16, from: u16, cells: u16| (from..from + cells).all(|x| !taken(buf, inner.x + x, inner.y + r));
    let rows = [0i32, 1, -1, 2, -2].into_iter().filter_map(|d| u16::try_from(i32::from(row) + d).ok());
    let rows: Vec<u16> = rows.filter(|r| *r < inner.height && same_half(*r) && !named.contains(r)).collect();
    if let Some(r) = rows.iter().copied().find(|r| free(*r, start, wide)) {
        buf.set_stringn(inner.x + start, inner.y + r, &text, usize::from(wide), style);
    } else if let Some(r) = rows.iter().copied().find(|r| free(*r, col, 1)) {
        buf.set_string(inner.x + col, inner.y + r, dot, style);
    }
}
