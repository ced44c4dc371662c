//! Writing a file so that a crash leaves the old version or the new one, never half of one.

use std::fs::File;
use std::io::Write;
use std::path::Path;

/// A failure to inject into [`write_atomic`], for tests of what a failed save leaves behind.
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
fn stop_before_rename(fault: Option<Fault>) -> std::io::Result<()> {
    match fault {
        Some(Fault::BeforeRename) => Err(std::io::Error::other("crashed before rename (injected)")),
        Some(Fault::CrashBeforeRename) => std::process::abort(),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `target`: a private (0600) temporary file in the same folder, fsync, rename
/// over the target, fsync the folder. On any failure the target is untouched and the temporary
/// file removed.
pub fn write_atomic(target: &Path, bytes: &[u8], fault: Option<Fault>) -> std::io::Result<()> {
    write_file(target, bytes, fault, true)
}

/// Like [`write_atomic`], but fails with `AlreadyExists` rather than replace an existing file,
/// so two processes creating the same file cannot overwrite each other.
pub fn write_new(target: &Path, bytes: &[u8], fault: Option<Fault>) -> std::io::Result<()> {
    write_file(target, bytes, fault, false)
}

fn write_file(target: &Path, bytes: &[u8], fault: Option<Fault>, replace: bool) -> std::io::Result<()> {
    let dir = target.parent().ok_or_else(|| std::io::Error::other("the file has no folder"))?;
    let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("session");
    #[cfg(target_os = "linux")]
    if replace && target.exists() {
        match exchange::write_and_swap(dir, name, target, bytes, fault) {
            Err(e) if exchange::unsupported(&e) => {} // fall back to a new file and a rename
            other => return other,
        }
    }
    // tempfile creates the file with mode 0600, so the data is private from its first byte.
    let mut tmp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir)?;
    if fault == Some(Fault::PartialWrite) {
        tmp.write_all(&bytes[..bytes.len() / 2])?;
        return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device (injected)"));
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    stop_before_rename(fault)?;
    if replace {
        tmp.persist(target).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(target).map_err(|e| e.error)?;
    }
    sync_dir(dir)
}

/// Replacing a file without creating one: the new bytes go into a spare file kept beside it
/// (`.<name>.spare`, which holds the previous version), and the two are swapped in one atomic
/// step (`renameat2` with `RENAME_EXCHANGE`). Creating a file is the slowest part of a save on
/// some disks; this way a save costs about what writing the bytes costs.
#[cfg(target_os = "linux")]
mod exchange {
    use std::io::Write;
    use std::path::Path;

    use rustix::fs::{CWD, RenameFlags, renameat_with};

    use super::{Fault, sync_dir};

    /// Whether the file system cannot swap files, so the ordinary way must be used.
    pub fn unsupported(err: &std::io::Error) -> bool {
        use rustix::io::Errno;
        [Errno::INVAL, Errno::NOSYS, Errno::OPNOTSUPP].iter().any(|e| err.raw_os_error() == Some(e.raw_os_error()))
    }

    /// Writes `bytes` to the spare file, syncs it, swaps it with `target`, syncs the folder.
    pub fn write_and_swap(
        dir: &Path,
        name: &str,
        target: &Path,
        bytes: &[u8],
        fault: Option<Fault>,
    ) -> std::io::Result<()> {
        let spare = dir.join(format!(".{name}.spare"));
        let mut file = crate::store::safe_fs::open_for_writing(&spare, true)?;
        if fault == Some(Fault::PartialWrite) {
            file.write_all(&bytes[..bytes.len() / 2])?;
            return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device (injected)"));
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        super::stop_before_rename(fault)?;
        renameat_with(CWD, &spare, CWD, target, RenameFlags::EXCHANGE)?;
        sync_dir(dir)
    }
}

/// Makes a rename in `dir` durable.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("s.json");
        write_atomic(&target, b"old", None).unwrap();
        let names = || -> Vec<String> {
            std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        };
        for fault in [Fault::PartialWrite, Fault::BeforeRename] {
            assert!(write_atomic(&target, b"new content", Some(fault)).is_err());
            assert_eq!(std::fs::read(&target).unwrap(), b"old");
            assert!(
                names().iter().all(|n| n == "s.json" || n == ".s.json.spare"),
                "temporary left behind: {:?}",
                names()
            );
        }
        write_atomic(&target, b"new", None).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        write_atomic(&target, b"newer", None).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"newer");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("s.json");
        write_atomic(&target, b"x", None).unwrap();
        write_atomic(&target, b"y", None).unwrap();
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let mode = entry.unwrap().metadata().unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
