//! The XLSForm expressions forms use most, read into waypost conditions: `${q} = 'v'`, `!=`,
//! numeric comparisons (with numbers, other answers, `today()` and `date('2020-01-31')`),
//! `selected(${q}, 'v')`, `count-selected(${q})`, `regex(${q}, 'p')`, `and`, `or`, `not()`,
//! parentheses and `.` for the question's own answer. Anything else is refused with what was
//! not understood, so the import can say so.

pub(super) use crate::questionnaire::tokens::Unread;
use crate::questionnaire::tokens::{Token, describe, tokens};
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

/// Parts joined by `and` (`key` "all") or `or` (`key` "any"), what is always or never so taken
/// out: `decides` (true for `or`) makes the whole so, the other is dropped.
fn joined(parts: Vec<Value>, key: &str, decides: bool) -> Value {
    if parts.contains(&Value::Bool(decides)) {
        return Value::Bool(decides);
    }
    let mut left: Vec<Value> = parts.into_iter().filter(|p| !p.is_boolean()).collect();
    match left.len() {
        0 => Value::Bool(!decides),
        1 => left.remove(0),
        _ => json!({ key: left }),
    }
}

/// Two constants compared (a choice's column and a text, in a `choice_filter`): as numbers when
/// both are, else as texts.
fn constant(left: &Operand, op: &str, right: &Operand) -> Option<bool> {
    let text = |o: &Operand| match o {
        Operand::Text(t) => Some(t.clone()),
        Operand::Number(n) => Some(number_text(*n)),
        _ => None,
    };
    let (a, b) = (text(left)?, text(right)?);
    let order = match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
        (Ok(x), Ok(y)) => x.partial_cmp(&y)?,
        _ => a.cmp(&b),
    };
    Some(match op {
        "=" => order.is_eq(),
        "!=" => order.is_ne(),
        "<" => order.is_lt(),
        "<=" => order.is_le(),
        ">" => order.is_gt(),
        ">=" => order.is_ge(),
        _ => return None,
    })
}

/// A comparison as a condition: the answer on the left, a constant, today or another answer on
/// the right (a constant on the left is turned around); two constants, always or never.
fn compare(left: Operand, op: &str, right: Operand) -> Result<Value, Unread> {
    if let Some(always) = constant(&left, op, &right) {
        return Ok(Value::Bool(always));
    }
    fn flipped(op: &str) -> &str {
        match op {
            "<" => ">",
            ">" => "<",
            "<=" => ">=",
            ">=" => "<=",
            other => other,
        }
    }
    let (id, shape, right) = match (left, right) {
        (Operand::Answer(id, shape), right) => (id, shape, right),
        (Operand::Count(id), right) => (id, Shape::Integer, right),
        (left, Operand::Answer(id, shape)) => return compare(Operand::Answer(id, shape), flipped(op), left),
        (left, Operand::Count(id)) => return compare(Operand::Count(id), flipped(op), left),
        (left, _) => return Err(Unread(format!("{left:?}"))),
    };
    // A number written as text (a choice's column) against a number answer.
    let number = match &right {
        Operand::Text(t) if matches!(shape, Shape::Integer | Shape::Decimal) => t.trim().parse::<f64>().ok(),
        _ => None,
    };
    let bound = match &right {
        Operand::Number(n) => json!(n),
        Operand::Text(_) if number.is_some() => json!(number),
        Operand::Today => json!("today"),
        Operand::DaysFromToday(days) => json!(format!("today{days:+}")),
        Operand::Text(t) if shape == Shape::Date => json!(t),
        Operand::Answer(other, _) | Operand::Count(other) => json!({"answer": other}),
        Operand::Text(_) => Value::Null,
    };
    let value = match &right {
        Operand::Text(_) if number.is_some() => json!(number),
        Operand::Text(t) => json!(t),
        Operand::Number(n) if matches!(shape, Shape::Single | Shape::Multi | Shape::Other) => json!(number_text(*n)),
        Operand::Number(n) => json!(n),
        _ => Value::Null,
    };
    let answered = json!({"answer": id, "answered": true});
    Ok(match op {
        "=" if value == json!("") => json!({"answer": id, "answered": false}),
        "!=" if value == json!("") => answered,
        "=" if !value.is_null() => json!({"answer": id, "equals": value}),
        "!=" if !value.is_null() => json!({"not": {"answer": id, "equals": value}}),
        ">=" if !bound.is_null() => json!({"answer": id, "at_least": bound}),
        "<=" if !bound.is_null() => json!({"answer": id, "at_most": bound}),
        // A strict comparison: answered, and not the other way round (an empty answer is
        // neither more nor less, as in XLSForm).
        ">" if !bound.is_null() => json!({"all": [answered, {"not": {"answer": id, "at_most": bound}}]}),
        "<" if !bound.is_null() => json!({"all": [answered, {"not": {"answer": id, "at_least": bound}}]}),
        _ => return Err(Unread(op.to_owned())),
    })
}

/// A number written as a choice value is (3, not 3.0).
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{n:.0}") } else { n.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Form;
    impl Names for Form {
        fn resolve(&self, name: &str) -> Option<(String, Shape)> {
            let shape = match name {
                "sex" => Shape::Single,
                "help" => Shape::Multi,
                "age" => Shape::Integer,
                "born" => Shape::Date,
                "name" => Shape::Other,
                _ => return None,
            };
            Some((name.to_owned(), shape))
        }
    }

    fn read(text: &str) -> Result<Value, Unread> {
        condition(text, &Form, Some(("age".into(), Shape::Integer)))
    }

    #[test]
    fn the_expressions_forms_use_most() {
        assert_eq!(read("${sex} = 'f'").unwrap(), json!({"answer": "sex", "equals": "f"}));
        assert_eq!(read("${sex} != 'f'").unwrap(), json!({"not": {"answer": "sex", "equals": "f"}}));
        assert_eq!(read("selected(${help}, 'food')").unwrap(), json!({"answer": "help", "includes": "food"}));
        assert_eq!(read("count-selected(${help}) >= 2").unwrap(), json!({"answer": "help", "at_least": 2.0}));
        assert_eq!(read("regex(${name}, '^[A-Z]')").unwrap(), json!({"answer": "name", "matches": "^[A-Z]"}));
        assert!(read("regex(${name}, '[A-Z')").is_err(), "a pattern that cannot be read is not taken");
        assert_eq!(
            read("${age} >= 5 and (${sex} = 'f' or not(selected(${help}, 'none')))").unwrap(),
            json!({"all": [{"answer": "age", "at_least": 5.0}, {"any": [{"answer": "sex", "equals": "f"}, {"not": {"answer": "help", "includes": "none"}}]}]})
        );
        assert_eq!(read(". <= 120").unwrap(), json!({"answer": "age", "at_most": 120.0}));
        assert_eq!(read("18 <= ${age}").unwrap(), json!({"answer": "age", "at_least": 18.0}));
        assert_eq!(read("${born} <= today()").unwrap(), json!({"answer": "born", "at_most": "today"}));
        let back = read("${born} >= decimal-date-time(today()) + -30").unwrap();
        assert_eq!(back, json!({"answer": "born", "at_least": "today-30"}), "as the export writes a date limit");
        assert_eq!(read("${born} <= today() + 7").unwrap(), json!({"answer": "born", "at_most": "today+7"}));
        assert_eq!(read("${born} >= today() - 30").unwrap(), json!({"answer": "born", "at_least": "today-30"}));
        assert_eq!(read("${born} >= date('2020-01-31')").unwrap(), json!({"answer": "born", "at_least": "2020-01-31"}));
        assert!(read("${born} >= date('31/01/2020')").is_err(), "a date as the format writes one");
        assert_eq!(read("${sex} = ''").unwrap(), json!({"answer": "sex", "answered": false}));
        assert_eq!(read("${sex} = 1").unwrap(), json!({"answer": "sex", "equals": "1"}));
    }

    #[test]
    fn parentheses_nested_past_reason_are_refused_not_followed_down() {
        let deep = format!("{}${{sex}} = 'a'{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(read(&deep).unwrap_err().0.contains("nested more than 32"));
        let fine = format!("{}${{sex}} = 'a'{}", "(".repeat(32), ")".repeat(32));
        assert!(read(&fine).is_ok());
    }

    #[test]
    fn what_is_not_understood_is_named() {
        assert_eq!(read("${nobody} = 'x'").unwrap_err().0, "${nobody}");
        assert_eq!(read("string-length(.) > 3").unwrap_err().0, "string-length");
        assert_eq!(read("${age} = 1 +").unwrap_err().0, "1 +", "arithmetic that is no calculation");
        assert!(read("${age").is_err());
        assert!(read("").is_err());
    }
}
