//! What went wrong reading a questionnaire file, said in the catalogue's words. serde_json and
//! serde describe problems in English and in Rust's terms ("invalid type: string \"5\",
//! expected f64"); their messages follow fixed patterns, which are read here and said again as
//! a questionnaire author understands them, in the interface language.

use crate::tr;

use super::problem::suggestion;

/// Any serde_json error of a file waypost reads (a session, a draft), with its line and column,
/// in the catalogue's words.
pub(crate) fn said(err: &serde_json::Error) -> String {
    let problem = match err.classify() {
        serde_json::error::Category::Data => shape(err),
        serde_json::error::Category::Io | serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            syntax(err)
        }
    };
    tr!("store-json-at", line = err.line(), column = err.column(), problem = problem)
}

/// A syntax error (or an early end) of serde_json, without its position.
pub(super) fn syntax(err: &serde_json::Error) -> String {
    let text = without_position(err);
    let id = match text.as_str() {
        "EOF while parsing a value" => "val-json-eof-value",
        "EOF while parsing a list" => "val-json-eof-list",
        "EOF while parsing an object" => "val-json-eof-object",
        "EOF while parsing a string" => "val-json-eof-string",
        "expected `:`" => "val-json-colon",
        "expected `,` or `]`" => "val-json-comma-list",
        "expected `,` or `}`" => "val-json-comma-object",
        "expected value" => "val-json-value",
        "expected ident" => "val-json-ident",
        "key must be a string" | "expected `\"`" => "val-json-key",
        "trailing comma" => "val-json-trailing-comma",
        "trailing characters" => "val-json-trailing",
        "invalid escape" => "val-json-escape",
        "invalid number" | "number out of range" => "val-json-number",
        "recursion limit exceeded" => "val-json-deep",
        t if t.starts_with("control character") => "val-json-control",
        t if t.contains("unicode code point") || t.contains("surrogate") || t.contains("hex escape") => {
            "val-json-unicode"
        }
        _ => "val-json-syntax",
    };
    tr!(id)
}

/// A problem with the shape of the data (a wrong type, an unknown value, a missing field).
pub(super) fn shape(err: &serde_json::Error) -> String {
    let text = without_position(err);
    let ticked = |s: &str| s.split('`').skip(1).step_by(2).map(str::to_owned).collect::<Vec<_>>();
    if let Some(rest) = text.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        return tr!("val-json-type", found = describe_found(found), expected = describe_expected(expected));
    }
    if let Some(rest) = text.strip_prefix("invalid value: ")
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        return tr!("val-json-not-allowed", found = describe_found(found), expected = describe_expected(expected));
    }
    for (prefix, id) in [("unknown variant ", "val-json-variant"), ("unknown field ", "val-json-field")] {
        if let Some(rest) = text.strip_prefix(prefix) {
            let (word, allowed) = rest.split_once(", expected ").unwrap_or((rest, ""));
            let word = word.trim_matches('`');
            let allowed = ticked(allowed);
            let hint = suggestion(word, allowed.iter().map(String::as_str));
            let list = allowed.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(", ");
            return tr!(id, word = word, allowed = list, hint = hint);
        }
    }
    if let Some(rest) = text.strip_prefix("missing field ") {
        return tr!("val-json-missing", field = rest.trim_matches('`'));
    }
    if let Some(rest) = text.strip_prefix("duplicate field ") {
        return tr!("val-json-duplicate", field = rest.trim_matches('`'));
    }
    if let Some(rest) = text.strip_prefix("invalid length ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return tr!("val-json-length", found = found, expected = describe_expected(expected));
    }
    if text.starts_with("data did not match any variant of untagged enum Quadrant") {
        return tr!("val-json-quadrant");
    }
    if text.starts_with("data did not match any variant") {
        return tr!("val-json-other");
    }
    // The checks' own messages (a condition's shape, say) are already the catalogue's.
    text
}

/// serde_json's message without its trailing " at line L column C" (the place is given apart).
fn without_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// What serde says it found (`integer \`3\``, `string "5"`, `map`), said plainly.
fn describe_found(found: &str) -> String {
    let value = |prefix: &str| found.strip_prefix(prefix).map(|v| v.trim_matches('`').to_owned());
    if let Some(v) = value("integer ").or_else(|| value("floating point ")) {
        return tr!("val-found-number", value = v);
    }
    if let Some(v) = value("string ") {
        return tr!("val-found-text", value = v);
    }
    if let Some(v) = value("boolean ") {
        return v;
    }
    match found {
        "map" => tr!("val-found-object"),
        "sequence" => tr!("val-found-list"),
        "null" | "unit value" => "null".to_owned(),
        other => other.to_owned(),
    }
}

/// What serde says it expected (`f64`, `u32`, `a string`, `struct Question`), said plainly.
fn describe_expected(expected: &str) -> String {
    let id = match expected {
        "a string" | "a borrowed string" | "a character" => "val-expect-text",
        "u8" | "u16" | "u32" | "u64" | "usize" => "val-expect-count",
        "i8" | "i16" | "i32" | "i64" | "isize" => "val-expect-integer",
        "f32" | "f64" => "val-expect-number",
        "a boolean" => "val-expect-boolean",
        "a sequence" => "val-expect-list",
        "a map" => "val-expect-object",
        e if e.starts_with("struct ") || e.starts_with("a map") => "val-expect-object",
        e if e.starts_with("variant identifier") || e.starts_with("field identifier") => "val-expect-text",
        // The format's own types say what they expect in the catalogue's words already.
        other => return other.to_owned(),
    };
    tr!(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        shape(&serde_json::from_str::<T>(json).unwrap_err())
    }

    #[test]
    fn rust_terms_become_plain_words() {
        assert_eq!(shape_of::<f64>("\"5\""), "found the text \"5\" where a number is expected");
        assert_eq!(shape_of::<u32>("-1"), "the number -1 is not allowed here: a whole number, 0 or more is expected");
        assert_eq!(shape_of::<Vec<u8>>("{}"), "found an object where a list [ … ] is expected");
        assert_eq!(shape_of::<bool>("null"), "found null where true or false is expected");
    }

    #[test]
    fn syntax_errors_say_what_to_fix() {
        let said = |json: &str| syntax(&serde_json::from_str::<serde_json::Value>(json).unwrap_err());
        assert_eq!(said("{\"a\": 1,,}"), tr!("val-json-key"));
        assert_eq!(said("{\"a\": 1"), tr!("val-json-eof-object"));
        assert_eq!(said("[1 2]"), tr!("val-json-comma-list"));
        assert_eq!(said("{\"a\": 1,}"), tr!("val-json-trailing-comma"));
        assert_eq!(said("{} x"), tr!("val-json-trailing"));
    }
}
