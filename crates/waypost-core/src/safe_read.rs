//! Reading files as a careful program must: never blocking on a FIFO or a device, only regular
//! files, through a size limit. The bottom layer: questionnaires, the store and the shells read
//! through it; writing is the store's.

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
        return Err(not_regular());
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

/// The error for something that is not a regular file (a FIFO, a device, a folder). Callers name
/// the file, so the message does not.
pub fn not_regular() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, crate::tr!("store-not-regular"))
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
        assert!(read_regular(Path::new("/dev/zero"), 100).unwrap_err().to_string().contains("not a regular"));
        let zero = dir.path().join("zero.json");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(read_regular(&zero, 100).is_err());
    }
}
