//! The terminal's own cursor, placed where text is being typed so that screen magnifiers and
//! screen readers follow it. A frame asks for it while drawing; the event loop shows it.

use std::cell::Cell;

use ratatui::layout::Position;

thread_local! {
    /// Where the frame being drawn wants the cursor, if anywhere.
    static WANTED: Cell<Option<Position>> = const { Cell::new(None) };
}

/// Asks for the cursor at `at` in the frame being drawn.
pub(crate) fn ask(at: Position) {
    WANTED.with(|w| w.set(Some(at)));
}

/// The cursor asked for since the last call, which forgets it (each frame asks anew).
pub(crate) fn take() -> Option<Position> {
    WANTED.with(Cell::take)
}
