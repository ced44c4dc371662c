//! Spacing marks that terminals give a column of their own. Bengali's vowel sign া (U+09BE),
//! Tamil's ா, Odia's, Kannada's and Malayalam's like it are part of the cluster before them, so
//! ratatui (through unicode-width) counts them no columns; most terminals (glibc's wcwidth:
//! xterm, tmux, GNOME Terminal, macOS Terminal, the Windows console) give them one. Left alone,
//! the letter after such a sign is drawn over it, or the rest of the line slides right.
//!
//! So each frame makes room: after a cell holding such a sign, the rest of its row moves right
//! into the blanks at its end, and the cells freed are left for the sign ([`make_room`]). The
//! backend ([`Spaced`]) draws those cells as spaces before the sign's cell, so a terminal that
//! counts the sign gets its column, and one that does not shows a space there.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};

use super::widgets::cursor;

/// The spacing marks unicode-width counts as no columns and terminals as one (two for the four
/// East Asian wide ones), in order: general category Mc with Grapheme_Extend.
const MARKS: [(char, u16); 53] = [
    ('\u{9BE}', 1),
    ('\u{9D7}', 1),
    ('\u{B3E}', 1),
    ('\u{B57}', 1),
    ('\u{BBE}', 1),
    ('\u{BD7}', 1),
    ('\u{CC0}', 1),
    ('\u{CC2}', 1),
    ('\u{CC7}', 1),
    ('\u{CC8}', 1),
    ('\u{CCA}', 1),
    ('\u{CCB}', 1),
    ('\u{CD5}', 1),
    ('\u{CD6}', 1),
    ('\u{D3E}', 1),
    ('\u{D57}', 1),
    ('\u{DCF}', 1),
    ('\u{DDF}', 1),
    ('\u{1715}', 1),
    ('\u{1734}', 1),
    ('\u{1B35}', 1),
    ('\u{1B3B}', 1),
    ('\u{1B3D}', 1),
    ('\u{1B43}', 1),
    ('\u{1B44}', 1),
    ('\u{1BAA}', 1),
    ('\u{1BF2}', 1),
    ('\u{1BF3}', 1),
    ('\u{302E}', 2),
    ('\u{302F}', 2),
    ('\u{A953}', 1),
    ('\u{A9C0}', 1),
    ('\u{111C0}', 1),
    ('\u{11235}', 1),
    ('\u{1133E}', 1),
    ('\u{1134D}', 1),
    ('\u{11357}', 1),
    ('\u{114B0}', 1),
    ('\u{114BD}', 1),
    ('\u{115AF}', 1),
    ('\u{116B6}', 1),
    ('\u{11930}', 1),
    ('\u{1193D}', 1),
    ('\u{16FF0}', 2),
    ('\u{16FF1}', 2),
    ('\u{1D165}', 1),
    ('\u{1D166}', 1),
    ('\u{1D16D}', 1),
    ('\u{1D16E}', 1),
    ('\u{1D16F}', 1),
    ('\u{1D170}', 1),
    ('\u{1D171}', 1),
    ('\u{1D172}', 1),
];

/// The columns a terminal gives a cell's symbol beyond those ratatui counts.
fn extra(symbol: &str) -> u16 {
    symbol.chars().filter_map(|c| MARKS.binary_search_by_key(&c, |(m, _)| *m).ok().map(|i| MARKS[i].1)).sum()
}

/// Whether cell `x` of a row is a blank: a space of its own (not the second column of a wide
/// character) in the style of a cell beside it (not a cursor drawn as a space).
fn spare(buf: &Buffer, covered: &[bool], x: u16, y: u16, area: Rect) -> bool {
    let cell = &buf[(x, y)];
    let alike = |other: u16| buf[(other, y)].style() == cell.style();
    cell.symbol() == " "
        && !covered[usize::from(x - area.left())]
        && cell.diff_option != CellDiffOption::Skip
        && ((x > area.left() && alike(x - 1)) || (x + 1 < area.right() && alike(x + 1)))
}

/// Which cells of row `y` are the further columns of a wide character before them.
fn covered(buf: &Buffer, y: u16, area: Rect) -> Vec<bool> {
    let mut covered = vec![false; usize::from(area.width)];
    let mut x = area.left();
    while x < area.right() {
        let columns = unicode_width::UnicodeWidthStr::width(buf[(x, y)].symbol()).max(1);
        for c in covered.iter_mut().skip(usize::from(x - area.left()) + 1).take(columns - 1) {
            *c = true;
        }
        x = x.saturating_add(u16::try_from(columns).unwrap_or(u16::MAX));
    }
    covered
}

/// Whether a cell draws a box's line (ratatui's borders use the box-drawing block).
fn is_border(symbol: &str) -> bool {
    symbol.chars().next().is_some_and(|c| ('\u{2500}'..='\u{257F}').contains(&c))
}

/// Makes room in every row of `area` for the marks terminals give a column: the cells after
/// such a mark's cell move right into blanks further on, and the cells freed are marked to be
/// skipped (the backend draws them first). A row with no blanks to give is left as it is. The
/// terminal's cursor, when one is asked for on such a row, moves with the text.
pub(crate) fn make_room(area: Rect, buf: &mut Buffer) {
    let mut wanted = cursor::take();
    for y in area.top()..area.bottom() {
        // Only rows with a mark are looked at twice.
        if !(area.left()..area.right()).any(|x| extra(buf[(x, y)].symbol()) > 0) {
            continue;
        }
        let mut x = area.left();
        while x < area.right() {
            let cell = &buf[(x, y)];
            let columns = u16::try_from(unicode_width::UnicodeWidthStr::width(cell.symbol())).unwrap_or(1).max(1);
            let gap = if cell.diff_option == CellDiffOption::Skip { 0 } else { extra(cell.symbol()) };
            let after = x.saturating_add(columns);
            if gap == 0 || after >= area.right() {
                x = after;
                continue;
            }
            // The first run of `gap` spare blanks after the cell, before any box's border: the
            // text moves within its box or not at all.
            let border = (after..area.right()).find(|&p| is_border(buf[(p, y)].symbol())).unwrap_or(area.right());
            let covered = covered(buf, y, area);
            // A run of blanks one longer than the gap, or reaching the border: a single space
            // between two words is not given up.
            let Some(free) = (after..border.saturating_sub(gap - 1)).find(|&p| {
                (p..p + gap).all(|q| spare(buf, &covered, q, y, area))
                    && (p + gap == border || spare(buf, &covered, p + gap, y, area))
            }) else {
                x = after;
                continue;
            };
            for from in (after..free).rev() {
                buf[(from + gap, y)] = buf[(from, y)].clone();
            }
            let style = buf[(x, y)].style();
            for q in after..after + gap {
                buf[(q, y)] = Cell::default();
                buf[(q, y)].set_style(style).set_diff_option(CellDiffOption::Skip);
            }
            if let Some(at) = wanted.as_mut()
                && at.y == y
                && at.x >= after
                && at.x <= free
            {
                at.x += gap;
            }
            x = after + gap;
        }
    }
    if let Some(at) = wanted {
        cursor::ask(at);
    }
}

/// A backend that draws the cells [`make_room`] freed as spaces before the mark's cell, then
/// the mark, then moves to the next cell by position: the mark's column is the terminal's to
/// fill or not, and what follows lands where ratatui placed it either way.
pub(crate) struct Spaced<B>(pub B);

impl<B: Backend> Backend for Spaced<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut run: Vec<(u16, u16, &Cell)> = Vec::new();
        for (x, y, cell) in content {
            let gap = extra(cell.symbol());
            if gap == 0 {
                run.push((x, y, cell));
                continue;
            }
            self.0.draw(run.drain(..))?;
            let mut blank = Cell::default();
            blank.set_style(cell.style());
            let columns = u16::try_from(unicode_width::UnicodeWidthStr::width(cell.symbol())).unwrap_or(1).max(1);
            let blanks: Vec<(u16, u16, &Cell)> = (0..gap).map(|i| (x.saturating_add(columns + i), y, &blank)).collect();
            self.0.draw(blanks.into_iter())?;
            // Each draw starts by moving the cursor: the mark, then what follows it.
            self.0.draw(std::iter::once((x, y, cell)))?;
        }
        self.0.draw(run.into_iter())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.0.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

#[cfg(test)]
#[path = "spacing_tests.rs"]
mod tests;
