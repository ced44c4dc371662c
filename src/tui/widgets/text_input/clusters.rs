//! Grapheme clusters in a line of a text input: where its cursor may stand and what one
//! Backspace, Delete or word deletion takes away. A Thai consonant with its vowel and tone
//! marks, a Devanagari or Bengali conjunct with its vowel sign, an emoji with its skin tone: each
//! is one cluster, and the cursor never stands inside one. Columns are counted in characters, as
//! the text input counts them.

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// The byte offset of character `col` of `line` (its length past the end).
fn byte_at(line: &str, col: usize) -> usize {
    line.char_indices().nth(col).map_or(line.len(), |(at, _)| at)
}

/// The cluster boundary next to byte `at`, forward or back (`at` itself when it is one).
fn boundary(line: &str, at: usize, forward: bool) -> usize {
    let mut cursor = GraphemeCursor::new(at, line.len(), true);
    // The whole line is given as the one chunk, so the answer is never "incomplete".
    if cursor.is_boundary(line, 0).unwrap_or(true) {
        return at;
    }
    let next = if forward { cursor.next_boundary(line, 0) } else { cursor.prev_boundary(line, 0) };
    next.ok().flatten().unwrap_or(at)
}

/// How many characters the cursor at character `col` must move to stand on a cluster boundary,
/// forward or back: 0 when it stands on one.
pub(super) fn off_boundary(line: &str, col: usize, forward: bool) -> usize {
    let at = byte_at(line, col);
    let to = boundary(line, at, forward);
    line[at.min(to)..at.max(to)].chars().count()
}

/// The characters of the cluster just before character `col` (none at the line's start).
pub(super) fn before(line: &str, col: usize) -> usize {
    let at = byte_at(line, col);
    line[..at].graphemes(true).next_back().map_or(0, |g| g.chars().count())
}

/// The characters of the cluster that starts at character `col` (none at the line's end).
pub(super) fn after(line: &str, col: usize) -> usize {
    at(line, col).map_or(0, |g| g.chars().count())
}

/// The cluster that starts at character `col`, the one the cursor is drawn on.
pub(super) fn at(line: &str, col: usize) -> Option<&str> {
    line[byte_at(line, col)..].graphemes(true).next()
}

/// What a cluster counts as for word movements: the same three kinds the text input uses for
/// characters (a space, ASCII punctuation, anything else), taken from its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Space,
    Punctuation,
    Other,
}

impl Kind {
    fn of(cluster: &str) -> Kind {
        match cluster.chars().next() {
            Some(c) if c.is_whitespace() => Kind::Space,
            Some(c) if c != '_' && c.is_ascii_punctuation() => Kind::Punctuation,
            _ => Kind::Other,
        }
    }
}

/// The characters Ctrl-W deletes before character `col`: the spaces just before it and the word
/// before them, in whole clusters (none at the line's start).
pub(super) fn word_before(line: &str, col: usize) -> usize {
    let at = byte_at(line, col);
    let mut start = at;
    let mut kind: Option<Kind> = None;
    for (i, cluster) in line[..at].grapheme_indices(true).rev() {
        let this = Kind::of(cluster);
        if kind.is_some_and(|k| k != Kind::Space && k != this) {
            break;
        }
        kind = Some(this);
        start = i;
    }
    line[start..at].chars().count()
}

/// The characters Alt-D deletes from character `col`: any spaces there and the word after them,
/// in whole clusters (none at the line's end).
pub(super) fn word_after(line: &str, col: usize) -> usize {
    let at = byte_at(line, col);
    let mut end = at;
    let mut kind: Option<Kind> = None;
    for (i, cluster) in line[at..].grapheme_indices(true) {
        let this = Kind::of(cluster);
        if kind.is_some_and(|k| k != Kind::Space && k != this) {
            break;
        }
        kind = Some(this);
        end = at + i + cluster.len();
    }
    line[at..end].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    // ที่ (a consonant, a vowel and a tone mark), क्ष (a Devanagari conjunct) and ক্ষে (a Bengali
    // conjunct with its vowel sign) are each one cluster of several characters.
    const THAI: &str = "ที่นี่";
    const HINDI: &str = "क्षमा";
    const BENGALI: &str = "ক্ষেত";

    #[test]
    fn clusters_of_several_characters_are_counted_whole() {
        assert_eq!((before(THAI, 3), after(THAI, 0)), (3, 3));
        assert_eq!((before(HINDI, 3), after(HINDI, 0)), (3, 3));
        assert_eq!(after(BENGALI, 0), 4);
        assert_eq!(at(HINDI, 0), Some("क्ष"));
        assert_eq!((before("", 0), after(THAI, 6), at(THAI, 6)), (0, 0, None));
    }

    #[test]
    fn a_cursor_inside_a_cluster_moves_to_its_edge() {
        // One character into ที่: back to its start, forward to its end.
        assert_eq!((off_boundary(THAI, 1, false), off_boundary(THAI, 1, true)), (1, 2));
        assert_eq!((off_boundary(HINDI, 2, false), off_boundary(HINDI, 2, true)), (2, 1));
        assert_eq!((off_boundary(THAI, 3, true), off_boundary("abc", 1, false)), (0, 0));
    }

    #[test]
    fn a_word_is_deleted_in_whole_clusters() {
        let line = "राम क्षमा करें";
        let chars = line.chars().count();
        assert_eq!(word_before(line, chars), "करें".chars().count());
        assert_eq!(word_before(line, chars - 4), "क्षमा ".chars().count());
        assert_eq!(word_after(line, 0), "राम".chars().count());
        assert_eq!(word_after(line, 3), " क्षमा".chars().count());
        assert_eq!(word_before("one two ", 8), 4);
        assert_eq!(word_before("a.b", 3), 1);
        // A mark after a space belongs to the space's cluster, and goes with it.
        assert_eq!(word_before("ab \u{301}", 4), 4);
    }
}
