//! Reading a session file: only a regular file, through a size limit, parsed and checked to be
//! of a format this waypost writes and to belong at its path.

use std::path::Path;

use super::io;
use crate::safe_read::read_regular;
use crate::session::{FORMAT, Session, is_session_id};
use crate::store::StoreError;

/// The largest session file: one limit for listing, opening, trashing, restoring and saving, so
/// a session that opens is listed too, and no save writes what the next read would refuse. A
/// bigger one is reported as damaged rather than read whole.
pub(crate) const MAX_SESSION_BYTES: u64 = 256 * 1024 * 1024;

/// Reads and parses a session file (see [`parse_session`]). Only a regular file is read, through
/// the size limit: a FIFO, a device or a file too large is reported as damaged.
pub(super) fn read_session(path: &Path) -> Result<Session, StoreError> {
    let bytes = read_regular(path, MAX_SESSION_BYTES).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => {
            StoreError::Damaged { path: path.to_owned(), message: e.to_string() }
        }
        _ => io(path)(e),
    })?;
    parse_session(path, &bytes)
}

/// Parses a session file's bytes, checking that it belongs at `path` and is of a format we write.
pub(super) fn parse_session(path: &Path, bytes: &[u8]) -> Result<Session, StoreError> {
    let damaged = |message: String| StoreError::Damaged { path: path.to_owned(), message };
    let session: Session =
        serde_json::from_slice(bytes).map_err(|e| damaged(crate::questionnaire::read_errors::said(&e)))?;
    if session.format != FORMAT {
        return Err(damaged(crate::tr!("store-format", found = session.format, reads = FORMAT)));
    }
    if !is_session_id(&session.id) {
        let id = crate::text::line(&session.id);
        return Err(damaged(crate::tr!("store-not-an-id", id = id.into_owned())));
    }
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if session.id != stem {
        return Err(damaged(crate::tr!("store-id-not-name", id = crate::text::line(&session.id).into_owned())));
    }
    Ok(session)
}
