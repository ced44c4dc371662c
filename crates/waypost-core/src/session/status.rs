//! Where a session stands: in progress or completed.

use serde::{Deserialize, Serialize};

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Still being answered.
    InProgress,
    /// Finished: every visible required question answered.
    Completed,
}

impl Status {
    /// The status as written in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Status::InProgress => "in_progress",
            Status::Completed => "completed",
        }
    }
}
