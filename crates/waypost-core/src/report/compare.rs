//! Two sessions of one questionnaire side by side: changed answers, section score changes, and
//! list items added and removed.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use crate::interview::{Flow, Outside};
use crate::questionnaire::{Kind, Question, Questionnaire};
use crate::scoring::{Scores, score};
use crate::session::Session;
use crate::session::answer_text::{answer_text, shown_cells};

/// What changed from one session to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The earlier session's id.
    pub before: String,
    /// The later session's id.
    pub after: String,
    /// Answers that differ (lists are in `lists`).
    pub changes: Vec<Change>,
    /// Section scores before and after.
    pub sections: Vec<ScoreChange>,
    /// The overall score before and after.
    pub overall: Option<ScoreChange>,
    /// List items added and removed.
    pub lists: Vec<ListChange>,
    /// The language its texts are in (the later session's), for the reports' headings.
    #[serde(skip)]
    pub language: String,
    /// When each session was started, as read in `language`: two sessions of one organisation
    /// are told apart by their dates.
    #[serde(skip)]
    pub dates: (String, String),
}

impl Comparison {
    /// `2025-acme (28/11/2025) → 2026-acme (28/11/2026)`: the two sessions with their dates.
    pub fn heading(&self) -> String {
        format!("{} ({}) → {} ({})", self.before, self.dates.0, self.after, self.dates.1)
    }
}

/// One answer that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The question's id.
    pub question: String,
    /// Its prompt.
    pub prompt: String,
    /// The answer before ("missing" when none).
    pub before: String,
    /// The answer after.
    pub after: String,
}

/// A score before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreChange {
    /// The section's id (`overall` for the whole).
    pub id: String,
    /// Its title.
    pub title: String,
    /// The score before.
    pub before: Option<f64>,
    /// The score after.
    pub after: Option<f64>,
}

impl ScoreChange {
    /// The difference, when both scores exist.
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    /// `▲ 1.5`, `▼ 0.5` or `= 0.0` (with the decimal mark of `language`); `–` without both
    /// scores.
    pub fn arrow(&self, language: &str) -> String {
        let text = match self.delta() {
            Some(d) if d > 0.05 => format!("▲ {d:.1}"),
            Some(d) if d < -0.05 => format!("▼ {:.1}", -d),
            Some(_) => "= 0.0".into(),
            None => return "–".into(),
        };
        crate::text::decimal_in(&text, language)
    }
}

/// Items added to and removed from one list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListChange {
    /// The list question's id.
    pub question: String,
    /// Its prompt.
    pub prompt: String,
    /// Items only in the later session, by their summary.
    pub added: Vec<String>,
    /// Items only in the earlier session.
    pub removed: Vec<String>,
}

/// One line describing a list item: the answers of the fields it shows, joined (`outside` sees
/// the session's answers shown, for fields whose conditions name them).
pub fn item_summary(q: &Questionnaire, list: &Question, item: &Value, outside: Outside, lang: &str) -> String {
    let Some(item) = item.as_object() else { return String::new() };
    shown_cells(q, list, item, outside, lang).into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

fn items<'a>(session: &'a Session, id: &str, shown: bool) -> &'a [Value] {
    session
        .answers
        .get(id)
        .filter(|_| shown)
        .and_then(|a| a.value.as_ref())
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// Compares two sessions of the same questionnaire.
pub fn compare(q: &Questionnaire, before: &Session, after: &Session) -> Comparison {
    let lang = after.language.as_str();
    let (fb, fa) = (Flow::new(q, &before.answers), Flow::new(q, &after.answers));
    let mut changes = Vec::new();
    let mut lists = Vec::new();
    for (place, question) in q.places() {
        let (shown_b, shown_a) = (fb.is_visible(place), fa.is_visible(place));
        if !question.takes_answer() || !(shown_b || shown_a) {
            continue;
        }
        let prompt = q.prompt_in_context(place, lang);
        if question.kind == Kind::List {
            let summarize = |s: &Session, flow: &Flow, shown| -> BTreeSet<String> {
                let outside = |id: &str| flow.seen(q, &s.answers, id);
                items(s, &question.id, shown).iter().map(|i| item_summary(q, question, i, &outside, lang)).collect()
            };
            let (b, a) = (summarize(before, &fb, shown_b), summarize(after, &fa, shown_a));
            let added: Vec<String> = a.difference(&b).cloned().collect();
            let removed: Vec<String> = b.difference(&a).cloned().collect();
            if !added.is_empty() || !removed.is_empty() {
                lists.push(ListChange { question: question.id.clone(), prompt, added, removed });
            }
            continue;
        }
        let answered = |s: &Session, shown: bool| {
            shown && s.answers().get(&question.id).is_some_and(super::super::session::model::Answer::is_answered)
        };
        if !answered(before, shown_b) && !answered(after, shown_a) {
            continue; // nothing either time: not a change worth listing
        }
        let text = |s: &Session, shown: bool| {
            if shown {
                let answer = s.answers().get(&question.id);
                let text = answer_text(q, question, answer, lang);
                // A question put to a vote reads with its votes: a change of mind in the room
                // is a change too.
                match answer.filter(|a| !a.votes.is_empty() && crate::interview::votes::is_voted(q, question)) {
                    Some(a) => format!(
                        "{text} — {}",
                        crate::interview::votes::Spread::of(q, question, &a.votes, lang).text(lang)
                    ),
                    None => text,
                }
            } else {
                crate::tr_in!(lang, "rep-not-asked")
            }
        };
        let (b, a) = (text(before, shown_b), text(after, shown_a));
        if b != a {
            changes.push(Change { question: question.id.clone(), prompt, before: b, after: a });
        }
    }
    let (sb, sa) = (score(q, &before.answers, lang), score(q, &after.answers, lang));
    let (sections, overall) = score_changes(q, sb.as_ref(), sa.as_ref(), lang);
    Comparison {
        before: before.id.clone(),
        after: after.id.clone(),
        changes,
        sections,
        overall,
        lists,
        language: lang.to_owned(),
        dates: (started(before, lang), started(after, lang)),
    }
}

/// Section scores and the overall score, before and after, titled in `lang`.
pub fn score_changes(
    q: &Questionnaire,
    before: Option<&Scores>,
    after: Option<&Scores>,
    lang: &str,
) -> (Vec<ScoreChange>, Option<ScoreChange>) {
    let sections = q
        .sections
        .iter()
        .filter_map(|section| {
            let (b, a) = (section_score(before, &section.id), section_score(after, &section.id));
            (b.is_some() || a.is_some()).then(|| ScoreChange {
                id: section.id.clone(),
                title: section.title.get(lang, q.default_language()).to_owned(),
                before: b.and_then(|x| x.score),
                after: a.and_then(|x| x.score),
            })
        })
        .collect();
    let overall = (before.is_some() || after.is_some()).then(|| ScoreChange {
        id: "overall".into(),
        title: crate::tr_in!(lang, "rep-overall"),
        before: before.and_then(|s| s.overall),
        after: after.and_then(|s| s.overall),
    });
    (sections, overall)
}

fn section_score<'a>(scores: Option<&'a Scores>, id: &str) -> Option<&'a crate::scoring::SectionScore> {
    scores.and_then(|x| x.sections.iter().find(|y| y.id == id))
}

/// When a session was started, as read in `lang`.
pub(crate) fn started(session: &Session, lang: &str) -> String {
    crate::text::date_in(&session.created_at.format("%Y-%m-%d").to_string(), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_show_the_direction_and_size() {
        let change = |before, after| ScoreChange { id: "s".into(), title: "S".into(), before, after };
        assert_eq!(change(Some(2.5), Some(5.0)).arrow("en"), "▲ 2.5");
        assert_eq!(change(Some(2.5), Some(5.0)).arrow("es"), "▲ 2,5");
        assert_eq!(change(Some(5.0), Some(4.5)).arrow("en"), "▼ 0.5");
        assert_eq!(change(Some(5.0), Some(5.0)).arrow("en"), "= 0.0");
        assert_eq!(change(None, Some(5.0)).arrow("es"), "–");
    }

    #[test]
    fn a_prompt_asked_in_two_sections_is_named_with_its_section() {
        use crate::interview::{Input, answer};
        let q = crate::testing::built_in("learning-review");
        let (mut before, mut after) =
            (crate::testing::session(&q, "a", "Acme"), crate::testing::session(&q, "b", "Acme"));
        let now = crate::testing::now();
        for (s, v) in [(&mut before, "2"), (&mut after, "3")] {
            answer(&q, s, "review_type", Input::Value(serde_json::json!("periodic")), Some("ok"), now, None).unwrap();
            answer(&q, s, "health_purpose_company", Input::Value(serde_json::json!(v)), Some("ok"), now, None).unwrap();
        }
        let c = compare(&q, &before, &after);
        let change = c.changes.iter().find(|ch| ch.question == "health_purpose_company").unwrap();
        assert_eq!(change.prompt, "We share a clear purpose with measurable goals. (Health: company scores)");
        let once = c.changes.iter().find(|ch| ch.question != "health_purpose_company");
        assert!(once.is_none_or(|ch| !ch.prompt.contains(" (")), "{once:?}");
    }
}
