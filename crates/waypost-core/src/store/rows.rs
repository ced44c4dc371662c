//! The rows of a listing: each session's header and progress, never its answers.

use serde::{Deserialize, Serialize};

use super::{Listed, Store, StoreError};
use crate::interview::Flow;
use crate::questionnaire::Catalog;
use crate::session::{QuestionnaireRef, Session, Status, Timestamp};

/// One session in a listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// The session's id.
    pub id: String,
    /// Which questionnaire and version.
    pub questionnaire: QuestionnaireRef,
    /// The organisation.
    pub organisation: String,
    /// The facilitator.
    pub facilitator: String,
    /// `in_progress` or `completed`.
    pub status: Status,
    /// When it started.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// Answered questions (of those shown).
    pub answered: usize,
    /// Questions shown that take an answer; none when the questionnaire is not known here.
    pub total: Option<usize>,
    /// For a session pulled from the team's server, who sent it (the laptop's app user);
    /// `None` for this laptop's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_team: Option<String>,
}

/// A session in the trash.
#[derive(Debug, Clone, PartialEq)]
pub struct Trashed {
    /// Its file's name in the trash (`<id>.json`, `<id>~2.json`… for later trashings of the id).
    pub name: String,
    /// Its listing row.
    pub row: Row,
}

/// A session file that could not be read: its path and why.
pub type Damaged = (std::path::PathBuf, String);

impl Row {
    /// The row of a session, its progress worked out with its questionnaire when known.
    pub fn new(catalog: &Catalog, session: Session) -> Row {
        let (answered, total) = match catalog.get(&session.questionnaire.id) {
            Some(entry) => {
                let p = Flow::new(&entry.questionnaire, &session.answers).progress();
                (p.answered, Some(p.total))
            }
            None => (session.answers().values().filter(|a| a.is_confirmed() && !a.inactive).count(), None),
        };
        Row {
            from_team: session.origin.map(|o| o.submitter),
            id: session.id,
            questionnaire: session.questionnaire,
            organisation: session.subject.organisation,
            facilitator: session.subject.facilitator,
            status: session.status,
            created_at: session.created_at,
            updated_at: session.updated_at,
            answered,
            total,
        }
    }
}

/// Every session's row and the damaged files, reading each session once, one at a time.
pub fn scan_rows(store: &(impl Store + ?Sized), catalog: &Catalog) -> Result<(Vec<Row>, Vec<Damaged>), StoreError> {
    let mut rows = Vec::new();
    let mut damaged = Vec::new();
    store.scan(&mut |listed| match listed {
        Listed::Session(s) => rows.push(Row::new(catalog, *s)),
        Listed::Damaged { path, message } => damaged.push((path, message)),
    })?;
    Ok((rows, damaged))
}

/// Every session matching the filters, most recently changed first, and the damaged files.
pub fn collect(
    store: &dyn Store,
    catalog: &Catalog,
    questionnaire: Option<&str>,
    status: Option<crate::session::Status>,
) -> Result<(Vec<Row>, Vec<Damaged>), StoreError> {
    let (mut rows, mut damaged) = store.rows(catalog)?;
    rows.retain(|r| questionnaire.is_none_or(|q| r.questionnaire.id == q) && status.is_none_or(|s| r.status == s));
    rows.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.id.cmp(&b.id)));
    damaged.sort();
    Ok((rows, damaged))
}
