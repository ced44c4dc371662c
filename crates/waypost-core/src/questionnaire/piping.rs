//! `${id}` in a prompt or help text: an earlier answer shown in the text ("How many of the
//! ${staff_total} staff were trained?"), and inside a list item `${field}` for that item's field
//! ("Why is ${name} not in school?"). Only names of ids are placeholders; anything else between
//! `${` and `}` stays as written.

use std::borrow::Cow;

/// What a placeholder shows while its answer is not given.
pub const NOT_YET: &str = "…";

/// The names a text refers to with `${name}`, in order.
pub fn names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        match after.find('}') {
            Some(end) if is_name(&after[..end]) => {
                out.push(&after[..end]);
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

/// The text with each `${name}` replaced by what `value` gives for the name, or [`NOT_YET`].
pub fn fill<'a>(text: &'a str, value: impl Fn(&str) -> Option<String>) -> Cow<'a, str> {
    if !text.contains("${") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('}') {
            Some(end) if is_name(&after[..end]) => {
                out.push_str(&value(&after[..end]).unwrap_or_else(|| NOT_YET.to_owned()));
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str("${");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether a placeholder's name can be an id.
fn is_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_the_rest_is_kept() {
        let value = |name: &str| (name == "name").then(|| "Ana".to_owned());
        assert_eq!(fill("Why is ${name} not in school?", value), "Why is Ana not in school?");
        assert_eq!(fill("${age} years", value), "… years");
        assert_eq!(fill("costs ${ 5 } and ${", value), "costs ${ 5 } and ${");
        assert!(matches!(fill("no placeholder", value), Cow::Borrowed(_)));
        assert_eq!(names("${a} and ${b_2}, not ${C} or ${"), ["a", "b_2"]);
    }
}
