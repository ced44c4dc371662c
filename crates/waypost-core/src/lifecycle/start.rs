//! Starting a session: a new one (with the open items of the organisation's last session carried
//! over), or a follow-up of an earlier one. Each is saved and locked at once.

use super::open::with_questionnaire;
use super::{LifecycleError, Opened, open};
use crate::interview::{carry_over, follow_up as copy_for_follow_up};
use crate::questionnaire::{Catalog, Questionnaire};
use crate::session::{QuestionnaireRef, Session, Subject, Timestamp, new_session_id, new_session_uuid};
use crate::store::{LockGuard, Store, StoreError, create_unique};

/// What a new session is for.
#[derive(Debug, Clone, Default)]
pub struct NewSession {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// Who the interview is with.
    pub subject: Subject,
    /// The interview's language; the questionnaire's default when none.
    pub language: Option<String>,
}

/// Items carried over from an earlier session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    /// How many items.
    pub count: usize,
    /// The session they came from.
    pub from: String,
}

/// A session just started: saved, locked, ready to be interviewed.
#[derive(Debug)]
pub struct Started {
    /// The session with its questionnaire.
    pub opened: Opened,
    /// Its edit lock.
    pub lock: LockGuard,
    /// Items carried over, if any were.
    pub carried: Option<Carried>,
}

/// The questionnaire with this id, or an error naming the ids that are known.
pub fn questionnaire<'c>(catalog: &'c Catalog, id: &str) -> Result<&'c Questionnaire, LifecycleError> {
    match catalog.get(id) {
        Some(entry) => Ok(&entry.questionnaire),
        None => Err(LifecycleError::NoQuestionnaire {
            id: id.to_owned(),
            known: catalog.entries().iter().map(|e| e.questionnaire.id.clone()).collect(),
        }),
    }
}

/// Starts a new session: names and organisation trimmed, open items of the organisation's last
/// session of this questionnaire carried over, saved under a free id and locked.
pub fn start(store: &dyn Store, catalog: &Catalog, new: NewSession, now: Timestamp) -> Result<Started, LifecycleError> {
    let q = questionnaire(catalog, &new.questionnaire)?;
    if let Some(language) = new.language.as_deref().filter(|l| !crate::i18n::is_language_tag(l)) {
        return Err(LifecycleError::BadLanguage(language.to_owned()));
    }
    let subject = Subject {
        organisation: new.subject.organisation.trim().to_owned(),
        facilitator: new.subject.facilitator.trim().to_owned(),
        participants: new.subject.participants.iter().map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect(),
        extra: new.subject.extra,
    };
    // The interviewer's language when the questionnaire is written in it: a facilitator whose
    // waypost speaks Spanish gets Spanish questions without asking.
    let language = new.language.unwrap_or_else(|| q.language_for(crate::i18n::language()).to_owned());
    let uuid = new_session_uuid(now);
    let id = new_session_id(now, &q.id, &uuid);
    let mut session = Session::new(id, QuestionnaireRef::of(q), language, subject, now);
    session.uuid = Some(uuid);
    let carried = latest(store, catalog, &q.id, &session.subject.organisation)?.and_then(|previous| {
        let count = carry_over(q, &previous, &mut session, now);
        (count > 0).then_some(Carried { count, from: previous.id })
    });
    create_unique(store, &mut session)?;
    let lock = store.lock(&session.id)?;
    Ok(Started { opened: with_questionnaire(catalog, session)?, lock, carried })
}

/// Starts a follow-up of a session: same organisation and people, its answers copied to be
/// confirmed, open items carried over; saved under a free id and locked.
pub fn follow_up(
    store: &dyn Store,
    catalog: &Catalog,
    previous: &str,
    now: Timestamp,
) -> Result<Started, LifecycleError> {
    let Opened { questionnaire: q, session: previous } = open(store, catalog, previous)?;
    let subject = Subject { extra: Default::default(), ..previous.subject.clone() };
    let uuid = new_session_uuid(now);
    let id = new_session_id(now, &q.id, &uuid);
    let mut session = Session::new(id, QuestionnaireRef::of(&q), previous.language.clone(), subject, now);
    session.uuid = Some(uuid);
    copy_for_follow_up(&q, &previous, &mut session, now);
    create_unique(store, &mut session)?;
    let lock = store.lock(&session.id)?;
    Ok(Started { opened: Opened { questionnaire: q, session }, lock, carried: None })
}

/// The most recent session of a questionnaire with the same organisation (case and spaces at the
/// ends do not matter), to carry open items over from. Found through the listing (and its index),
/// so only that one session is read whole. A folder that cannot be listed is an error: starting
/// without the open items would silently drop them.
pub fn latest(
    store: &dyn Store,
    catalog: &Catalog,
    questionnaire: &str,
    organisation: &str,
) -> Result<Option<Session>, StoreError> {
    let org = organisation.trim().to_lowercase();
    if org.is_empty() {
        return Ok(None);
    }
    let (rows, _) = store.rows(catalog)?;
    let best = rows
        .iter()
        .filter(|r| r.questionnaire.id == questionnaire && r.organisation.trim().to_lowercase() == org)
        .max_by_key(|r| r.updated_at);
    best.map(|r| store.load(&r.id)).transpose()
}
