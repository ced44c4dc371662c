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

/// A text made safe for one line and cut in the middle to at most `columns` terminal columns:
/// its start, "…", and its end, for texts that begin alike and differ at the end ("Health:
/// scores of the CSO", "Health: scores of the company").
pub fn clip_middle(s: &str, columns: usize) -> String {
    let clean = line(s);
    if width(&clean) <= columns || columns < 3 {
        return clip(&clean, columns);
    }
    let cells = |c: char| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    let tail_room = (columns - 1) / 2;
    let mut tail = Vec::new();
    let mut used = 0;
    for c in clean.chars().rev() {
        if used + cells(c) > tail_room {
            break;
        }
        used += cells(c);
        tail.push(c);
    }
    let mut out = clip(&clean, columns - used);
    out.extend(tail.into_iter().rev());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_cut_in_the_middle_keeps_its_start_and_end_within_its_columns() {
        let cso = clip_middle("Salud: puntajes de la OSC", 16);
        let company = clip_middle("Salud: puntajes de la empresa", 16);
        assert_ne!(cso, company);
        assert_eq!((width(&cso), width(&company)), (16, 16));
        assert_eq!(company, "Salud: p…empresa");
        assert_eq!(clip_middle("short", 16), "short");
        assert_eq!(clip_middle("años de niñez", 2), "a…");
    }
}
