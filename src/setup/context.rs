//! What every command needs: the data folder, the questionnaire folders, the store, and the
//! questionnaires loaded from them.

use std::io::Write;
use std::path::PathBuf;

use color_eyre::eyre;
use waypost_core::questionnaire::Catalog;
use waypost_core::store::FileStore;
use waypost_core::text::line;

use super::ThemeChoice;

/// The data folder, the questionnaire folders, and how the app looks.
pub(crate) struct Context {
    /// The store of sessions.
    pub store: FileStore,
    /// The questionnaire folders searched after the built-ins, in order.
    pub folders: Vec<PathBuf>,
    /// The colour theme asked for.
    pub theme: ThemeChoice,
}

/// The platform's data folder for waypost.
pub(crate) fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "waypost", "waypost").map(|d| d.data_dir().to_owned())
}

/// The folder of the user's settings (the team this laptop joined): `WAYPOST_CONFIG_DIR`, else
/// the platform's config folder for waypost.
pub(crate) fn config_dir() -> eyre::Result<PathBuf> {
    std::env::var_os("WAYPOST_CONFIG_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::ProjectDirs::from("org", "waypost", "waypost").map(|d| d.config_dir().to_owned()))
        .ok_or_else(|| eyre::eyre!(waypost_core::tr!("cli-no-config-folder")))
}

/// The current time as sessions record it (milliseconds, the local offset).
pub(crate) fn now() -> waypost_core::session::Timestamp {
    chrono::SubsecRound::round_subsecs(chrono::Local::now().fixed_offset(), 3)
}

impl Context {
    /// Resolves the data folder (flag, then `WAYPOST_DATA_DIR`, then the platform's).
    pub(crate) fn new(data_dir: Option<PathBuf>, extra: &[PathBuf], theme: ThemeChoice) -> eyre::Result<Context> {
        let data_dir =
            data_dir.or_else(default_data_dir).ok_or_else(|| eyre::eyre!(waypost_core::tr!("cli-no-data-folder")))?;
        let mut folders = vec![data_dir.join("questionnaires")];
        folders.extend(extra.iter().cloned());
        Ok(Context { store: FileStore::new(data_dir), folders, theme })
    }

    /// Loads every questionnaire (nothing printed). A file in the data folder's questionnaires
    /// that cannot be trusted (another user's, a link) is set aside first; should that fail,
    /// the folder is not read at all.
    pub(crate) fn catalog_quietly(&self) -> Catalog {
        match self.store.vet_questionnaires() {
            Ok(()) => Catalog::load(&self.folders),
            Err(e) => {
                let mut catalog = Catalog::load(&self.folders[1..]);
                catalog.notices.push(e.to_string());
                catalog
            }
        }
    }

    /// Says on standard error what was set aside in the data folder and not yet said.
    pub(crate) fn report_set_aside(&self) {
        let mut err = std::io::stderr().lock();
        for aside in waypost_core::store::Store::set_aside(&self.store) {
            let _ = writeln!(err, "waypost: {aside}");
        }
    }

    /// Loads every questionnaire, reporting override notices and unusable files on stderr.
    pub(crate) fn catalog(&self) -> Catalog {
        let catalog = self.catalog_quietly();
        let mut err = std::io::stderr().lock();
        // A closed stderr leaves nothing to report to; the command itself still runs.
        for notice in &catalog.notices {
            let _ = writeln!(err, "waypost: {}", line(&waypost_core::tr!("cli-catalog-note", text = notice.as_str())));
        }
        for rejected in &catalog.rejected {
            for problem in rejected.problems.iter().filter(|p| p.is_error()) {
                let said = waypost_core::tr!(
                    "cli-catalog-skipped",
                    file = rejected.origin.to_string(),
                    problem = problem.to_string()
                );
                let _ = writeln!(err, "waypost: {}", line(&said));
            }
        }
        catalog
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Windows: under the roaming application data (`%APPDATA%`), inside the user's profile, whose
    /// access list (the user, the system, administrators) is what keeps the files private there.
    #[cfg(windows)]
    #[test]
    fn the_data_folder_is_under_the_users_application_data() {
        let appdata = PathBuf::from(std::env::var_os("APPDATA").expect("APPDATA is set"));
        let dir = default_data_dir().unwrap();
        assert!(dir.starts_with(&appdata), "{} not under {}", dir.display(), appdata.display());
        assert!(dir.ends_with(r"waypost\waypost\data"), "{}", dir.display());
    }

    #[cfg(target_os = "macos")]
    #[test]
    fn the_data_folder_is_where_macos_keeps_application_data() {
        let dir = default_data_dir().unwrap();
        assert!(dir.ends_with("Library/Application Support/org.waypost.waypost"), "{}", dir.display());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_data_folder_follows_the_xdg_convention() {
        let dir = default_data_dir().unwrap();
        let base = std::env::var_os("XDG_DATA_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".local/share"));
        assert_eq!(dir, base.join("waypost"));
    }
}
