//! The folder on Unix: `openat`, `linkat`, `renameat` and friends on the folder's descriptor.

use std::fs::File;
use std::io;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustix::fs::{AtFlags, Mode, OFlags, RawMode};
use rustix::io::Errno;

use super::{Kind, Replace, link_refused, not_regular, shared_folder, temporary_name, write_synced};
use crate::store::atomic::{Fault, stop_before_rename};
use crate::store::quarantine::Quarantine;

/// An open folder; see the module's documentation.
#[derive(Debug)]
pub struct Folder {
    fd: OwnedFd,
    path: PathBuf,
    /// Where untrusted files found in place of waypost's are set aside (the data folder's).
    pub(super) quarantine: Option<Arc<Quarantine>>,
}

/// Maps the refusal of `O_NOFOLLOW` (a link where a file should be) to a clear error.
fn refusing_links(err: Errno) -> io::Error {
    if err == Errno::LOOP { link_refused() } else { err.into() }
}

// `RawMode`: a file mode is 32 bits on Linux and 16 on macOS and the BSDs.
const PRIVATE_FILE: RawMode = 0o600;
const PRIVATE_FOLDER: RawMode = 0o700;

impl Folder {
    /// The folder at `path`, created with its parents (0700) when missing. Links on the way are
    /// followed: the path is the user's choice. An existing folder others can write to is
    /// tightened when it is the user's, and refused otherwise (as ssh refuses loose modes).
    pub fn private(path: &Path) -> io::Result<Folder> {
        let mut builder = std::fs::DirBuilder::new();
        // PRIVATE_FOLDER, as the `u32` that `DirBuilder` takes on every Unix.
        std::os::unix::fs::DirBuilderExt::mode(builder.recursive(true), 0o700);
        builder.create(path)?;
        let fd = rustix::fs::open(path, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())?;
        let folder = Folder { fd, path: path.to_owned(), quarantine: None };
        folder.keep_private()?;
        Ok(folder)
    }

    /// An existing folder of the user's (an export's destination), as it is.
    pub fn existing(path: &Path) -> io::Result<Folder> {
        let fd = rustix::fs::open(path, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())?;
        Ok(Folder { fd, path: path.to_owned(), quarantine: None })
    }

    /// The folder `name` inside this one, created private when missing; a link in its place is
    /// refused.
    pub fn sub(&self, name: &str) -> io::Result<Folder> {
        let path = self.path.join(name);
        match rustix::fs::mkdirat(&self.fd, name, Mode::from_raw_mode(PRIVATE_FOLDER)) {
            Ok(()) | Err(Errno::EXIST) => {}
            Err(e) => return Err(e.into()),
        }
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let fd = rustix::fs::openat(&self.fd, name, flags, Mode::empty()).map_err(|e| match e {
            // A link named like a folder fails as not being one on some systems.
            Errno::NOTDIR if self.is_link(name) => link_refused(),
            other => refusing_links(other),
        })?;
        let folder = Folder { fd, path, quarantine: None };
        folder.keep_private()?;
        Ok(folder)
    }

    /// Where the folder is, for messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether `name` in this folder is a symbolic link.
    fn is_link(&self, name: &str) -> bool {
        rustix::fs::statat(&self.fd, name, AtFlags::SYMLINK_NOFOLLOW)
            .is_ok_and(|s| rustix::fs::FileType::from_raw_mode(s.st_mode) == rustix::fs::FileType::Symlink)
    }

    /// Tightens the folder to the user alone when others can write to it, or refuses it when it
    /// is not the user's.
    fn keep_private(&self) -> io::Result<()> {
        let stat = rustix::fs::fstat(&self.fd)?;
        let mode = stat.st_mode & 0o7777;
        if mode & 0o022 != 0 {
            if stat.st_uid != rustix::process::geteuid().as_raw() {
                return Err(shared_folder(&self.path));
            }
            rustix::fs::fchmod(&self.fd, Mode::from_raw_mode(mode & PRIVATE_FOLDER))?;
        }
        Ok(())
    }

    /// What `name` is, without following a link: `None` when nothing has the name.
    pub fn kind(&self, name: &str) -> Option<Kind> {
        let stat = rustix::fs::statat(&self.fd, name, AtFlags::SYMLINK_NOFOLLOW).ok()?;
        Some(match rustix::fs::FileType::from_raw_mode(stat.st_mode) {
            rustix::fs::FileType::RegularFile => Kind::File,
            rustix::fs::FileType::Symlink => Kind::Link,
            _ => Kind::Other,
        })
    }

    /// Opens `name` for writing, creating it private (0600) when missing; a link in its place
    /// and anything but a regular file are refused, and `truncate` empties it only after that
    /// check. Never blocks on a FIFO.
    pub fn open_for_writing(&self, name: &str, truncate: bool) -> io::Result<File> {
        let flags = OFlags::RDWR | OFlags::CREATE | OFlags::NONBLOCK | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let fd =
            rustix::fs::openat(&self.fd, name, flags, Mode::from_raw_mode(PRIVATE_FILE)).map_err(refusing_links)?;
        let file = File::from(fd);
        if !file.metadata()?.is_file() {
            return Err(not_regular());
        }
        if truncate {
            file.set_len(0)?;
        }
        Ok(file)
    }

    /// Creates `name`, private (0600), failing with `AlreadyExists` when anything, a link
    /// included, has the name.
    fn create_new(&self, name: &str) -> io::Result<File> {
        let flags = OFlags::RDWR | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        Ok(File::from(rustix::fs::openat(&self.fd, name, flags, Mode::from_raw_mode(PRIVATE_FILE))?))
    }

    /// Removes the file `name` (a link is removed, never its target).
    pub fn remove(&self, name: &str) -> io::Result<()> {
        Ok(rustix::fs::unlinkat(&self.fd, name, AtFlags::empty())?)
    }

    /// Gives the file `name` a second name `to_name` in `to`; `AlreadyExists` when that is taken.
    pub fn link(&self, name: &str, to: &Folder, to_name: &str) -> io::Result<()> {
        Ok(rustix::fs::linkat(&self.fd, name, &to.fd, to_name, AtFlags::empty())?)
    }

    /// Makes what was renamed, linked or removed in the folder durable.
    pub fn sync(&self) -> io::Result<()> {
        Ok(rustix::fs::fsync(&self.fd)?)
    }

    /// Writes `bytes` as the file `name` so that a crash leaves the old version or the new one,
    /// never half of one: the new version is written and synced first, then takes the name as
    /// `how` says, then the folder is synced. On failure the old file is untouched and nothing
    /// is left beside it (an injected crash aside: the next opening removes such leftovers).
    pub fn write(&self, name: &str, bytes: &[u8], how: Replace, fault: Option<Fault>) -> io::Result<()> {
        #[cfg(target_os = "linux")]
        if how == Replace::Swap && self.kind(name) == Some(Kind::File) {
            match self.write_and_swap(name, bytes, fault) {
                Err(e) if unsupported(&e) => {} // the ordinary way: a new file and a rename
                other => return other,
            }
        }
        let (tmp, mut file) = self.temporary(name)?;
        let written = write_synced(&mut file, bytes, fault)
            .and_then(|()| stop_before_rename(fault))
            .and_then(|()| self.rename_into_place(&tmp, name, how));
        if written.is_err() {
            let _ = self.remove(&tmp);
        }
        written?;
        self.sync()
    }

    /// Gives `name` to a new file holding `bytes`, locked before it takes the name: the lock file
    /// when the one named has other names (a backup's), which must not be written in place.
    pub(crate) fn replace_locked(&self, name: &str, bytes: &[u8]) -> io::Result<File> {
        let (tmp, mut file) = self.temporary(name)?;
        let done = file
            .try_lock()
            .map_err(|e| match e {
                std::fs::TryLockError::Error(e) => e,
                std::fs::TryLockError::WouldBlock => io::ErrorKind::WouldBlock.into(),
            })
            .and_then(|()| write_synced(&mut file, bytes, None))
            .and_then(|()| Ok(rustix::fs::renameat(&self.fd, &tmp, &self.fd, name)?));
        if done.is_err() {
            let _ = self.remove(&tmp);
        }
        done.map(|()| file)
    }

    /// A new temporary file beside `name`.
    fn temporary(&self, name: &str) -> io::Result<(String, File)> {
        let mut tries = 0;
        loop {
            let tmp = temporary_name(name);
            match self.create_new(&tmp) {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
                other => return other.map(|file| (tmp, file)),
            }
        }
    }

    /// Gives the written temporary file its name.
    fn rename_into_place(&self, tmp: &str, name: &str, how: Replace) -> io::Result<()> {
        if how != Replace::Never {
            return Ok(rustix::fs::renameat(&self.fd, tmp, &self.fd, name)?);
        }
        #[cfg(target_os = "linux")]
        match rustix::fs::renameat_with(&self.fd, tmp, &self.fd, name, rustix::fs::RenameFlags::NOREPLACE) {
            Err(e) if unsupported(&e.into()) => {}
            other => return Ok(other?),
        }
        // Without a no-replace rename, a new link fails rather than replace a file.
        self.link(tmp, self, name)?;
        self.remove(tmp)
    }

    /// Replacing a file without creating one: the new bytes go into the spare file kept beside
    /// it (`.<name>.spare`, holding the previous version) and the two are swapped in one atomic
    /// step (`renameat2` with `RENAME_EXCHANGE`). Creating a file is the slowest part of a save on
    /// some disks; this way a save costs about what writing the bytes costs.
    #[cfg(target_os = "linux")]
    fn write_and_swap(&self, name: &str, bytes: &[u8], fault: Option<Fault>) -> io::Result<()> {
        let spare = format!(".{name}.spare");
        // A link, folder or FIFO there, or a file another user planted, is set aside first.
        self.vet(&spare)?;
        // A spare with other names (a hard-linked backup, `cp -al`, rsnapshot) is another file's
        // content too: its name is dropped and a new spare made, never written in place.
        if rustix::fs::statat(&self.fd, &spare, AtFlags::SYMLINK_NOFOLLOW).is_ok_and(|s| s.st_nlink > 1) {
            self.remove(&spare)?;
        }
        let mut file = self.open_for_writing(&spare, true)?;
        write_synced(&mut file, bytes, fault)?;
        stop_before_rename(fault)?;
        rustix::fs::renameat_with(&self.fd, &spare, &self.fd, name, rustix::fs::RenameFlags::EXCHANGE)?;
        self.sync()
    }
}

/// Whether the file system cannot do a rename of this kind, so the ordinary way must be used.
#[cfg(target_os = "linux")]
fn unsupported(err: &io::Error) -> bool {
    [Errno::INVAL, Errno::NOSYS, Errno::OPNOTSUPP].iter().any(|e| err.raw_os_error() == Some(e.raw_os_error()))
}
