//! The older and alternative spellings of XLSForm that pyxform still reads, made the one spelling
//! the import reads: `label:English` (one colon) and `bind:relevant` column names, `select one
//! from L … or specify other`, `select all that apply from L`, `trigger`, and the like.

/// Column names pyxform takes for others, by sheet (`survey` or `choices`).
fn column_alias(sheet: &str, name: &str) -> Option<&'static str> {
    let survey = matches!(sheet, "survey");
    Some(match name {
        "bind::relevant" | "relevance" => "relevant",
        "bind::constraint" => "constraint",
        "bind::required" => "required",
        "bind::jr:constraintmsg" | "constraining_message" => "constraint_message",
        "bind::jr:requiredmsg" | "requiredmsg" => "required_message",
        "bind::calculate" | "calculate" => "calculation",
        "bind::readonly" | "readonly" => "read_only",
        "control::appearance" => "appearance",
        "control::jr:count" | "jr:count" | "count" => "repeat_count",
        "caption" => "label",
        "command" if survey => "type",
        "tag" if survey => "name",
        "value" if !survey => "name",
        "list name" => "list_name",
        _ => return None,
    })
}

/// A column's name as the import reads it: lower case; parts split by `::`, or by single colons
/// in a sheet that uses no `::` (the older spelling, with `jr:` kept whole); pyxform's other
/// names for a column made the one the import reads, a language part kept.
pub(super) fn column(sheet: &str, heading: &str, single_colons: bool) -> String {
    let heading = heading.trim().to_lowercase();
    let mut parts: Vec<String> = if single_colons && !heading.contains("::") {
        let mut parts: Vec<String> = Vec::new();
        for part in heading.split(':').map(str::trim) {
            match parts.last_mut() {
                Some(last) if last == "jr" || last.ends_with("::jr") => last.push_str(&format!(":{part}")),
                _ => parts.push(part.to_owned()),
            }
        }
        parts
    } else {
        heading.split("::").map(|p| p.trim().to_owned()).collect()
    };
    // `bind::relevant::English (en)`: the name is the first two parts, the language the rest.
    for take in [2, 1] {
        if parts.len() >= take
            && let Some(alias) = column_alias(sheet, &parts[..take].join("::"))
        {
            parts.splice(..take, [alias.to_owned()]);
            break;
        }
    }
    parts.join("::")
}

/// Whether a sheet's column names use the older single colon (none uses `::`).
pub(super) fn single_colons<'a>(headings: impl IntoIterator<Item = &'a str>) -> bool {
    !headings.into_iter().any(|h| h.contains("::"))
}

/// The commands of a select, longest first, and the type each is.
const SELECTS: &[(&str, &str)] = &[
    ("add select multiple prompt using", "select_multiple"),
    ("add select one prompt using", "select_one"),
    ("select all that apply from", "select_multiple"),
    ("select all that apply", "select_multiple"),
    ("select multiple from", "select_multiple"),
    ("select multiple", "select_multiple"),
    ("select_multiple", "select_multiple"),
    ("select one from", "select_one"),
    ("select one", "select_one"),
    ("select_one", "select_one"),
    ("select1", "select_one"),
];

/// Other names of types, as pyxform reads them.
fn kind_alias(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "trigger" => "acknowledge",
        "imei" => "deviceid",
        "add image prompt" | "add photo prompt" | "image" => "photo",
        "add audio prompt" => "audio",
        "add video prompt" => "video",
        "add file prompt" => "file",
        "location" => "geopoint",
        "begin lgroup" | "begin looped group" => "begin repeat",
        "end lgroup" | "end looped group" => "end repeat",
        "begin_group" => "begin group",
        "end_group" => "end group",
        "begin_repeat" => "begin repeat",
        "end_repeat" => "end repeat",
        "end_loop" => "end loop",
        _ => return None,
    })
}

/// A type as the import reads it: spaces made single, a select's command made `select_one` or
/// `select_multiple` (`or specify other` made `or_other`), other names made the one read. The
/// list's name keeps its case.
pub(super) fn kind(raw: &str) -> String {
    let kind = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = kind.to_lowercase();
    for (command, canonical) in SELECTS {
        if let Some(rest) = lower.strip_prefix(command).and_then(|r| r.strip_prefix(' ')) {
            // The same place in the original, so the list's name keeps its case.
            let rest = &kind[kind.len() - rest.len()..];
            let (list, other) = rest.split_once(' ').unwrap_or((rest, ""));
            let other = match other.to_lowercase().as_str() {
                "" => String::new(),
                "or specify other" | "or other" | "or_other" => " or_other".to_owned(),
                more => format!(" {more}"),
            };
            return format!("{canonical} {list}{other}");
        }
    }
    if let Some(list) = lower.strip_prefix("begin loop over ").or_else(|| lower.strip_prefix("begin_loop over ")) {
        return format!("begin loop over {}", &kind[kind.len() - list.len()..]);
    }
    kind_alias(&lower).map_or(kind, str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_older_spellings_pyxform_reads_are_read() {
        assert_eq!(column("survey", "label:English (en)", true), "label::english (en)");
        assert_eq!(column("survey", "bind:relevant", true), "relevant");
        assert_eq!(column("survey", "bind:jr:constraintMsg", true), "constraint_message");
        assert_eq!(column("survey", "bind:jr:constraintMsg:English", true), "constraint_message::english");
        assert_eq!(column("survey", "jr:count", true), "repeat_count");
        assert_eq!(column("survey", "label::Español (es)", false), "label::español (es)");
        assert_eq!(column("choices", "list name", true), "list_name");
        assert_eq!(column("choices", "value", true), "name");
        assert_eq!(column("survey", "value", true), "value");
        assert_eq!(
            kind("select all that apply from toilet_Type or specify other"),
            "select_multiple toilet_Type or_other"
        );
        assert_eq!(kind("select  one from yes_no"), "select_one yes_no");
        assert_eq!(kind("select_one colors or_other"), "select_one colors or_other");
        assert_eq!(kind("select1 L"), "select_one L");
        assert_eq!(kind("begin loop over toilet_type"), "begin loop over toilet_type");
        assert_eq!(kind("trigger"), "acknowledge");
        assert_eq!(kind("phone number"), "phone number");
        assert_eq!(kind("begin_group"), "begin group");
    }
}
