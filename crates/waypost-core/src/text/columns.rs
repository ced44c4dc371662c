//! Texts laid out in terminal columns: how wide a text is, cut to a width, padded for a table,
//! wrapped into lines, and the part of a long text a screen can show.

use super::line;

/// How many terminal columns a text takes: wide characters (CJK, most emoji) two, combining
/// marks none.
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// A text made safe for one line and cut to at most `columns` terminal columns, with `…` where it
/// was cut. Every truncation for a terminal goes through this.
pub fn clip(s: &str, columns: usize) -> String {
    let clean = line(s);
    if width(&clean) <= columns {
        return clean.into_owned();
    }
    let room = columns.saturating_sub(1);
    let mut out = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if columns > 0 {
        out.push('…');
    }
    out
}

/// The start of a text: at most `chars` characters, cut at a character's boundary. A screen of
/// `chars` cells shows no more of it (every character takes a cell or more, or a row of its
/// own), so a long text is laid out only as far as it can be seen.
pub fn head(s: &str, chars: usize) -> &str {
    s.char_indices().nth(chars).map_or(s, |(at, _)| &s[..at])
}

/// A text made safe for one line and padded with spaces (or clipped) to exactly `columns`
/// terminal columns, for tables.
pub fn pad(s: &str, columns: usize) -> String {
    let mut out = clip(s, columns);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(w)));
    out
}

/// Splits a text into lines of at most `width` columns, at spaces where it can.
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(8);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let extra = usize::from(!current.is_empty()) + width(word);
        if !current.is_empty() && width(&current) + extra > columns {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
        // A word longer than a line is cut into pieces of the line's width.
        while width(&current) > columns {
            let head = clip(&current, columns);
            let kept = head.trim_end_matches('…').to_owned();
            let rest = current[kept.len()..].to_owned();
            lines.push(kept);
            current = rest;
        }
    }
    lines.push(current);
    lines
}
