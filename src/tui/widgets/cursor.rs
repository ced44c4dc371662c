//! The terminal's own cursor, placed where text is being typed so that screen magnifiers and
//! screen readers follow it. A frame asks for it while drawing; the event loop shows it.

use std::cell::Cell;

use ratatui::layout::{Position, Rect};
use ratatui_textarea::TextArea;

thread_local! {
    /// Where the frame being drawn wants the cursor, if anywhere.
    static WANTED: Cell<Option<Position>> = const { Cell::new(None) };
}

/// Asks for the cursor at the text cursor of `input`, just drawn into `area` (with a border of
/// one cell on each side).
pub(crate) fn at_input(input: &TextArea<'_>, area: Rect) {
    let inner = Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    };
    let at = input.screen_cursor();
    let (top, left) = input.scroll_offset();
    let row = u16::try_from(at.row).unwrap_or(u16::MAX).saturating_sub(top);
    let col = u16::try_from(at.col).unwrap_or(u16::MAX).saturating_sub(left);
    if inner.width > 0 && inner.height > 0 && row < inner.height && col < inner.width {
        WANTED.with(|w| w.set(Some(Position { x: inner.x + col, y: inner.y + row })));
    }
}

/// The cursor asked for since the last call, which forgets it (each frame asks anew).
pub(crate) fn take() -> Option<Position> {
    WANTED.with(Cell::take)
}
