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

/// Tries to take the lock in the file `name` of `folder`. The lock file is never deleted, so two processes can never
/// both lock different files of the same name; it holds who locked it, for the message others see.
pub(super) fn try_lock(folder: &Folder, name: &str) -> std::io::Result<Attempt> {
    let mut file = folder.open_for_writing(name, false)?;
    match file.try_lock() {
        Ok(()) => {
            let holder =
                format!("process {} since {}", std::process::id(), chrono::Local::now().format("%Y-%m-%d %H:%M"));
            file.set_len(0)?;
            file.rewind()?;
            file.write_all(holder.as_bytes())?;
            file.sync_all()?;
            Ok(Attempt::Held(LockGuard { _file: Some(file) }))
        }
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.take(200).read_to_string(&mut holder);
            let holder = crate::text::line(holder.trim()).into_owned();
            Ok(Attempt::Busy(if holder.is_empty() { "another process".into() } else { holder }))
        }
        Err(TryLockError::Error(err)) => Err(err),
    }
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
}
