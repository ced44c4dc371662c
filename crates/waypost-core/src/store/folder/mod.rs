//! A folder held open by its descriptor. Every file of waypost's in it is created, opened,
//! linked, renamed and removed relative to that descriptor and never through a symbolic link, so
//! a folder or file swapped for a link after it was checked cannot redirect a write.

use std::io::Write;

use crate::store::atomic::Fault;
use crate::store::quarantine::Quarantine;

#[cfg(not(unix))]
mod portable;
#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;

#[cfg(not(unix))]
pub use portable::Folder;
#[cfg(unix)]
pub use unix::Folder;

impl Folder {
    /// The same folder, setting aside what it cannot trust in `quarantine` (see [`Folder::vet`]).
    pub(crate) fn guarded(mut self, quarantine: std::sync::Arc<Quarantine>) -> Folder {
        self.quarantine = Some(quarantine);
        self
    }

    /// Before a file waypost did not just create is used: when it is a link, not a regular
    /// file, another user's or writable by others, it is set aside (in a folder that has a
    /// quarantine) and the name is free again.
    pub(crate) fn vet(&self, name: &str) -> std::io::Result<()> {
        match &self.quarantine {
            Some(quarantine) => quarantine.vet(self.path(), name).map(drop),
            None => Ok(()),
        }
    }
}

/// The error for a symbolic link where a file or folder of waypost's should be (callers name it).
fn link_refused() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::PermissionDenied, crate::tr!("store-link"))
}

use crate::safe_read::not_regular;

/// Creates a folder (and its parents) private to the user (0700). An existing folder that others
/// can write to is tightened when it is the user's own, and refused otherwise (as ssh refuses
/// loose modes): another user could replace the files in it.
pub fn private_dir(path: &std::path::Path) -> std::io::Result<()> {
    Folder::private(path).map(drop)
}

/// The error for a folder others can write to that is not the user's own, so cannot be tightened.
#[cfg(unix)]
fn shared_folder(path: &std::path::Path) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        crate::tr!("store-shared-folder", folder = crate::text::line(&path.display().to_string()).into_owned()),
    )
}

/// A name for a temporary file beside `name` that no other file has: `.<name>.XXXXXX.tmp`, the
/// shape the clean-up of leftovers looks for.
fn temporary_name(name: &str) -> String {
    let random: String = std::iter::repeat_with(fastrand::alphanumeric).take(6).collect();
    format!(".{name}.{random}.tmp")
}

impl Folder {
    /// Removes the temporary files a write of `name` left when its process was killed in the
    /// middle (`.<name>.XXXXXX.tmp`, waypost's own shape, this user's), when at least `age` old
    /// (a younger one may be another process's write going on).
    pub fn remove_leftovers(&self, name: &str, age: std::time::Duration) {
        let prefix = format!(".{name}.");
        let Ok(entries) = std::fs::read_dir(self.path()) else { return };
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let random = file.strip_prefix(&prefix).and_then(|rest| rest.strip_suffix(".tmp"));
            let ours = random.is_some_and(|r| r.len() == 6 && r.chars().all(|c| c.is_ascii_alphanumeric()));
            let old = entry.metadata().ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok());
            if ours && old.is_some_and(|old| old >= age) {
                // One that cannot be removed now is tried again at the next write.
                let _ = self.remove(&file);
            }
        }
    }
}

/// How a new version of a file takes its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Swapped with the spare file kept beside it (`.<name>.spare`), falling back to a rename.
    Swap,
    /// A temporary file renamed over it; nothing is left beside it.
    Rename,
    /// Only when no file has the name yet (`AlreadyExists` otherwise).
    Never,
}

/// What a name in a folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A regular file.
    File,
    /// A symbolic link.
    Link,
    /// A folder, FIFO, device or socket.
    Other,
}

/// Writes all of `bytes` and syncs them, or fails part-way as an injected full disk does.
fn write_synced(file: &mut std::fs::File, bytes: &[u8], fault: Option<Fault>) -> std::io::Result<()> {
    if fault == Some(Fault::PartialWrite) {
        file.write_all(&bytes[..bytes.len() / 2])?;
        return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device (injected)"));
    }
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_never_opened_for_writing() {
        let dir = tempfile::tempdir().unwrap();
        // The command, not a call: `mkfifoat` is not on every Unix (macOS lacks it).
        assert!(std::process::Command::new("mkfifo").arg(dir.path().join("fifo.json")).status().unwrap().success());
        let folder = Folder::private(dir.path()).unwrap();
        assert!(folder.open_for_writing("fifo.json", false).unwrap_err().to_string().contains("not a regular"));
    }

    #[test]
    fn a_folder_others_can_write_is_tightened_when_it_is_ours() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
        private_dir(&shared).unwrap();
        assert_eq!(std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777, 0o700);
    }
}
