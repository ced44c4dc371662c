//! Faults a test can inject into a save, to check what a failed or crashed save leaves behind.
//! The writing itself is [`super::folder::Folder::write`].

/// A failure to inject into a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The write fails part-way, as on a full disk.
    PartialWrite,
    /// Everything is written and synced, then the process "dies" before the rename.
    BeforeRename,
    /// Everything is written and synced, then the process really dies (aborts) before the
    /// rename: for crash tests of the binary.
    CrashBeforeRename,
}

impl Fault {
    /// The fault named by `WAYPOST_FAULT` (`partial-write`, `before-rename`,
    /// `crash-before-rename`), for tests that drive the binary; none when unset, and always none
    /// without the `testing` feature, so a release binary never aborts on purpose.
    #[cfg(feature = "testing")]
    pub fn from_env() -> Option<Fault> {
        match std::env::var("WAYPOST_FAULT").ok()?.as_str() {
            "partial-write" => Some(Fault::PartialWrite),
            "before-rename" => Some(Fault::BeforeRename),
            "crash-before-rename" => Some(Fault::CrashBeforeRename),
            _ => None,
        }
    }

    /// Without the `testing` feature, no fault is ever injected.
    #[cfg(not(feature = "testing"))]
    pub fn from_env() -> Option<Fault> {
        None
    }
}

/// Stops before the rename as the fault asks: an error, or a real crash.
pub(super) fn stop_before_rename(fault: Option<Fault>) -> std::io::Result<()> {
    match fault {
        Some(Fault::BeforeRename) => Err(std::io::Error::other("crashed before rename (injected)")),
        Some(Fault::CrashBeforeRename) => std::process::abort(),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::folder::{Folder, Replace};

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::private(dir.path()).unwrap();
        let target = dir.path().join("s.json");
        folder.write("s.json", b"old", Replace::Swap, None).unwrap();
        let names = || -> Vec<String> {
            std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        };
        for how in [Replace::Swap, Replace::Rename] {
            for fault in [Fault::PartialWrite, Fault::BeforeRename] {
                assert!(folder.write("s.json", b"new content", how, Some(fault)).is_err());
                assert_eq!(std::fs::read(&target).unwrap(), b"old");
                assert!(
                    names().iter().all(|n| n == "s.json" || n == ".s.json.spare"),
                    "temporary left behind: {:?}",
                    names()
                );
            }
        }
        folder.write("s.json", b"new", Replace::Swap, None).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        folder.write("s.json", b"newer", Replace::Rename, None).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"newer");
        let err = folder.write("s.json", b"other", Replace::Never, None).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&target).unwrap(), b"newer");
        assert!(names().iter().all(|n| !n.contains(".tmp")), "{:?}", names());
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_and_links_are_never_written_through() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::private(&dir.path().join("data")).unwrap();
        folder.write("s.json", b"x", Replace::Swap, None).unwrap();
        folder.write("s.json", b"y", Replace::Swap, None).unwrap();
        for entry in std::fs::read_dir(folder.path()).unwrap() {
            let mode = entry.unwrap().metadata().unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        // A link planted where the spare, a lock or a sub-folder goes is refused, its target kept.
        let outside = dir.path().join("outside");
        std::fs::write(&outside, "keep me").unwrap();
        std::fs::remove_file(folder.path().join(".s.json.spare")).unwrap();
        std::os::unix::fs::symlink(&outside, folder.path().join(".s.json.spare")).unwrap();
        let err = folder.write("s.json", b"z", Replace::Swap, None).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        std::os::unix::fs::symlink(&outside, folder.path().join("a.lock")).unwrap();
        assert!(folder.open_for_writing("a.lock", true).is_err());
        std::os::unix::fs::symlink(dir.path(), folder.path().join("locks")).unwrap();
        assert!(folder.sub("locks").unwrap_err().to_string().contains("symbolic link"));
        assert_eq!(std::fs::read(&outside).unwrap(), b"keep me");
        assert_eq!(std::fs::read(folder.path().join("s.json")).unwrap(), b"y");
    }

    #[test]
    fn a_hard_linked_backup_keeps_what_it_had_through_saves() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::private(&dir.path().join("data")).unwrap();
        folder.write("s.json", b"first", Replace::Swap, None).unwrap();
        folder.write("s.json", b"second", Replace::Swap, None).unwrap();
        // `cp -al`: the backup's names share the session's and the spare's inodes.
        let backup = dir.path().join("backup");
        std::fs::create_dir(&backup).unwrap();
        // (The spare exists where a save swaps files, on Linux.)
        let names: Vec<&str> =
            ["s.json", ".s.json.spare"].into_iter().filter(|n| folder.path().join(n).exists()).collect();
        for name in &names {
            std::fs::hard_link(folder.path().join(name), backup.join(name)).unwrap();
        }
        for bytes in [&b"third"[..], b"fourth", b"fifth"] {
            folder.write("s.json", bytes, Replace::Swap, None).unwrap();
        }
        assert_eq!(std::fs::read(folder.path().join("s.json")).unwrap(), b"fifth");
        assert_eq!(std::fs::read(backup.join("s.json")).unwrap(), b"second");
        if names.contains(&".s.json.spare") {
            assert_eq!(std::fs::read(backup.join(".s.json.spare")).unwrap(), b"first");
        }
    }
}
