//! What a summary reads from other sessions: the session this one follows (for the trend since
//! the last review) and the organisation's workshops in the period reviewed, with the time each
//! kept against its agenda (for a learning review).

use serde::Serialize;

use super::agenda::{Agenda, difference, minutes_text};
use crate::questionnaire::Questionnaire;
use crate::session::Session;
use crate::tr_in;

/// The other sessions a summary refers to, found by the lifecycle's `history`.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// The session this one follows up, or the organisation's last earlier one of the same
    /// questionnaire.
    pub previous: Option<Session>,
    /// The organisation's sessions of other questionnaires in the period reviewed that kept
    /// time, oldest first (only for a questionnaire with `workshop_time`).
    pub workshops: Vec<Workshop>,
}

/// One workshop in the period reviewed: when, which, and its time against its agenda.
#[derive(Debug, Clone, Serialize)]
pub struct Workshop {
    /// The session's id.
    pub session: String,
    /// When it was started, as read in the reviewing session's language.
    pub date: String,
    /// Its agenda with the time spent on each section.
    pub agenda: Agenda,
}

impl Workshop {
    /// The workshop a session was, read in `lang`; `None` when it kept no time.
    pub fn of(q: &Questionnaire, session: &Session, lang: &str) -> Option<Workshop> {
        let agenda = Agenda::new(q, Some(session), lang);
        (agenda.spent.unwrap_or(0) > 0).then(|| Workshop {
            session: session.id.clone(),
            date: super::compare::started(session, lang),
            agenda,
        })
    }

    /// The workshop in one line: "2026-05-12 · CSR self-assessment (ID): 95 min spent of
    /// 60 min planned (+35 min); over the plan: Due diligence +20 min". Not yet made safe for
    /// any output.
    pub fn line(&self, lang: &str) -> String {
        let a = &self.agenda;
        let spent = a.spent.unwrap_or(0);
        let (date, title, session) = (self.date.as_str(), a.title.as_str(), self.session.as_str());
        let mut line = if a.minutes == 0 {
            tr_in!(
                lang,
                "rep-workshop-unplanned",
                date = date,
                title = title,
                session = session,
                spent = minutes_text(spent, lang)
            )
        } else {
            tr_in!(
                lang,
                "rep-workshop",
                date = date,
                title = title,
                session = session,
                spent = minutes_text(spent, lang),
                planned = minutes_text(u64::from(a.minutes) * 60, lang),
                difference = difference(spent, a.minutes, lang)
            )
        };
        let over: Vec<String> = a
            .slots
            .iter()
            .filter(|s| !s.skipped)
            .filter_map(|s| {
                let (minutes, spent) = (s.minutes?, s.spent?);
                ((spent + 30) / 60 > u64::from(minutes))
                    .then(|| format!("{} {}", s.title, difference(spent, minutes, lang)))
            })
            .collect();
        if !over.is_empty() {
            line.push_str(&tr_in!(lang, "rep-workshop-over", sections = over.join(", ")));
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{QuestionnaireRef, Subject};

    #[test]
    fn a_workshop_says_its_time_against_the_plan_and_which_sections_ran_over() {
        let q = crate::report::agenda::tests::workshop();
        let at = chrono::DateTime::parse_from_rfc3339("2026-05-12T09:30:00+02:00").expect("valid");
        let mut s = Session::new("w1".into(), QuestionnaireRef::of(&q), "en".into(), Subject::default(), at);
        assert!(Workshop::of(&q, &s, "en").is_none(), "a session that kept no time is no workshop");
        s.spent.insert("open".into(), 35 * 60);
        s.spent.insert("map".into(), 40 * 60);
        s.spent.insert("close".into(), 10 * 60);
        let w = Workshop::of(&q, &s, "en").expect("kept time");
        assert_eq!(
            w.line("en"),
            "2026-05-12 · Workshop (w1): 85 min spent of 65 min planned (+20 min); over the plan: Opening +20 min"
        );
        let w = Workshop::of(&q, &s, "es").expect("kept time");
        assert_eq!(
            w.line("es"),
            "12/05/2026 · Workshop (w1): 85 min dedicados de 65 min previstos (+20 min); por encima de lo previsto: Opening +20 min"
        );
    }
}
