//! Section and overall scores, bands, and the weakest items as suggested actions.

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::Value;

use crate::interview::Flow;
use crate::questionnaire::{AnswerState, Band, Kind, Question, Questionnaire, ScoreMethod};
use crate::session::Answer;

/// The scores of one session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// How the scores were formed: rescaled means, or totals.
    pub method: ScoreMethod,
    /// One per scored section that is shown, in order.
    pub sections: Vec<SectionScore>,
    /// The (weighted) mean of the section scores that have one, or with `sum` their (weighted)
    /// total.
    pub overall: Option<f64>,
    /// The band the overall score falls in.
    pub overall_band: Option<String>,
    /// The top of the overall score: the scale with `mean`, the highest total the shown
    /// questions allow with `sum`.
    pub scale: f64,
    /// The weakest items, lowest first.
    pub actions: Vec<Suggestion>,
}

/// The score of one section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionScore {
    /// The section's id.
    pub id: String,
    /// Its title, in the session's language.
    pub title: String,
    /// The (weighted) mean of its scored answers, rescaled, or with `sum` their (weighted)
    /// total; none when nothing in it is scored yet.
    pub score: Option<f64>,
    /// The top of its score: the scale with `mean`, the highest total its shown questions allow
    /// with `sum`.
    pub out_of: f64,
    /// The band the score falls in.
    pub band: Option<String>,
    /// How many answers were scored.
    pub items: usize,
}

/// A weak item, suggested as an action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The question's id.
    pub question: String,
    /// The section's id.
    pub section: String,
    /// The item's score on the scale.
    pub score: f64,
    /// The question's `action` text, else its prompt.
    pub text: String,
    /// The dots the participants gave it in a dot vote (the actions are ranked by them).
    #[serde(skip_serializing_if = "is_zero")]
    pub dots: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// How many visible questions carry each answer state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StateCounts {
    /// Don't know.
    pub dont_know: usize,
    /// Declined.
    pub declined: usize,
    /// Not applicable.
    pub not_applicable: usize,
}

/// Counts the answer states of visible questions.
pub fn state_counts(q: &Questionnaire, answers: &IndexMap<String, Answer>) -> StateCounts {
    let flow = Flow::new(q, answers);
    let mut counts = StateCounts::default();
    for place in &flow.visible {
        match answers.get(&q.at(*place).id).and_then(|a| a.state) {
            Some(AnswerState::DontKnow) => counts.dont_know += 1,
            Some(AnswerState::Declined) => counts.declined += 1,
            Some(AnswerState::NotApplicable) => counts.not_applicable += 1,
            None => {}
        }
    }
    counts
}

/// The band a score falls in: the first whose `max` it does not exceed.
pub fn band(bands: &[Band], score: f64) -> Option<&Band> {
    bands.iter().find(|b| score <= b.max + 1e-9)
}

/// One answer's score on 0..`scale`, or none when it is not scored (no scored choice chosen,
/// or a state such as N/A instead of a value).
pub fn item_score(q: &Questionnaire, question: &Question, answer: &Answer, scale: f64) -> Option<f64> {
    let value = answer.value.as_ref()?;
    match question.kind {
        Kind::Single => {
            let (lo, hi) = q.score_range(question)?;
            let s = q.choice(question, value.as_str()?)?.score?;
            Some((s - lo) / (hi - lo) * scale)
        }
        Kind::Multi => {
            let choices = q.choices(question);
            let top: f64 = choices.iter().filter_map(|c| c.score).filter(|s| *s > 0.0).sum();
            if top <= 0.0 {
                return None;
            }
            let chosen: Vec<&str> = value.as_array()?.iter().filter_map(Value::as_str).collect();
            let got: f64 = choices.iter().filter(|c| chosen.contains(&c.value.as_str())).filter_map(|c| c.score).sum();
            Some((got / top).clamp(0.0, 1.0) * scale)
        }
        // Only choices carry scores.
        Kind::Number
        | Kind::Text
        | Kind::Date
        | Kind::Time
        | Kind::DateTime
        | Kind::List
        | Kind::Note
        | Kind::Calculate => None,
    }
}

/// An answer's points as the choices give them (with `method: "sum"`): the chosen choice's
/// score, or the scores of the chosen choices added up; none for a state or no answer.
pub fn item_points(q: &Questionnaire, question: &Question, answer: &Answer) -> Option<f64> {
    let value = answer.value.as_ref()?;
    match question.kind {
        Kind::Single => q.choice(question, value.as_str()?)?.score,
        Kind::Multi => {
            let chosen: Vec<&str> = value.as_array()?.iter().filter_map(Value::as_str).collect();
            Some(
                q.choices(question).iter().filter(|c| chosen.contains(&c.value.as_str())).filter_map(|c| c.score).sum(),
            )
        }
        Kind::Number
        | Kind::Text
        | Kind::Date
        | Kind::Time
        | Kind::DateTime
        | Kind::List
        | Kind::Note
        | Kind::Calculate => None,
    }
}

/// A running (weighted) mean or total.
#[derive(Default)]
struct Tally {
    sum: f64,
    weights: f64,
    items: usize,
}

impl Tally {
    fn add(&mut self, value: f64, weight: f64) {
        self.sum += value * weight;
        self.weights += weight;
        self.items += 1;
    }

    fn result(&self, method: ScoreMethod) -> Option<f64> {
        match method {
            ScoreMethod::Mean => (self.weights > 0.0).then(|| self.sum / self.weights),
            ScoreMethod::Sum => (self.items > 0).then_some(self.sum),
        }
    }
}

/// Scores a session's answers; `None` when the questionnaire declares no scoring.
pub fn score(q: &Questionnaire, answers: &IndexMap<String, Answer>, language: &str) -> Option<Scores> {
    let scoring = q.scoring.as_ref()?;
    let method = scoring.method;
    let lang_default = q.default_language();
    let scale = scoring.scale;
    let flow = Flow::new(q, answers);
    let mut sections = Vec::new();
    let mut weak = Vec::new();
    let (mut overall, mut overall_most) = (Tally::default(), 0.0);
    // A low item is a gap to act on where a higher score is better, as in a self-assessment; a
    // total such as PHQ-9's counts symptoms, so `sum` suggests actions only when asked to.
    let threshold = match method {
        ScoreMethod::Mean => Some(scoring.actions_at_most.unwrap_or(scale / 4.0)),
        ScoreMethod::Sum => scoring.actions_at_most,
    };
    for (s, section) in q.sections.iter().enumerate() {
        if !flow.sections[s].shown || !q.section_scored(section) {
            continue;
        }
        let mut tally = Tally::default();
        let mut most = 0.0;
        for (i, question) in section.questions.iter().enumerate() {
            let place = crate::questionnaire::Place { section: s, question: i };
            if !flow.is_visible(place) || q.score_range(question).is_none() {
                continue;
            }
            let weight = question.weight.unwrap_or(1.0);
            most += q.most_points(question) * weight;
            let answer = answers.get(&question.id);
            let Some(item) = answer.and_then(|a| item_score(q, question, a, scale)) else {
                continue;
            };
            match method {
                ScoreMethod::Mean => tally.add(item, weight),
                ScoreMethod::Sum => tally.add(answer.and_then(|a| item_points(q, question, a)).unwrap_or(0.0), weight),
            }
            if threshold.is_some_and(|at| item <= at + 1e-9) {
                let text = question.action.as_ref().unwrap_or(&question.prompt).get(language, lang_default);
                // The group's own follow-up, where it wrote one, goes with the suggestion.
                let own = question
                    .action_from
                    .as_deref()
                    .filter(|id| flow.is_visible_id(q, id))
                    .and_then(|id| answers.get(id)?.value.as_ref()?.as_str().map(str::trim))
                    .filter(|t| !t.is_empty());
                weak.push(Suggestion {
                    question: question.id.clone(),
                    section: section.id.clone(),
                    score: item,
                    text: match own {
                        Some(own) => format!("{text} {own}"),
                        None => text.to_owned(),
                    },
                    dots: 0,
                });
            }
        }
        let score = tally.result(method);
        let out_of = if method == ScoreMethod::Sum { most } else { scale };
        let weight = section.weight.unwrap_or(1.0);
        if let Some(score) = score {
            overall.add(score, weight);
        }
        overall_most += out_of * weight;
        sections.push(SectionScore {
            id: section.id.clone(),
            title: section.title.get(language, lang_default).to_owned(),
            score,
            out_of,
            band: score.and_then(|v| band(&scoring.bands, v)).map(|b| b.label.get(language, lang_default).to_owned()),
            items: tally.items,
        });
    }
    let overall = overall.result(method);
    // A stable sort keeps questionnaire order among equal scores.
    weak.sort_by(|a, b| a.score.total_cmp(&b.score));
    weak.truncate(scoring.max_actions.unwrap_or(10));
    Some(Scores {
        method,
        sections,
        overall,
        overall_band: overall
            .and_then(|v| band(&scoring.bands, v))
            .map(|b| b.label.get(language, lang_default).to_owned()),
        scale: if method == ScoreMethod::Sum { overall_most } else { scale },
        actions: weak,
    })
}
