//! The spread of a question's votes as horizontal bars, one per choice with its whole label and
//! its count, and a line saying when the room is divided. The interview and the audience view
//! draw it alike.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use waypost_core::interview::votes::Spread;
use waypost_core::text::{line, pad, width, wrap};

use crate::tui::messages as msg;
use crate::tui::theme::Theme;

/// The label column's width in `cells`: the longest label, up to half the width.
fn label_width(spread: &Spread, cells: u16) -> usize {
    let longest = spread.bars.iter().map(|b| width(&line(&b.label))).max().unwrap_or(0);
    longest.clamp(4, usize::from(cells / 2).max(4))
}

/// Each choice's label in lines of the label column: whole, wrapped where it is long.
fn labels(spread: &Spread, cells: u16) -> Vec<Vec<String>> {
    let column = label_width(spread, cells);
    spread.bars.iter().map(|b| wrap(&line(&b.label), column)).collect()
}

/// Rows the chart needs for a spread in `cells` columns: each choice's label (wrapped), and one
/// for the line under them.
pub(crate) fn height(spread: &Spread, cells: u16) -> u16 {
    let rows: usize = labels(spread, cells).iter().map(|l| l.len().max(1)).sum();
    u16::try_from(rows + 1).unwrap_or(u16::MAX)
}

/// Draws the chart into `area`: the label, the bar, the count after it. Where not every choice
/// fits, the choices with votes are drawn first (in their order), so no vote is left unseen.
pub(crate) fn render(spread: &Spread, theme: Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 12 {
        return;
    }
    let column = label_width(spread, area.width);
    let most = spread.bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let counts = most.to_string().len();
    // The bar's room: after the label and a space, before a space and the count.
    let room = usize::from(area.width).saturating_sub(column + 2 + counts);
    let bottom = area.y + area.height - 1;
    let mut y = area.y;
    let mut drawn: Vec<_> = spread.bars.iter().zip(labels(spread, area.width)).collect();
    if height(spread, area.width) > area.height {
        drawn.sort_by_key(|(bar, _)| bar.count == 0);
    }
    for (bar, label) in drawn {
        for (n, text) in label.iter().enumerate() {
            if y >= bottom {
                break;
            }
            let mut spans = vec![Span::styled(format!("{} ", pad(text, column)), theme.text)];
            if n == 0 {
                let filled = (room * bar.count).div_ceil(most).min(room);
                spans.push(Span::styled("█".repeat(filled), theme.gauge));
                spans.push(Span::styled(format!(" {}", bar.count), theme.title));
            }
            Line::from(spans).render(Rect { y, height: 1, ..area }, buf);
            y += 1;
        }
    }
    let (text, style) = if spread.divided {
        (msg::room_divided(spread.votes), theme.warning)
    } else {
        (msg::votes_given(spread.votes), theme.dim)
    };
    Line::styled(text, style).render(Rect { y: y.min(bottom), height: 1, ..area }, buf);
}
