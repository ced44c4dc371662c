//! Opening files as a careful program must in folders others might touch: never through a
//! symbolic link when writing, never blocking on a FIFO or a device, only regular files, and
//! reads through a size limit; folders private to the user.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::Path;

/// The error for a file that is not a regular file (a FIFO, a device, a folder). Callers name the
/// file, so the message does not.
fn not_regular() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        "not a regular file (a folder, FIFO or device), so waypost does not use it",
    )
}

/// Flags for open(2) beyond what `OpenOptions` says.
#[cfg(unix)]
fn custom(options: &mut OpenOptions, nofollow: bool) {
    use std::os::unix::fs::OpenOptionsExt;
    // Non-blocking: opening a FIFO must not wait for a writer; regular files ignore the flag.
    let mut flags = rustix::fs::OFlags::NONBLOCK;
    if nofollow {
        flags |= rustix::fs::OFlags::NOFOLLOW;
    }
    options.custom_flags(i32::try_from(flags.bits()).unwrap_or(0));
}

#[cfg(not(unix))]
fn custom(_: &mut OpenOptions, _: bool) {}

/// Whether an error comes from a symbolic link refused by `O_NOFOLLOW`.
fn is_link_refusal(err: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        err.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error())
    }
    #[cfg(not(unix))]
    {
        let _ = err;
        false
    }
}

/// The error for a symbolic link where a file of waypost's should be (callers name the file).
fn link_refused() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        "a symbolic link, and waypost never writes through a link",
    )
}

/// Reads a regular file whole, refusing FIFOs, devices and folders, and files over `limit`
/// bytes (`InvalidData`, naming the size). Links to a regular file are followed for reading.
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut options = OpenOptions::new();
    options.read(true);
    custom(&mut options, false);
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
        format!("{} MB is more than waypost reads from one file ({} MB)", len >> 20, limit >> 20),
    )
}

/// Opens (creating it private, 0600, when missing) a file of waypost's for writing, refusing a
/// symbolic link in its place and anything but a regular file. `truncate` empties it, only after
/// it is known to be a regular file.
pub fn open_for_writing(path: &Path, truncate: bool) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    custom(&mut options, true);
    let file = options.open(path).map_err(|e| if is_link_refusal(&e) { link_refused() } else { e })?;
    if !file.metadata()?.is_file() {
        return Err(not_regular());
    }
    if truncate {
        file.set_len(0)?;
    }
    Ok(file)
}

/// Creates a folder (and its parents) private to the user (0700). An existing folder that others
/// can write to is tightened when it is the user's own, and refused otherwise (as ssh refuses
/// loose modes): another user could replace the files in it.
pub fn private_dir(path: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let meta = std::fs::metadata(path)?;
        if meta.mode() & 0o022 != 0 {
            if meta.uid() != rustix::process::geteuid().as_raw() {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    format!(
                        "{} belongs to another user and others can write to it: waypost keeps its data only in \
                         folders that are yours alone (choose another with --data-dir)",
                        path.display()
                    ),
                ));
            }
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(meta.mode() & 0o700))?;
        }
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_fifos_and_devices_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "keep me").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = open_for_writing(&link, true).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read(&target).unwrap(), b"keep me");

        let fifo = dir.path().join("fifo.json");
        rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, rustix::fs::Mode::from_raw_mode(0o600)).unwrap();
        assert!(read_regular(&fifo, 100).unwrap_err().to_string().contains("not a regular file"));
        assert!(open_for_writing(&fifo, false).is_err());
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
