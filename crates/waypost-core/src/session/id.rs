//! Session ids: readable, sortable, and always safe as a file name.

use super::model::Timestamp;

/// The longest id accepted.
const MAX_LEN: usize = 120;

/// Whether `id` is a well-formed session id: lower-case ASCII letters, digits and single dashes,
/// so it can never name a path outside the sessions folder.
pub fn is_session_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_LEN
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Lower-case ASCII words joined by dashes, at most `max` bytes: "Fundación Renacer!" →
/// "fundacion-renacer".
pub(crate) fn slug(text: &str, max: usize) -> String {
    let ascii = deunicode::deunicode(text).to_ascii_lowercase();
    let mut out = String::new();
    for word in ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if out.len() + word.len() + usize::from(!out.is_empty()) > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

/// The id for a new session: `YYYYMMDD-HHMM-<questionnaire>-<organisation>`, e.g.
/// `20261128-0930-csr-self-assessment-acme-hotels`.
pub fn new_session_id(at: Timestamp, questionnaire: &str, organisation: &str) -> String {
    let mut id = format!("{}-{}", at.format("%Y%m%d-%H%M"), slug(questionnaire, 50));
    let org = slug(organisation, 40);
    if !org.is_empty() {
        id.push('-');
        id.push_str(&org);
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_safe_file_names() {
        assert!(is_session_id("20261128-0930-csr-self-assessment-acme-hotels"));
        for bad in ["", "../x", "a/b", "A", "a.json", "-a", "a-", "a b", "a\0"] {
            assert!(!is_session_id(bad), "{bad:?}");
        }
        assert!(!is_session_id(&"a".repeat(121)));
    }

    #[test]
    fn new_ids_read_well() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
        assert_eq!(
            new_session_id(at, "csr-self-assessment", "Acme Hotels"),
            "20261128-0930-csr-self-assessment-acme-hotels"
        );
        assert_eq!(new_session_id(at, "x", "Fundación Renacer / ECPAT!"), "20261128-0930-x-fundacion-renacer-ecpat");
        assert_eq!(new_session_id(at, "x", "../../etc"), "20261128-0930-x-etc");
        assert_eq!(new_session_id(at, "x", "日本"), "20261128-0930-x-ri-ben");
        assert!(is_session_id(&new_session_id(at, "x", &"long name ".repeat(20))));
    }
}
