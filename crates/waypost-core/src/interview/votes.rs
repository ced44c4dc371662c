//! Votes: a single-choice question put to the room. Each participant's choice is kept beside the
//! agreed answer, and the spread of the votes shows whether the room is divided. And dot votes:
//! each participant spreads a few dots over the suggested actions, which are then ranked by them.

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::{Value, json};

use super::{Invalid, Item, Refusal, items};
use crate::questionnaire::{Kind, Question, Questionnaire};
use crate::session::{EventKind, Session, Timestamp};

/// Whether a question is put to a vote: a single-choice question at the top level (`question`
/// is one, or a copy of one) whose own `votes`, else its section's, else the questionnaire's,
/// says so.
pub fn is_voted(q: &Questionnaire, question: &Question) -> bool {
    let Some((place, top)) = q.find(&question.id) else { return false };
    if top.kind != Kind::Single {
        return false;
    }
    top.votes.or(q.sections[place.section].votes).unwrap_or(q.votes)
}

/// How many voters chose one choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bar {
    /// The choice's value.
    pub value: String,
    /// The choice's label, in the language asked for.
    pub label: String,
    /// How many chose it.
    pub count: usize,
}

/// The spread of the votes on a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spread {
    /// One bar per choice, in the questionnaire's order (choices nobody chose included).
    pub bars: Vec<Bar>,
    /// How many voted.
    pub votes: usize,
    /// Whether the room is divided: the most common choice has under two thirds of the votes
    /// (with two votes or more), worth discussing before the agreed answer.
    pub divided: bool,
}

impl Spread {
    /// The spread of `votes` over the question's choices; a vote for a value that is no longer a
    /// choice gets a bar of its own at the end.
    pub fn of(q: &Questionnaire, question: &Question, votes: &IndexMap<String, String>, lang: &str) -> Spread {
        let bars = q
            .choices(question)
            .iter()
            .map(|c| Bar {
                value: c.value.clone(),
                label: c.label.get(lang, q.default_language()).to_owned(),
                count: 0,
            })
            .collect();
        let mut spread = Spread { bars, votes: 0, divided: false };
        for chosen in votes.values() {
            spread.count(chosen);
        }
        spread
    }

    /// The spread of the votes a session holds on a question (none yet: every bar at zero).
    pub fn in_session(q: &Questionnaire, question: &Question, session: &Session, lang: &str) -> Spread {
        match session.answers().get(&question.id) {
            Some(answer) => Spread::of(q, question, &answer.votes, lang),
            None => Spread::of(q, question, &IndexMap::new(), lang),
        }
    }

    /// Counts one more vote for `value` (for many sessions taken together too).
    pub fn count(&mut self, value: &str) {
        match self.bars.iter_mut().find(|b| b.value == value) {
            Some(bar) => bar.count += 1,
            None => self.bars.push(Bar { value: value.to_owned(), label: value.to_owned(), count: 1 }),
        }
        self.votes += 1;
        let most = self.bars.iter().map(|b| b.count).max().unwrap_or(0);
        self.divided = self.votes >= 2 && most * 3 < self.votes * 2;
    }

    /// The spread in one line: "Yes 7 · Partly 2 · No 1", and when the room is divided, so said.
    /// Not yet made safe for any output.
    pub fn text(&self, lang: &str) -> String {
        let bars: Vec<String> = self.bars.iter().map(|b| format!("{} {}", b.label, b.count)).collect();
        let mut text = crate::tr_in!(lang, "rep-votes-spread", bars = bars.join(" · "), votes = self.votes);
        if self.divided {
            text.push_str(&crate::tr_in!(lang, "rep-votes-divided"));
        }
        text
    }

    /// The value most voters chose, when one choice has more votes than any other.
    pub fn leader(&self) -> Option<&str> {
        let most = self.bars.iter().map(|b| b.count).max().filter(|m| *m > 0)?;
        let mut leaders = self.bars.iter().filter(|b| b.count == most);
        let first = leaders.next()?;
        leaders.next().is_none().then_some(first.value.as_str())
    }
}

/// Gives (or with `None` takes back) a voter's choice on a question put to a vote; returns
/// whether the session changed. Voters are the session's participants.
pub fn vote(
    q: &Questionnaire,
    session: &mut Session,
    id: &str,
    voter: &str,
    choice: Option<&str>,
    now: Timestamp,
) -> Result<bool, Refusal> {
    let question = q.question(id).ok_or_else(|| Refusal::Unknown(id.to_owned()))?;
    if !is_voted(q, question) {
        return Err(Invalid::NotPutToVote.into());
    }
    if !session.subject.participants.iter().any(|p| p == voter) {
        return Err(Invalid::UnknownVoter(voter.to_owned()).into());
    }
    if let Some(c) = choice
        && q.choice(question, c).is_none()
    {
        return Err(Invalid::NotAChoice(c.to_owned()).into());
    }
    let before = session.answers().get(id).and_then(|a| a.votes.get(voter)).cloned();
    if before.as_deref() == choice {
        return Ok(false);
    }
    let answer = session.answer_mut(id);
    match choice {
        Some(c) => {
            answer.votes.insert(voter.to_owned(), c.to_owned());
        }
        None => {
            answer.votes.shift_remove(voter);
        }
    }
    let side = |c: Option<&str>| json!({"voter": voter, "choice": c.map_or(Value::Null, Value::from)});
    session.log(now, Some(id), EventKind::Voted, side(before.as_deref()), side(choice), None);
    Ok(true)
}

/// How many dots each participant has in a dot vote.
pub fn dots_per_voter(q: &Questionnaire) -> usize {
    q.dots.map_or(3, |n| usize::try_from(n).unwrap_or(3))
}

/// Gives one of a voter's dots to `id`: a suggested action (its question's id) or an open item
/// (its list's id, `#`, its first column, see [`dot_key`]); refused
/// when the voter has none left.
pub fn give_dot(
    q: &Questionnaire,
    session: &mut Session,
    voter: &str,
    id: &str,
    now: Timestamp,
) -> Result<(), Refusal> {
    let question = id.split_once('#').map_or(id, |(list, _)| list);
    q.question(question).ok_or_else(|| Refusal::Unknown(question.to_owned()))?;
    if !session.subject.participants.iter().any(|p| p == voter) {
        return Err(Invalid::UnknownVoter(voter.to_owned()).into());
    }
    let given = session.dots.get(voter).map_or(0, Vec::len);
    if given >= dots_per_voter(q) {
        return Err(Invalid::NoDotsLeft(voter.to_owned()).into());
    }
    let before = dots_on(session, voter, id);
    session.dots.entry(voter.to_owned()).or_default().push(id.to_owned());
    log_dots(session, voter, id, before, now);
    Ok(())
}

/// Takes back the dot a voter gave last; returns whether there was one.
pub fn take_back_dot(session: &mut Session, voter: &str, now: Timestamp) -> bool {
    let Some(id) = session.dots.get_mut(voter).and_then(Vec::pop) else { return false };
    if session.dots.get(voter).is_some_and(Vec::is_empty) {
        session.dots.shift_remove(voter);
    }
    log_dots(session, voter, &id, dots_on(session, voter, &id) + 1, now);
    true
}

fn dots_on(session: &Session, voter: &str, id: &str) -> usize {
    session.dots.get(voter).map_or(0, |d| d.iter().filter(|x| *x == id).count())
}

fn log_dots(session: &mut Session, voter: &str, id: &str, before: usize, now: Timestamp) {
    let after = dots_on(session, voter, id);
    let side = |n: usize| json!({"voter": voter, "on": id, "dots": n});
    let question = id.split_once('#').map_or(id, |(list, _)| list);
    session.log(now, Some(question), EventKind::Dotted, side(before), side(after), None);
}

/// An item's key in a dot vote: its list's id, `#`, and its first column as written (a dot
/// follows the item while that text stays).
pub fn dot_key(list: &str, first: &str) -> String {
    format!("{list}#{}", first.trim())
}

/// Keeps an open item's dots when its text is edited: a dot on `list#old` moves to `list#new`
/// when an item's field changed from `old` to `new` in the same place of the list, and neither
/// text belongs to another item (a removed or moved item is no rename).
pub(crate) fn follow_edited_items(session: &mut Session, list: &str, before: Option<&Value>, after: Option<&Value>) {
    if session.dots.is_empty() {
        return;
    }
    let (old, new): (Vec<&Item>, Vec<&Item>) = (items(before).collect(), items(after).collect());
    let mut moves = Vec::new();
    for (o, n) in old.iter().zip(&new) {
        for field in o.keys() {
            let (Some(was), Some(now)) = (text(o, field), text(n, field)) else { continue };
            let elsewhere = |items: &[&Item], t: &str| items.iter().any(|i| text(i, field) == Some(t));
            if was != now && !elsewhere(&new, was) && !elsewhere(&old, now) {
                moves.push((dot_key(list, was), dot_key(list, now)));
            }
        }
    }
    for (from, to) in moves {
        session.dots.values_mut().flatten().filter(|d| **d == from).for_each(|d| d.clone_from(&to));
    }
}

/// An item's field as text, without the spaces around it.
fn text<'a>(item: &'a Item, field: &str) -> Option<&'a str> {
    item.get(field).and_then(Value::as_str).map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse;
    use crate::session::{QuestionnaireRef, Subject};

    fn room() -> (Questionnaire, Session) {
        let q = parse(
            br#"{"format": 1, "id": "w", "version": "1", "title": "W", "votes": true, "sections": [
                {"id": "s", "title": "S", "questions": [
                    {"id": "ready", "kind": "single", "prompt": "Ready?", "choices": [
                        {"value": "yes", "label": "Yes"}, {"value": "partly", "label": "Partly"},
                        {"value": "no", "label": "No"}]},
                    {"id": "why", "kind": "text", "prompt": "Why?"},
                    {"id": "alone", "kind": "single", "prompt": "Alone?", "votes": false, "choices": [
                        {"value": "yes", "label": "Yes"}]}]}]}"#,
        )
        .usable()
        .expect("valid")
        .clone();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").expect("valid");
        let subject = Subject { participants: vec!["Ana".into(), "Bo".into(), "Cy".into()], ..Subject::default() };
        let s = Session::new("s".into(), QuestionnaireRef::of(&q), "en".into(), subject, at);
        (q, s)
    }

    #[test]
    fn votes_go_to_single_choices_unless_a_question_says_otherwise() {
        let (q, _) = room();
        let voted: Vec<bool> =
            ["ready", "why", "alone"].iter().map(|id| is_voted(&q, q.question(id).unwrap())).collect();
        assert_eq!(voted, [true, false, false]);
    }

    #[test]
    fn each_participant_votes_once_and_the_spread_says_when_the_room_is_divided() {
        let (q, mut s) = room();
        let at = s.created_at;
        assert!(vote(&q, &mut s, "ready", "Ana", Some("yes"), at).unwrap());
        assert!(vote(&q, &mut s, "ready", "Bo", Some("no"), at).unwrap());
        assert!(!vote(&q, &mut s, "ready", "Bo", Some("no"), at).unwrap(), "the same vote changes nothing");
        let spread = Spread::of(&q, q.question("ready").unwrap(), &s.answers()["ready"].votes, "en");
        assert_eq!(spread.bars.iter().map(|b| b.count).collect::<Vec<_>>(), [1, 0, 1]);
        assert!(spread.divided);
        assert_eq!(spread.leader(), None, "a tie has no leader");
        vote(&q, &mut s, "ready", "Bo", Some("yes"), at).unwrap();
        vote(&q, &mut s, "ready", "Cy", Some("yes"), at).unwrap();
        let spread = Spread::of(&q, q.question("ready").unwrap(), &s.answers()["ready"].votes, "en");
        assert!(!spread.divided, "three of three agree");
        assert_eq!(spread.leader(), Some("yes"));
        vote(&q, &mut s, "ready", "Cy", None, at).unwrap();
        assert_eq!(s.answers()["ready"].votes.len(), 2, "a vote taken back");
        let last = s.events().last().unwrap();
        assert_eq!((last.action.clone(), last.to.clone()), (EventKind::Voted, json!({"voter": "Cy", "choice": null})));
    }

    #[test]
    fn votes_from_strangers_for_unknown_choices_or_on_other_questions_are_refused() {
        let (q, mut s) = room();
        let at = s.created_at;
        let said = |r: Result<bool, Refusal>| r.unwrap_err().to_string();
        assert_eq!(said(vote(&q, &mut s, "ready", "Zed", Some("yes"), at)), "\"Zed\" is not among the participants");
        assert_eq!(said(vote(&q, &mut s, "ready", "Ana", Some("maybe"), at)), "\"maybe\" is not one of the choices");
        assert_eq!(said(vote(&q, &mut s, "why", "Ana", Some("yes"), at)), "this question is not put to a vote");
    }
}
