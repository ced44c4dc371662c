//! The small private files a team keeps in the user's config folder (the app user's key, a staff
//! login): 0600 in a 0700 folder, replaced atomically, a link at the name never followed, and a
//! file that is not one waypost wrote reported and left as it is.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::TeamError;
use crate::store::folder::{Folder, Replace};

/// The most such a file may hold; each is a few hundred bytes.
const MAX_BYTES: u64 = 64 * 1024;

/// What `file` in the config folder holds, if it exists.
pub(super) fn load<T: DeserializeOwned>(config: &Path, file: &str) -> Result<Option<T>, TeamError> {
    let path = config.join(file);
    // A link planted at the name could point this laptop at another server: never followed.
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
        let source = std::io::Error::new(std::io::ErrorKind::PermissionDenied, crate::tr!("store-link"));
        return Err(TeamError::File { path, source });
    }
    let bytes = match crate::safe_read::read_regular(&path, MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(TeamError::File { path, source }),
    };
    serde_json::from_slice(&bytes).map(Some).map_err(|e| TeamError::Damaged { path, reason: e.to_string() })
}

/// Keeps `value` as `file` in the config folder (made private when missing).
pub(super) fn save<T: Serialize>(config: &Path, file: &str, value: &T) -> Result<(), TeamError> {
    let path = config.join(file);
    let bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    let folder = Folder::private(config).map_err(|source| TeamError::File { path: path.clone(), source })?;
    folder.write(file, &bytes, Replace::Rename, None).map_err(|source| TeamError::File { path, source })
}

/// Removes `file`; returns whether it was there.
pub(super) fn forget(config: &Path, file: &str) -> Result<bool, TeamError> {
    let path = config.join(file);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(TeamError::File { path, source }),
    }
}
