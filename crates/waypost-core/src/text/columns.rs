//! Texts laid out in terminal columns: how wide a text is, cut to a width, padded for a table,
//! wrapped into lines, and the part of a long text a screen can show.

use unicode_segmentation::UnicodeSegmentation;

use super::line;

/// How many terminal columns a text takes: wide characters (CJK, most emoji) two, combining
/// marks none.
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// A text made safe for one line and cut to at most `columns` terminal columns, with `…` where it
/// was cut. Every truncation for a terminal goes through this. It cuts between grapheme
/// clusters, so a Thai vowel or tone mark, or a Devanagari or Bengali conjunct, is kept whole
/// or left out whole.
pub fn clip(s: &str, columns: usize) -> String {
    let clean = line(s);
    if width(&clean) <= columns {
        return clean.into_owned();
    }
    let room = columns.saturating_sub(1);
    let mut out = String::new();
    let mut used = 0;
    for cluster in clean.graphemes(true) {
        let w = width(cluster);
        if used + w > room {
            break;
        }
        used += w;
        out.push_str(cluster);
    }
    if columns > 0 {
        out.push('…');
    }
    out
}

/// A text made safe for one line and cut in the middle to at most `columns` terminal columns:
/// its start, "…", and its end, for texts that begin alike and differ at the end ("Health:
/// scores of the CSO", "Health: scores of the company"). Both cuts fall between grapheme
/// clusters.
pub fn clip_middle(s: &str, columns: usize) -> String {
    let clean = line(s);
    if width(&clean) <= columns || columns < 3 {
        return clip(&clean, columns);
    }
    let tail_room = (columns - 1) / 2;
    let mut tail_start = clean.len();
    let mut used = 0;
    for (at, cluster) in clean.grapheme_indices(true).rev() {
        if used + width(cluster) > tail_room {
            break;
        }
        used += width(cluster);
        tail_start = at;
    }
    let mut out = clip(&clean, columns - used);
    out.push_str(&clean[tail_start..]);
    out
}

/// The start of a text: at most `clusters` grapheme clusters, cut between two of them. A screen
/// of `clusters` cells shows no more of it (every cluster takes a cell or more, or a row of its
/// own), so a long text is laid out only as far as it can be seen.
pub fn head(s: &str, clusters: usize) -> &str {
    s.grapheme_indices(true).nth(clusters).map_or(s, |(at, _)| &s[..at])
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

    #[test]
    fn cuts_fall_between_grapheme_clusters_in_thai_bengali_and_devanagari() {
        // Thai: ที่ is one cluster of three characters (a consonant, a vowel and a tone mark).
        let thai = "ที่นี่มีเด็ก";
        assert_eq!(clip(thai, 3), "ที่นี่…");
        assert!(clip(thai, 3).starts_with("ที่"));
        // Devanagari: क्ष is one cluster (a conjunct) two columns wide; it is kept or left out whole.
        let hindi = "क्षमा करें";
        assert_eq!(clip(hindi, 2), "…");
        assert_eq!(clip(hindi, 3), "क्ष…");
        // Bengali: ক্ষ and the vowel sign ে never come apart.
        let bengali = "শিক্ষা";
        let whole: Vec<String> = bengali
            .grapheme_indices(true)
            .map(|(at, g)| bengali[..at + g.len()].to_owned())
            .chain([String::new()])
            .collect();
        for columns in 1..=width(bengali) {
            let cut = clip(bengali, columns);
            assert!(whole.contains(&cut.trim_end_matches('…').to_owned()), "cut {cut:?} at {columns}");
        }
        let middle = clip_middle("ที่นี่มีเด็กและครอบครัวที่นี่", 7);
        assert!(middle.ends_with("นี่"), "{middle}");
        assert_eq!(head(thai, 1), "ที่");
        assert_eq!(head(hindi, 1), "क्ष");
    }
}
