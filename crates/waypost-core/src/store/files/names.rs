//! The names of the store's files: a session's, its trashed versions', a form draft's. Each id is
//! checked before it names a file, so none can name a path elsewhere.

use crate::session::is_session_id;
use crate::store::StoreError;

/// The name of a session's file in the sessions folder.
pub(super) fn file_name(id: &str) -> String {
    format!("{id}.json")
}

/// The name of the `n`th trashing of a session in the trash: `<id>.json`, `<id>~2.json`…
pub(super) fn trash_name(id: &str, n: u32) -> String {
    if n == 1 { file_name(id) } else { format!("{id}~{n}.json") }
}

/// The session id of a name in the trash (see [`trash_name`]); none for other names.
pub(super) fn trashed_id(name: &str) -> Option<&str> {
    let stem = name.strip_suffix(".json")?;
    let id = match stem.split_once('~') {
        Some((id, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => id,
        Some(_) => return None,
        None => stem,
    };
    is_session_id(id).then_some(id)
}

/// The file of a questionnaire's new-session form draft; ids that could name a path elsewhere
/// are refused.
pub(super) fn form_draft_name(questionnaire: &str) -> Result<String, StoreError> {
    if !is_session_id(questionnaire) {
        return Err(StoreError::BadId(crate::text::line(questionnaire).into_owned()));
    }
    Ok(format!("{questionnaire}.json"))
}
