//! The XLSForm expressions forms use most, read into waypost conditions: `${q} = 'v'`, `!=`,
//! numeric comparisons (with numbers, other answers, `today()` and `date('2020-01-31')`),
//! `selected(${q}, 'v')`, `count-selected(${q})`, `regex(${q}, 'p')`, `and`, `or`, `not()`,
//! parentheses and `.` for the question's own answer. Anything else is refused with what was
//! not understood, so the import can say so.

mod compare;

pub(super) use crate::questionnaire::tokens::Unread;
use crate::questionnaire::tokens::{Token, describe, tokens};
use compare::{compare, joined, number_text};
use serde_json::{Value, json};

use crate::questionnaire::pattern::Pattern;

/// What the reader needs to know of a question an expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// A single choice.
    Single,
    /// A multi-select.
    Multi,
    /// A whole number.
    Integer,
    /// A number.
    Decimal,
    /// A date.
    Date,
    /// Anything else (text).
    Other,
}

/// The questions an expression may name: the waypost id and shape of an XLSForm name.
pub(super) trait Names {
    /// The id and shape of the question `name`, if the form has it (and it comes before).
    fn resolve(&self, name: &str) -> Option<(String, Shape)>;

    /// A calculation put before the question, for arithmetic in a condition (`${a} + ${b} > 10`):
    /// its id, or none where the form cannot hold one there.
    fn calculated(&self, _calculation: &str) -> Option<String> {
        None
    }
}

/// A side of a comparison.
#[derive(Debug, Clone, PartialEq)]
enum Operand {
    Answer(String, Shape),
    Count(String),
    Number(f64),
    Text(String),
    Today,
    /// Today and some days (before it when negative).
    DaysFromToday(i64),
}

/// The deepest nesting of parentheses read: far beyond any real form, and a reader that
/// recurses cannot be run out of stack by a crafted one.
const MAX_DEPTH: usize = 32;

struct Reader<'a> {
    tokens: Vec<Token>,
    at: usize,
    names: &'a dyn Names,
    own: Option<(String, Shape)>,
    /// A choice's columns, which a `choice_filter` names bare (`region = ${region}`).
    columns: Option<&'a std::collections::BTreeMap<String, String>>,
    /// How many parentheses are open where the reader is.
    depth: usize,
}

/// Reads an expression into a waypost condition (as its JSON); `own` is the question `.` stands
/// for (a constraint's). The error names what was not understood.
pub(super) fn condition(text: &str, names: &dyn Names, own: Option<(String, Shape)>) -> Result<Value, Unread> {
    let mut reader = Reader { tokens: tokens(text)?, at: 0, names, own, columns: None, depth: 0 };
    match reader.whole()? {
        // Always or never: no condition on answers.
        Value::Bool(_) => Err(Unread(text.to_owned())),
        out => Ok(out),
    }
}

/// Reads a `choice_filter` for one choice, whose `columns` (its `name` and the others of the
/// choices sheet) the filter names bare: the condition on the answers before the question under
/// which the choice is offered, or `true` (always) or `false` (never).
pub(super) fn choice_filter(
    text: &str,
    names: &dyn Names,
    columns: &std::collections::BTreeMap<String, String>,
) -> Result<Value, Unread> {
    Reader { tokens: tokens(text)?, at: 0, names, own: None, columns: Some(columns), depth: 0 }.whole()
}

impl Reader<'_> {
    /// The whole expression, nothing left over.
    fn whole(&mut self) -> Result<Value, Unread> {
        let out = self.or()?;
        match self.tokens.get(self.at) {
            None => Ok(out),
            Some(t) => Err(Unread(describe(t))),
        }
    }

    /// A choice's column named bare, as a constant.
    fn column(&self, word: &str) -> Option<String> {
        self.columns.and_then(|c| c.get(word)).cloned()
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Result<Token, Unread> {
        let t = self.tokens.get(self.at).cloned().ok_or_else(|| Unread("…".to_owned()))?;
        self.at += 1;
        Ok(t)
    }

    fn expect(&mut self, want: &Token) -> Result<(), Unread> {
        let t = self.next()?;
        if &t == want { Ok(()) } else { Err(Unread(describe(&t))) }
    }

    fn or(&mut self) -> Result<Value, Unread> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some(&Token::Word("or".into())) {
            self.at += 1;
            parts.push(self.and()?);
        }
        Ok(joined(parts, "any", true))
    }

    fn and(&mut self) -> Result<Value, Unread> {
        let mut parts = vec![self.unary()?];
        while self.peek() == Some(&Token::Word("and".into())) {
            self.at += 1;
            parts.push(self.unary()?);
        }
        Ok(joined(parts, "all", false))
    }

    /// What is inside parentheses, no deeper than [`MAX_DEPTH`].
    fn nested(&mut self) -> Result<Value, Unread> {
        if self.depth == MAX_DEPTH {
            return Err(Unread(crate::tr!("imp-too-deep", depth = MAX_DEPTH)));
        }
        self.depth += 1;
        let inner = self.or();
        self.depth -= 1;
        let inner = inner?;
        self.expect(&Token::Close)?;
        Ok(inner)
    }

    fn unary(&mut self) -> Result<Value, Unread> {
        match self.peek() {
            Some(Token::Word(w)) if w == "not" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                Ok(match self.nested()? {
                    Value::Bool(b) => Value::Bool(!b),
                    inner => json!({"not": inner}),
                })
            }
            Some(Token::Open) => {
                self.at += 1;
                self.nested()
            }
            Some(Token::Word(w)) if w == "selected" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                let (id, shape) = self.reference()?;
                self.expect(&Token::Comma)?;
                let value = match self.next()? {
                    Token::Text(t) => t,
                    Token::Number(n) => number_text(n),
                    Token::Word(w) if self.column(&w).is_some() => self.column(&w).unwrap_or_default(),
                    t => return Err(Unread(describe(&t))),
                };
                self.expect(&Token::Close)?;
                Ok(match shape {
                    Shape::Multi => json!({"answer": id, "includes": value}),
                    _ => json!({"answer": id, "equals": value}),
                })
            }
            // `regex(., 'pattern')`: a text matching a pattern waypost can read.
            Some(Token::Word(w)) if w == "regex" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                let (id, shape) = self.reference()?;
                self.expect(&Token::Comma)?;
                let pattern = match self.next()? {
                    Token::Text(t) if shape == Shape::Other && Pattern::new(&t).is_ok() => t,
                    t => return Err(Unread(describe(&t))),
                };
                self.expect(&Token::Close)?;
                Ok(json!({"answer": id, "matches": pattern}))
            }
            _ => self.comparison(),
        }
    }

    /// `${q}` or `.`: the question's id and shape.
    fn reference(&mut self) -> Result<(String, Shape), Unread> {
        match self.next()? {
            Token::Ref(name) => self.names.resolve(&name).ok_or_else(|| Unread(format!("${{{name}}}"))),
            Token::Dot => self.own.clone().ok_or_else(|| Unread(".".to_owned())),
            t => Err(Unread(describe(&t))),
        }
    }

    /// An operand, or arithmetic on answers and numbers (`${a} + ${b} * 2`), made a calculation
    /// the condition compares.
    fn operand(&mut self) -> Result<Operand, Unread> {
        let start = self.at;
        let first = self.single()?;
        let arithmetic = |t: Option<&Token>| {
            matches!(t, Some(Token::Op("+" | "-" | "*")))
                || matches!(t, Some(Token::Word(w)) if w == "div" || w == "mod")
        };
        if !matches!(first, Operand::Answer(..) | Operand::Number(_)) || !arithmetic(self.peek()) {
            return Ok(first);
        }
        // To the comparison, `and`, `or` or the closing parenthesis, outside parentheses.
        let mut depth = 0usize;
        while let Some(t) = self.peek() {
            match t {
                Token::Open => depth += 1,
                Token::Close if depth == 0 => break,
                Token::Close => depth -= 1,
                Token::Op("=" | "!=" | "<" | "<=" | ">" | ">=") | Token::Comma if depth == 0 => break,
                Token::Word(w) if depth == 0 && (w == "and" || w == "or") => break,
                Token::Dot => return Err(Unread(".".into())),
                _ => {}
            }
            self.at += 1;
        }
        let mut text = Vec::new();
        for t in &self.tokens[start..self.at] {
            text.push(match t {
                Token::Ref(name) => {
                    let (id, _) = self.names.resolve(name).ok_or_else(|| Unread(format!("${{{name}}}")))?;
                    format!("${{{id}}}")
                }
                other => describe(other),
            });
        }
        let calculation = text.join(" ");
        // A crafted condition can be long: the note quotes the calculation's start.
        let id = self.names.calculated(&calculation).ok_or_else(|| Unread(crate::text::clip(&calculation, 40)))?;
        Ok(Operand::Answer(id, Shape::Decimal))
    }

    fn single(&mut self) -> Result<Operand, Unread> {
        match self.peek().cloned() {
            Some(Token::Ref(_) | Token::Dot) => self.reference().map(|(id, shape)| Operand::Answer(id, shape)),
            Some(Token::Number(n)) => (self.at += 1, Ok(Operand::Number(n))).1,
            Some(Token::Text(t)) => (self.at += 1, Ok(Operand::Text(t))).1,
            Some(Token::Word(w)) if self.column(&w).is_some() => {
                self.at += 1;
                Ok(Operand::Text(self.column(&w).unwrap_or_default()))
            }
            Some(Token::Word(w)) if w == "count-selected" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                let (id, _) = self.reference()?;
                self.expect(&Token::Close)?;
                Ok(Operand::Count(id))
            }
            Some(Token::Word(w)) if w == "today" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                self.expect(&Token::Close)?;
                self.days_on()
            }
            // `date('2020-01-31')`: a fixed date, as a date limit is written.
            Some(Token::Word(w)) if w == "date" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                let date = match self.next()? {
                    Token::Text(t) if crate::questionnaire::validate::is_date(&t) => t,
                    t => return Err(Unread(describe(&t))),
                };
                self.expect(&Token::Close)?;
                Ok(Operand::Text(date))
            }
            // `decimal-date-time(today()) + 30`, as a date limit relative to today is written.
            Some(Token::Word(w)) if w == "decimal-date-time" => {
                self.at += 1;
                self.expect(&Token::Open)?;
                self.expect(&Token::Word("today".into()))?;
                self.expect(&Token::Open)?;
                self.expect(&Token::Close)?;
                self.expect(&Token::Close)?;
                self.days_on()
            }
            Some(t) => Err(Unread(describe(&t))),
            None => Err(Unread("…".into())),
        }
    }

    /// Today, or some whole days from it (`+ 30`, `+ -30`, `- 30` read as `-30`).
    fn days_on(&mut self) -> Result<Operand, Unread> {
        let days = match self.peek() {
            Some(Token::Op("+")) => {
                self.at += 1;
                match self.next()? {
                    Token::Number(n) => n,
                    t => return Err(Unread(describe(&t))),
                }
            }
            Some(Token::Number(n)) if *n < 0.0 => {
                let n = *n;
                self.at += 1;
                n
            }
            Some(Token::Op("-")) => {
                self.at += 1;
                match self.next()? {
                    Token::Number(n) => -n,
                    t => return Err(Unread(describe(&t))),
                }
            }
            _ => return Ok(Operand::Today),
        };
        if days.fract() != 0.0 || days.abs() > 1e6 {
            return Err(Unread(number_text(days)));
        }
        // Whole and within a million days: the cast keeps it.
        #[allow(clippy::cast_possible_truncation)]
        Ok(Operand::DaysFromToday(days as i64))
    }

    fn comparison(&mut self) -> Result<Value, Unread> {
        let left = self.operand()?;
        let op = match self.next()? {
            Token::Op(op) => op,
            t => return Err(Unread(describe(&t))),
        };
        let right = self.operand()?;
        compare(left, op, right)
    }
}

#[cfg(test)]
mod tests;
