//! The figures every report shows: progress per section, scores, answer-state counts.

use serde::Serialize;

use crate::interview::{Flow, Progress};
use crate::questionnaire::Questionnaire;
use crate::report::history::History;
use crate::scoring::{Scores, StateCounts, score, state_counts};
use crate::session::Session;

/// A session's figures, computed once for a report.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The session's id.
    pub id: String,
    /// The questionnaire's title in the session's language.
    pub title: String,
    /// The session's status, as in the file.
    pub status: &'static str,
    /// Answered of visible, overall.
    pub answered: usize,
    /// Visible questions that take an answer.
    pub total: usize,
    /// Per section: id, title, shown, answered, total.
    pub sections: Vec<SectionSummary>,
    /// Scores, when the questionnaire is scored.
    pub scores: Option<Scores>,
    /// Answer states given.
    pub states: StateCounts,
    /// Visible required questions still missing, by id.
    pub missing_required: Vec<String>,
    /// The flags the answers raise (`flag_if`), in questionnaire order.
    pub flags: Vec<RaisedFlag>,
    /// The headline questions shown, as (prompt, answer), in questionnaire order.
    pub headlines: Vec<(String, String)>,
    /// Answers given past soft warnings: the question's prompt, and the warnings with the reason
    /// given, in the session's language, in questionnaire order.
    pub overridden: Vec<(String, String)>,
    /// The questions put to a vote, with votes given.
    pub votes: Vec<VoteSummary>,
    /// The scores against the session this one follows up (set with [`Summary::with_history`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<Since>,
    /// The organisation's workshops in the period reviewed, with their time against the agenda
    /// (set with [`Summary::with_history`], for a questionnaire with `workshop_time`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub workshops: Vec<crate::report::history::Workshop>,
    /// Where the questionnaire's content comes from (its `source`, in the session's language):
    /// every report credits the guidance and the outside frameworks it uses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The scores of a follow-up against the session it follows: the trend since the last review.
#[derive(Debug, Clone, Serialize)]
pub struct Since {
    /// The earlier session's id.
    pub session: String,
    /// When it was started, as read in the session's language.
    pub date: String,
    /// Section scores, before and after.
    pub sections: Vec<crate::report::compare::ScoreChange>,
    /// The overall score, before and after.
    pub overall: Option<crate::report::compare::ScoreChange>,
}

/// A flag raised by the answers.
#[derive(Debug, Clone, Serialize)]
pub struct RaisedFlag {
    /// The question that raised it.
    pub question: String,
    /// Its prompt, in the session's language.
    pub prompt: String,
    /// The flag's message.
    pub message: String,
}

/// The flags a session's answers raise: each `flag_if` of a shown question whose condition holds.
pub fn raised_flags(q: &Questionnaire, session: &Session) -> Vec<RaisedFlag> {
    let (lang, default) = (session.language.as_str(), q.default_language());
    let flow = Flow::new(q, &session.answers);
    let lookup = |id: &str| flow.seen(q, &session.answers, id);
    q.places()
        .filter(|(place, x)| !x.flag_if.is_empty() && flow.is_visible(*place))
        .flat_map(|(_, x)| {
            x.flag_if.iter().filter(|f| f.when.holds(&lookup)).map(|f| RaisedFlag {
                question: x.id.clone(),
                prompt: crate::session::answer_text::session_prompt(q, x, session),
                message: f.message.get(lang, default).to_owned(),
            })
        })
        .collect()
}

/// One section's progress.
#[derive(Debug, Clone, Serialize)]
pub struct SectionSummary {
    /// The section's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Whether it is shown for these answers.
    pub shown: bool,
    /// Answered questions.
    pub answered: usize,
    /// Visible questions taking an answer.
    pub total: usize,
    /// The minutes the agenda plans for it.
    pub minutes: Option<u32>,
    /// Seconds the interview spent on it.
    pub spent: u64,
}

/// A question put to a vote: the agreed answer and the spread of the votes.
#[derive(Debug, Clone, Serialize)]
pub struct VoteSummary {
    /// The question's id.
    pub question: String,
    /// The question as asked.
    pub prompt: String,
    /// The agreed answer as it reads.
    pub agreed: String,
    /// The votes.
    pub spread: crate::interview::votes::Spread,
}

impl Summary {
    /// Computes the figures of a session.
    pub fn new(q: &Questionnaire, session: &Session) -> Summary {
        let lang = session.language.as_str();
        let default = q.default_language();
        let flow = Flow::new(q, &session.answers);
        let Progress { answered, total } = flow.progress();
        let sections = q
            .sections
            .iter()
            .zip(&flow.sections)
            .map(|(s, f)| SectionSummary {
                id: s.id.clone(),
                title: s.title.get(lang, default).to_owned(),
                shown: f.shown,
                answered: f.answered,
                total: f.total,
                minutes: s.minutes,
                spent: session.spent.get(&s.id).copied().unwrap_or(0),
            })
            .collect();
        Summary {
            id: session.id.clone(),
            title: q.title.get(lang, default).to_owned(),
            status: session.status.name(),
            answered,
            total,
            sections,
            scores: score(q, &session.answers, lang).map(|mut scores| {
                crate::report::dots::rank(session, &mut scores.actions);
                scores
            }),
            states: state_counts(q, &session.answers),
            missing_required: flow.missing_required(q, &session.answers).iter().map(|q| q.id.clone()).collect(),
            flags: raised_flags(q, session),
            overridden: q
                .places()
                .filter(|(_, x)| session.answers.get(&x.id).is_some_and(|a| !a.inactive))
                .filter_map(|(_, x)| {
                    let said = crate::session::answer_text::overridden(session, &x.id, lang)?;
                    Some((crate::session::answer_text::session_prompt(q, x, session), said))
                })
                .collect(),
            since: None,
            workshops: Vec::new(),
            source: q.source.as_ref().map(|t| t.get(lang, q.default_language()).to_owned()),
            votes: q
                .places()
                .filter(|(place, x)| flow.is_visible(*place) && crate::interview::votes::is_voted(q, x))
                .filter_map(|(_, x)| {
                    let answer = session.answers.get(&x.id).filter(|a| !a.votes.is_empty())?;
                    Some(VoteSummary {
                        question: x.id.clone(),
                        prompt: crate::session::answer_text::session_prompt(q, x, session),
                        agreed: crate::session::answer_text::answer_text(q, x, Some(answer), lang),
                        spread: crate::interview::votes::Spread::of(q, x, &answer.votes, lang),
                    })
                })
                .collect(),
            headlines: q
                .places()
                .filter(|(place, x)| x.headline && flow.is_visible(*place))
                .map(|(_, x)| {
                    let answer = crate::session::answer_text::answer_text(q, x, session.answers.get(&x.id), lang);
                    (crate::session::answer_text::session_prompt(q, x, session), answer)
                })
                .collect(),
        }
    }
}

impl Summary {
    /// The summary with what it reads from other sessions: the trend against the previous
    /// session (when both have scores) and the workshops in the period reviewed.
    #[must_use]
    pub fn with_history(mut self, q: &Questionnaire, session: &Session, history: &History) -> Summary {
        use crate::report::compare::{score_changes, started};
        let lang = session.language.as_str();
        self.workshops = history.workshops.clone();
        self.since = history.previous.as_ref().and_then(|before| {
            let scored_before = score(q, &before.answers, lang);
            let (sections, overall) = score_changes(q, scored_before.as_ref(), self.scores.as_ref(), lang);
            (!sections.is_empty() || overall.is_some()).then(|| Since {
                session: before.id.clone(),
                date: started(before, lang),
                sections,
                overall,
            })
        });
        self
    }

    /// The trend as lines ("Commitment: 4.0 → 6.5 ▲ 2.5"), under a heading naming the earlier
    /// session. Not yet made safe for any output.
    pub fn since_lines(&self, language: &str) -> Option<(String, Vec<String>)> {
        let since = self.since.as_ref()?;
        let heading =
            crate::tr_in!(language, "rep-since", session = since.session.as_str(), date = since.date.as_str());
        let lines = since
            .sections
            .iter()
            .chain(&since.overall)
            // A section scored neither time says nothing about a trend.
            .filter(|c| c.before.is_some() || c.after.is_some())
            .map(|c| {
                format!(
                    "{}: {} → {} {}",
                    c.title,
                    score_text(c.before, language),
                    score_text(c.after, language),
                    c.arrow(language)
                )
            })
            .collect();
        Some((heading, lines))
    }

    /// The workshops in the period reviewed as lines under a heading, when there are any. Not
    /// yet made safe for any output.
    pub fn workshop_lines(&self, language: &str) -> Option<(String, Vec<String>)> {
        (!self.workshops.is_empty()).then(|| {
            (crate::tr_in!(language, "rep-workshops"), self.workshops.iter().map(|w| w.line(language)).collect())
        })
    }
}

impl Summary {
    /// Where the session stands, in one line: `in progress · 7 of 9 answered · ID · last change
    /// 2026-11-28 09:30` (not yet made safe for any output).
    pub fn state_line(&self, session: &Session) -> String {
        crate::tr_in!(
            &session.language,
            "rep-state-line",
            status = status_label(session.status, &session.language),
            answered = self.answered,
            total = self.total,
            id = session.id.as_str(),
            changed =
                crate::text::moment_in(&session.updated_at.format("%Y-%m-%d %H:%M").to_string(), &session.language)
        )
    }
}

impl Summary {
    /// The counts of answer states in a language, when any state was given.
    pub fn states_text(&self, language: &str) -> Option<String> {
        let s = self.states;
        (s.dont_know + s.declined + s.not_applicable > 0).then(|| {
            crate::tr_in!(
                language,
                "rep-states",
                dont_know = s.dont_know,
                declined = s.declined,
                not_applicable = s.not_applicable
            )
        })
    }
}

/// A session's status in a language: "in progress", "completed".
pub fn status_label(status: crate::session::Status, language: &str) -> String {
    crate::i18n::message_in(
        language,
        match status {
            crate::session::Status::InProgress => "rep-in-progress",
            crate::session::Status::Completed => "rep-completed",
        },
        &[],
    )
}

/// What follows a suggested action's text in a summary: its score, and its dots after a dot vote
/// ("score 1.5; 4 dots").
pub fn action_note(action: &crate::scoring::Suggestion, language: &str) -> String {
    let score = crate::tr_in!(language, "rep-action-score", score = score_text(Some(action.score), language));
    match action.dots {
        0 => score,
        dots => crate::tr_in!(language, "rep-action-dots", score = score, dots = dots),
    }
}

/// The heading over a session's scores: "Scores (0–10)", or "Scores (totals)" with `sum`.
pub fn scores_heading(scores: &crate::scoring::Scores, language: &str) -> String {
    match scores.method {
        crate::questionnaire::ScoreMethod::Mean => crate::tr_in!(language, "rep-scores-of", scale = scores.scale),
        crate::questionnaire::ScoreMethod::Sum => crate::tr_in!(language, "rep-scores-totals"),
    }
}

/// A section's or the overall score as shown: "7.5" on the scale, or with `sum` "14 of 27".
pub fn score_shown(scores: &crate::scoring::Scores, score: Option<f64>, out_of: f64, language: &str) -> String {
    match (scores.method, score) {
        (crate::questionnaire::ScoreMethod::Sum, Some(score)) => crate::tr_in!(
            language,
            "rep-points",
            score = points_text(score, language),
            most = points_text(out_of, language)
        ),
        _ => score_text(score, language),
    }
}

/// Points as shown: whole numbers without decimals, others with one.
fn points_text(points: f64, language: &str) -> String {
    let text = if points.fract().abs() < 1e-9 { format!("{points:.0}") } else { format!("{points:.1}") };
    crate::text::decimal_in(&text, language)
}

/// A score as shown in `language`: one decimal, with that language's decimal mark.
pub fn score_text(score: Option<f64>, language: &str) -> String {
    score.map(|s| crate::text::decimal_in(&format!("{s:.1}"), language)).unwrap_or_else(|| "–".into())
}
