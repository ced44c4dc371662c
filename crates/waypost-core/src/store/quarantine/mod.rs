//! Files in the data folder that waypost did not make and cannot trust: a link, a folder or FIFO
//! where a file of waypost's goes, a file of another user's, a file others can write to. Each is
//! set aside in `<data>/quarantine/` (moved, never deleted: it may be someone's data), reported
//! once, and never read or written. A data folder that was once open to others can hold such
//! files, planted to be written through or to be read as the user's own.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why a file was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Distrust {
    /// A symbolic link.
    Link,
    /// A folder, FIFO, device or socket.
    NotRegular,
    /// A file of another user's.
    NotOurs,
    /// A file others than its owner can write to.
    OthersCanWrite,
}

impl Distrust {
    /// Why a file with this metadata (not following a link) cannot be used; none when it can.
    /// A file with other names (a hard-linked backup) can be read: it is never written in place.
    pub(crate) fn of(meta: &std::fs::Metadata) -> Option<Distrust> {
        let kind = meta.file_type();
        if kind.is_symlink() {
            return Some(Distrust::Link);
        }
        if !kind.is_file() {
            return Some(Distrust::NotRegular);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if meta.uid() != rustix::process::geteuid().as_raw() {
                return Some(Distrust::NotOurs);
            }
            if meta.mode() & 0o022 != 0 {
                return Some(Distrust::OthersCanWrite);
            }
        }
        None
    }

    fn text(self) -> String {
        match self {
            Distrust::Link => crate::tr!("store-aside-link"),
            Distrust::NotRegular => crate::tr!("store-aside-not-regular"),
            Distrust::NotOurs => crate::tr!("store-aside-not-ours"),
            Distrust::OthersCanWrite => crate::tr!("store-aside-others-write"),
        }
    }
}

/// A file set aside: where it was, where it is now, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// Where it was found.
    pub from: PathBuf,
    /// Where it is now, in the quarantine folder.
    pub to: PathBuf,
    /// Why it was not used.
    pub why: Distrust,
}

impl fmt::Display for SetAside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = crate::tr!(
            "store-set-aside",
            file = self.from.display().to_string(),
            to = self.to.display().to_string(),
            why = self.why.text()
        );
        f.write_str(&crate::text::line(&text))
    }
}

/// The quarantine of one data folder, and what was set aside in it and not yet reported.
#[derive(Debug)]
pub(crate) struct Quarantine {
    data_dir: PathBuf,
    found: Mutex<Vec<SetAside>>,
}

/// The quarantine folder's name in the data folder.
const FOLDER: &str = "quarantine";

impl Quarantine {
    /// The quarantine of `data_dir`; its folder is made when something is first set aside.
    pub(crate) fn new(data_dir: &Path) -> Quarantine {
        Quarantine { data_dir: data_dir.to_owned(), found: Mutex::new(Vec::new()) }
    }

    /// Sets `name` in `folder` aside when it cannot be trusted; returns whether it did. Nothing
    /// with the name is fine.
    pub(crate) fn vet(&self, folder: &Path, name: &str) -> std::io::Result<bool> {
        let from = folder.join(name);
        let Ok(meta) = std::fs::symlink_metadata(&from) else { return Ok(false) };
        let Some(why) = Distrust::of(&meta) else { return Ok(false) };
        let aside = super::folder::Folder::private(&self.data_dir)?.sub(FOLDER)?;
        // A free name: the file's own (without a leading dot), then with `~2`, `~3`…
        let base = name.trim_start_matches('.');
        let mut to_name = base.to_owned();
        let mut n = 1;
        while std::fs::symlink_metadata(aside.path().join(&to_name)).is_ok() {
            n += 1;
            to_name = format!("{base}~{n}");
        }
        let to = aside.path().join(&to_name);
        // A rename moves a link or a folder itself, never what it points to or holds.
        std::fs::rename(&from, &to)?;
        self.found.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(SetAside { from, to, why });
        Ok(true)
    }

    /// Sets aside every untrusted `*.json` in `folder` (missing: nothing to do).
    pub(crate) fn sweep(&self, folder: &Path) -> std::io::Result<()> {
        let entries = match std::fs::read_dir(folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        for entry in entries {
            let name = entry?.file_name();
            if let Some(name) = name.to_str().filter(|n| Path::new(n).extension().is_some_and(|e| e == "json")) {
                self.vet(folder, name)?;
            }
        }
        Ok(())
    }

    /// What was set aside since last asked, each said once.
    pub(crate) fn take(&self) -> Vec<SetAside> {
        std::mem::take(&mut *self.found.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
    }
}

#[cfg(test)]
mod tests;
