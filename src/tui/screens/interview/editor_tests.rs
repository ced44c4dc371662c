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
