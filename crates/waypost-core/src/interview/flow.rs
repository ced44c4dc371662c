//! Which sections and questions are shown for the answers so far, in order, and how far along
//! the interview is.

use std::collections::HashMap;

use indexmap::IndexMap;
use serde_json::Value;

use crate::questionnaire::{Condition, Kind, Observed, Place, Question, Questionnaire};
use crate::session::Answer;

/// The shape of the interview for the current answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// One entry per section of the questionnaire.
    pub sections: Vec<SectionFlow>,
    /// The visible questions (notes included, calculations not: nobody stops at one), in asking
    /// order.
    pub visible: Vec<Place>,
    /// The value of each calculation shown, worked out from the answers shown before it.
    pub calculated: HashMap<String, Value>,
}

/// How one section stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionFlow {
    /// Whether the section is shown (its condition holds).
    pub shown: bool,
    /// Visible questions that take an answer.
    pub total: usize,
    /// Of those, how many have an answer or an answer state.
    pub answered: usize,
}

/// Answered of visible, counting questions that take an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Answered (a value or an answer state).
    pub answered: usize,
    /// Visible questions that take an answer.
    pub total: usize,
}

impl Progress {
    /// The share answered, 0.0–1.0 (1.0 when nothing is asked).
    pub fn ratio(self) -> f64 {
        if self.total == 0 { 1.0 } else { self.answered as f64 / self.total as f64 }
    }
}

/// What a condition sees of an answer: its value, whether answered, and a chosen choice's score.
pub(crate) fn observe<'a>(
    q: &'a Questionnaire,
    question: Option<&'a Question>,
    answer: Option<&'a Answer>,
) -> Observed<'a> {
    match answer {
        Some(a) => observe_value(q, question, a.value.as_ref(), a.is_answered()),
        None => Observed::default(),
    }
}

/// What a condition sees of a value (a list item's field, say), with the chosen choice's score.
pub fn observe_value<'a>(
    q: &'a Questionnaire,
    question: Option<&'a Question>,
    value: Option<&'a Value>,
    answered: bool,
) -> Observed<'a> {
    let value = value.filter(|v| !v.is_null());
    let score = match (question, value) {
        (Some(question), Some(Value::String(v))) if question.kind == Kind::Single => {
            q.choice(question, v).and_then(|c| c.score)
        }
        _ => None,
    };
    Observed { value, answered: answered || value.is_some(), score }
}

/// The answers of the questions shown so far (calculations' values among them), by id.
type Shown<'a> = HashMap<&'a str, (&'a Question, std::borrow::Cow<'a, Answer>)>;

/// Evaluates a condition against the answers of the questions shown so far.
fn holds(q: &Questionnaire, cond: &Option<Condition>, shown: &Shown<'_>) -> bool {
    cond.as_ref().is_none_or(|c| {
        c.holds(&|id| match shown.get(id) {
            Some((question, answer)) => observe(q, Some(question), Some(answer)),
            None => Observed::default(),
        })
    })
}

impl Flow {
    /// Works out what is shown: sections and questions in order, each condition seeing only the
    /// answers of questions shown before it, so a hidden question's kept answer has no effect.
    pub fn new(q: &Questionnaire, answers: &IndexMap<String, Answer>) -> Flow {
        let mut shown: Shown<'_> = HashMap::new();
        let mut sections = Vec::with_capacity(q.sections.len());
        let mut visible = Vec::new();
        let mut calculated = HashMap::new();
        for (s, section) in q.sections.iter().enumerate() {
            let section_shown = holds(q, &section.show_if, &shown);
            let mut flow = SectionFlow { shown: section_shown, total: 0, answered: 0 };
            if section_shown {
                for (i, question) in section.questions.iter().enumerate() {
                    if !holds(q, &question.show_if, &shown) {
                        continue;
                    }
                    if question.kind == Kind::Calculate {
                        let seen = |id: &str| shown.get(id).and_then(|(_, a)| a.value.clone());
                        if let Some(value) = q.calculated(question, &seen) {
                            let answer = Answer { value: Some(value.clone()), ..Answer::default() };
                            shown.insert(&question.id, (question, std::borrow::Cow::Owned(answer)));
                            calculated.insert(question.id.clone(), value);
                        }
                        continue;
                    }
                    visible.push(Place { section: s, question: i });
                    if !question.takes_answer() {
                        continue;
                    }
                    flow.total += 1;
                    if let Some(answer) = answers.get(&question.id) {
                        flow.answered += usize::from(answer.is_confirmed());
                        shown.insert(&question.id, (question, std::borrow::Cow::Borrowed(answer)));
                    }
                }
            }
            sections.push(flow);
        }
        Flow { sections, visible, calculated }
    }

    /// What a condition sees of a question's answer: nothing when the question is hidden.
    pub fn seen<'a>(&'a self, q: &'a Questionnaire, answers: &'a IndexMap<String, Answer>, id: &str) -> Observed<'a> {
        match q.find(id) {
            // A calculation: its value, when it could be worked out.
            Some((_, question)) if question.kind == Kind::Calculate => {
                observe_value(q, Some(question), self.calculated.get(id), false)
            }
            Some((place, question)) if self.is_visible(place) => observe(q, Some(question), answers.get(id)),
            _ => Observed::default(),
        }
    }

    /// Whether the question at `place` is shown.
    pub fn is_visible(&self, place: Place) -> bool {
        self.visible.binary_search(&place).is_ok()
    }

    /// Whether the question with this id is shown.
    pub fn is_visible_id(&self, q: &Questionnaire, id: &str) -> bool {
        q.find(id).is_some_and(|(place, _)| self.is_visible(place))
    }

    /// Answered of visible over the whole questionnaire.
    pub fn progress(&self) -> Progress {
        self.sections.iter().fold(Progress { answered: 0, total: 0 }, |p, s| Progress {
            answered: p.answered + s.answered,
            total: p.total + s.total,
        })
    }

    /// Answered of visible in one section.
    pub fn section_progress(&self, section: usize) -> Progress {
        let s = self.sections[section];
        Progress { answered: s.answered, total: s.total }
    }

    /// The first visible question after `place` (which need not be visible itself).
    pub fn next(&self, place: Place) -> Option<Place> {
        let i = self.visible.partition_point(|p| *p <= place);
        self.visible.get(i).copied()
    }

    /// The last visible question before `place`.
    pub fn previous(&self, place: Place) -> Option<Place> {
        let i = self.visible.partition_point(|p| *p < place);
        i.checked_sub(1).map(|i| self.visible[i])
    }

    /// The first visible question that takes an answer and has none.
    pub fn first_unanswered(&self, q: &Questionnaire, answers: &IndexMap<String, Answer>) -> Option<Place> {
        self.visible.iter().copied().find(|p| {
            let question = q.at(*p);
            question.takes_answer() && !answers.get(&question.id).is_some_and(Answer::is_confirmed)
        })
    }

    /// Where to resume: the saved position if shown, else the next shown question after it, else
    /// the first question of a session without answers, else the first unanswered one.
    pub fn resume_at(
        &self,
        q: &Questionnaire,
        answers: &IndexMap<String, Answer>,
        position: Option<&str>,
    ) -> Option<Place> {
        if let Some((place, _)) = position.and_then(|id| q.find(id)) {
            if self.is_visible(place) {
                return Some(place);
            }
            if let Some(next) = self.next(place) {
                return Some(next);
            }
        }
        // A new session starts at the very first question, a note included.
        if !answers.values().any(Answer::is_answered) {
            return self.visible.first().copied();
        }
        self.first_unanswered(q, answers).or_else(|| self.visible.first().copied())
    }

    /// Visible required questions with neither an answer nor an answer state.
    pub fn missing_required<'a>(&self, q: &'a Questionnaire, answers: &IndexMap<String, Answer>) -> Vec<&'a Question> {
        self.visible
            .iter()
            .map(|p| q.at(*p))
            .filter(|question| question.takes_answer() && question.required_when(&|id| self.seen(q, answers, id)))
            .filter(|question| !answers.get(&question.id).is_some_and(Answer::is_confirmed))
            .collect()
    }
}
