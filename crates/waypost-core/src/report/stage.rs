//! What the room sees of a session in progress (`waypost present`): the question the interview
//! is on, its choices, and once answered the agreed answer and the spread of the votes. Never the
//! interviewer's notes, help or the outline; and, unless the facilitator shows everything, neither
//! the answers a questionnaire keeps off the projector (`"projector": false`) nor those of a section
//! that is private until a condition holds (`private_until`).

use serde::Serialize;

use crate::interview::Flow;
use crate::interview::votes::{Spread, is_voted};
use crate::questionnaire::Kind;
use crate::questionnaire::Questionnaire;
use crate::session::answer_text::{answer_text, session_prompt, shown_cells};
use crate::session::{Session, Status};

/// One choice as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShownChoice {
    /// Its label.
    pub label: String,
    /// Whether the agreed answer chose it.
    pub chosen: bool,
}

/// What the room sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stage {
    /// The questionnaire's title.
    pub title: String,
    /// Who the session is with.
    pub organisation: String,
    /// The section the question is in.
    pub section: String,
    /// The question as asked (earlier answers filled in); empty when none is shown.
    pub prompt: String,
    /// Its choices, for a choice question.
    pub choices: Vec<ShownChoice>,
    /// The agreed answer as it reads, once there is one.
    pub answer: Option<String>,
    /// For a list: its items as they read (their fields joined), the ones being written (the
    /// interviewer's draft, once an item is added) else the confirmed ones.
    pub items: Vec<String>,
    /// The spread of the votes, on a question put to a vote with votes given.
    pub votes: Option<Spread>,
    /// Questions answered and visible, for the progress line.
    pub progress: (usize, usize),
    /// Whether the session is completed.
    pub completed: bool,
}

impl Stage {
    /// What the room sees of `session` now: the question at its saved position; `show_all` shows
    /// what the questionnaire keeps off the projector too.
    pub fn of(q: &Questionnaire, session: &Session, show_all: bool) -> Stage {
        let lang = session.language.as_str();
        let default = q.default_language();
        let flow = Flow::new(q, session.answers());
        let progress = flow.progress();
        let place = flow.resume_at(q, session.answers(), session.position.as_deref());
        let mut stage = Stage {
            title: q.title.get(lang, default).to_owned(),
            organisation: session.subject.organisation.clone(),
            section: String::new(),
            prompt: String::new(),
            choices: Vec::new(),
            answer: None,
            items: Vec::new(),
            votes: None,
            progress: (progress.answered, progress.total),
            completed: session.status == Status::Completed,
        };
        let Some(place) = place else { return stage };
        let question = q.at(place);
        // What conditions see: the answers shown (for a section's privacy and an item's fields).
        let outside = |id: &str| flow.seen(q, session.answers(), id);
        let private = q.sections[place.section].private_until.as_ref().is_some_and(|c| !c.holds(&outside));
        // A question kept off the projector shows as asked, with no answer and no votes.
        let hidden = !show_all && (private || question.projector == Some(false));
        let answer = session.answers().get(&question.id).filter(|a| !a.inactive && !a.to_confirm).filter(|_| !hidden);
        let chosen: Vec<&str> = match answer.and_then(|a| a.value.as_ref()) {
            Some(serde_json::Value::String(v)) => vec![v.as_str()],
            Some(serde_json::Value::Array(vs)) => vs.iter().filter_map(serde_json::Value::as_str).collect(),
            _ => Vec::new(),
        };
        stage.section = q.sections[place.section].title.get(lang, default).to_owned();
        stage.prompt = session_prompt(q, question, session);
        if matches!(question.kind, Kind::Single | Kind::Multi) {
            stage.choices = q
                .choices(question)
                .iter()
                .map(|c| ShownChoice {
                    label: c.label.get(lang, default).to_owned(),
                    chosen: chosen.contains(&c.value.as_str()),
                })
                .collect();
        }
        stage.answer = answer.filter(|a| a.is_answered()).map(|a| answer_text(q, question, Some(a), lang));
        if question.kind == Kind::List {
            let drafted = session.drafts().get(&question.id).and_then(|d| d.answer.as_ref()).filter(|_| !hidden);
            let items = drafted.or_else(|| answer.and_then(|a| a.value.as_ref()));
            stage.items = crate::interview::items(items)
                .map(|item| {
                    let cells = shown_cells(q, question, item, &outside, lang).into_iter().zip(&question.fields);
                    let room = cells.filter(|(_, f)| show_all || f.projector != Some(false));
                    room.filter_map(|(c, _)| c.filter(|c| !c.is_empty())).collect::<Vec<_>>().join(" · ")
                })
                .collect();
        }
        stage.votes = answer
            .filter(|a| is_voted(q, question) && !a.votes.is_empty())
            .map(|a| Spread::of(q, question, &a.votes, lang));
        stage
    }
}
