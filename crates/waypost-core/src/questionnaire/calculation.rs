//! A question's `calculation`: a value worked out from the answers before it, as XLSForm's
//! `calculate` does (`${adults} + ${children}`, `if(${age} >= 18, 'adult', 'child')`). It is
//! shown where a text names it (`${total}`), conditions compare it like an answer, and a
//! submission carries it; nobody types it.

use serde_json::Value;

use super::tokens::{Token, Unread, describe, tokens};

/// A calculation read, ready to be worked out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Calculation(Expr);

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Number(f64),
    Text(String),
    Answer(String),
    Negative(Box<Expr>),
    Operation(&'static str, Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
}

/// The functions a calculation may call, with how many arguments each takes (least, most).
const FUNCTIONS: &[(&str, usize, usize)] = &[
    ("if", 3, 3),
    ("concat", 1, usize::MAX),
    ("round", 1, 2),
    ("int", 1, 1),
    ("number", 1, 1),
    ("string", 1, 1),
    ("coalesce", 2, 2),
    ("not", 1, 1),
    ("selected", 2, 2),
    ("count-selected", 1, 1),
    ("count", 1, 1),
];

/// The deepest nesting read: a crafted calculation cannot run the reader out of stack.
const MAX_DEPTH: usize = 32;

/// The most tokens a calculation may have: far beyond any real form's, and a chain of
/// operations (`1 + 1 + …`) stays shallow enough to work out and to free.
const MAX_TOKENS: usize = 1_000;

/// A value while a calculation is worked out: XPath's number, string and boolean, and nothing
/// (an answer not given).
#[derive(Debug, Clone, PartialEq)]
enum Worked {
    Number(f64),
    Text(String),
    Truth(bool),
    Nothing,
}

impl Calculation {
    /// Reads a calculation; what cannot be read is said as the part not understood.
    pub(crate) fn parse(text: &str) -> Result<Calculation, Unread> {
        let tokens = tokens(text)?;
        if tokens.len() > MAX_TOKENS {
            return Err(Unread(crate::text::clip(text, 40)));
        }
        let mut reader = Reader { tokens, at: 0, depth: 0 };
        let expr = reader.or()?;
        match reader.tokens.get(reader.at) {
            None => Ok(Calculation(expr)),
            Some(t) => Err(Unread(describe(t))),
        }
    }

    /// The ids of the answers it uses.
    pub(crate) fn answers(&self) -> Vec<&str> {
        fn walk<'e>(e: &'e Expr, out: &mut Vec<&'e str>) {
            match e {
                Expr::Answer(id) => out.push(id),
                Expr::Negative(inner) => walk(inner, out),
                Expr::Operation(_, a, b) => {
                    walk(a, out);
                    walk(b, out);
                }
                Expr::Call(_, args) => args.iter().for_each(|a| walk(a, out)),
                Expr::Number(_) | Expr::Text(_) => {}
            }
        }
        let mut out = Vec::new();
        walk(&self.0, &mut out);
        out
    }

    /// The value worked out from the answers `answer` gives; none while an answer it does
    /// arithmetic with is missing, or when the result is no number (a division by zero).
    pub(crate) fn value(&self, answer: &dyn Fn(&str) -> Option<Value>) -> Option<Value> {
        match work(&self.0, answer) {
            Worked::Number(n) if n.is_finite() => {
                // Whole numbers stay whole: 3, not 3.0.
                #[allow(clippy::cast_possible_truncation, reason = "a whole number below 2^53 in size")]
                Some(if n.fract() == 0.0 && n.abs() < 9.0e15 { Value::from(n as i64) } else { Value::from(n) })
            }
            Worked::Number(_) | Worked::Nothing => None,
            Worked::Text(t) => Some(Value::from(t)),
            Worked::Truth(b) => Some(Value::from(if b { "true" } else { "false" })),
        }
    }
}

struct Reader {
    tokens: Vec<Token>,
    at: usize,
    depth: usize,
}

impl Reader {
    fn next(&mut self) -> Result<Token, Unread> {
        let t = self.tokens.get(self.at).cloned().ok_or_else(|| Unread("…".to_owned()))?;
        self.at += 1;
        Ok(t)
    }

    /// Reads operands joined by the operators of one level, left to right.
    fn level(&mut self, ops: &[&'static str], below: fn(&mut Reader) -> Result<Expr, Unread>) -> Result<Expr, Unread> {
        let mut left = below(self)?;
        loop {
            let op = match self.tokens.get(self.at) {
                Some(Token::Op(op)) => ops.iter().find(|o| *o == op),
                Some(Token::Word(w)) => ops.iter().find(|o| **o == w.as_str()),
                _ => None,
            };
            let Some(op) = op else { return Ok(left) };
            self.at += 1;
            left = Expr::Operation(op, Box::new(left), Box::new(below(self)?));
        }
    }

    fn or(&mut self) -> Result<Expr, Unread> {
        self.level(&["or"], Reader::and)
    }

    fn and(&mut self) -> Result<Expr, Unread> {
        self.level(&["and"], Reader::comparison)
    }

    fn comparison(&mut self) -> Result<Expr, Unread> {
        self.level(&["=", "!=", "<", "<=", ">", ">="], Reader::sum)
    }

    fn sum(&mut self) -> Result<Expr, Unread> {
        self.level(&["+", "-"], Reader::product)
    }

    fn product(&mut self) -> Result<Expr, Unread> {
        self.level(&["*", "div", "mod"], Reader::unary)
    }

    fn unary(&mut self) -> Result<Expr, Unread> {
        if self.depth == MAX_DEPTH {
            return Err(Unread(crate::tr!("imp-too-deep", depth = MAX_DEPTH)));
        }
        self.depth += 1;
        let out = self.primary();
        self.depth -= 1;
        out
    }

    fn primary(&mut self) -> Result<Expr, Unread> {
        match self.next()? {
            Token::Number(n) => Ok(Expr::Number(n)),
            Token::Text(t) => Ok(Expr::Text(t)),
            Token::Ref(name) => Ok(Expr::Answer(name)),
            Token::Op("-") => Ok(Expr::Negative(Box::new(self.unary()?))),
            Token::Open => {
                let inner = self.or()?;
                match self.next()? {
                    Token::Close => Ok(inner),
                    t => Err(Unread(describe(&t))),
                }
            }
            Token::Word(name) => {
                let Some((_, least, most)) = FUNCTIONS.iter().find(|(f, _, _)| *f == name) else {
                    return Err(Unread(name));
                };
                match self.next()? {
                    Token::Open => {}
                    t => return Err(Unread(describe(&t))),
                }
                let mut args = Vec::new();
                if self.tokens.get(self.at) == Some(&Token::Close) {
                    self.at += 1;
                } else {
                    loop {
                        args.push(self.or()?);
                        match self.next()? {
                            Token::Comma => {}
                            Token::Close => break,
                            t => return Err(Unread(describe(&t))),
                        }
                    }
                }
                if args.len() < *least || args.len() > *most {
                    return Err(Unread(format!("{name}(…)")));
                }
                Ok(Expr::Call(name, args))
            }
            t => Err(Unread(describe(&t))),
        }
    }
}

impl Worked {
    fn number(&self) -> Option<f64> {
        match self {
            Worked::Number(n) => Some(*n),
            Worked::Text(t) => t.trim().parse().ok(),
            Worked::Truth(b) => Some(f64::from(u8::from(*b))),
            Worked::Nothing => None,
        }
    }

    fn text(&self) -> String {
        match self {
            Worked::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Worked::Number(n) => n.to_string(),
            Worked::Text(t) => t.clone(),
            Worked::Truth(b) => b.to_string(),
            Worked::Nothing => String::new(),
        }
    }

    fn truth(&self) -> bool {
        match self {
            Worked::Number(n) => *n != 0.0 && !n.is_nan(),
            Worked::Text(t) => !t.is_empty(),
            Worked::Truth(b) => *b,
            Worked::Nothing => false,
        }
    }
}

/// An answer as a calculation sees it: a number, a text, a multi-select's values apart by spaces
/// (as the XForm keeps them).
fn seen(value: Option<&Value>) -> Worked {
    match value {
        Some(Value::Number(n)) => n.as_f64().map_or(Worked::Nothing, Worked::Number),
        Some(Value::String(s)) => Worked::Text(s.clone()),
        Some(Value::Bool(b)) => Worked::Truth(*b),
        Some(Value::Array(items)) => Worked::Text(items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" ")),
        Some(Value::Null | Value::Object(_)) | None => Worked::Nothing,
    }
}

fn work(e: &Expr, answer: &dyn Fn(&str) -> Option<Value>) -> Worked {
    match e {
        Expr::Number(n) => Worked::Number(*n),
        Expr::Text(t) => Worked::Text(t.clone()),
        Expr::Answer(id) => seen(answer(id).as_ref()),
        Expr::Negative(inner) => work(inner, answer).number().map_or(Worked::Nothing, |n| Worked::Number(-n)),
        Expr::Operation(op, a, b) => operation(op, work(a, answer), work(b, answer)),
        Expr::Call(name, args) => call(name, args, answer),
    }
}

fn operation(op: &str, a: Worked, b: Worked) -> Worked {
    match op {
        "or" => Worked::Truth(a.truth() || b.truth()),
        "and" => Worked::Truth(a.truth() && b.truth()),
        "=" | "!=" | "<" | "<=" | ">" | ">=" => {
            let order = match (a.number(), b.number()) {
                (Some(x), Some(y)) => x.partial_cmp(&y),
                _ => Some(a.text().cmp(&b.text())),
            };
            let Some(order) = order else { return Worked::Truth(op == "!=") };
            Worked::Truth(match op {
                "=" => order.is_eq(),
                "!=" => order.is_ne(),
                "<" => order.is_lt(),
                "<=" => order.is_le(),
                ">" => order.is_gt(),
                _ => order.is_ge(),
            })
        }
        _ => {
            let (Some(x), Some(y)) = (a.number(), b.number()) else { return Worked::Nothing };
            Worked::Number(match op {
                "+" => x + y,
                "-" => x - y,
                "*" => x * y,
                "div" => x / y,
                _ => x % y,
            })
        }
    }
}

fn call(name: &str, args: &[Expr], answer: &dyn Fn(&str) -> Option<Value>) -> Worked {
    let arg = |i: usize| args.get(i).map_or(Worked::Nothing, |a| work(a, answer));
    let count = || match args.first() {
        Some(Expr::Answer(id)) => match answer(id).as_ref() {
            Some(Value::Array(items)) => items.len(),
            Some(Value::String(s)) => s.split_whitespace().count(),
            _ => 0,
        },
        _ => 0,
    };
    #[allow(clippy::cast_precision_loss, reason = "a count of choices or items")]
    match name {
        "if" => {
            if arg(0).truth() {
                arg(1)
            } else {
                arg(2)
            }
        }
        "concat" => Worked::Text((0..args.len()).map(|i| arg(i).text()).collect()),
        "round" => {
            let places = arg(1).number().unwrap_or(0.0).clamp(0.0, 15.0);
            let scale = 10f64.powf(places.trunc());
            arg(0).number().map_or(Worked::Nothing, |n| Worked::Number((n * scale).round() / scale))
        }
        "int" => arg(0).number().map_or(Worked::Nothing, |n| Worked::Number(n.trunc())),
        "number" => arg(0).number().map_or(Worked::Nothing, Worked::Number),
        "string" => Worked::Text(arg(0).text()),
        "coalesce" => match arg(0) {
            Worked::Nothing => arg(1),
            Worked::Text(t) if t.is_empty() => arg(1),
            first => first,
        },
        "not" => Worked::Truth(!arg(0).truth()),
        "selected" => {
            let wanted = arg(1).text();
            Worked::Truth(arg(0).text().split_whitespace().any(|v| v == wanted))
        }
        "count-selected" | "count" => Worked::Number(count() as f64),
        _ => Worked::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn value(text: &str, answers: &Value) -> Option<Value> {
        Calculation::parse(text).unwrap().value(&|id| answers.get(id).cloned())
    }

    #[test]
    fn arithmetic_texts_and_choices_as_xlsform_works_them_out() {
        let answers = json!({"adults": 2, "children": 3, "age": 17, "name": "Ana", "help": ["food", "school"]});
        assert_eq!(value("${adults} + ${children}", &answers), Some(json!(5)));
        assert_eq!(value("${adults} * 2 - ${children} div 2", &answers), Some(json!(2.5)));
        assert_eq!(value("(${adults} + 1) * 2 mod 4", &answers), Some(json!(2)));
        assert_eq!(value("-${adults}", &answers), Some(json!(-2)));
        assert_eq!(value("round(10 div 3, 2)", &answers), Some(json!(3.33)));
        assert_eq!(value("if(${age} >= 18, 'adult', 'child')", &answers), Some(json!("child")));
        assert_eq!(value("concat(${name}, ' (', ${age}, ')')", &answers), Some(json!("Ana (17)")));
        assert_eq!(value("count-selected(${help})", &answers), Some(json!(2)));
        assert_eq!(value("selected(${help}, 'food') and ${age} < 18", &answers), Some(json!("true")));
        // An answer not given: no arithmetic, an empty text.
        assert_eq!(value("${adults} + ${missing}", &answers), None);
        assert_eq!(value("concat('x', ${missing})", &answers), Some(json!("x")));
        assert_eq!(value("coalesce(${missing}, 0)", &answers), Some(json!(0)));
        assert_eq!(value("1 div 0", &answers), None);
    }

    #[test]
    fn calculations_that_name_each_other_are_each_worked_out_once() {
        // c1 = n + n, c2 = c1 + c1, …: worked out naively, c60 would take 2^60 steps.
        let mut questions = vec![json!({"id": "n", "kind": "number", "prompt": "N"})];
        for i in 1..=60 {
            let before = if i == 1 { "n".to_owned() } else { format!("c{}", i - 1) };
            let calculation = format!("${{{before}}} + ${{{before}}} - ${{{before}}}");
            questions
                .push(json!({"id": format!("c{i}"), "kind": "calculate", "prompt": "C", "calculation": calculation}));
        }
        let doc = json!({"format": 1, "id": "chain", "version": "1", "title": "Chain",
            "sections": [{"id": "s", "title": "S", "questions": questions}]});
        let q = crate::questionnaire::parse(doc.to_string().as_bytes()).usable().cloned().unwrap();
        let last = q.question("c60").unwrap();
        let answers = json!({"n": 7});
        assert_eq!(q.calculated(last, &|id| answers.get(id).cloned()), Some(json!(7)), "no deeper than 64, once each");
    }

    #[test]
    fn what_is_no_calculation_is_refused_with_the_part() {
        assert_eq!(Calculation::parse("now()").unwrap_err().0, "now");
        assert!(Calculation::parse("1 +").is_err());
        assert!(Calculation::parse("round()").is_err());
        let deep = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(Calculation::parse(&deep).is_err(), "refused, not followed down");
        let long = vec!["1"; 100_000].join(" + ");
        assert!(Calculation::parse(&long).is_err(), "a chain too long to work out is refused");
        let refs = Calculation::parse("${a} + if(${b} = 'x', ${c}, 0)").unwrap();
        assert_eq!(refs.answers(), ["a", "b", "c"]);
    }
}
