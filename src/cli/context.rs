//! What every command needs: the data folder, the questionnaires known, the store.

use std::path::PathBuf;

use crate::questionnaire::{Catalog, Entry};
use crate::session::Session;
use crate::store::{FileStore, Store, StoreError};
use crate::text::line;

use super::Failure;

/// The data folder, the questionnaire folders, and what was loaded from them.
pub struct Context {
    /// The store of sessions.
    pub store: FileStore,
    /// The questionnaire folders searched after the built-ins, in order.
    pub folders: Vec<PathBuf>,
}

/// The platform's data folder for waypost.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "waypost", "waypost").map(|d| d.data_dir().to_owned())
}

impl Context {
    /// Resolves the data folder (flag, then `WAYPOST_DATA_DIR`, then the platform's).
    pub fn new(data_dir: Option<PathBuf>, extra: &[PathBuf]) -> Result<Context, Failure> {
        let data_dir = data_dir
            .or_else(default_data_dir)
            .ok_or_else(|| Failure::new("no data folder could be found; give one with --data-dir DIR"))?;
        let mut folders = vec![data_dir.join("questionnaires")];
        folders.extend(extra.iter().cloned());
        Ok(Context { store: FileStore::new(data_dir), folders })
    }

    /// Loads every questionnaire, reporting override notices and unusable files on stderr.
    pub fn catalog(&self) -> Catalog {
        let catalog = Catalog::load(&self.folders);
        for notice in &catalog.notices {
            eprintln!("waypost: note: {}", line(notice));
        }
        for rejected in &catalog.rejected {
            for problem in rejected.problems.iter().filter(|p| p.is_error()) {
                eprintln!("waypost: skipped {}: {}", line(&rejected.origin.to_string()), line(&problem.to_string()));
            }
        }
        catalog
    }

    /// Loads a session read-only, with its questionnaire.
    pub fn session<'c>(&self, catalog: &'c Catalog, id: &str) -> Result<(Session, &'c Entry), Failure> {
        let session = self.store.load(id).map_err(store_failure)?;
        let entry = questionnaire_of(catalog, &session)?;
        Ok((session, entry))
    }
}

/// The questionnaire a session answers, with a note when its version differs.
pub fn questionnaire_of<'c>(catalog: &'c Catalog, session: &Session) -> Result<&'c Entry, Failure> {
    let qref = &session.questionnaire;
    let entry = catalog.get(&qref.id).ok_or_else(|| {
        Failure::new(format!(
            "session \"{}\" answers questionnaire \"{}\", which is not known here (see `waypost questionnaires`)",
            line(&session.id),
            line(&qref.id)
        ))
    })?;
    if entry.questionnaire.version != qref.version {
        eprintln!(
            "waypost: note: session \"{}\" was started with {} version {}; using version {}",
            line(&session.id),
            line(&qref.id),
            line(&qref.version),
            line(&entry.questionnaire.version)
        );
    }
    Ok(entry)
}

/// A store error as a command failure.
pub fn store_failure(err: StoreError) -> Failure {
    Failure::new(line(&err.to_string()).into_owned())
}
