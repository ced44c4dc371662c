//! The text input every screen types into (an answer, a note, a reason, the new-session form,
//! the browser's search): made holding exactly the stored text, edited with the keys terminal
//! users expect, in whole grapheme clusters, and drawn with the cluster under its cursor whole.

mod clusters;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, DataCursor, TextArea, WrapMode};

use super::cursor;

/// A one-line or multi-line text input holding exactly `text` (a stored answer opened again is
/// the same bytes; the frame is cleaned when it is drawn).
pub(crate) fn text_area(text: &str, multiline: bool) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(str::to_owned).collect());
    area.set_cursor_line_style(ratatui::style::Style::default());
    area.set_wrap_mode(if multiline { WrapMode::WordOrGlyph } else { WrapMode::None });
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

/// The text typed in an input.
pub(crate) fn typed(area: &TextArea<'_>) -> String {
    area.lines().join("\n")
}

/// A paste's text for an input: line breaks made `\n`, or spaces in a one-line input.
pub(crate) fn pasted(text: &str, multiline: bool) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    if multiline { unified } else { unified.replace('\n', " ") }
}

/// What a key does next to the cursor, in characters, where waypost does it itself.
enum Edit {
    /// Delete the characters just before the cursor.
    CutBack(usize),
    /// Delete the characters from the cursor on.
    CutForward(usize),
    /// Move the cursor back over this many characters.
    Back(usize),
    /// Move the cursor forward over this many characters.
    Forward(usize),
}

/// Types a key into a text input, with the line-editing keys terminal users expect: Ctrl-U
/// clears to the start of the line, Ctrl-W deletes the word before the cursor, Ctrl-A and Ctrl-E
/// go to the start and the end, Ctrl-Z undoes and Ctrl-R redoes. Everything else is the input's
/// own handling. The cursor moves, and Backspace, Delete and the word deletions delete, in whole
/// grapheme clusters: a Thai tone mark or a Devanagari vowel sign never comes apart from its
/// letter (the input itself steps by character, and stops at two marks in a row).
pub(crate) fn type_into(area: &mut TextArea<'_>, key: KeyEvent) {
    let (ctrl, alt) = (key.modifiers == KeyModifiers::CONTROL, key.modifiers == KeyModifiers::ALT);
    match key.code {
        KeyCode::Char('u') if ctrl => {
            area.delete_line_by_head();
            return;
        }
        KeyCode::Char('z') if ctrl => {
            area.undo();
            return;
        }
        _ => {}
    }
    let DataCursor(row, col) = area.cursor();
    if !area.is_selecting() {
        let line = &area.lines()[row];
        let plain = key.modifiers.is_empty();
        let edit = match key.code {
            KeyCode::Left if plain => Some(Edit::Back(clusters::before(line, col))),
            KeyCode::Char('b') if ctrl => Some(Edit::Back(clusters::before(line, col))),
            KeyCode::Right if plain => Some(Edit::Forward(clusters::after(line, col))),
            KeyCode::Char('f') if ctrl => Some(Edit::Forward(clusters::after(line, col))),
            KeyCode::Backspace if plain => Some(Edit::CutBack(clusters::before(line, col))),
            KeyCode::Char('h') if ctrl => Some(Edit::CutBack(clusters::before(line, col))),
            KeyCode::Delete if plain => Some(Edit::CutForward(clusters::after(line, col))),
            KeyCode::Char('d') if ctrl => Some(Edit::CutForward(clusters::after(line, col))),
            KeyCode::Char('w') if ctrl => Some(Edit::CutBack(clusters::word_before(line, col))),
            KeyCode::Backspace | KeyCode::Char('h') if alt => Some(Edit::CutBack(clusters::word_before(line, col))),
            KeyCode::Delete | KeyCode::Char('d') if alt => Some(Edit::CutForward(clusters::word_after(line, col))),
            _ => None,
        };
        if edit.is_some_and(|edit| apply(area, (row, col), edit)) {
            return;
        }
    }
    let changed = area.input(key);
    if !changed {
        stand_between_clusters(area, (row, col));
    }
}

/// Does `edit` at the cursor `(row, col)`; false when the input's own handling should do the
/// key instead (nothing to do on this line: the key goes to the line before or after; or a line
/// too long to jump in).
fn apply(area: &mut TextArea<'_>, (row, col): (usize, usize), edit: Edit) -> bool {
    match edit {
        Edit::CutForward(0) | Edit::CutBack(0) | Edit::Back(0) | Edit::Forward(0) => false,
        Edit::CutForward(n) => area.delete_str(n),
        Edit::CutBack(n) => jump(area, row, col - n) && area.delete_str(n),
        Edit::Back(n) => jump(area, row, col - n),
        Edit::Forward(n) => jump(area, row, col + n),
    }
}

/// Puts the cursor at `(row, col)`; false for a place past what the input can jump to (it holds
/// a jump's row and column as 16 bits).
fn jump(area: &mut TextArea<'_>, row: usize, col: usize) -> bool {
    let (Ok(row), Ok(col)) = (u16::try_from(row), u16::try_from(col)) else {
        return false;
    };
    area.move_cursor(CursorMove::Jump(row, col));
    true
}

/// After a move from `from`, puts the cursor on the edge of the cluster it landed in: the far
/// edge when it went forward, the near one when it went back.
fn stand_between_clusters(area: &mut TextArea<'_>, from: (usize, usize)) {
    let DataCursor(row, col) = area.cursor();
    let forward = (row, col) > from;
    let steps = clusters::off_boundary(&area.lines()[row], col, forward);
    if steps > 0 {
        jump(area, row, if forward { col + steps } else { col - steps });
    }
}

/// Draws a text input into `rect`, with the whole cluster under its cursor (the input draws its
/// cursor on one character, and the marks after it would be lost). The input being typed into
/// (`focused`) also asks for the terminal's cursor there.
pub(crate) fn draw(input: &TextArea<'_>, rect: Rect, buf: &mut Buffer, focused: bool) {
    input.render(rect, buf);
    let inner = input.block().map_or(rect, |b| b.inner(rect));
    let Some(at) = cursor_cell(input, inner) else {
        return;
    };
    if focused {
        cursor::ask(at);
    }
    let DataCursor(row, col) = input.cursor();
    let Some(cluster) = input.lines().get(row).and_then(|l| clusters::at(l, col)) else {
        return;
    };
    if cluster.chars().nth(1).is_none() {
        return;
    }
    let columns = u16::try_from(waypost_core::text::width(cluster)).unwrap_or(u16::MAX).max(1);
    if at.x.saturating_add(columns) > inner.right() {
        return;
    }
    buf[at].set_symbol(cluster);
    // The cells the cluster covers, as ratatui leaves those of any wide character.
    for x in at.x + 1..at.x + columns {
        buf[(x, at.y)].reset();
    }
}

/// The cell of `inner` (the input's text, within any border) where its cursor was just drawn,
/// if it is in view.
fn cursor_cell(input: &TextArea<'_>, inner: Rect) -> Option<Position> {
    let at = input.screen_cursor();
    let (top, left) = input.scroll_offset();
    let row = u16::try_from(at.row).unwrap_or(u16::MAX).saturating_sub(top);
    let col = u16::try_from(at.col).unwrap_or(u16::MAX).saturating_sub(left);
    (row < inner.height && col < inner.width).then_some(Position { x: inner.x + col, y: inner.y + row })
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
