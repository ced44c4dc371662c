//! The agenda of a workshop: the minutes each section plans, when each starts from the
//! beginning, and, for a session, the time the interview spent there against the plan.

use std::fmt::Write;

use serde::Serialize;

use super::html::{esc, page};
use super::markdown::escape;
use crate::interview::Flow;
use crate::questionnaire::Questionnaire;
use crate::session::Session;
use crate::tr_in;

/// One section in the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slot {
    /// The section's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The minutes planned (none: not planned).
    pub minutes: Option<u32>,
    /// Minutes from the start at which it begins, by the plan.
    pub starts: u32,
    /// Seconds the session spent there (none for a plan without a session).
    pub spent: Option<u64>,
    /// Not asked in this session (its condition does not hold): its minutes leave the plan.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub skipped: bool,
}

/// The agenda of a questionnaire, or of a session against its plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agenda {
    /// The questionnaire's title.
    pub title: String,
    /// The sections, in order.
    pub slots: Vec<Slot>,
    /// Minutes planned in all.
    pub minutes: u32,
    /// Seconds spent in all (none without a session).
    pub spent: Option<u64>,
}

impl Agenda {
    /// The agenda of `q` in `lang`; with a session, the time it spent on each section, and the
    /// sections its answers skip left out of the plan.
    pub fn new(q: &Questionnaire, session: Option<&Session>, lang: &str) -> Agenda {
        let flow = session.map(|x| Flow::new(q, &x.answers));
        let mut starts = 0;
        let slots: Vec<Slot> = q
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let skipped = !shown(flow.as_ref(), i);
                let slot = Slot {
                    id: s.id.clone(),
                    title: s.title.get(lang, q.default_language()).to_owned(),
                    minutes: s.minutes,
                    starts,
                    spent: session.map(|x| x.spent.get(&s.id).copied().unwrap_or(0)),
                    skipped,
                };
                if !skipped {
                    starts += s.minutes.unwrap_or(0);
                }
                slot
            })
            .collect();
        let spent = session.map(|x| x.spent.values().sum());
        Agenda { title: q.title.get(lang, q.default_language()).to_owned(), slots, minutes: starts, spent }
    }

    /// Whether there is anything to show: minutes planned, or a minute spent (rounded).
    pub fn is_empty(&self) -> bool {
        self.minutes == 0 && self.spent.is_none_or(|s| s < 30)
    }

    /// Whether the session kept time (a minute spent, rounded): a report shows time against the
    /// plan only then, never a plan against nothing kept.
    pub fn kept_time(&self) -> bool {
        self.spent.is_some_and(|s| s >= 30)
    }

    /// The rows of a table: section, start, planned, and (with a session) spent and the
    /// difference; with nothing planned, the sections where time was spent and the time. Texts, not yet made safe for any output.
    pub fn rows(&self, lang: &str) -> (Vec<String>, Vec<Vec<String>>) {
        if let (0, Some(spent)) = (self.minutes, self.spent) {
            // Nothing planned: only where the time went.
            let rows = self.slots.iter().filter_map(|s| s.spent.filter(|x| *x >= 30).map(|x| (s.title.clone(), x)));
            let rows = rows.chain(std::iter::once((tr_in!(lang, "agenda-total"), spent)));
            let rows = rows.map(|(title, x)| vec![title, minutes_text(x, lang)]).collect();
            return (vec![tr_in!(lang, "agenda-section"), tr_in!(lang, "agenda-spent")], rows);
        }
        let mut header =
            vec![tr_in!(lang, "agenda-section"), tr_in!(lang, "agenda-starts"), tr_in!(lang, "agenda-planned")];
        if self.spent.is_some() {
            header.extend([tr_in!(lang, "agenda-spent"), tr_in!(lang, "agenda-difference")]);
        }
        let row = |title: &str, starts: Option<u32>, minutes: Option<u32>, spent: Option<u64>, skipped: bool| {
            let planned = match minutes {
                _ if skipped => tr_in!(lang, "agenda-skipped"),
                Some(m) => minutes_text(u64::from(m) * 60, lang),
                None => "—".to_owned(),
            };
            let mut cells = vec![title.to_owned(), starts.filter(|_| !skipped).map(clock).unwrap_or_default(), planned];
            if let Some(spent) = spent {
                cells.push(minutes_text(spent, lang));
                cells.push(minutes.filter(|_| !skipped).map(|m| difference(spent, m, lang)).unwrap_or_default());
            }
            cells
        };
        let mut rows: Vec<Vec<String>> =
            self.slots.iter().map(|s| row(&s.title, Some(s.starts), s.minutes, s.spent, s.skipped)).collect();
        rows.push(row(&tr_in!(lang, "agenda-total"), None, Some(self.minutes), self.spent, false));
        (header, rows)
    }

    /// One sentence per section and the total, for plain text: "Opening: planned 10 min, spent
    /// 12 min (+2 min)"; a section without a plan only when time was spent there ("Closing:
    /// spent 4 min"). Not yet made safe for any output.
    pub fn sentences(&self, lang: &str) -> Vec<String> {
        let total = tr_in!(lang, "agenda-total");
        let slots = self.slots.iter().map(|s| (s.title.as_str(), s.minutes.filter(|_| !s.skipped), s.spent));
        let planned = (self.minutes > 0).then_some(self.minutes);
        slots
            .chain(std::iter::once((total.as_str(), planned, self.spent)))
            .filter_map(|(section, minutes, spent)| match (minutes, spent) {
                (Some(m), Some(spent)) => Some(tr_in!(
                    lang,
                    "agenda-sentence-spent",
                    section = section,
                    planned = minutes_text(u64::from(m) * 60, lang),
                    spent = minutes_text(spent, lang),
                    difference = difference(spent, m, lang)
                )),
                (Some(m), None) => Some(tr_in!(
                    lang,
                    "agenda-sentence",
                    section = section,
                    planned = minutes_text(u64::from(m) * 60, lang)
                )),
                (None, Some(spent)) if spent >= 30 => Some(tr_in!(
                    lang,
                    "agenda-sentence-unplanned",
                    section = section,
                    spent = minutes_text(spent, lang)
                )),
                _ => None,
            })
            .collect()
    }

    /// The heading of the time in a session's report: against the agenda, or only the time
    /// spent when nothing was planned.
    pub fn heading(&self, lang: &str) -> String {
        if self.minutes == 0 { tr_in!(lang, "rep-time-spent") } else { tr_in!(lang, "rep-time") }
    }

    /// The agenda as Markdown.
    pub fn markdown(&self, lang: &str) -> String {
        let title = tr_in!(lang, "agenda-title", title = self.title.as_str());
        format!("# {}\n\n{}", escape(&title), self.markdown_table(lang))
    }

    /// The agenda's table in Markdown.
    pub fn markdown_table(&self, lang: &str) -> String {
        let (header, rows) = self.rows(lang);
        let row =
            |cells: &[String]| format!("| {} |\n", cells.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" | "));
        let mut md = row(&header);
        let _ = writeln!(md, "|{}", "---|".repeat(header.len()));
        for cells in rows {
            md.push_str(&row(&cells));
        }
        md
    }

    /// The agenda as a printable HTML page.
    pub fn html(&self, lang: &str) -> String {
        let title = tr_in!(lang, "agenda-title", title = self.title.as_str());
        page(&title, &format!("<h1>{}</h1>\n{}", esc(&title), self.html_table(lang)))
    }

    /// The agenda's table in HTML.
    pub fn html_table(&self, lang: &str) -> String {
        let (header, rows) = self.rows(lang);
        let mut b = String::from("<table><tr>");
        for h in &header {
            let _ = write!(b, "<th>{}</th>", esc(h));
        }
        b.push_str("</tr>\n");
        for row in rows {
            b.push_str("<tr>");
            for c in row {
                let _ = write!(b, "<td>{}</td>", esc(&c));
            }
            b.push_str("</tr>\n");
        }
        b.push_str("</table>\n");
        b
    }
}

/// The minutes planned for the sections shown (all of them without a session's answers).
pub fn planned_minutes(q: &Questionnaire, flow: Option<&Flow>) -> u32 {
    q.sections.iter().enumerate().filter(|(i, _)| shown(flow, *i)).filter_map(|(_, s)| s.minutes).sum()
}

/// Whether the section at `index` is asked: always in a plan, by the answers in a session.
fn shown(flow: Option<&Flow>, index: usize) -> bool {
    flow.is_none_or(|f| f.sections.get(index).is_none_or(|s| s.shown))
}

/// Minutes from the start as a clock: `0:00`, `1:20`.
pub fn clock(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// A time in whole minutes, rounded to the nearest ("25 min").
pub fn minutes_text(seconds: u64, lang: &str) -> String {
    tr_in!(lang, "agenda-minutes", minutes = (seconds + 30) / 60)
}

/// Time spent against the plan, in whole minutes: "+5 min", "−3 min", "on time".
pub fn difference(spent: u64, planned: u32, lang: &str) -> String {
    let spent = i64::try_from((spent + 30) / 60).unwrap_or(i64::MAX);
    match spent - i64::from(planned) {
        0 => tr_in!(lang, "agenda-on-time"),
        d if d > 0 => tr_in!(lang, "agenda-over", minutes = d),
        d => tr_in!(lang, "agenda-under", minutes = -d),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::questionnaire::parse;

    /// Three sections: 15 and 50 minutes planned, and one without a plan.
    pub(crate) fn workshop() -> Questionnaire {
        parse(
            br#"{"format": 1, "id": "w", "version": "1", "title": "Workshop", "sections": [
                {"id": "open", "title": "Opening", "minutes": 15, "questions": [{"id": "a", "kind": "text", "prompt": "A"}]},
                {"id": "map", "title": "Mapping", "minutes": 50, "questions": [{"id": "b", "kind": "text", "prompt": "B"}]},
                {"id": "close", "title": "Closing", "questions": [{"id": "c", "kind": "text", "prompt": "C"}]}]}"#,
        )
        .usable()
        .expect("valid")
        .clone()
    }

    #[test]
    fn the_plan_gives_each_section_its_start_and_the_total() {
        let agenda = Agenda::new(&workshop(), None, "en");
        assert_eq!(agenda.slots.iter().map(|s| s.starts).collect::<Vec<_>>(), [0, 15, 65]);
        assert_eq!(agenda.minutes, 65);
        let md = agenda.markdown("en");
        assert!(md.contains("| Mapping | 0:15 | 50 min |"), "{md}");
        assert!(md.contains("| Closing | 1:05 | — |"), "{md}");
        assert!(md.contains("| Total |  | 65 min |"), "{md}");
    }

    #[test]
    fn a_session_shows_time_spent_against_the_plan_in_spanish_too() {
        let q = workshop();
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").expect("valid");
        let mut s = Session::new(
            "s".into(),
            crate::session::QuestionnaireRef::of(&q),
            "es".into(),
            crate::session::Subject::default(),
            at,
        );
        s.spent.insert("open".into(), 20 * 60 + 10);
        s.spent.insert("map".into(), 44 * 60);
        let agenda = Agenda::new(&q, Some(&s), "es");
        let (header, rows) = agenda.rows("es");
        assert_eq!(header, ["Sección", "Empieza", "Previsto", "Dedicado", "Diferencia"]);
        assert_eq!(rows[0], ["Opening", "0:00", "15 min", "20 min", "+5 min"]);
        assert_eq!(rows[1], ["Mapping", "0:15", "50 min", "44 min", "−6 min"]);
        assert_eq!(rows[3], ["Total", "", "65 min", "64 min", "−1 min"]);
        assert!(agenda.html("es").contains("<td>+5 min</td>"));
    }

    #[test]
    fn a_section_the_answers_skip_leaves_the_session_s_plan() {
        let q = parse(
            br#"{"format": 1, "id": "w", "version": "1", "title": "Workshop", "sections": [
                {"id": "open", "title": "Opening", "minutes": 10, "questions": [
                    {"id": "hotel", "kind": "single", "prompt": "Hotel?", "choices": [
                        {"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]}]},
                {"id": "rooms", "title": "Rooms", "minutes": 30, "show_if": {"answer": "hotel", "equals": "yes"},
                 "questions": [{"id": "b", "kind": "text", "prompt": "B"}]},
                {"id": "close", "title": "Closing", "minutes": 5, "questions": [{"id": "c", "kind": "text", "prompt": "C"}]}]}"#,
        )
        .usable()
        .expect("valid")
        .clone();
        assert_eq!(Agenda::new(&q, None, "en").minutes, 45, "the plan holds every section");
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").expect("valid");
        let subject = crate::session::Subject::default();
        let mut s = Session::new("s".into(), crate::session::QuestionnaireRef::of(&q), "en".into(), subject, at);
        crate::testing::give(&q, &mut s, &[("hotel", serde_json::json!("no"))]);
        s.spent.insert("open".into(), 12 * 60);
        let agenda = Agenda::new(&q, Some(&s), "en");
        assert_eq!(agenda.minutes, 15);
        assert_eq!(planned_minutes(&q, Some(&Flow::new(&q, &s.answers))), 15);
        let (_, rows) = agenda.rows("en");
        assert_eq!(rows[1], ["Rooms", "", "skipped", "0 min", ""]);
        assert_eq!(rows[2], ["Closing", "0:10", "5 min", "0 min", "−5 min"]);
        assert_eq!(agenda.sentences("en")[1], "Closing: planned 5 min, spent 0 min (−5 min)");
    }

    #[test]
    fn without_a_plan_only_the_time_spent_is_told() {
        let mut q = workshop();
        q.sections.iter_mut().for_each(|s| s.minutes = None);
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").expect("valid");
        let subject = crate::session::Subject::default();
        let mut s = Session::new("s".into(), crate::session::QuestionnaireRef::of(&q), "en".into(), subject, at);
        s.spent.insert("open".into(), 10);
        assert!(Agenda::new(&q, Some(&s), "en").is_empty(), "ten seconds are no minute");
        s.spent.insert("map".into(), 14 * 60);
        let agenda = Agenda::new(&q, Some(&s), "en");
        assert_eq!(agenda.heading("en"), "Time spent");
        assert_eq!(agenda.sentences("en"), ["Mapping: spent 14 min", "Total: spent 14 min"]);
        let (header, rows) = agenda.rows("en");
        assert_eq!(
            (header, rows),
            (
                vec!["Section".to_owned(), "Spent".into()],
                vec![vec!["Mapping".to_owned(), "14 min".into()], vec!["Total".to_owned(), "14 min".into()]]
            )
        );
    }
}
