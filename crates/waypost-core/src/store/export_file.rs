//! Writing a report where the user asked: a folder means the default name inside it, and only a
//! regular file is ever replaced (never a device, a FIFO, a link, or anything in the sessions
//! folder). The report goes to a private temporary file beside the target and is renamed over
//! it, so a failure leaves the old file, and nothing else is ever left beside it.

use std::path::{Path, PathBuf};

use super::folder::{Folder, Kind, Replace};

/// How old a temporary file of waypost's beside a target must be to be taken for one a killed
/// process left (a live write of the same file takes far less).
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(60);

/// A refusal; the caller names the file.
fn refuse(id: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, crate::tr!(id))
}

/// Writes `bytes` to `requested` (or, when it is a folder, to `default_name` inside it); returns
/// where it went. `sessions` is the sessions folder, which a report never goes into.
pub fn write_export(
    requested: &Path,
    default_name: &str,
    sessions: Option<&Path>,
    bytes: &[u8],
) -> std::io::Result<PathBuf> {
    write_file(requested, default_name, sessions, bytes, true)
}

/// [`write_export`], replacing a file already there only when `replace` is set (otherwise the
/// error is of kind `AlreadyExists`).
pub fn write_file(
    requested: &Path,
    default_name: &str,
    sessions: Option<&Path>,
    bytes: &[u8],
    replace: bool,
) -> std::io::Result<PathBuf> {
    // `out/` names a folder: one that is missing is an error, never a file called `out`.
    let folder_meant = requested.as_os_str().to_string_lossy().ends_with(std::path::is_separator);
    if folder_meant && !requested.is_dir() {
        return Err(std::io::Error::new(std::io::ErrorKind::NotFound, crate::tr!("store-export-no-folder")));
    }
    let target = if requested.is_dir() { requested.join(default_name) } else { requested.to_owned() };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().and_then(|n| n.to_str()).ok_or_else(|| refuse("store-export-no-name"))?.to_owned();
    if let (Ok(a), Some(Ok(b))) = (dir.canonicalize(), sessions.map(Path::canonicalize))
        && a.starts_with(&b)
    {
        return Err(refuse("store-export-sessions"));
    }
    // The checks and the write go through one open folder, so the folder cannot be swapped
    // for another between them.
    let folder = Folder::existing(&dir)?;
    folder.remove_leftovers(&name, LEFTOVER_AGE);
    write_in(&folder, &name, bytes, replace)?;
    Ok(target)
}

/// Writes a questionnaire into the data folder's `questionnaires/` (made private when missing;
/// a link in its place is refused), replacing a file already there only when `replace` is set.
pub fn write_questionnaire(data_dir: &Path, name: &str, bytes: &[u8], replace: bool) -> std::io::Result<PathBuf> {
    let folder = Folder::private(data_dir)?.sub("questionnaires")?;
    folder.remove_leftovers(name, LEFTOVER_AGE);
    write_in(&folder, name, bytes, replace)?;
    Ok(folder.path().join(name))
}

/// The checks and the write of one file in an open folder.
fn write_in(folder: &Folder, name: &str, bytes: &[u8], replace: bool) -> std::io::Result<()> {
    match folder.kind(name) {
        Some(Kind::Link) => return Err(refuse("store-link")),
        Some(Kind::Other) => {
            return Err(refuse("store-export-not-regular"));
        }
        Some(Kind::File) if !replace => return Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists)),
        Some(Kind::File) | None => {}
    }
    folder.write(name, bytes, Replace::Rename, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_bare_names_devices_and_sessions() {
        let dir = tempfile::tempdir().unwrap();
        let sessions = dir.path().join("sessions");
        std::fs::create_dir(&sessions).unwrap();
        let sessions = Some(sessions.as_path());
        let to = write_export(dir.path(), "report.md", sessions, b"one").unwrap();
        assert_eq!(to, dir.path().join("report.md"));
        write_export(&to, "x", sessions, b"two").unwrap();
        assert_eq!(std::fs::read(&to).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "nothing left beside the report: {names:?}");
        assert!(write_export(Path::new("/dev/null"), "x", sessions, b"x").is_err());
        assert!(write_export(&dir.path().join("sessions/s.json"), "x", sessions, b"x").is_err());
        #[cfg(unix)]
        {
            let link = dir.path().join("link.md");
            std::os::unix::fs::symlink(&to, &link).unwrap();
            assert!(write_export(&link, "x", sessions, b"x").is_err());
            assert_eq!(std::fs::read(&to).unwrap(), b"two");
        }
    }
}
