//! The folder where there are no folder descriptors (Windows): paths, checked before each use.
//! Weaker than the Unix version (a link could be planted between the check and the use), which
//! README's security section says. Files and folders take the permissions of the folder they are
//! made in: under the user's profile (where the data folder is by default), the user's alone
//! besides the system and administrators.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Kind, Replace, link_refused, not_regular, temporary_name, write_synced};
use crate::store::atomic::{Fault, stop_before_rename};
use crate::store::quarantine::Quarantine;

/// An open folder; see the module's documentation.
#[derive(Debug)]
pub struct Folder {
    path: PathBuf,
    /// Where untrusted files found in place of waypost's are set aside (the data folder's).
    pub(super) quarantine: Option<Arc<Quarantine>>,
}

impl Folder {
    /// The folder at `path`, created with its parents when missing.
    pub fn private(path: &Path) -> io::Result<Folder> {
        std::fs::create_dir_all(path)?;
        Ok(Folder { path: path.to_owned(), quarantine: None })
    }

    /// An existing folder of the user's (an export's destination), as it is.
    pub fn existing(path: &Path) -> io::Result<Folder> {
        if !path.is_dir() {
            return Err(not_regular());
        }
        Ok(Folder { path: path.to_owned(), quarantine: None })
    }

    /// The folder `name` inside this one, created when missing; a link in its place is refused.
    pub fn sub(&self, name: &str) -> io::Result<Folder> {
        if self.kind(name) == Some(Kind::Link) {
            return Err(link_refused());
        }
        Folder::private(&self.path.join(name))
    }

    /// Where the folder is, for messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What `name` is, without following a link: `None` when nothing has the name.
    pub fn kind(&self, name: &str) -> Option<Kind> {
        let meta = std::fs::symlink_metadata(self.path.join(name)).ok()?;
        Some(if meta.file_type().is_symlink() {
            Kind::Link
        } else if meta.is_file() {
            Kind::File
        } else {
            Kind::Other
        })
    }

    /// Opens `name` for writing, creating it when missing; a link or anything but a regular file
    /// is refused.
    pub fn open_for_writing(&self, name: &str, truncate: bool) -> io::Result<File> {
        match self.kind(name) {
            Some(Kind::Link) => return Err(link_refused()),
            Some(Kind::Other) => return Err(not_regular()),
            _ => {}
        }
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(self.path.join(name))?;
        if truncate {
            file.set_len(0)?;
        }
        Ok(file)
    }

    /// Removes the file `name`.
    pub fn remove(&self, name: &str) -> io::Result<()> {
        std::fs::remove_file(self.path.join(name))
    }

    /// Gives the file `name` a second name `to_name` in `to`; `AlreadyExists` when that is taken.
    pub fn link(&self, name: &str, to: &Folder, to_name: &str) -> io::Result<()> {
        std::fs::hard_link(self.path.join(name), to.path.join(to_name))
    }

    /// Nothing to do where folders cannot be synced.
    pub fn sync(&self) -> io::Result<()> {
        Ok(())
    }

    /// Writes `bytes` as the file `name`: a temporary file, synced, then renamed into place.
    pub fn write(&self, name: &str, bytes: &[u8], how: Replace, fault: Option<Fault>) -> io::Result<()> {
        let tmp = temporary_name(name);
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(self.path.join(&tmp))?;
        let written = write_synced(&mut file, bytes, fault).and_then(|()| stop_before_rename(fault)).and_then(|()| {
            if how == Replace::Never {
                self.link(&tmp, self, name)?;
                self.remove(&tmp)
            } else {
                replace(&self.path.join(&tmp), &self.path.join(name))
            }
        });
        if written.is_err() {
            let _ = self.remove(&tmp);
        }
        written
    }
}

/// Renames `from` over `to`: durably on Windows ([`super::windows::replace`]), as the standard
/// library does elsewhere.
fn replace(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(windows)]
    return super::windows::replace(from, to);
    #[cfg(not(windows))]
    std::fs::rename(from, to)
}
