//! A staff login on ODK Central (`waypost team login`): the session token the server gives for
//! an email and password, kept 0600 in the config folder beside the team (never the password),
//! and the calls staff make with it (publishing a form, giving it to app users).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::central::{Answer, Unreached, agent, answer, bytes, message};
use super::{TeamError, Unfit, checked, kept};
use crate::session::Timestamp;
use crate::text::line;
use crate::tr;

/// The file in the config folder that holds the login.
const FILE: &str = "staff.json";

/// A staff user logged in on a server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    /// The server's address before `/v1`.
    pub server: String,
    /// Who logged in.
    pub email: String,
    /// The session token (about a day long): never shown.
    token: String,
    /// When the server stops taking the token.
    pub expires_at: Timestamp,
}

/// Why a login, or a call made with it, did not work.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StaffError {
    /// The server's address is not one.
    #[error("{}", tr!("staff-bad-server", server = line(server).into_owned()))]
    BadServer {
        /// What was given.
        server: String,
    },
    /// Plain http to another computer: the password would travel readable.
    #[error("{}", tr!("team-plain-http", url = line(server).into_owned()))]
    PlainHttp {
        /// What was given.
        server: String,
    },
    /// The email and password were refused.
    #[error("{}", tr!("staff-wrong-password", email = line(email).into_owned()))]
    WrongPassword {
        /// The email.
        email: String,
    },
    /// No login, or it ran out, or the server no longer takes it.
    #[error("{}", tr!("staff-log-in"))]
    LogIn,
    /// The staff user may not do this.
    #[error("{}", tr!("staff-forbidden", email = line(email).into_owned(), message = line(message).into_owned()))]
    Forbidden {
        /// Who is logged in.
        email: String,
        /// The server's words.
        message: String,
    },
    /// The server said no, in its words.
    #[error("{}", tr!("staff-refused", status = *status, message = line(message).into_owned()))]
    Refused {
        /// The HTTP status.
        status: u16,
        /// The server's words.
        message: String,
    },
    /// The server was not reached, or is not ODK Central.
    #[error("{}", tr!("staff-unreached", reason = .0.to_string()))]
    Unreached(Unreached),
    /// The login could not be kept or read.
    #[error(transparent)]
    Team(#[from] TeamError),
}

/// A server's JSON answer, or why there is none.
pub(super) fn json(answer: &Answer) -> Result<serde_json::Value, StaffError> {
    if answer.html {
        return Err(StaffError::Unreached(Unreached::NotCentral));
    }
    serde_json::from_str(&answer.body).map_err(|_| StaffError::Unreached(Unreached::NotCentral))
}

impl Staff {
    /// Logs in on `server` (`https://HOST`, with or without `/v1`) with an email and password
    /// (`POST /v1/sessions`); the password is sent once and never kept.
    pub fn login(server: &str, email: &str, password: &str) -> Result<Staff, StaffError> {
        let server = match checked(server) {
            Ok(server) => server,
            Err(Unfit::NotAnAddress) => return Err(StaffError::BadServer { server: server.to_owned() }),
            Err(Unfit::PlainHttp) => return Err(StaffError::PlainHttp { server: server.to_owned() }),
        };
        let body = serde_json::json!({ "email": email, "password": password }).to_string();
        let called = agent()
            .post(format!("{server}/v1/sessions"))
            .header("Content-Type", "application/json")
            .send(body.as_bytes());
        let answer = answer(called).map_err(StaffError::Unreached)?;
        match answer.status {
            200 => {
                let value = json(&answer)?;
                let token = value.get("token").and_then(|t| t.as_str());
                let expires = value.get("expiresAt").and_then(|t| t.as_str()).map(chrono::DateTime::parse_from_rfc3339);
                match (token, expires) {
                    (Some(token), Some(Ok(expires_at))) => {
                        Ok(Staff { server, email: email.to_owned(), token: token.to_owned(), expires_at })
                    }
                    _ => Err(StaffError::Unreached(Unreached::NotCentral)),
                }
            }
            401 => Err(StaffError::WrongPassword { email: email.to_owned() }),
            _ if answer.html => Err(StaffError::Unreached(Unreached::NotCentral)),
            status => Err(StaffError::Refused { status, message: message(&answer.body) }),
        }
    }

    /// The login kept on this laptop, if any.
    pub fn load(config: &Path) -> Result<Option<Staff>, TeamError> {
        kept::load(config, FILE)
    }

    /// The login kept, still valid at `now`: without one, the error says to log in.
    pub fn current(config: &Path, now: Timestamp) -> Result<Staff, StaffError> {
        match Staff::load(config)? {
            Some(staff) if staff.expires_at > now => Ok(staff),
            _ => Err(StaffError::LogIn),
        }
    }

    /// Keeps the login (the token, never the password), private.
    pub fn save(&self, config: &Path) -> Result<(), TeamError> {
        kept::save(config, FILE, self)
    }

    /// Ends the login on the server (when it answers) and forgets it here; returns whether
    /// there was one.
    pub fn logout(config: &Path) -> Result<bool, TeamError> {
        if let Some(staff) = Staff::load(config)? {
            // The server forgetting the token is a courtesy: offline, it runs out by itself.
            let _ = staff.call("DELETE", &format!("sessions/{}", staff.token), None);
        }
        kept::forget(config, FILE)
    }

    /// The projects this staff user can see, by number and name.
    pub fn projects(&self) -> Result<Vec<(u64, String)>, StaffError> {
        let answer = self.call("GET", "projects", None)?;
        if answer.status != 200 {
            return Err(StaffError::Refused { status: answer.status, message: message(&answer.body) });
        }
        Ok(json(&answer)?
            .as_array()
            .map(|all| {
                all.iter().filter_map(|p| Some((p.get("id")?.as_u64()?, p.get("name")?.as_str()?.to_owned()))).collect()
            })
            .unwrap_or_default())
    }

    /// The project's app users (one per laptop), by actor id and name.
    pub(super) fn app_users(&self, project: u64) -> Result<Vec<(u64, String)>, StaffError> {
        let answer = self.call("GET", &format!("projects/{project}/app-users"), None)?;
        if answer.status != 200 {
            return Err(StaffError::Refused { status: answer.status, message: message(&answer.body) });
        }
        Ok(json(&answer)?
            .as_array()
            .map(|all| {
                all.iter()
                    .filter_map(|u| Some((u.get("id")?.as_u64()?, u.get("displayName")?.as_str()?.to_owned())))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// A GET under `/v1/` with the staff token: the status and the body's bytes (an attachment
    /// may be binary); a refused token or right is an error, as in [`Staff::call`].
    pub(super) fn get_bytes(&self, path: &str) -> Result<(u16, Vec<u8>), StaffError> {
        match self.send("GET", path, None)? {
            (_, true, _) => Err(StaffError::Unreached(Unreached::NotCentral)),
            (status, false, body) => Ok((status, body)),
        }
    }

    /// A call under `/v1/` with the staff token; the answer of any status, or why none came.
    pub(super) fn call(&self, method: &str, path: &str, body: Option<(&str, &[u8])>) -> Result<Answer, StaffError> {
        let (status, html, body) = self.send(method, path, body)?;
        Ok(Answer { status, html, body: String::from_utf8_lossy(&body).into_owned() })
    }

    /// A call under `/v1/` with the staff token: the status, whether the answer is a web page,
    /// and the body's bytes (an export is a zip).
    pub(super) fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
    ) -> Result<(u16, bool, Vec<u8>), StaffError> {
        let url = format!("{}/v1/{path}", self.server);
        let bearer = format!("Bearer {}", self.token);
        let agent = agent();
        let called = match (method, body) {
            ("POST", Some((kind, bytes))) => {
                agent.post(&url).header("Authorization", &bearer).header("Content-Type", kind).send(bytes)
            }
            ("POST", None) => agent.post(&url).header("Authorization", &bearer).send_empty(),
            ("DELETE", _) => agent.delete(&url).header("Authorization", &bearer).call(),
            _ => agent.get(&url).header("Authorization", &bearer).call(),
        };
        self.checked(called)
    }

    /// An answer read, with what every staff call makes of its status: the token refused (log
    /// in again), the right refused, the server failing.
    fn checked(
        &self,
        called: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<(u16, bool, Vec<u8>), StaffError> {
        let (status, html, body) = bytes(called).map_err(StaffError::Unreached)?;
        match status {
            401 => Err(StaffError::LogIn),
            403 => Err(StaffError::Forbidden {
                email: self.email.clone(),
                message: message(&String::from_utf8_lossy(&body)),
            }),
            500..=599 => Err(StaffError::Unreached(Unreached::Server(status))),
            _ => Ok((status, html, body)),
        }
    }
}
