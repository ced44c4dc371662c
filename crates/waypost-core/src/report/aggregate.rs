//! Many sessions of one questionnaire together: for each question, how the answers are spread
//! (a workshop where several groups answered the same questionnaire).

use serde::Serialize;
use serde_json::Value;

use crate::interview::Flow;
use crate::questionnaire::{AnswerState, Kind, Questionnaire};
use crate::session::Session;

/// The spread of the answers to each question over several sessions.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Aggregate {
    /// How many sessions were taken together.
    pub sessions: usize,
    /// One entry per question that takes an answer, in order.
    pub questions: Vec<QuestionSpread>,
}

/// How one question was answered.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionSpread {
    /// The question's id.
    pub id: String,
    /// Its section's id.
    pub section: String,
    /// Its prompt.
    pub prompt: String,
    /// In how many sessions it was shown.
    pub shown: usize,
    /// In how many it has a value.
    pub answered: usize,
    /// Don't know, declined, N/A, in that order.
    pub states: [usize; 3],
    /// For choices: each choice's label and count, in the questionnaire's order. For lists: the
    /// number of items, by count.
    pub counts: Vec<(String, usize)>,
    /// For numbers: count, mean, lowest, highest.
    pub numbers: Option<(usize, f64, f64, f64)>,
    /// For texts and dates: every answer given.
    pub texts: Vec<String>,
    /// For a question put to a vote: every participant's vote in every session, counted.
    pub votes: Option<crate::interview::votes::Spread>,
    /// The dots given in dot votes through this question, over every session: to its suggested
    /// action (named by the action's text) or to its open items (named by their first column),
    /// most first.
    pub dots: Vec<(String, usize)>,
    /// The action's text, naming the dots given to it (not part of the output).
    #[serde(skip)]
    action: String,
}

impl Aggregate {
    /// An empty aggregate of a questionnaire.
    pub fn new(q: &Questionnaire) -> Aggregate {
        // Sessions in several languages are counted together (values are neutral), so the
        // texts are the reader's: the interface language where the questionnaire has it.
        let (lang, default) = (q.language_for(crate::i18n::language()), q.default_language());
        let questions = q
            .places()
            .filter(|(_, x)| x.takes_answer())
            .map(|(place, x)| QuestionSpread {
                id: x.id.clone(),
                section: q.sections[place.section].id.clone(),
                prompt: crate::session::answer_text::field_heading(q, x, lang),
                shown: 0,
                answered: 0,
                states: [0; 3],
                counts: match x.kind {
                    Kind::Single | Kind::Multi => {
                        q.choices(x).iter().map(|c| (c.label.get(lang, default).to_owned(), 0)).collect()
                    }
                    Kind::Number
                    | Kind::Text
                    | Kind::Date
                    | Kind::Time
                    | Kind::DateTime
                    | Kind::List
                    | Kind::Note
                    | Kind::Calculate => Vec::new(),
                },
                numbers: None,
                texts: Vec::new(),
                votes: crate::interview::votes::is_voted(q, x)
                    .then(|| crate::interview::votes::Spread::of(q, x, &indexmap::IndexMap::new(), lang)),
                dots: Vec::new(),
                action: x.action.as_ref().unwrap_or(&x.prompt).get(lang, default).to_owned(),
            })
            .collect();
        Aggregate { sessions: 0, questions }
    }

    /// Adds one session (one at a time, so many sessions never need to be in memory together).
    pub fn add(&mut self, q: &Questionnaire, session: &Session) {
        self.sessions += 1;
        self.add_dots(session);
        let flow = Flow::new(q, &session.answers);
        let mut spreads = self.questions.iter_mut();
        for (place, question) in q.places().filter(|(_, x)| x.takes_answer()) {
            let Some(spread) = spreads.next() else { break };
            if !flow.is_visible(place) {
                continue;
            }
            spread.shown += 1;
            let Some(answer) = session.answers().get(&question.id) else { continue };
            if let Some(votes) = &mut spread.votes {
                answer.votes.values().for_each(|v| votes.count(v));
            }
            if let Some(state) = answer.state {
                let i = AnswerState::ALL.iter().position(|s| *s == state).unwrap_or(0);
                spread.states[i] += 1;
            }
            let Some(value) = &answer.value else { continue };
            spread.answered += 1;
            let choices = q.choices(question);
            let mut tick = |v: &Value| {
                if let Some(i) = v.as_str().and_then(|v| choices.iter().position(|c| c.value == v)) {
                    spread.counts[i].1 += 1;
                }
            };
            match (question.kind, value) {
                (Kind::Single, v) => tick(v),
                (Kind::Multi, Value::Array(vs)) => vs.iter().for_each(tick),
                (Kind::Number, v) => {
                    if let Some(n) = v.as_f64() {
                        let (c, mean, lo, hi) = spread.numbers.unwrap_or((0, 0.0, n, n));
                        let c2 = c + 1;
                        spread.numbers = Some((c2, mean + (n - mean) / c2 as f64, lo.min(n), hi.max(n)));
                    }
                }
                (Kind::List, Value::Array(items)) => {
                    let key = format!("{} items", items.len());
                    match spread.counts.iter_mut().find(|(k, _)| *k == key) {
                        Some(entry) => entry.1 += 1,
                        None => spread.counts.push((key, 1)),
                    }
                }
                (
                    Kind::Multi
                    | Kind::Text
                    | Kind::Date
                    | Kind::Time
                    | Kind::DateTime
                    | Kind::List
                    | Kind::Note
                    | Kind::Calculate,
                    Value::String(s),
                ) => {
                    spread.texts.push(s.clone());
                }
                (
                    Kind::Multi
                    | Kind::Text
                    | Kind::Date
                    | Kind::Time
                    | Kind::DateTime
                    | Kind::List
                    | Kind::Note
                    | Kind::Calculate,
                    _,
                ) => {}
            }
        }
    }
}

impl Aggregate {
    /// Counts a session's dots on the questions they went through: a suggested action is keyed
    /// by its question's id, an open item by its list's id and its first column.
    fn add_dots(&mut self, session: &Session) {
        for key in session.dots.values().flatten() {
            let (id, item) = key.split_once('#').map_or((key.as_str(), None), |(l, i)| (l, Some(i)));
            let Some(spread) = self.questions.iter_mut().find(|s| s.id == id) else { continue };
            let label = item.unwrap_or(&spread.action);
            match spread.dots.iter_mut().find(|(l, _)| l == label) {
                Some(entry) => entry.1 += 1,
                None => spread.dots.push((label.to_owned(), 1)),
            }
        }
        // Most first; equal ones keep the order they came in.
        for spread in &mut self.questions {
            spread.dots.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        }
    }

    /// Every action and item given dots, with its dots over all sessions, most first (equal ones
    /// in the questionnaire's order): the priorities of all the rooms together.
    pub fn priorities(&self) -> Vec<(&str, usize)> {
        let mut all: Vec<(&str, usize)> =
            self.questions.iter().flat_map(|q| q.dots.iter().map(|(l, n)| (l.as_str(), *n))).collect();
        all.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        all
    }
}
