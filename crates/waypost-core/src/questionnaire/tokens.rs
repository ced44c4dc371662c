//! An expression cut into tokens, as XLSForm writes them (a condition the import reads, a
//! question's `calculation`): `${name}` references, `.`, numbers, quoted texts, words
//! (functions, `and`, `or`, `div`, `mod`), operators, parentheses and commas.

/// The part of an expression that is no token, or could not be read, as a note quotes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unread(pub String);

/// One token of an expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Token {
    Ref(String),
    Dot,
    Number(f64),
    Text(String),
    Word(String),
    Op(&'static str),
    Open,
    Close,
    Comma,
}

/// The tokens of `text`, or the part that is no token.
pub(crate) fn tokens(text: &str) -> Result<Vec<Token>, Unread> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '$' if chars.get(i + 1) == Some(&'{') => {
                let end = chars[i..].iter().position(|c| *c == '}').ok_or_else(|| Unread(text.to_owned()))? + i;
                out.push(Token::Ref(chars[i + 2..end].iter().collect::<String>().trim().to_owned()));
                i = end + 1;
            }
            '\'' | '"' => {
                let end = chars[i + 1..].iter().position(|x| *x == c).ok_or_else(|| Unread(text.to_owned()))? + i + 1;
                out.push(Token::Text(chars[i + 1..end].iter().collect()));
                i = end + 1;
            }
            '(' => (out.push(Token::Open), i += 1).1,
            ')' => (out.push(Token::Close), i += 1).1,
            ',' => (out.push(Token::Comma), i += 1).1,
            '=' => (out.push(Token::Op("=")), i += 1).1,
            '+' => (out.push(Token::Op("+")), i += 1).1,
            '*' => (out.push(Token::Op("*")), i += 1).1,
            // A minus after something with a value subtracts; elsewhere it starts a number.
            '-' if matches!(
                out.last(),
                Some(Token::Ref(_) | Token::Dot | Token::Number(_) | Token::Text(_) | Token::Close)
            ) || !chars.get(i + 1).is_some_and(|c| c.is_ascii_digit() || *c == '.') =>
            {
                out.push(Token::Op("-"));
                i += 1;
            }
            '!' | '<' | '>' => {
                let two = chars.get(i + 1) == Some(&'=');
                let op = match (c, two) {
                    ('!', true) => "!=",
                    ('<', true) => "<=",
                    ('>', true) => ">=",
                    ('<', false) => "<",
                    ('>', false) => ">",
                    _ => return Err(Unread("!".into())),
                };
                out.push(Token::Op(op));
                i += if two { 2 } else { 1 };
            }
            '.' if !chars.get(i + 1).is_some_and(char::is_ascii_digit) => (out.push(Token::Dot), i += 1).1,
            c if c.is_ascii_digit() || c == '.' || c == '-' => {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let number: String = chars[start..i].iter().collect();
                out.push(Token::Number(number.parse().map_err(|_| Unread(number.clone()))?));
            }
            c if c.is_alphabetic() => {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_alphanumeric() || chars[i] == '-' || chars[i] == '_' || chars[i] == ':')
                {
                    i += 1;
                }
                out.push(Token::Word(chars[start..i].iter().collect()));
            }
            other => return Err(Unread(other.to_string())),
        }
    }
    Ok(out)
}

/// A token as the expression wrote it, for a note about it.
pub(crate) fn describe(token: &Token) -> String {
    match token {
        Token::Ref(r) => format!("${{{r}}}"),
        Token::Dot => ".".into(),
        Token::Number(n) => n.to_string(),
        Token::Text(t) => format!("'{t}'"),
        Token::Word(w) => w.clone(),
        Token::Op(o) => (*o).into(),
        Token::Open => "(".into(),
        Token::Close => ")".into(),
        Token::Comma => ",".into(),
    }
}
