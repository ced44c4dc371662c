//! The questionnaires waypost knows: the built-ins embedded in the binary, then the user's
//! folders, a later file overriding an earlier one with the same id.

use std::fmt;
use std::path::{Path, PathBuf};

use super::model::Questionnaire;
use super::parse::{MAX_QUESTIONNAIRE_BYTES, Parsed, parse};
use super::problem::Problem;

/// The built-in questionnaires, embedded so the app works from any folder.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("code-implementation-check.json", include_str!("../../../../questionnaires/code-implementation-check.json")),
    ("crbp-self-assessment.json", include_str!("../../../../questionnaires/crbp-self-assessment.json")),
    ("csr-self-assessment.json", include_str!("../../../../questionnaires/csr-self-assessment.json")),
    ("learning-review.json", include_str!("../../../../questionnaires/learning-review.json")),
    ("partner-screening.json", include_str!("../../../../questionnaires/partner-screening.json")),
    ("partnership-readiness.json", include_str!("../../../../questionnaires/partnership-readiness.json")),
    ("private-sector-policy.json", include_str!("../../../../questionnaires/private-sector-policy.json")),
    ("stakeholder-grid.json", include_str!("../../../../questionnaires/stakeholder-grid.json")),
];

/// Where a questionnaire comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in waypost, from `questionnaires/<name>`.
    BuiltIn(&'static str),
    /// A file of the user's.
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::BuiltIn(name) => f.write_str(&crate::tr!("val-built-in", name = *name)),
            Origin::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// A questionnaire that loaded, with its warnings.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where it comes from.
    pub origin: Origin,
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// Warnings found in it (it has no errors).
    pub warnings: Vec<Problem>,
}

/// A file that could not be used, with every problem found in it.
#[derive(Debug, Clone)]
pub struct Rejected {
    /// Where it comes from.
    pub origin: Origin,
    /// Its problems; at least one is an error.
    pub problems: Vec<Problem>,
}

/// Every questionnaire known, by id, plus the files that could not be used.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: Vec<Entry>,
    /// Files that could not be used.
    pub rejected: Vec<Rejected>,
    /// Things the user should know, such as a user file overriding a built-in.
    pub notices: Vec<String>,
}

/// Reads and checks one questionnaire file.
pub fn read_file(path: &Path) -> Parsed {
    match crate::safe_read::read_regular(path, MAX_QUESTIONNAIRE_BYTES) {
        Ok(bytes) => parse(&bytes),
        Err(err) => Parsed {
            questionnaire: None,
            problems: vec![Problem::error("", crate::tr!("val-cannot-read", error = err.to_string()))],
        },
    }
}

/// The `*.json` files of a folder, sorted by name; a missing folder has none.
pub fn json_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries {
                let path = entry?.path();
                // Everything named *.json but folders: a FIFO or a device is reported when read.
                if path.extension().is_some_and(|e| e == "json") && !path.is_dir() {
                    files.push(path);
                }
            }
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    files.sort();
    Ok(files)
}

/// What is seen of the folders' questionnaire files (each one's path, size and time), without
/// reading them: it differs once a file is added, removed or saved again, so a view that follows a
/// session can load the questionnaires again only then.
pub fn folders_seen(folders: &[PathBuf]) -> Vec<(PathBuf, u64, Option<std::time::SystemTime>)> {
    let files = folders.iter().flat_map(|dir| json_files(dir).unwrap_or_default());
    files
        .map(|path| {
            let meta = std::fs::symlink_metadata(&path).ok();
            let (len, modified) = meta.map_or((0, None), |m| (m.len(), m.modified().ok()));
            (path, len, modified)
        })
        .collect()
}

/// Every `*.json` file of a folder, read and checked; a folder that cannot be read is one
/// entry with that problem.
pub fn read_folder(dir: &Path) -> Vec<(PathBuf, Parsed)> {
    match json_files(dir) {
        Ok(files) => files
            .into_iter()
            .map(|path| {
                let parsed = read_file(&path);
                (path, parsed)
            })
            .collect(),
        Err(err) => vec![(
            dir.to_owned(),
            Parsed {
                questionnaire: None,
                problems: vec![Problem::error("", crate::tr!("val-cannot-read-folder", error = err.to_string()))],
            },
        )],
    }
}

impl Catalog {
    /// The built-ins, then every `*.json` in each folder in turn.
    pub fn load(folders: &[PathBuf]) -> Catalog {
        let mut catalog = Catalog::default();
        for (name, text) in BUILT_IN {
            catalog.add(Origin::BuiltIn(name), parse(text.as_bytes()));
        }
        for dir in folders {
            for (path, parsed) in read_folder(dir) {
                catalog.add(Origin::File(path), parsed);
            }
        }
        catalog.entries.sort_by(|a, b| a.questionnaire.id.cmp(&b.questionnaire.id));
        catalog
    }

    fn add(&mut self, origin: Origin, parsed: Parsed) {
        let usable = parsed.usable().is_some();
        match parsed.questionnaire {
            Some(questionnaire) if usable => {
                let entry = Entry { origin, questionnaire, warnings: parsed.problems };
                if let Some(old) = self.entries.iter_mut().find(|e| e.questionnaire.id == entry.questionnaire.id) {
                    self.notices.push(crate::tr!(
                        "val-overrides",
                        new = entry.origin.to_string(),
                        old = old.origin.to_string(),
                        id = entry.questionnaire.id.as_str()
                    ));
                    *old = entry;
                } else {
                    self.entries.push(entry);
                }
            }
            _ => self.rejected.push(Rejected { origin, problems: parsed.problems }),
        }
    }

    /// Every usable questionnaire, sorted by id.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The questionnaire with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.questionnaire.id == id)
    }
}
