//! Following a file another program writes: woken by the system's file-change notifications
//! (the `notify` crate), with a look at the file's size, time and identity every so often for
//! file systems that send none (network shares, some containers).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, SystemTime};

use notify::{RecursiveMode, Watcher};

/// What is seen of a file to tell that it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    len: u64,
    modified: Option<SystemTime>,
    #[cfg(unix)]
    inode: u64,
}

fn seen(path: &Path) -> Option<Seen> {
    // `symlink_metadata`: a link put in the file's place is a change like any other, not followed.
    let meta = std::fs::symlink_metadata(path).ok()?;
    Some(Seen {
        len: meta.len(),
        modified: meta.modified().ok(),
        #[cfg(unix)]
        inode: std::os::unix::fs::MetadataExt::ino(&meta),
    })
}

/// A file being followed.
pub struct Follower {
    path: PathBuf,
    last: Option<Seen>,
    events: Option<(notify::RecommendedWatcher, Receiver<()>)>,
}

impl Follower {
    /// Follows `path`. The folder is watched rather than the file, because a save replaces the
    /// file (a new one renamed over it); without notifications, it is looked at when asked.
    pub fn new(path: &Path) -> Follower {
        let name = path.file_name().map(ToOwned::to_owned);
        let (tx, rx) = channel();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Only events naming the file, or that name nothing in particular, wake the view.
            if let Ok(event) = event
                && (event.paths.is_empty() || event.paths.iter().any(|p| p.file_name() == name.as_deref()))
            {
                let _ = tx.send(());
            }
        });
        let events = watcher.ok().and_then(|mut w| {
            let folder = path.parent()?;
            w.watch(folder, RecursiveMode::NonRecursive).ok()?;
            Some((w, rx))
        });
        Follower { path: path.to_owned(), last: seen(path), events }
    }

    /// Waits up to `wait` for the file to change; returns whether it did since last asked.
    pub fn wait(&mut self, wait: Duration) -> bool {
        if let Some((_, rx)) = &self.events {
            match rx.recv_timeout(wait) {
                // Several events come for one save: one look at the file serves them all.
                Ok(()) => while rx.try_recv().is_ok() {},
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => self.events = None,
            }
        } else {
            std::thread::sleep(wait);
        }
        let now = seen(&self.path);
        let changed = now != self.last;
        self.last = now;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_replaced_by_rename_is_seen_to_change_and_nothing_else_is() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("s.json");
        std::fs::write(&path, "{}").expect("written");
        let mut follower = Follower::new(&path);
        assert!(!follower.wait(Duration::from_millis(20)), "nothing happened");
        std::fs::write(dir.path().join("other.json"), "{}").expect("written");
        assert!(!follower.wait(Duration::from_millis(50)), "another file changed");
        let temp = dir.path().join(".s.json.tmp");
        std::fs::write(&temp, "{\"a\": 1}").expect("written");
        std::fs::rename(&temp, &path).expect("renamed");
        // However the events come (or none at all), the change is seen by the next look.
        let mut changed = false;
        for _ in 0..50 {
            if follower.wait(Duration::from_millis(100)) {
                changed = true;
                break;
            }
        }
        assert!(changed, "the file was replaced");
        assert!(!follower.wait(Duration::from_millis(20)), "and seen once");
    }
}
