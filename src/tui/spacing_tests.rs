use ratatui::backend::CrosstermBackend;
use ratatui::style::{Modifier, Style};

use super::*;

#[test]
fn the_marks_are_in_order_and_are_no_columns_to_unicode_width() {
    assert!(MARKS.windows(2).all(|w| w[0].0 < w[1].0));
    for (mark, _) in MARKS {
        assert_eq!(unicode_width::UnicodeWidthChar::width(mark), Some(0), "{mark:?}");
    }
    assert_eq!((extra("কা"), extra("ক্ষা"), extra("का"), extra("ที่"), extra("a")), (1, 1, 0, 0, 0));
}

#[test]
fn the_row_after_a_mark_moves_right_into_its_blanks() {
    let area = Rect::new(0, 0, 8, 1);
    let mut buf = Buffer::empty(area);
    buf.set_string(0, 0, "আকার", Style::default());
    // আ কা র: three cells, then blanks.
    assert_eq!(buf[(1, 0)].symbol(), "কা");
    cursor::ask(Position { x: 3, y: 0 });
    make_room(area, &mut buf);
    assert_eq!(buf[(1, 0)].symbol(), "কা");
    assert_eq!(buf[(2, 0)].diff_option, CellDiffOption::Skip, "the column the sign takes in a terminal");
    assert_eq!(buf[(3, 0)].symbol(), "র");
    assert_eq!(cursor::take(), Some(Position { x: 4, y: 0 }), "the cursor after the word moves with it");
}

#[test]
fn a_row_with_no_blanks_to_give_or_a_border_in_the_way_stays() {
    let area = Rect::new(0, 0, 4, 1);
    let mut buf = Buffer::empty(area);
    buf.set_string(0, 0, "কাবি│", Style::default());
    let before = buf.clone();
    make_room(area, &mut buf);
    assert_eq!(buf, before);
    // A cursor drawn as a space is not a blank to give.
    let mut buf = Buffer::empty(area);
    buf.set_string(0, 0, "কা", Style::default());
    buf.set_string(1, 0, " ", Style::default().add_modifier(Modifier::REVERSED));
    buf.set_string(2, 0, "││", Style::default());
    let before = buf.clone();
    make_room(area, &mut buf);
    assert_eq!(buf, before);
    // Nor is a single space between two words.
    let area = Rect::new(0, 0, 7, 1);
    let mut buf = Buffer::empty(area);
    buf.set_string(0, 0, "কা ব ক│", Style::default());
    let before = buf.clone();
    make_room(area, &mut buf);
    assert_eq!(buf, before);
}

#[test]
fn the_backend_draws_the_freed_column_before_the_mark_then_moves_on_by_position() {
    let area = Rect::new(0, 0, 8, 1);
    let mut buf = Buffer::empty(area);
    buf.set_string(0, 0, "ক্ষার", Style::default());
    make_room(area, &mut buf);
    let written = Written::default();
    let mut backend = Spaced(CrosstermBackend::new(written.clone()));
    let cells: Vec<(u16, u16, &Cell)> =
        (0..4).filter(|x| buf[(*x, 0)].diff_option != CellDiffOption::Skip).map(|x| (x, 0, &buf[(x, 0)])).collect();
    backend.draw(cells.into_iter()).unwrap();
    let out = String::from_utf8(written.0.borrow().clone()).unwrap();
    // CSI row;column H moves the cursor (1-based): ক্ষা takes columns 1 and 2, and its sign া
    // column 3 in a terminal: the space at column 3 first, then the cluster, then র at 4.
    let space = out.find("\u{1b}[1;3H ").expect(&out);
    let mark = out.find("\u{1b}[1;1Hক্ষা").expect(&out);
    let next = out.find("\u{1b}[1;4Hর").expect(&out);
    assert!(space < mark && mark < next, "{out:?}");
}

/// What the backend wrote, kept where the test can read it.
#[derive(Clone, Default)]
struct Written(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Written {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
