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

/// The id for a new session, also its file name: `YYYYMMDD-HHMM-<questionnaire>-<the last 12
/// hex digits of its UUID>`, e.g. `20261128-0930-csr-self-assessment-4be0a1f2c3d4`. It sorts by
/// time and tells people which questionnaire; it names no organisation (a file name is seen by
/// anyone with the laptop), and the UUID's random part keeps two laptops' sessions of the same
/// minute apart.
pub fn new_session_id(at: Timestamp, questionnaire: &str, uuid: &str) -> String {
    // The last 48 bits: random in a UUIDv7 (its first ones are the time), so two laptops
    // starting thousands of sessions in the same minute still never share an id.
    let hex: String = uuid.chars().filter(char::is_ascii_hexdigit).collect();
    let short = hex.get(hex.len().saturating_sub(12)..).unwrap_or_default().to_ascii_lowercase();
    let mut id = format!("{}-{}", at.format("%Y%m%d-%H%M"), slug(questionnaire, 50));
    if !short.is_empty() {
        id.push('-');
        id.push_str(&short);
    }
    id
}

/// A new session UUID, version 7: its first 48 bits the time `at` (so UUIDs sort by when
/// sessions started), the rest random, so two laptops never mint the same one.
pub fn new_session_uuid(at: Timestamp) -> String {
    #[cfg(feature = "testing")]
    if let Some(n) = crate::testing::next_counted_uuid() {
        let millis = u64::try_from(at.timestamp_millis()).unwrap_or(0);
        let mut counted = [0u8; 10];
        counted[2..].copy_from_slice(&n.to_be_bytes());
        return uuid::Builder::from_unix_timestamp_millis(millis, &counted).into_uuid().hyphenated().to_string();
    }
    let seconds = u64::try_from(at.timestamp()).unwrap_or(0);
    let time = uuid::Timestamp::from_unix(uuid::NoContext, seconds, at.timestamp_subsec_nanos());
    uuid::Uuid::new_v7(time).hyphenated().to_string()
}

/// What a person may type for a session's UUID, as it is stored: lower-case, without the
/// `uuid:` an ODK instance id carries; `None` when `text` is not a UUID.
pub fn uuid_of(text: &str) -> Option<String> {
    let text = text.trim();
    let bare = text.strip_prefix("uuid:").unwrap_or(text);
    uuid::Uuid::try_parse(bare).ok().map(|u| u.hyphenated().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_7_unique_and_read_back_however_written() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
        let uuids: std::collections::HashSet<String> = (0..10_000).map(|_| new_session_uuid(at)).collect();
        assert_eq!(uuids.len(), 10_000, "minted in the same millisecond, still unique");
        let one = uuids.iter().next().unwrap();
        let parsed = uuid::Uuid::parse_str(one).unwrap();
        assert_eq!(parsed.get_version_num(), 7);
        let (seconds, _) = parsed.get_timestamp().unwrap().to_unix();
        assert_eq!(i64::try_from(seconds).unwrap(), at.timestamp(), "the time is the session's start");
        assert_eq!(uuid_of(&format!("uuid:{}", one.to_uppercase())).as_deref(), Some(one.as_str()));
        assert_eq!(uuid_of(one).as_deref(), Some(one.as_str()));
        assert_eq!(uuid_of("20261128-0930-csr"), None);
    }

    #[test]
    fn ids_are_safe_file_names() {
        assert!(is_session_id("20261128-0930-csr-self-assessment-acme-hotels"));
        for bad in ["", "../x", "a/b", "A", "a.json", "-a", "a-", "a b", "a\0"] {
            assert!(!is_session_id(bad), "{bad:?}");
        }
        assert!(!is_session_id(&"a".repeat(121)));
    }

    #[test]
    fn new_ids_read_well_and_name_no_organisation() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
        assert_eq!(
            new_session_id(at, "csr-self-assessment", "0193c1a2-7b40-7c3e-9d51-4BE0A1F2C3D4"),
            "20261128-0930-csr-self-assessment-4be0a1f2c3d4"
        );
        let (one, two) = (new_session_uuid(at), new_session_uuid(at));
        assert_ne!(new_session_id(at, "x", &one), new_session_id(at, "x", &two), "the same minute, two laptops");
        assert!(is_session_id(&new_session_id(at, "x", &one)));
        assert!(is_session_id(&new_session_id(at, &"Long Name ".repeat(20), &one)));
    }
}
