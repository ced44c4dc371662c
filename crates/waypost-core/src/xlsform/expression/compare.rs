//! What a comparison of an expression becomes: a condition on an answer, or (two constants, in a
//! `choice_filter`) always or never; `and` and `or` with what is always or never taken out.

use serde_json::{Value, json};

use super::{Operand, Shape, Unread};

/// Parts joined by `and` (`key` "all") or `or` (`key` "any"), what is always or never so taken
/// out: `decides` (true for `or`) makes the whole so, the other is dropped.
pub(super) fn joined(parts: Vec<Value>, key: &str, decides: bool) -> Value {
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
pub(super) fn compare(left: Operand, op: &str, right: Operand) -> Result<Value, Unread> {
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
pub(super) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{n:.0}") } else { n.to_string() }
}
