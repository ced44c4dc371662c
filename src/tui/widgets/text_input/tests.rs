use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::*;

#[test]
fn an_input_holds_the_exact_stored_text() {
    for text in ["a\tb\u{200F}c", "שלום\u{200E} عالم", "two\nlines", "e\u{301} 👍🏽", " spaced "] {
        let area = text_area(text, true);
        assert_eq!(area.lines().join("\n"), text);
    }
}

#[test]
fn a_paste_keeps_its_lines_where_lines_are_taken() {
    assert_eq!(pasted("a\r\nb\rc\n", true), "a\nb\nc\n");
    assert_eq!(pasted("Acme Hotels\r\n", false), "Acme Hotels ");
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn typed_in(text: &str) -> TextArea<'static> {
    let mut area = text_area("", false);
    for c in text.chars() {
        type_into(&mut area, key(KeyCode::Char(c), KeyModifiers::NONE));
    }
    area
}

#[test]
fn what_is_stored_is_byte_for_byte_what_was_typed() {
    for text in ["สวัสดีครับ ที่นี่", "শিক্ষা অধিকার", "बच्चों की सुरक्षा", "Perlindungan anak"]
    {
        assert_eq!(typed(&typed_in(text)), text);
    }
}

#[test]
fn arrows_and_deletions_take_whole_clusters() {
    let none = KeyModifiers::NONE;
    // Thai: ที่ is a consonant, a vowel and a tone mark.
    let mut area = typed_in("ดีที่");
    type_into(&mut area, key(KeyCode::Left, none));
    assert_eq!(area.cursor(), (0, 2), "Left goes over ที่ at once");
    type_into(&mut area, key(KeyCode::Right, none));
    assert_eq!(area.cursor(), (0, 5));
    type_into(&mut area, key(KeyCode::Backspace, none));
    assert_eq!(typed(&area), "ดี", "Backspace deletes ที่ whole");
    // Devanagari: क्ष is a conjunct; Delete takes it whole, and Ctrl-Z gives it back at once.
    let mut area = typed_in("क्षमा");
    type_into(&mut area, key(KeyCode::Home, none));
    type_into(&mut area, key(KeyCode::Delete, none));
    assert_eq!(typed(&area), "मा");
    type_into(&mut area, key(KeyCode::Char('z'), KeyModifiers::CONTROL));
    assert_eq!(typed(&area), "क्षमा");
    // Bengali: Ctrl-W deletes the word before the cursor, and no mark of it is left behind.
    let mut area = typed_in("শিশু শিক্ষা");
    type_into(&mut area, key(KeyCode::Char('w'), KeyModifiers::CONTROL));
    assert_eq!(typed(&area), "শিশু ");
    type_into(&mut area, key(KeyCode::Char('w'), KeyModifiers::CONTROL));
    assert_eq!(typed(&area), "");
    // Latin text is edited one character at a time, as before.
    let mut area = typed_in("ab");
    type_into(&mut area, key(KeyCode::Left, none));
    type_into(&mut area, key(KeyCode::Backspace, none));
    assert_eq!(typed(&area), "b");
}

#[test]
fn the_cluster_under_the_cursor_is_drawn_whole() {
    let mut area = typed_in("ที่นี่ क्षमा");
    let rect = Rect::new(0, 0, 12, 1);
    for _ in 0..4 {
        type_into(&mut area, key(KeyCode::Left, KeyModifiers::NONE));
    }
    assert_eq!(area.cursor(), (0, 3), "on นี่");
    let mut buf = Buffer::empty(rect);
    draw(&area, rect, &mut buf, true);
    assert_eq!(buf[(0, 0)].symbol(), "ที่");
    assert_eq!(buf[(1, 0)].symbol(), "นี่", "the marks of the cluster under the cursor are drawn");
    type_into(&mut area, key(KeyCode::Right, KeyModifiers::NONE));
    type_into(&mut area, key(KeyCode::Right, KeyModifiers::NONE));
    let mut buf = Buffer::empty(rect);
    draw(&area, rect, &mut buf, true);
    assert_eq!(buf[(3, 0)].symbol(), "क्ष", "a conjunct under the cursor is one cell of two columns");
    assert_eq!(buf[(5, 0)].symbol(), "मा");
}
