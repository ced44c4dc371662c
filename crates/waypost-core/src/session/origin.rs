//! Where a session pulled from the team's server came from (`waypost pull`): which submission,
//! which of its versions, who sent it from which laptop, and what the server's reviewers made of
//! it. A session with an origin is the team's: it opens read-only and is never sent again.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::model::Timestamp;

/// A pulled session's origin on the team's server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    /// The server's address before `/v1`.
    pub server: String,
    /// The project's number.
    pub project: u64,
    /// The form's id on the server.
    pub form: String,
    /// The submission's first instance id: the server's name for it for ever.
    pub submission: String,
    /// The version held here (its instance id).
    pub version: String,
    /// Who sent it: the app user's name (one per laptop), or `#N` when the server does not say.
    pub submitter: String,
    /// The device or program it was sent from, as the server recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    /// The server's review state (`edited`, `approved`, `hasIssues`, `rejected`), when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_state: Option<String>,
    /// When the server got the version held here.
    pub submitted_at: Timestamp,
    /// When this laptop pulled it.
    pub pulled_at: Timestamp,
    /// The submission's versions on the server, newest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<Version>,
    /// Made from the instance only (a form filled in ODK Collect or Enketo): notes, answer
    /// states and votes are not there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_instance: bool,
    /// Why the answers are not here (an encrypted submission and no key to read it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<String>,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One version of a submission on the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// Its instance id.
    pub instance: String,
    /// When the server got it.
    pub at: Timestamp,
    /// Who sent it.
    pub submitter: String,
}
