//! The changes an interview makes to a session: answers, states, notes, completion. Each is
//! checked, logged in the audit trail, and leaves hidden answers marked inactive.

use serde_json::Value;

use super::check::{broken_constraint, check_value_with, warnings};
use super::flow::Flow;
use super::invalid::{Invalid, Warning};
use crate::questionnaire::{AnswerState, Question, Questionnaire};
use crate::session::{Answer, EventKind, Session, Status, Timestamp};

/// What the interviewer gives for a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// An answer value.
    Value(Value),
    /// An answer value that chooses an "other" choice, with what it stands for.
    Other(Value, String),
    /// An answer state instead of a value.
    State(AnswerState),
}

/// Why an answer was not taken.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Refusal {
    /// No such question.
    #[error("{}", crate::tr!("err-no-question", id = .0.as_str()))]
    Unknown(String),
    /// The questionnaire is not written in this language.
    #[error("{}", crate::tr!("err-no-such-language", language = .0.as_str()))]
    NoSuchLanguage(String),
    /// The question is not shown for the current answers.
    #[error("{}", crate::tr!("err-hidden", id = .0.as_str()))]
    Hidden(String),
    /// A hard check failed.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// Soft warnings hold and no reason to go on was given.
    #[error("{}", crate::tr!("err-needs-reason", warnings = .0.iter().map(|w| w.text("", "")).collect::<Vec<_>>().join("; ")))]
    NeedsOverride(Vec<Warning>),
    /// The session is open read-only.
    #[error("{}", crate::tr!("tui-read-only"))]
    ReadOnly,
    /// No question is shown (none is visible for the answers so far).
    #[error("{}", crate::tr!("err-nothing-shown"))]
    NothingShown,
}

/// The visible question with this id, given the flow of the current answers.
fn visible<'a>(q: &'a Questionnaire, flow: &Flow, id: &str) -> Result<&'a Question, Refusal> {
    let (place, question) = q.find(id).ok_or_else(|| Refusal::Unknown(id.to_owned()))?;
    if !flow.is_visible(place) {
        return Err(Refusal::Hidden(id.to_owned()));
    }
    Ok(question)
}

/// Values longer than this (as JSON) are kept in events as a summary, not whole.
pub(crate) const EVENT_VALUE_LIMIT: usize = 2048;

/// An answer as an event records it: its value, or its state. A long value (a pasted report, a
/// list of thousands of items) is summarised, so that editing it does not copy it twice into the
/// file each time: its length in bytes, its SHA-256, and its opening, which is what an audit of
/// "what changed, when" needs.
fn snapshot(answer: Option<&Answer>) -> Value {
    if let Some(Answer { value: Some(v), other: Some(other), .. }) = answer {
        return serde_json::json!({"value": v, "other": other});
    }
    let value = match answer {
        Some(Answer { value: Some(v), .. }) => v,
        Some(Answer { state: Some(s), .. }) => return Value::from(s.name()),
        _ => return Value::Null,
    };
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.len() <= EVENT_VALUE_LIMIT {
        return value.clone();
    }
    use sha2::Digest;
    let digest: String = sha2::Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    let start: String = text.chars().take(200).collect();
    serde_json::json!({"summary": true, "bytes": text.len(), "sha256": digest, "start": start})
}

/// Confirms an answer or answer state. A value must pass the hard checks; if soft warnings hold,
/// `reason` must be given (it is saved as the answer's `override`). `seconds` is the time spent
/// on the question, for the audit trail.
pub fn answer(
    q: &Questionnaire,
    session: &mut Session,
    id: &str,
    input: Input,
    reason: Option<&str>,
    now: Timestamp,
    seconds: Option<f64>,
) -> Result<(), Refusal> {
    let flow = Flow::new(q, session.answers());
    let question = visible(q, &flow, id)?;
    if !question.takes_answer() {
        return Err(Invalid::NoteTakesNoAnswer.into());
    }
    let before = session.answers().get(id).cloned();
    let mut next = before.clone().unwrap_or_default();
    let input_other = match &input {
        Input::Other(_, text) => Some(text.clone()),
        _ => None,
    };
    match input {
        Input::Value(v) | Input::Other(v, _) => {
            let outside = |id: &str| flow.seen(q, session.answers(), id);
            let v = check_value_with(q, question, &v, &outside)?;
            // A read-only question takes only what it shows: its default.
            if question.read_only && question.default_value() != Some(&v) {
                return Err(Invalid::ReadOnly.into());
            }
            // A choice is taken only where it is offered (a cascading select's, after the
            // answers before it).
            let offered = q.offered_choices(question, &outside);
            let values = v.as_array().map_or_else(|| vec![&v], |items| items.iter().collect());
            for value in values.iter().filter_map(|x| x.as_str()) {
                if let Some(choice) = q.choice(question, value).filter(|c| !offered.iter().any(|o| o.value == c.value))
                {
                    let label = choice.label.get(&session.language, q.default_language()).to_owned();
                    return Err(Invalid::NotOffered(label).into());
                }
            }
            next.other = match (other_choice(q, question, &v), input_other) {
                (None, _) => None,
                (Some(_), Some(text)) if !text.trim().is_empty() => Some(text.trim().to_owned()),
                // Confirming the same choice again keeps what it was said to stand for.
                (Some(_), None) if next.value.as_ref() == Some(&v) && next.other.is_some() => next.other.clone(),
                (Some(label), _) => return Err(Invalid::SpecifyOther(label).into()),
            };
            next.value = Some(v);
            next.state = None;
        }
        Input::State(state) => {
            if !question.allow.contains(&state) {
                return Err(Invalid::StateNotAllowed(state).into());
            }
            next.value = None;
            next.state = Some(state);
            next.other = None;
        }
    }
    if let Some(message) = broken_constraint(q, session.answers(), &flow, question, &next, &session.language) {
        return Err(Invalid::Constraint(message).into());
    }
    let held = warnings(q, session.answers(), &flow, question, &next);
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if !held.is_empty() && reason.is_none() {
        return Err(Refusal::NeedsOverride(held));
    }
    next.override_reason = if held.is_empty() { None } else { reason.map(str::to_owned) };
    // Confirming the answer already stored changes nothing and records nothing.
    if let Some(b) = &before
        && !b.inactive
        && !b.to_confirm
        && b.value == next.value
        && b.other == next.other
        && b.state == next.state
        && b.override_reason == next.override_reason
    {
        return Ok(());
    }
    next.answered_at = Some(now);
    next.inactive = false;
    next.to_confirm = false;
    let (from, to) = (snapshot(before.as_ref()), snapshot(Some(&next)));
    let override_reason = next.override_reason.clone();
    if question.kind == crate::questionnaire::Kind::List {
        let after = next.value.clone();
        crate::interview::votes::follow_edited_items(
            session,
            id,
            before.as_ref().and_then(|b| b.value.as_ref()),
            after.as_ref(),
        );
    }
    session.set_answer(id, next);
    // What was entered there unconfirmed is the answer now; a note being typed stays.
    if let Some(draft) = session.drafts().get(id).cloned() {
        session.set_draft(id, Some(draft.note_only()));
    }
    session.log(now, Some(id), EventKind::Answered, from, to, seconds);
    if let Some(r) = override_reason {
        // The warnings as the interviewer saw them: in the session's language.
        let texts: Vec<String> = held.iter().map(|w| w.text(&session.language, q.default_language())).collect();
        session.log(now, Some(id), EventKind::Override, Value::from(texts.join("; ")), Value::from(r), None);
    }
    refresh(q, session, now);
    Ok(())
}

/// The label of the "other" choice a value chooses, if it chooses one.
pub fn other_choice(q: &Questionnaire, question: &Question, value: &Value) -> Option<String> {
    let chosen: Vec<&str> = match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    let choice = q.choices(question).iter().find(|c| c.other && chosen.contains(&c.value.as_str()))?;
    Some(choice.label.get(q.default_language(), q.default_language()).to_owned())
}

/// Sets or (with an empty text) removes the note on a question.
pub fn note(q: &Questionnaire, session: &mut Session, id: &str, text: &str, now: Timestamp) -> Result<(), Refusal> {
    q.find(id).ok_or_else(|| Refusal::Unknown(id.to_owned()))?;
    let text = text.trim();
    let entry = session.answer_mut(id);
    let from = entry.note.clone().map(Value::from).unwrap_or(Value::Null);
    entry.note = (!text.is_empty()).then(|| text.to_owned());
    let to = entry.note.clone().map(Value::from).unwrap_or(Value::Null);
    if from != to {
        session.log(now, Some(id), EventKind::Note, from, to, None);
    }
    Ok(())
}

/// Switches the session to another of the questionnaire's languages, logging the switch.
pub(crate) fn switch_language(
    q: &Questionnaire,
    session: &mut Session,
    to: &str,
    now: Timestamp,
) -> Result<(), Refusal> {
    if !q.languages.iter().any(|l| l == to) {
        return Err(Refusal::NoSuchLanguage(to.to_owned()));
    }
    if session.language != to {
        let from = std::mem::replace(&mut session.language, to.to_owned());
        session.log(now, None, EventKind::LanguageChanged, Value::from(from), Value::from(to), None);
    }
    Ok(())
}

/// Removes the value or state of an answer (its note stays); the old one stays in the events.
pub fn clear(q: &Questionnaire, session: &mut Session, id: &str, now: Timestamp) -> Result<(), Refusal> {
    visible(q, &Flow::new(q, session.answers()), id)?;
    let Some(entry) = session.existing_answer_mut(id) else { return Ok(()) };
    let from = snapshot(Some(entry));
    if from.is_null() {
        return Ok(());
    }
    entry.value = None;
    entry.state = None;
    entry.override_reason = None;
    session.log(now, Some(id), EventKind::Cleared, from, Value::Null, None);
    refresh(q, session, now);
    Ok(())
}

/// Marks the answers of hidden questions inactive and those shown again active, logging each
/// change; a completed session that is no longer complete goes back to in progress.
pub fn refresh(q: &Questionnaire, session: &mut Session, now: Timestamp) {
    let flow = Flow::new(q, session.answers());
    let mut changes = Vec::new();
    for (id, answer) in session.answers_mut() {
        let shown = flow.is_visible_id(q, id);
        if answer.inactive == shown && answer.is_answered() {
            answer.inactive = !shown;
            changes.push((id.clone(), if shown { EventKind::Shown } else { EventKind::Hidden }));
        }
    }
    for (id, action) in changes {
        session.log(now, Some(&id), action, Value::Null, Value::Null, None);
    }
    if session.status == Status::Completed && !flow.missing_required(q, session.answers()).is_empty() {
        session.status = Status::InProgress;
        session.log(now, None, EventKind::Reopened, Value::from("completed"), Value::from("in_progress"), None);
    }
}

/// Confirms at once, on purpose, every answer copied from an earlier session that is still to
/// confirm (and visible); each is logged as answered. Returns how many.
pub fn confirm_copied(q: &Questionnaire, session: &mut Session, now: Timestamp) -> usize {
    let flow = Flow::new(q, session.answers());
    let ids: Vec<String> = session
        .answers()
        .iter()
        .filter(|(id, a)| a.to_confirm && flow.is_visible_id(q, id))
        .map(|(id, _)| id.clone())
        .collect();
    for id in &ids {
        let Some(answer) = session.existing_answer_mut(id) else { continue };
        answer.to_confirm = false;
        answer.answered_at = Some(now);
        let value = snapshot(Some(answer));
        session.log(now, Some(id), EventKind::Answered, value.clone(), value, None);
    }
    ids.len()
}

/// Marks the session completed, or returns the ids of the visible required questions still
/// without an answer or state.
pub fn complete(q: &Questionnaire, session: &mut Session, now: Timestamp) -> Result<(), Vec<String>> {
    let flow = Flow::new(q, session.answers());
    let missing: Vec<String> = flow.missing_required(q, session.answers()).iter().map(|q| q.id.clone()).collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    if session.status != Status::Completed {
        session.status = Status::Completed;
        session.log(now, None, EventKind::Completed, Value::from("in_progress"), Value::from("completed"), None);
    }
    Ok(())
}
