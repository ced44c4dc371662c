//! What the room sees of a session in progress (`waypost present`): the question the interview
//! is on, its choices, and once answered the agreed answer and the spread of the votes. Never the
//! interviewer's notes, help or the outline; and, unless the facilitator shows everything, neither
//! the answers a questionnaire keeps off the projector (`"projector": false`) nor those of a section
//! that is private until a condition holds (`private_until`).

use serde::Serialize;

use crate::interview::Flow;
use crate::interview::item_votes::{is_voted_field, item_votes};
use crate::interview::votes::{Spread, dots_per_voter, is_voted};
use crate::questionnaire::{Kind, Place, Question, Questionnaire};
use crate::report::dots::dot_targets;
use crate::session::answer_text::{answer_text, piped, session_prompt, shown_cells};
use crate::session::{Answer, EventKind, OpenDotVote, Session, Status};

/// One choice as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShownChoice {
    /// Its label.
    pub label: String,
    /// Whether the agreed answer chose it.
    pub chosen: bool,
}

/// A question put to a vote, and what the room agreed on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreed {
    /// The question as asked.
    pub prompt: String,
    /// The agreed answer as it reads.
    pub answer: String,
}

/// A dot vote as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DotStage {
    /// Whose dots are being given.
    pub voter: String,
    /// How many dots they have left.
    pub left: usize,
    /// What the dots can go to, numbered from 1 in this order (the facilitator's keys), with the
    /// dots each has so far.
    pub targets: Vec<(String, usize)>,
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
    /// For a list: the field of the item being written that the room votes on (its prompt, the
    /// item's earlier fields filled in); the choices and votes are then the field's.
    pub field: Option<String>,
    /// The spread of the votes, on a question put to a vote with votes given.
    pub votes: Option<Spread>,
    /// The answer the room agreed on last, once the interview has moved past its question: the
    /// room sees what it decided while the next question is read out.
    pub agreed: Option<Agreed>,
    /// A dot vote going on: shown instead of the question.
    pub dot_vote: Option<DotStage>,
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
            field: None,
            votes: None,
            agreed: None,
            dot_vote: None,
            progress: (progress.answered, progress.total),
            completed: session.status == Status::Completed,
        };
        stage.dot_vote = session.dot_vote.as_ref().map(|open| DotStage::of(q, session, open, lang));
        // What conditions see: the answers shown (for a section's privacy and an item's fields).
        let outside = |id: &str| flow.seen(q, session.answers(), id);
        // A question kept off the projector shows as asked, with no answer and no votes.
        let hidden = |place: Place| {
            let private = q.sections[place.section].private_until.as_ref().is_some_and(|c| !c.holds(&outside));
            !show_all && (private || q.at(place).projector == Some(false))
        };
        let shown = |id: &str| {
            let (place, _) = q.find(id)?;
            session.answers().get(id).filter(|a| !a.inactive && !a.to_confirm && !hidden(place))
        };
        stage.agreed = agreed(q, session, place.map(|p| q.at(p).id.as_str()), &shown);
        let Some(place) = place else { return stage };
        let question = q.at(place);
        let hidden = hidden(place);
        let answer = shown(&question.id);
        let chosen: Vec<&str> = match answer.and_then(|a| a.value.as_ref()) {
            Some(serde_json::Value::String(v)) => vec![v.as_str()],
            Some(serde_json::Value::Array(vs)) => vs.iter().filter_map(serde_json::Value::as_str).collect(),
            _ => Vec::new(),
        };
        stage.section = q.sections[place.section].title.get(lang, default).to_owned();
        stage.prompt = session_prompt(q, question, session);
        if matches!(question.kind, Kind::Single | Kind::Multi) {
            // The choices offered now, as the facilitator's window lists them (a cascading
            // select's, after the answers before it).
            stage.choices = q
                .offered_choices(question, &outside)
                .into_iter()
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
        if question.kind == Kind::List && !hidden {
            stage.vote_on_field(q, question, session, show_all);
        }
        stage
    }

    /// The field of the item being written, when the room votes on it (and the projector may
    /// show it): its prompt, its choices with the one kept marked, and the votes so far.
    fn vote_on_field(&mut self, q: &Questionnaire, list: &Question, session: &Session, show_all: bool) {
        let lang = session.language.as_str();
        let Some(item) = session.drafts().get(&list.id).and_then(|d| d.item.as_ref()) else { return };
        let Some(field) = list.field(&item.field) else { return };
        if !is_voted_field(field) || (!show_all && field.projector == Some(false)) {
            return;
        }
        let prompt = field.prompt.get(lang, q.default_language());
        self.field = Some(piped(q, prompt, session.answers(), Some((list, &item.fields)), lang).into_owned());
        let kept = item.fields.get(&field.id).and_then(serde_json::Value::as_str);
        self.choices = q
            .choices(field)
            .iter()
            .map(|c| ShownChoice {
                label: c.label.get(lang, q.default_language()).to_owned(),
                chosen: kept == Some(&c.value),
            })
            .collect();
        let votes = item_votes(&item.fields, &field.id);
        self.votes = (!votes.is_empty()).then(|| Spread::of(q, field, &votes, lang));
    }
}

/// The answer agreed last, when the last answer confirmed followed a vote and the interview is on
/// another question now.
fn agreed<'a>(
    q: &Questionnaire,
    session: &'a Session,
    current: Option<&str>,
    shown: &dyn Fn(&str) -> Option<&'a Answer>,
) -> Option<Agreed> {
    let last = session.events().iter().rev().find(|e| e.action == EventKind::Answered)?;
    let id = last.question.as_deref().filter(|id| Some(*id) != current)?;
    let question = q.question(id).filter(|question| is_voted(q, question))?;
    let answer = shown(id).filter(|a| a.is_answered() && !a.votes.is_empty())?;
    let lang = session.language.as_str();
    Some(Agreed { prompt: session_prompt(q, question, session), answer: answer_text(q, question, Some(answer), lang) })
}

impl DotStage {
    fn of(q: &Questionnaire, session: &Session, open: &OpenDotVote, lang: &str) -> DotStage {
        let texts = dot_targets(q, session, lang);
        let dots = |key: &str| session.dots.values().flatten().filter(|d| *d == key).count();
        let targets = open
            .on
            .iter()
            .map(|key| {
                // An item whose text changed since the vote began reads as its key says.
                let text = texts.iter().find(|(k, _)| k == key).map_or_else(
                    || key.split_once('#').map_or(key.as_str(), |(_, item)| item).to_owned(),
                    |(_, text)| text.clone(),
                );
                (text, dots(key))
            })
            .collect();
        let given = session.dots.get(&open.voter).map_or(0, Vec::len);
        DotStage { voter: open.voter.clone(), left: dots_per_voter(q).saturating_sub(given), targets }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{give, session};
    use serde_json::json;

    #[test]
    fn the_room_sees_the_choices_a_cascading_select_offers() {
        let doc = json!({"format": 1, "id": "places", "version": "1", "title": "Places",
            "sections": [{"id": "s", "title": "Where", "questions": [
                {"id": "region", "kind": "single", "prompt": "Region",
                    "choices": [{"value": "lima", "label": "Lima"}, {"value": "cusco", "label": "Cusco"}]},
                {"id": "district", "kind": "single", "prompt": "District", "choices": [
                    {"value": "miraflores", "label": "Miraflores", "show_if": {"answer": "region", "equals": "lima"}},
                    {"value": "wanchaq", "label": "Wanchaq", "show_if": {"answer": "region", "equals": "cusco"}}]}]}]});
        let q = crate::questionnaire::parse(doc.to_string().as_bytes()).usable().cloned().unwrap();
        let mut s = session(&q, "places", "Acme");
        give(&q, &mut s, &[("region", json!("cusco"))]);
        s.position = Some("district".into());
        let stage = Stage::of(&q, &s, false);
        let labels: Vec<&str> = stage.choices.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["Wanchaq"]);
    }
}
