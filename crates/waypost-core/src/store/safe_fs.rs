//! Reading files as a careful program must: never blocking on a FIFO or a device, only regular
//! files, through a size limit; and folders private to the user. Writing is
//! [`super::folder::Folder`]'s.

use std::fs::OpenOptions;
use std::io::Read;
use std::path::Path;

/// Opening without blocking: a FIFO must not wait for a writer; regular files ignore the flag.
#[cfg(unix)]
fn nonblocking(options: &mut OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    options.custom_flags(i32::try_from(rustix::fs::OFlags::NONBLOCK.bits()).unwrap_or(0));
}

#[cfg(not(unix))]
fn nonblocking(_: &mut OpenOptions) {}

/// Reads a regular file whole, refusing FIFOs, devices and folders, and files over `limit`
/// bytes (`InvalidData`, naming the size). Links to a regular file are followed for reading.
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut options = OpenOptions::new();
    options.read(true);
    nonblocking(&mut options);
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(super::folder::not_regular());
    }
    if meta.len() > limit {
        return Err(too_large(meta.len(), limit));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // Through the limit: a file that grows while it is read is cut, never read without end.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

/// The error for a file over its size limit.
pub fn too_large(len: u64, limit: u64) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        crate::tr!("store-too-large", size = len >> 20, limit = limit >> 20),
    )
}

/// Creates a folder (and its parents) private to the user (0700). An existing folder that others
/// can write to is tightened when it is the user's own, and refused otherwise (as ssh refuses
/// loose modes): another user could replace the files in it.
pub fn private_dir(path: &Path) -> std::io::Result<()> {
    super::folder::Folder::private(path).map(drop)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn fifos_and_devices_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.json");
        // The command, not a call: `mkfifoat` is not on every Unix (macOS lacks it).
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert!(read_regular(&fifo, 100).unwrap_err().to_string().contains("not a regular file"));
        let folder = super::super::folder::Folder::private(dir.path()).unwrap();
        assert!(folder.open_for_writing("fifo.json", false).unwrap_err().to_string().contains("not a regular"));
        assert!(read_regular(Path::new("/dev/zero"), 100).unwrap_err().to_string().contains("not a regular"));
        let zero = dir.path().join("zero.json");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(read_regular(&zero, 100).is_err());
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
