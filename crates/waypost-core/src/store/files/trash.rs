//! The trash: a session's file moved aside under a name no other trashing took, listed, and
//! brought back only as a whole session of its id.

use std::path::PathBuf;

use super::names::{file_name, trash_name, trashed_id};
use super::{FileStore, MAX_SESSION_BYTES, io, parse_session};
use crate::safe_read::read_regular;
use crate::store::rows::{Row, Trashed};
use crate::store::{Store, StoreError};

impl FileStore {
    /// Moves a session's file into the trash under a name no other trashing took (see
    /// [`Store::trash`]).
    pub(super) fn move_to_trash(&self, id: &str) -> Result<PathBuf, StoreError> {
        let path = self.path(id)?;
        let _lock = self.lock(id)?;
        if !path.exists() {
            return Err(StoreError::NotFound(id.to_owned()));
        }
        let (sessions, trash) = (self.folder("sessions")?, self.folder("trash")?);
        let name = file_name(id);
        // A new link fails rather than replace a file: two trashings never take the same name.
        let mut target = name.clone();
        let mut n = 1;
        loop {
            match sessions.link(&name, &trash, &target) {
                Ok(()) => break,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 10_000 => {
                    n += 1;
                    target = trash_name(id, n);
                }
                Err(e) => return Err(io(&trash.path().join(&target))(e)),
            }
        }
        sessions.remove(&name).map_err(io(&path))?;
        // The spare beside it holds an older version of the same session: it goes too.
        let _ = sessions.remove(&format!(".{name}.spare"));
        // The move is done once both names are durable; a folder that cannot be synced still
        // has them.
        let _ = trash.sync().and_then(|()| sessions.sync());
        Ok(trash.path().join(target))
    }

    /// Brings back the last trashing of an id (see [`Store::restore`]).
    pub(super) fn bring_back(&self, id: &str) -> Result<(), StoreError> {
        self.path(id)?;
        let trash = self.data_dir.join("trash");
        // The newest trashing of the id: `<id>.json`, then `<id>~2.json`, `<id>~3.json`…
        let mut found = None;
        for n in 1..10_000 {
            let name = trash_name(id, n);
            if std::fs::symlink_metadata(trash.join(&name)).is_err() {
                break;
            }
            found = Some(name);
        }
        let name = found.ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
        self.restore_trashed(&name).map(drop)
    }

    /// The sessions in the trash that could come back (see [`Store::trashed`]).
    pub(super) fn trash_rows(&self, catalog: &crate::questionnaire::Catalog) -> Result<Vec<Trashed>, StoreError> {
        self.sweep("trash")?;
        let dir = self.data_dir.join("trash");
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(&dir)(e)),
        };
        let mut found = Vec::new();
        for entry in entries {
            let name = entry.map_err(io(&dir))?.file_name().to_string_lossy().into_owned();
            let Some(id) = trashed_id(&name) else { continue };
            // Only what could come back is listed: a whole session of the id its name says.
            let path = dir.join(&name);
            if let Ok(session) = read_regular(&path, MAX_SESSION_BYTES)
                .map_err(io(&path))
                .and_then(|bytes| parse_session(&self.sessions_dir().join(file_name(id)), &bytes))
            {
                found.push(Trashed { name, row: Row::new(catalog, session) });
            }
        }
        found.sort_by(|a, b| b.row.updated_at.cmp(&a.row.updated_at).then_with(|| a.name.cmp(&b.name)));
        Ok(found)
    }

    /// Brings back one file of the trash, checked to be a whole session of its id (see
    /// [`Store::restore_trashed`]).
    pub(super) fn bring_back_file(&self, name: &str) -> Result<String, StoreError> {
        let id = trashed_id(name).ok_or_else(|| StoreError::NotFound(crate::text::line(name).into_owned()))?;
        let path = self.path(id)?;
        let _lock = self.lock(id)?;
        let (sessions, trash) = (self.folder("sessions")?, self.folder("trash")?);
        let from_path = trash.path().join(name);
        // A link or another user's file never comes back into the sessions.
        if self.vet(&from_path)? {
            return Err(StoreError::NotFound(id.to_owned()));
        }
        // What comes back must be a whole session of this id, as if read from its place.
        let bytes = read_regular(&from_path, MAX_SESSION_BYTES).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => StoreError::NotFound(id.to_owned()),
            _ => io(&from_path)(e),
        })?;
        parse_session(&path, &bytes)?;
        trash.link(name, &sessions, &file_name(id)).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => StoreError::Exists(id.to_owned()),
            _ => io(&path)(e),
        })?;
        trash.remove(name).map_err(io(&from_path))?;
        let _ = sessions.sync().and_then(|()| trash.sync());
        Ok(id.to_owned())
    }
}
