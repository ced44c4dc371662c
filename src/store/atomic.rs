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
    // tempfile creates the file with mode 0600, so the data is private from its first byte.
    let mut tmp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir)?;
    if fault == Some(Fault::PartialWrite) {
        tmp.write_all(&bytes[..bytes.len() / 2])?;
        return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device (injected)"));
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if fault == Some(Fault::BeforeRename) {
        return Err(std::io::Error::other("crashed before rename (injected)"));
    }
    if replace {
        tmp.persist(target).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(target).map_err(|e| e.error)?;
    }
    sync_dir(dir)
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
        for fault in [Fault::PartialWrite, Fault::BeforeRename] {
            assert!(write_atomic(&target, b"new content", Some(fault)).is_err());
            assert_eq!(std::fs::read(&target).unwrap(), b"old");
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "temporary left behind");
        }
        write_atomic(&target, b"new", None).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("s.json");
        write_atomic(&target, b"x", None).unwrap();
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
