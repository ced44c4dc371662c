//! The session file v1: one interview's answers, notes, states and audit trail.

use chrono::{DateTime, FixedOffset};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::questionnaire::AnswerState;

pub use super::draft::{Draft, ItemDraft};
pub use super::status::Status;

/// The only session format this version writes.
pub const FORMAT: u32 = 1;

/// A time as written in session files (RFC 3339 with the local offset).
pub type Timestamp = DateTime<FixedOffset>;

/// One interview, as saved in `<data dir>/sessions/<id>.json`. Fields this version does not
/// know are kept in `extra` and written back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Always 1.
    pub format: u32,
    /// The session's id, also its file name; lower-case letters, digits and dashes.
    pub id: String,
    /// The session's UUID (version 7, lower-case, hyphenated): unique on every laptop, so a
    /// team's sessions never collide. Given when a session starts; a session from before UUIDs
    /// gets one the first time it is opened to edit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Which questionnaire, at which version.
    pub questionnaire: QuestionnaireRef,
    /// The language the interview is held in.
    pub language: String,
    /// In progress or completed.
    pub status: Status,
    /// When the session was started.
    pub created_at: Timestamp,
    /// When anything in it last changed.
    pub updated_at: Timestamp,
    /// Who the interview is with.
    pub subject: Subject,
    /// The question to resume at.
    #[serde(default)]
    pub position: Option<String>,
    /// Answers by question id, in the order first given. Changed only by the interview engine,
    /// which logs an event naming the question for every change (the encoder and the flow cache
    /// rely on that).
    #[serde(default)]
    pub(crate) answers: IndexMap<String, Answer>,
    /// The audit trail, oldest first; only ever appended to.
    #[serde(default)]
    pub(crate) events: Vec<Event>,
    /// Work in progress by question id: typed text not yet confirmed, a list's items before the
    /// list is confirmed, a note being typed. Kept on disk so nothing typed is lost; never an
    /// answer.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub(crate) drafts: IndexMap<String, Draft>,
    /// Seconds the interview has spent on each section, by section id (for the agenda's plan
    /// against what happened).
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub spent: IndexMap<String, u64>,
    /// A dot vote on the suggested actions: by voter, the question of the action each dot went
    /// to, in the order given (a voter may give one action several dots).
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub dots: IndexMap<String, Vec<String>>,
    /// A dot vote going on in the interview, for the projector to show; gone when it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dot_vote: Option<OpenDotVote>,
    /// Where a session pulled from the team's server came from; `None` for this laptop's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<super::origin::Origin>,
    /// Fields from a newer version, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A dot vote going on: whose dots are being given, and what dots can go to (keys as in `dots`),
/// numbered from 1 in this order as when the vote began.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenDotVote {
    /// The participant giving their dots now.
    pub voter: String,
    /// What the dots can go to, in the vote's order.
    pub on: Vec<String>,
}

/// Which questionnaire a session answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    /// The questionnaire's id.
    pub id: String,
    /// Its version when the session started.
    pub version: String,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl QuestionnaireRef {
    /// The reference to a questionnaire at its current version.
    pub fn of(q: &crate::questionnaire::Questionnaire) -> QuestionnaireRef {
        QuestionnaireRef { id: q.id.clone(), version: q.version.clone(), extra: Map::new() }
    }
}

/// Who the interview is with and who leads it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Subject {
    /// The organisation assessed.
    #[serde(default)]
    pub organisation: String,
    /// Who leads the interview.
    #[serde(default)]
    pub facilitator: String,
    /// Who takes part.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer to one question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The value: a choice value, an array of them, a number, a string, a date, or list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// An answer state given instead of (or beside) a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<AnswerState>,
    /// What the chosen "other" choice stands for, as typed ("please specify").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// On a question put to a vote: each voter's choice, by voter, in the order given.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub votes: IndexMap<String, String>,
    /// The interviewer's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The reason given for going on past a soft warning.
    #[serde(default, rename = "override", skip_serializing_if = "Option::is_none")]
    pub override_reason: Option<String>,
    /// The question is hidden by a later change; the answer is kept and comes back if it is shown.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inactive: bool,
    /// Copied from an earlier session (a follow-up) and not yet confirmed: it shapes what is
    /// shown, but does not count as answered until the interviewer confirms or changes it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub to_confirm: bool,
    /// When the value or state was last confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<Timestamp>,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Answer {
    /// Whether it holds a value or an answer state (confirmed or not).
    pub fn is_answered(&self) -> bool {
        self.value.is_some() || self.state.is_some()
    }

    /// Whether it counts as answered: a value or an answer state, not waiting to be confirmed.
    pub fn is_confirmed(&self) -> bool {
        self.is_answered() && !self.to_confirm
    }
}

/// One entry of the audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// When it happened.
    pub at: Timestamp,
    /// The question concerned, if any.
    #[serde(default)]
    pub question: Option<String>,
    /// What happened.
    pub action: EventKind,
    /// The value before.
    #[serde(default)]
    pub from: Value,
    /// The value after.
    #[serde(default)]
    pub to: Value,
    /// Seconds spent on the question before this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
    /// Fields from a newer version.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What an event records; written as the snake-case name of each kind (`answered`, `note`…).
/// A kind written by a newer version is kept as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The session was started.
    Started,
    /// An answer or answer state was confirmed.
    Answered,
    /// A note was set or removed.
    Note,
    /// A reason was given to go on past soft warnings.
    Override,
    /// An answer was cleared.
    Cleared,
    /// A question was hidden by a later answer; its answer is kept, inactive.
    Hidden,
    /// A hidden question was shown again.
    Shown,
    /// The session was completed.
    Completed,
    /// A completed session went back to in progress.
    Reopened,
    /// An answer was copied from an earlier session (a follow-up).
    Copied,
    /// List items were carried over from an earlier session.
    CarriedOver,
    /// A voter's choice on a question put to a vote was given, changed or taken back (`from` and
    /// `to` are `{"voter": …, "choice": …}`, the choice null when there is none).
    Voted,
    /// A dot was given to a suggested action, or taken back (`question` is the action's question;
    /// `from` and `to` are `{"voter": …, "dots": n}`, that voter's dots on it).
    Dotted,
    /// The questionnaire's language was switched during the interview (`from` and `to` are
    /// language codes); answers stay, since their values do not depend on the language.
    LanguageChanged,
    /// A kind this version does not know, kept as written.
    #[serde(untagged)]
    Other(String),
}

impl Session {
    /// A new, empty session.
    pub fn new(
        id: String,
        questionnaire: QuestionnaireRef,
        language: String,
        subject: Subject,
        now: Timestamp,
    ) -> Session {
        Session {
            format: FORMAT,
            id,
            uuid: None,
            questionnaire,
            language,
            status: Status::InProgress,
            created_at: now,
            updated_at: now,
            subject,
            position: None,
            answers: IndexMap::new(),
            drafts: IndexMap::new(),
            spent: IndexMap::new(),
            dots: IndexMap::new(),
            dot_vote: None,
            origin: None,
            events: vec![Event {
                at: now,
                question: None,
                action: EventKind::Started,
                from: Value::Null,
                to: Value::Null,
                seconds: None,
                extra: Map::new(),
            }],
            extra: Map::new(),
        }
    }

    /// Answers by question id, in the order first given.
    pub fn answers(&self) -> &IndexMap<String, Answer> {
        &self.answers
    }

    /// The audit trail, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Work in progress by question id.
    pub fn drafts(&self) -> &IndexMap<String, Draft> {
        &self.drafts
    }

    /// Sets (or, with `None` or an empty draft, removes) the draft of a question; returns whether
    /// it changed. Drafts are not answers: no event is logged.
    pub fn set_draft(&mut self, id: &str, draft: Option<Draft>) -> bool {
        let draft = draft.filter(|d| !d.is_empty());
        let same = match (&draft, self.drafts.get(id)) {
            (Some(new), Some(old)) => {
                new.answer == old.answer
                    && new.item == old.item
                    && new.note == old.note
                    && new.pending == old.pending
                    && new.reason == old.reason
                    && new.other == old.other
            }
            (None, None) => true,
            _ => false,
        };
        if same {
            return false;
        }
        match draft {
            Some(d) => {
                self.drafts.insert(id.to_owned(), d);
            }
            None => {
                self.drafts.shift_remove(id);
            }
        }
        true
    }

    /// Replaces (or adds) the answer to a question; the caller logs the change.
    pub(crate) fn set_answer(&mut self, id: &str, answer: Answer) {
        self.answers.insert(id.to_owned(), answer);
    }

    /// The answer to a question, made empty when there is none; the caller logs any change.
    pub(crate) fn answer_mut(&mut self, id: &str) -> &mut Answer {
        self.answers.entry(id.to_owned()).or_default()
    }

    /// The answer to a question, when there is one; the caller logs any change.
    pub(crate) fn existing_answer_mut(&mut self, id: &str) -> Option<&mut Answer> {
        self.answers.get_mut(id)
    }

    /// Every answer, to change; the caller logs each change.
    pub(crate) fn answers_mut(&mut self) -> impl Iterator<Item = (&String, &mut Answer)> {
        self.answers.iter_mut()
    }

    /// Appends an event to the audit trail and marks the session changed.
    pub(crate) fn log(
        &mut self,
        at: Timestamp,
        question: Option<&str>,
        action: EventKind,
        from: Value,
        to: Value,
        seconds: Option<f64>,
    ) {
        self.updated_at = at;
        self.events.push(Event {
            at,
            question: question.map(str::to_owned),
            action,
            from,
            to,
            seconds,
            extra: Map::new(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_documented_shape_and_keeps_unknown_fields() {
        let doc = json!({
          "format": 1,
          "id": "20261128-0930-csr-self-assessment-acme-hotels",
          "questionnaire": {"id": "csr-self-assessment", "version": "1.0.0"},
          "language": "en",
          "status": "in_progress",
          "created_at": "2026-11-28T09:30:00+01:00", "updated_at": "2026-11-28T09:31:00+01:00",
          "subject": {"organisation": "Acme Hotels", "facilitator": "Ana", "participants": ["Bo"], "site": "Lima"},
          "position": "policy_status",
          "answers": {
            "sector": {"value": "tourism", "answered_at": "2026-11-28T09:30:10+01:00"},
            "staff_trained": {"state": "dont_know", "note": "HR will confirm", "future": 1},
            "stakeholders": {"value": [ {"name": "Eva", "power": "high", "commitment": "champion"} ]}
          },
          "events": [ {"at": "2026-11-28T09:30:10+01:00", "question": "sector", "action": "answered", "from": null, "to": "tourism", "seconds": 12.5} ],
          "newer_field": {"x": 1}
        });
        let session: Session = serde_json::from_value(doc.clone()).unwrap();
        assert_eq!(session.answers()["staff_trained"].state, Some(AnswerState::DontKnow));
        assert_eq!(session.status, Status::InProgress);
        assert_eq!(serde_json::to_value(&session).unwrap(), doc);
    }
}
