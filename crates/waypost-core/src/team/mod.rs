//! A team on ODK Central: the app user's settings URL this laptop joined with (`waypost team
//! join`), kept in the user's config folder, private (0600), its token never shown whole. What
//! is said to the server lives in [`central`]; nothing here waits on the network.

pub mod central;
mod kept;
pub mod outbox;
pub mod publish;
pub mod pull;
pub mod seal;
pub mod send;
pub mod staff;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::session::Timestamp;
use crate::text::line;

/// The file in the config folder that holds the team.
const FILE: &str = "team.json";

/// The team this laptop belongs to: one ODK Central project, as its app user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    /// The server's address before `/v1`: `https://central.example.org`.
    pub server: String,
    /// The project's number.
    pub project: u64,
    /// The app user's token: the key to the project, never shown whole.
    token: String,
    /// When this laptop joined.
    pub joined_at: Timestamp,
    /// The last time the server answered, and with how many forms for this app user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<Reached>,
}

/// The server's last answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reached {
    /// When.
    pub at: Timestamp,
    /// How many forms it offers this app user.
    pub forms: usize,
}

/// Why a settings URL or the team file was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TeamError {
    /// Not an app user's settings URL.
    #[error("{}", crate::tr!("team-bad-url", url = line(url).into_owned()))]
    BadUrl {
        /// What was given, its token masked.
        url: String,
    },
    /// A plain `http://` address to a server that is not this computer: the key would travel
    /// readable by anyone on the way.
    #[error("{}", crate::tr!("team-plain-http", url = line(url).into_owned()))]
    PlainHttp {
        /// The address, its token masked.
        url: String,
    },
    /// The team file could not be read or written.
    #[error("{}", crate::tr!("team-file", file = line(&path.display().to_string()).into_owned(), reason = line(&source.to_string()).into_owned()))]
    File {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The team file is not one waypost wrote: reported, never overwritten.
    #[error("{}", crate::tr!("team-damaged", file = line(&path.display().to_string()).into_owned(), reason = line(reason).into_owned()))]
    Damaged {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong, with line and column.
        reason: String,
    },
}

/// A token as shown: its first four characters, then an ellipsis.
fn mask(token: &str) -> String {
    let shown: String = token.chars().take(4).collect();
    format!("{shown}…")
}

/// Whether `host` (with its port) names this computer.
fn loopback(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name == "localhost" || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether a part of an address holds only what an address may (no spaces, quotes or user@).
fn clean(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_graphic() && !"@\\\"<>`{}|^".contains(c))
}

/// Why a server's address is not taken.
pub(crate) enum Unfit {
    /// Not an address.
    NotAnAddress,
    /// Plain `http://` to another computer: what is sent would travel readable.
    PlainHttp,
}

/// A server's address (`https://HOST[:PORT][/PATH]`, with or without a trailing `/` or `/v1`),
/// checked: https, or http to this computer only.
pub(crate) fn checked(url: &str) -> Result<String, Unfit> {
    let url = url.trim().trim_end_matches('/');
    let url = url.strip_suffix("/v1").unwrap_or(url);
    let (scheme, rest) = url.split_once("://").ok_or(Unfit::NotAnAddress)?;
    let host = rest.split('/').next().unwrap_or_default();
    if !matches!(scheme, "https" | "http") || !clean(rest) || host.is_empty() {
        return Err(Unfit::NotAnAddress);
    }
    if scheme == "http" && !loopback(host) {
        return Err(Unfit::PlainHttp);
    }
    Ok(format!("{scheme}://{rest}"))
}

impl Team {
    /// Reads the settings URL Central shows for an app user:
    /// `https://HOST/v1/key/TOKEN/projects/P`.
    pub fn from_url(url: &str, now: Timestamp) -> Result<Team, TeamError> {
        let url = url.trim();
        let bad = || TeamError::BadUrl { url: Team::masked(url) };
        let (server, key) = url.split_once("/v1/key/").ok_or_else(bad)?;
        let (token, project) = key.split_once("/projects/").ok_or_else(bad)?;
        let project: u64 = project.trim_end_matches('/').parse().map_err(|_| bad())?;
        if !clean(token) || token.contains('/') {
            return Err(bad());
        }
        let server = match checked(server) {
            Ok(server) => server,
            Err(Unfit::NotAnAddress) => return Err(bad()),
            Err(Unfit::PlainHttp) => return Err(TeamError::PlainHttp { url: Team::masked(url) }),
        };
        Ok(Team { server, project, token: token.to_owned(), joined_at: now, reached: None })
    }

    /// A settings URL (or anything given for one) with its token masked, for every message.
    pub fn masked(url: &str) -> String {
        match url.split_once("/v1/key/") {
            Some((server, key)) => {
                let (token, rest) = key.split_once('/').map_or((key, ""), |(t, r)| (t, r));
                let rest = if rest.is_empty() { String::new() } else { format!("/{rest}") };
                format!("{server}/v1/key/{}{rest}", mask(token))
            }
            None => url.to_owned(),
        }
    }

    /// The settings URL as shown: the token masked.
    pub fn shown_url(&self) -> String {
        format!("{}/v1/key/{}/projects/{}", self.server, mask(&self.token), self.project)
    }

    /// The address of `path` under the app user's key (`formList`, `submission`): holds the
    /// token, so it is sent, never shown.
    pub(crate) fn key_url(&self, path: &str) -> String {
        format!("{}/v1/key/{}/projects/{}/{path}", self.server, self.token, self.project)
    }

    /// The team this laptop joined, if any. A file that is not one waypost wrote is an error,
    /// and is left as it is.
    pub fn load(config: &Path) -> Result<Option<Team>, TeamError> {
        kept::load(config, FILE)
    }

    /// Keeps the team in the config folder (made private when missing), replacing the file
    /// atomically.
    pub fn save(&self, config: &Path) -> Result<(), TeamError> {
        kept::save(config, FILE, self)
    }

    /// Forgets the team; returns whether one was kept.
    pub fn forget(config: &Path) -> Result<bool, TeamError> {
        kept::forget(config, FILE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::now;

    const TOKEN: &str = "Ab3$dEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopqrstuvwxyz!";

    #[test]
    fn a_settings_url_is_read_and_its_token_never_shown() {
        let url = format!("https://central.example.org/v1/key/{TOKEN}/projects/3");
        let team = Team::from_url(&url, now()).unwrap();
        assert_eq!((team.server.as_str(), team.project), ("https://central.example.org", 3));
        assert_eq!(team.shown_url(), "https://central.example.org/v1/key/Ab3$…/projects/3");
        assert_eq!(Team::masked(&url), team.shown_url());
        assert!(team.key_url("formList").contains(TOKEN));
        // A port, a path before /v1, a trailing slash.
        let team = Team::from_url(&format!("https://odk.ngo.org:8443/central/v1/key/{TOKEN}/projects/12/"), now());
        assert_eq!(team.unwrap().server, "https://odk.ngo.org:8443/central");
    }

    #[test]
    fn what_is_not_a_settings_url_is_refused_with_the_token_masked() {
        for bad in [
            "central.example.org/v1/key/abc/projects/1",
            "https://central.example.org/v1/projects/1",
            "https://central.example.org/v1/key//projects/1",
            "https://central.example.org/v1/key/abc/projects/x",
            "ftp://central.example.org/v1/key/abc/projects/1",
            "https://user@central.example.org/v1/key/abc/projects/1",
            "https://central example.org/v1/key/abc/projects/1",
        ] {
            let e = Team::from_url(bad, now()).unwrap_err();
            assert!(matches!(e, TeamError::BadUrl { .. }), "{bad}: {e}");
        }
        let e = Team::from_url(&format!("https://x.org/v1/key/{TOKEN}/projects/x"), now()).unwrap_err();
        assert!(!e.to_string().contains(TOKEN), "{e}");
    }

    #[test]
    fn plain_http_is_only_for_this_computer() {
        let e = Team::from_url(&format!("http://central.example.org/v1/key/{TOKEN}/projects/1"), now()).unwrap_err();
        assert!(matches!(e, TeamError::PlainHttp { .. }) && !e.to_string().contains(TOKEN), "{e}");
        for host in ["127.0.0.1:8383", "localhost:8989", "[::1]:80", "127.0.0.1"] {
            assert!(Team::from_url(&format!("http://{host}/v1/key/{TOKEN}/projects/1"), now()).is_ok(), "{host}");
        }
    }

    #[test]
    fn the_team_file_is_private_comes_back_and_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config");
        assert_eq!(Team::load(&config).unwrap(), None);
        let team = Team::from_url(&format!("https://x.org/v1/key/{TOKEN}/projects/1"), now()).unwrap();
        team.save(&config).unwrap();
        assert_eq!(Team::load(&config).unwrap().as_ref(), Some(&team));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(config.join(FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            assert_eq!(std::fs::metadata(&config).unwrap().permissions().mode() & 0o777, 0o700);
        }
        assert!(Team::forget(&config).unwrap());
        assert!(!Team::forget(&config).unwrap());
        // A link is never followed, and left as it is.
        std::fs::write(dir.path().join("elsewhere.json"), serde_json::to_vec(&team).unwrap()).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("elsewhere.json"), config.join(FILE)).unwrap();
            assert!(matches!(Team::load(&config), Err(TeamError::File { .. })));
            assert!(std::fs::symlink_metadata(config.join(FILE)).unwrap().file_type().is_symlink());
            std::fs::remove_file(config.join(FILE)).unwrap();
        }
        // A file that is not a team's is said and left as it is.
        std::fs::write(config.join(FILE), b"{not json").unwrap();
        assert!(matches!(Team::load(&config), Err(TeamError::Damaged { .. })));
        assert_eq!(std::fs::read(config.join(FILE)).unwrap(), b"{not json");
    }
}
