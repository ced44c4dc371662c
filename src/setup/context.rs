//! What every command needs: the data folder, the questionnaire folders, the store, and the
//! questionnaires loaded from them.

use std::io::Write;
use std::path::PathBuf;

use color_eyre::eyre::{self, OptionExt};
use waypost_core::questionnaire::Catalog;
use waypost_core::store::FileStore;
use waypost_core::text::line;

use super::ThemeChoice;

/// The data folder, the questionnaire folders, and how the app looks.
pub struct Context {
    /// The store of sessions.
    pub store: FileStore,
    /// The questionnaire folders searched after the built-ins, in order.
    pub folders: Vec<PathBuf>,
    /// The colour theme asked for.
    pub theme: ThemeChoice,
}

/// The platform's data folder for waypost.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "waypost", "waypost").map(|d| d.data_dir().to_owned())
}

/// The current time as sessions record it (milliseconds, the local offset).
pub fn now() -> waypost_core::session::Timestamp {
    chrono::SubsecRound::round_subsecs(chrono::Local::now().fixed_offset(), 3)
}

impl Context {
    /// Resolves the data folder (flag, then `WAYPOST_DATA_DIR`, then the platform's).
    pub fn new(data_dir: Option<PathBuf>, extra: &[PathBuf], theme: ThemeChoice) -> eyre::Result<Context> {
        let data_dir = data_dir
            .or_else(default_data_dir)
            .ok_or_eyre("no data folder could be found; give one with --data-dir DIR")?;
        let mut folders = vec![data_dir.join("questionnaires")];
        folders.extend(extra.iter().cloned());
        Ok(Context { store: FileStore::new(data_dir), folders, theme })
    }

    /// Loads every questionnaire (nothing printed).
    pub fn catalog_quietly(&self) -> Catalog {
        Catalog::load(&self.folders)
    }

    /// Loads every questionnaire, reporting override notices and unusable files on stderr.
    pub fn catalog(&self) -> Catalog {
        let catalog = self.catalog_quietly();
        let mut err = std::io::stderr().lock();
        // A closed stderr leaves nothing to report to; the command itself still runs.
        for notice in &catalog.notices {
            let _ = writeln!(err, "waypost: note: {}", line(notice));
        }
        for rejected in &catalog.rejected {
            for problem in rejected.problems.iter().filter(|p| p.is_error()) {
                let _ = writeln!(
                    err,
                    "waypost: skipped {}: {}",
                    line(&rejected.origin.to_string()),
                    line(&problem.to_string())
                );
            }
        }
        catalog
    }
}
