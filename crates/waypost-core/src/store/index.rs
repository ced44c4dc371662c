//! A cache of listing rows (`<data dir>/index.json`), so listing thousands of sessions reads
//! only what changed. A row is reused only while its file has the same length, modification time
//! and inode, its questionnaire is unchanged, and the file was not modified within a second of the
//! cache being written (a time stamp that coarse could hide a change); anything else is read
//! again. The cache holds no answers, and a damaged cache is simply rebuilt.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::folder::Folder;
use super::rows::{Damaged, Row};
use crate::questionnaire::Catalog;

/// How recent a change may be and still be trusted to show in the time stamps, in nanoseconds.
const RACY_NANOS: u128 = 1_000_000_000;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Cache {
    /// When the cache was written, in nanoseconds since 1970.
    written: u128,
    /// By file name.
    entries: HashMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    len: u64,
    modified: u128,
    inode: u64,
    /// The questionnaire the row's progress was worked out with.
    questionnaire: u64,
    row: Option<Cached>,
    damaged: Option<String>,
}

/// A row as the cache keeps it: flat, times as numbers, so the cache reads fast.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cached {
    id: String,
    questionnaire: String,
    version: String,
    organisation: String,
    facilitator: String,
    status: crate::session::Status,
    /// Nanoseconds since 1970 and the offset in seconds.
    created_at: (i64, u32, i32),
    updated_at: (i64, u32, i32),
    answered: usize,
    total: Option<usize>,
    /// Who sent a pulled session.
    #[serde(default)]
    from_team: Option<String>,
}

/// A time as whole seconds, nanoseconds and the offset: exact for any year from 0000 to 9999
/// (nanoseconds since 1970 in an i64 would only reach 1677 to 2262).
fn to_numbers(t: crate::session::Timestamp) -> (i64, u32, i32) {
    (t.timestamp(), t.timestamp_subsec_nanos(), t.offset().local_minus_utc())
}

fn from_numbers((secs, nanos, off): (i64, u32, i32)) -> crate::session::Timestamp {
    let offset = chrono::FixedOffset::east_opt(off).unwrap_or_else(|| chrono::Offset::fix(&chrono::Utc));
    chrono::DateTime::from_timestamp(secs, nanos).unwrap_or_default().with_timezone(&offset)
}

impl From<Row> for Cached {
    fn from(r: Row) -> Cached {
        Cached {
            id: r.id,
            questionnaire: r.questionnaire.id,
            version: r.questionnaire.version,
            organisation: r.organisation,
            facilitator: r.facilitator,
            status: r.status,
            created_at: to_numbers(r.created_at),
            updated_at: to_numbers(r.updated_at),
            answered: r.answered,
            total: r.total,
            from_team: r.from_team,
        }
    }
}

impl From<&Cached> for Row {
    fn from(c: &Cached) -> Row {
        Row {
            id: c.id.clone(),
            questionnaire: crate::session::QuestionnaireRef {
                id: c.questionnaire.clone(),
                version: c.version.clone(),
                extra: Default::default(),
            },
            organisation: c.organisation.clone(),
            facilitator: c.facilitator.clone(),
            status: c.status,
            created_at: from_numbers(c.created_at),
            updated_at: from_numbers(c.updated_at),
            answered: c.answered,
            total: c.total,
            from_team: c.from_team.clone(),
        }
    }
}

/// What identifies a questionnaire's content, so rows are recomputed when it changes.
fn fingerprint(catalog: &Catalog, id: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut hasher);
    if let Some(entry) = catalog.get(id) {
        serde_json::to_string(&entry.questionnaire).unwrap_or_default().hash(&mut hasher);
    }
    hasher.finish()
}

fn nanos(t: SystemTime) -> u128 {
    t.duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
}

#[cfg(unix)]
fn inode(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(meta)
}

#[cfg(not(unix))]
fn inode(_: &std::fs::Metadata) -> u64 {
    0
}

/// Each session file of `dir` (not the hidden spares) with its length, modification time and
/// inode; none when the folder does not exist yet. One that cannot be trusted (a link, another
/// user's) is handed to `set_aside` first, in the same pass, and left out when it was.
fn list_files(dir: &Path, set_aside: SetAside<'_>) -> std::io::Result<Vec<(String, u64, u128, u64)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut files = Vec::new();
    for item in entries {
        let item = item?;
        let name = item.file_name().to_string_lossy().into_owned();
        #[allow(clippy::case_sensitive_file_extension_comparisons, reason = "waypost names its files <id>.json")]
        if !name.ends_with(".json") || name.starts_with('.') {
            continue;
        }
        let Ok(meta) = item.metadata() else { continue };
        if crate::store::quarantine::Distrust::of(&meta).is_some() && set_aside(&name)? {
            continue;
        }
        files.push((name, meta.len(), nanos(meta.modified().unwrap_or(UNIX_EPOCH)), inode(&meta)));
    }
    Ok(files)
}

/// Sets a file of the sessions folder aside by its name; returns whether it did.
pub(super) type SetAside<'a> = &'a (dyn Fn(&str) -> std::io::Result<bool> + Sync);

/// The cache's file in the data folder.
const CACHE: &str = "index.json";

/// The rows of every session file in `dir`, using and refreshing the cache in the data folder
/// `data`. `read` parses one file into its row (or says why it is damaged); `set_aside` takes a
/// file that cannot be trusted out of the folder.
pub(super) fn rows(
    dir: &Path,
    data: &Folder,
    catalog: &Catalog,
    read: &dyn Fn(&Path) -> Result<Row, String>,
    set_aside: SetAside<'_>,
) -> std::io::Result<(Vec<Row>, Vec<Damaged>)> {
    let cache_path = &data.path().join(CACHE);
    // Reading the cache and looking at the files are independent: do them side by side.
    let (old, files) = std::thread::scope(|scope| {
        let cache = scope.spawn(|| -> Cache {
            // The index is only a cache: one that cannot be read is rebuilt from the files.
            crate::safe_read::read_regular(cache_path, 1 << 30)
                .ok()
                .and_then(|b| serde_json::from_slice(&b).ok())
                .unwrap_or_default()
        });
        let files = list_files(dir, set_aside);
        (cache.join().unwrap_or_default(), files)
    });
    let mut old = old;
    let old_len = old.entries.len();
    let mut fresh = Cache { written: 0, entries: HashMap::with_capacity(old.entries.len()) };
    let mut prints: HashMap<String, u64> = HashMap::new();
    let mut print = |id: &str| *prints.entry(id.to_owned()).or_insert_with(|| fingerprint(catalog, id));
    let mut changed = false;
    let (mut rows, mut damaged) = (Vec::new(), Vec::new());
    for (name, len, modified, ino) in files? {
        let written = old.written;
        let reusable = old.entries.remove(&name).filter(|e| {
            e.len == len
                && e.modified == modified
                && e.inode == ino
                && modified + RACY_NANOS < written
                && e.row.as_ref().is_none_or(|r| e.questionnaire == print(&r.questionnaire))
        });
        let entry = match reusable {
            Some(e) => e,
            None => {
                changed = true;
                let path = dir.join(&name);
                match read(&path) {
                    Ok(row) => {
                        let questionnaire = print(&row.questionnaire.id);
                        Entry { len, modified, inode: ino, questionnaire, row: Some(row.into()), damaged: None }
                    }
                    Err(message) => {
                        Entry { len, modified, inode: ino, questionnaire: 0, row: None, damaged: Some(message) }
                    }
                }
            }
        };
        match (&entry.row, &entry.damaged) {
            (Some(row), _) => rows.push(Row::from(row)),
            (None, Some(message)) => damaged.push((dir.join(&name), message.clone())),
            (None, None) => {}
        }
        fresh.entries.insert(name, entry);
    }
    changed |= fresh.entries.len() != old_len;
    if changed {
        fresh.written = nanos(SystemTime::now());
        // The cache only saves time: failing to write it costs nothing but that.
        if let Ok(bytes) = serde_json::to_vec(&fresh) {
            let _ = data.write(CACHE, &bytes, super::folder::Replace::Swap, None);
        }
    }
    Ok((rows, damaged))
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::session::Session;
    use crate::store::{FileStore, Store};

    fn session(id: &str, org: &str) -> Session {
        crate::testing::session(&crate::testing::built_in("learning-review"), id, org)
    }

    /// Makes the cache trust every entry, as if written long after the files.
    fn age(cache: &Path) {
        let mut c: Cache = serde_json::from_slice(&std::fs::read(cache).unwrap()).unwrap();
        c.written = nanos(SystemTime::now()) + 10 * RACY_NANOS;
        std::fs::write(cache, serde_json::to_vec(&c).unwrap()).unwrap();
    }

    #[test]
    fn rows_are_reused_until_their_file_changes() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path());
        store.create(&session("a", "Acme")).unwrap();
        store.create(&session("b", "Bolt")).unwrap();
        let catalog = Catalog::load(&[]);
        let reads = Cell::new(0);
        let read = |p: &Path| {
            reads.set(reads.get() + 1);
            let s: Session = serde_json::from_slice(&std::fs::read(p).unwrap()).map_err(|e| e.to_string())?;
            Ok(Row::new(&catalog, s))
        };
        let data = Folder::private(dir.path()).unwrap();
        let cache = dir.path().join(CACHE);
        let sessions = store.sessions_dir();
        let (rows_seen, _) = rows(&sessions, &data, &catalog, &read, &|_| Ok(false)).unwrap();
        assert_eq!((rows_seen.len(), reads.get()), (2, 2));
        age(&cache);
        let (rows_seen, _) = rows(&sessions, &data, &catalog, &read, &|_| Ok(false)).unwrap();
        assert_eq!((rows_seen.len(), reads.get()), (2, 2), "nothing read again");
        // Changed outside waypost: read again, and its new content shown.
        let mut b = session("b", "Bolt Transport Ltd");
        b.status = crate::session::Status::Completed;
        std::fs::write(sessions.join("b.json"), serde_json::to_vec(&b).unwrap()).unwrap();
        std::fs::remove_file(sessions.join("a.json")).unwrap();
        std::fs::write(sessions.join("c.json"), b"{ damaged").unwrap();
        let (rows_seen, damaged) = rows(&sessions, &data, &catalog, &read, &|_| Ok(false)).unwrap();
        assert_eq!(reads.get(), 4);
        assert_eq!(rows_seen.len(), 1);
        assert_eq!(rows_seen[0].organisation, "Bolt Transport Ltd");
        assert_eq!(damaged.len(), 1);
        std::fs::write(&cache, b"not json").unwrap();
        assert_eq!(
            rows(&sessions, &data, &catalog, &read, &|_| Ok(false)).unwrap().0.len(),
            1,
            "a damaged cache is rebuilt"
        );
    }
}
