//! The spread of a question's votes as horizontal bars, one per choice with its count, and a
//! line saying when the room is divided. The interview and the audience view draw it alike.

use ratatui::buffer::Buffer;
use ratatui::layout::{Direction, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Widget};
use waypost_core::interview::votes::Spread;
use waypost_core::text::{clip, line};

use crate::tui::messages as msg;
use crate::tui::theme::Theme;

/// Rows the chart needs for a spread: one per choice, and one for the line under it.
pub(crate) fn height(spread: &Spread) -> u16 {
    u16::try_from(spread.bars.len() + 1).unwrap_or(u16::MAX)
}

/// Draws the chart into `area` (as many bars as fit).
pub(crate) fn render(spread: &Spread, theme: Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 8 {
        return;
    }
    let label_width = usize::from(area.width / 3).clamp(4, 28);
    let bars: Vec<Bar> = spread
        .bars
        .iter()
        .map(|b| {
            Bar::default()
                .value(u64::try_from(b.count).unwrap_or(u64::MAX))
                .label(Line::from(clip(&line(&b.label), label_width)))
                .text_value(b.count.to_string())
        })
        .collect();
    let chart_rows = area.height.saturating_sub(1).min(u16::try_from(bars.len()).unwrap_or(u16::MAX));
    let chart = BarChart::default()
        .direction(Direction::Horizontal)
        .data(BarGroup::default().bars(&bars))
        .bar_width(1)
        .bar_gap(0)
        .bar_style(theme.gauge)
        .value_style(theme.selected)
        .label_style(theme.text);
    chart.render(Rect { height: chart_rows, ..area }, buf);
    if area.height > chart_rows {
        let (text, style) = if spread.divided {
            (msg::room_divided(spread.votes), theme.warning)
        } else {
            (msg::votes_given(spread.votes), theme.dim)
        };
        Line::styled(text, style).render(Rect { y: area.y + chart_rows, height: 1, ..area }, buf);
    }
}
