//! Where each value of a JSON text starts, by the path the checks name it with
//! (`sections[2].questions[4].show_if.answer`), so a problem found after reading carries a line
//! and column as well as its path.

use std::collections::HashMap;

/// The line and column (1-based, columns in characters) of every value of a JSON text.
#[derive(Debug, Default)]
pub struct Positions(HashMap<String, (usize, usize)>);

impl Positions {
    /// Indexes a JSON text. Meant for text serde_json has read; anything else yields what could
    /// be indexed before the first surprise.
    pub fn of(text: &str) -> Positions {
        let mut scanner = Scanner { chars: text.chars().peekable(), line: 1, column: 1, found: HashMap::new() };
        scanner.value(String::new(), 0);
        Positions(scanner.found)
    }

    /// The position of the value at `path`, or of the nearest enclosing value that exists (a
    /// missing field is found at its object).
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut path = path;
        loop {
            if let Some(at) = self.0.get(path) {
                return Some(*at);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

/// Nesting deeper than serde_json reads is not indexed.
const MAX_DEPTH: usize = 128;

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    column: usize,
    found: HashMap<String, (usize, usize)>,
}

impl Scanner<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn blank(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace() || *c == '\u{feff}') {
            self.bump();
        }
    }

    /// Reads one value, noting where it starts; false when the text ends or surprises.
    fn value(&mut self, path: String, depth: usize) -> bool {
        self.blank();
        if depth > MAX_DEPTH {
            return false;
        }
        self.found.insert(path.clone(), (self.line, self.column));
        match self.chars.peek() {
            Some('{') => self.object(&path, depth),
            Some('[') => self.array(&path, depth),
            Some('"') => self.string().is_some(),
            Some(_) => {
                while self.chars.peek().is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace()) {
                    self.bump();
                }
                true
            }
            None => false,
        }
    }

    fn object(&mut self, path: &str, depth: usize) -> bool {
        self.bump();
        loop {
            self.blank();
            match self.chars.peek() {
                Some('}') => {
                    self.bump();
                    return true;
                }
                Some(',') => {
                    self.bump();
                }
                Some('"') => {
                    let Some(key) = self.string() else { return false };
                    self.blank();
                    if self.bump() != Some(':') {
                        return false;
                    }
                    let inner = if path.is_empty() { key } else { format!("{path}.{key}") };
                    if !self.value(inner, depth + 1) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn array(&mut self, path: &str, depth: usize) -> bool {
        self.bump();
        let mut index = 0;
        loop {
            self.blank();
            match self.chars.peek() {
                Some(']') => {
                    self.bump();
                    return true;
                }
                Some(',') => {
                    self.bump();
                }
                Some(_) => {
                    if !self.value(format!("{path}[{index}]"), depth + 1) {
                        return false;
                    }
                    index += 1;
                }
                None => return false,
            }
        }
    }

    /// A string's contents, escapes decoded (keys are matched as the checks name them).
    fn string(&mut self) -> Option<String> {
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => match self.bump()? {
                    'u' => {
                        let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                        out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
                    }
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_has_its_line_and_column() {
        let text =
            "{\n  \"id\": \"x\",\n  \"sections\": [\n    {\"id\": \"ñ\", \"qs\": [1, {\"a\\\"b\": true}]}\n  ]\n}";
        let at = Positions::of(text);
        assert_eq!(at.find(""), Some((1, 1)));
        assert_eq!(at.find("id"), Some((2, 9)));
        assert_eq!(at.find("sections"), Some((3, 15)));
        assert_eq!(at.find("sections[0]"), Some((4, 5)));
        assert_eq!(at.find("sections[0].qs[1]"), Some((4, 27)), "columns count characters, ñ is one");
        assert_eq!(at.find("sections[0].qs[1].a\"b"), Some((4, 36)));
        assert_eq!(at.find("sections[0].missing"), Some((4, 5)), "a missing field is found at its object");
    }

    #[test]
    fn broken_text_gives_what_could_be_read() {
        let at = Positions::of("{\"a\": [1, 2");
        assert_eq!(at.find("a[1]"), Some((1, 11)));
        assert_eq!(Positions::of("").find("x"), None);
        let deep = "[".repeat(10_000);
        assert_eq!(Positions::of(&deep).find(""), Some((1, 1)));
    }
}
