//! Finding what a summary reads from other sessions: the one a session follows, and the
//! organisation's workshops in the period a review looks at.

use chrono::NaiveDate;

use crate::questionnaire::Catalog;
use crate::report::history::{History, Workshop};
use crate::session::Session;
use crate::store::Store;
use crate::store::rows::Row;

/// The other sessions a session's summary refers to: the one it follows and, when its
/// questionnaire reviews workshops (`workshop_time`), the organisation's sessions in that period
/// that kept time. A session that cannot be read is left out.
pub fn history(store: &dyn Store, catalog: &Catalog, session: &Session) -> History {
    // The listing is read once, and only when something needs it.
    let listing = std::cell::OnceCell::new();
    let rows = || listing.get_or_init(|| store.rows(catalog).map(|(rows, _)| rows).unwrap_or_default()).as_slice();
    let previous = previous(store, session, &rows);
    let workshops = workshops(store, catalog, session, previous.as_ref(), &rows);
    History { previous, workshops }
}

/// The session a session's scores are compared with ("since the last review"): the one it
/// follows up (`follows` in the file), else the last one of the same questionnaire and
/// organisation started before it. `None` when there is none, or it cannot be read.
fn previous<'a>(store: &dyn Store, session: &Session, rows: &dyn Fn() -> &'a [Row]) -> Option<Session> {
    if let Some(id) = session.extra.get("follows").and_then(serde_json::Value::as_str) {
        let before = store.load(id).ok()?;
        return (before.questionnaire.id == session.questionnaire.id).then_some(before);
    }
    let before = rows()
        .iter()
        .filter(|r| r.questionnaire.id == session.questionnaire.id && same_organisation(r, session))
        .filter(|r| r.id != session.id && r.created_at < session.created_at)
        .max_by_key(|r| r.created_at)?;
    store.load(&before.id).ok()
}

/// The organisation's sessions of other questionnaires in the period reviewed that kept time,
/// oldest first. The period runs from the answer to `workshop_time.from` (else from the previous
/// review) to the answer to `workshop_time.to` (else until this session began).
fn workshops<'a>(
    store: &dyn Store,
    catalog: &Catalog,
    session: &Session,
    previous: Option<&Session>,
    rows: &dyn Fn() -> &'a [Row],
) -> Vec<Workshop> {
    let Some(period) = catalog.get(&session.questionnaire.id).and_then(|e| e.questionnaire.workshop_time.as_ref())
    else {
        return Vec::new();
    };
    let day = |id: &Option<String>| {
        let value = session.answers().get(id.as_deref()?)?.value.as_ref()?;
        NaiveDate::parse_from_str(value.as_str()?, "%Y-%m-%d").ok()
    };
    let (from, to) = (day(&period.from), day(&period.to));
    let in_period = |r: &Row| {
        let started = match (from, previous) {
            (Some(d), _) => r.created_at.date_naive() >= d,
            (None, Some(p)) => r.created_at > p.created_at,
            (None, None) => true,
        };
        let ended = match to {
            Some(d) => r.created_at.date_naive() <= d,
            None => r.created_at < session.created_at,
        };
        started && ended
    };
    let mut rows: Vec<&Row> = rows()
        .iter()
        .filter(|r| r.questionnaire.id != session.questionnaire.id && same_organisation(r, session) && in_period(r))
        .collect();
    rows.sort_by_key(|r| r.created_at);
    rows.into_iter()
        .filter_map(|r| {
            let q = &catalog.get(&r.questionnaire.id)?.questionnaire;
            Workshop::of(q, &store.load(&r.id).ok()?, &session.language)
        })
        .collect()
}

/// Whether a listed session is of the same (named) organisation.
fn same_organisation(row: &Row, session: &Session) -> bool {
    let org = session.subject.organisation.trim().to_lowercase();
    !org.is_empty() && row.organisation.trim().to_lowercase() == org
}
