//! The edit lock on a session: an OS file lock, which the system releases when its process dies,
//! so the lock of a crashed or killed process is recovered at once.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, Write};

use super::folder::Folder;

/// Held while a session is open for editing; dropping it releases the lock.
#[derive(Debug)]
pub struct LockGuard {
    _file: Option<File>,
}

impl LockGuard {
    /// A guard that holds no OS lock (for stores that lock otherwise).
    pub fn unlocked() -> LockGuard {
        LockGuard { _file: None }
    }
}

/// The outcome of trying to lock.
pub(super) enum Attempt {
    /// The lock is ours.
    Held(LockGuard),
    /// Someone else holds it; what they wrote in the lock file.
    Busy(String),
}

/// How many times a lock file renamed away while it was being locked is tried again.
const RENAMED_RETRIES: usize = 10;

/// Tries to take the lock in the file `name` of `folder`. The lock file is never deleted, so two
/// processes can never both lock different files of the same name; it holds who locked it, for
/// the message others see. A lock file waypost cannot trust (a link, another user's, one others
/// can write to, which could lock the user out) is set aside first; one with other names (a
/// hard-linked backup) is replaced by a new one rather than written in place.
pub(super) fn try_lock(folder: &Folder, name: &str) -> std::io::Result<Attempt> {
    folder.vet(name)?;
    for _ in 0..RENAMED_RETRIES {
        let mut file = folder.open_for_writing(name, false)?;
        match file.try_lock() {
            Ok(()) => {
                // Another process may have given the name to a new file since it was opened
                // (below): the lock of a file no longer named is nobody's.
                if !still_named(folder, name, &file) {
                    continue;
                }
                let holder =
                    format!("process {} since {}", std::process::id(), chrono::Local::now().format("%Y-%m-%d %H:%M"));
                #[cfg(unix)]
                if std::os::unix::fs::MetadataExt::nlink(&file.metadata()?) > 1 {
                    // Locked while the new file takes the name, so no one else gets in between.
                    let fresh = folder.replace_locked(name, holder.as_bytes())?;
                    return Ok(Attempt::Held(LockGuard { _file: Some(fresh) }));
                }
                file.set_len(0)?;
                file.rewind()?;
                file.write_all(holder.as_bytes())?;
                file.sync_all()?;
                return Ok(Attempt::Held(LockGuard { _file: Some(file) }));
            }
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.take(200).read_to_string(&mut holder);
                let holder = crate::text::line(holder.trim()).into_owned();
                return Ok(Attempt::Busy(if holder.is_empty() { "another process".into() } else { holder }));
            }
            Err(TryLockError::Error(err)) => return Err(err),
        }
    }
    Err(std::io::Error::new(std::io::ErrorKind::WouldBlock, crate::tr!("store-lock-moving")))
}

/// Whether `file` is still the one named `name` in `folder`.
#[cfg(unix)]
fn still_named(folder: &Folder, name: &str, file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(folder.path().join(name))) {
        (Ok(open), Ok(named)) => open.ino() == named.ino() && open.dev() == named.dev(),
        _ => false,
    }
}

/// Without inodes to compare, the file opened is taken to be the one named (Windows does not
/// rename a file that is open without shared deletion).
#[cfg(not(unix))]
fn still_named(_: &Folder, _: &str, _: &File) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::private(dir.path()).unwrap();
        let Attempt::Held(first) = try_lock(&folder, "s.lock").unwrap() else { panic!("first lock refused") };
        match try_lock(&folder, "s.lock").unwrap() {
            Attempt::Busy(holder) => assert!(holder.contains(&std::process::id().to_string()), "{holder}"),
            Attempt::Held(_) => panic!("second lock granted"),
        }
        drop(first);
        assert!(matches!(try_lock(&folder, "s.lock").unwrap(), Attempt::Held(_)));
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_is_recovered() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::private(dir.path()).unwrap();
        std::fs::write(dir.path().join("s.lock"), "process 999999 since 2026-01-01 00:00").unwrap();
        assert!(matches!(try_lock(&folder, "s.lock").unwrap(), Attempt::Held(_)));
    }

    #[cfg(unix)]
    #[test]
    fn a_hard_linked_lock_file_is_replaced_not_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::private(&dir.path().join("locks")).unwrap();
        std::fs::write(folder.path().join("s.lock"), "process 1 since 2026-01-01 00:00").unwrap();
        let backup = dir.path().join("backup.lock");
        std::fs::hard_link(folder.path().join("s.lock"), &backup).unwrap();
        let Attempt::Held(guard) = try_lock(&folder, "s.lock").unwrap() else { panic!("lock refused") };
        assert_eq!(std::fs::read_to_string(&backup).unwrap(), "process 1 since 2026-01-01 00:00");
        let now = std::fs::read_to_string(folder.path().join("s.lock")).unwrap();
        assert!(now.contains(&std::process::id().to_string()), "{now}");
        // The new file is the one held: a second try finds it busy.
        assert!(matches!(try_lock(&folder, "s.lock").unwrap(), Attempt::Busy(_)));
        drop(guard);
        assert!(matches!(try_lock(&folder, "s.lock").unwrap(), Attempt::Held(_)));
    }
}
