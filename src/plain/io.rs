//! Plain mode's terminal: lines out, lines in. A line read from a pipe is echoed, so a transcript
//! holds the answers too; a line that is not UTF-8 is asked again; everything printed from a file
//! or a user is cleaned first by the caller.

use std::io::{BufRead, Write};

use waypost_core::text::line;

use super::messages as msg;

/// Lines in and out.
pub(crate) struct Lines<R: BufRead, W: Write> {
    input: R,
    out: W,
    echo: bool,
}

impl<R: BufRead, W: Write> Lines<R, W> {
    /// Reads from `input` and writes to `out`; `echo` repeats each line read (for a pipe).
    pub(crate) fn new(input: R, out: W, echo: bool) -> Self {
        Lines { input, out, echo }
    }

    /// Prints a line.
    pub(crate) fn say(&mut self, text: &str) {
        // A closed output leaves nobody to tell; the answers are still saved.
        let _ = writeln!(self.out, "{text}");
        let _ = self.out.flush();
    }

    /// Prints a prompt and reads a line; `None` at the end of the input.
    pub(crate) fn read(&mut self, prompt: &str) -> Option<String> {
        loop {
            let _ = write!(self.out, "{prompt}");
            let _ = self.out.flush();
            let mut bytes = Vec::new();
            match self.input.read_until(b'\n', &mut bytes) {
                Ok(0) | Err(_) => {
                    if self.echo {
                        self.say("");
                    }
                    return None;
                }
                Ok(_) => {}
            }
            while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                bytes.pop();
            }
            match String::from_utf8(bytes) {
                Ok(text) => {
                    if self.echo {
                        self.say(&line(&text));
                    }
                    return Some(text);
                }
                Err(_) => {
                    if self.echo {
                        self.say("");
                    }
                    self.say(&msg::not_utf8());
                }
            }
        }
    }
}
