//! The plain-text summary `waypost show` prints: safe for any terminal.

use std::fmt::Write;

use super::history::History;
use super::summary::{Summary, score_shown, scores_heading};
use crate::questionnaire::Questionnaire;
use crate::session::Session;
use crate::text::line;
use crate::tr_in;

/// A readable summary: who, status, progress per section, scores, bands, suggested actions.
pub fn summary_text(q: &Questionnaire, session: &Session) -> String {
    summary_text_with_history(q, session, &History::default())
}

/// Where a pulled session came from: who sent it, when, how many versions, the review state.
fn origin_text(origin: &crate::session::Origin, lang: &str) -> String {
    let mut text = tr_in!(
        lang,
        "rep-origin",
        who = line(&origin.submitter).into_owned(),
        sent = crate::text::moment_in(&origin.submitted_at.format("%Y-%m-%d %H:%M").to_string(), lang),
        pulled = crate::text::moment_in(&origin.pulled_at.format("%Y-%m-%d %H:%M").to_string(), lang),
        versions = origin.versions.len().max(1)
    );
    if let Some(state) = &origin.review_state {
        text.push_str(&tr_in!(lang, "rep-origin-review", state = line(state).into_owned()));
    }
    if origin.from_instance {
        text.push_str(&tr_in!(lang, "rep-origin-from-instance"));
    }
    if let Some(why) = &origin.unread {
        text.push_str(&tr_in!(lang, "rep-origin-unread", reason = line(why).into_owned()));
    }
    text
}

/// [`summary_text`], with what it reads from other sessions: the scores' trend since the
/// previous session and the workshops in the period reviewed.
pub fn summary_text_with_history(q: &Questionnaire, session: &Session, history: &History) -> String {
    let lang = session.language.as_str();
    let s = Summary::new(q, session).with_history(q, session, history);
    let mut out = String::new();
    let _ = writeln!(out, "{}", line(&s.title));
    let mut facts = vec![
        ("rep-label-session", line(&session.id).into_owned()),
        ("rep-label-questionnaire", format!("{} {}", line(&q.id), line(&session.questionnaire.version))),
        ("rep-label-organisation", line(&session.subject.organisation).into_owned()),
        ("rep-label-facilitator", line(&session.subject.facilitator).into_owned()),
    ];
    if !session.subject.participants.is_empty() {
        let people: Vec<String> = session.subject.participants.iter().map(|p| line(p).into_owned()).collect();
        facts.push(("rep-label-participants", people.join(", ")));
    }
    let status = tr_in!(
        lang,
        "rep-status-answered",
        status = super::summary::status_label(session.status, lang),
        answered = s.answered,
        total = s.total
    );
    facts.push(("rep-label-status", status));
    let updated = session.updated_at.format("%Y-%m-%d %H:%M").to_string();
    facts.push(("rep-label-updated", crate::text::moment_in(&updated, lang)));
    if let Some(origin) = &session.origin {
        facts.push(("rep-label-origin", origin_text(origin, lang)));
    }
    let labels: Vec<String> = facts.iter().map(|(key, _)| tr_in!(lang, key)).collect();
    let width = labels.iter().map(|l| crate::text::width(l)).max().unwrap_or(0);
    for (label, (_, value)) in labels.iter().zip(&facts) {
        let _ = writeln!(out, "  {} {value}", crate::text::pad(label, width));
    }
    for (prompt, answer) in &s.headlines {
        let _ = writeln!(out, "\n{}\n  {}", line(prompt), line(answer));
    }
    let _ = writeln!(out, "\n{}", tr_in!(lang, "rep-sections"));
    for sec in &s.sections {
        let state =
            if sec.shown { format!("{}/{}", sec.answered, sec.total) } else { tr_in!(lang, "rep-section-skipped") };
        let _ = writeln!(out, "  {:<44} {state}", line(&sec.title));
    }
    if let Some(scores) = &s.scores {
        let _ = writeln!(out, "\n{}", scores_heading(scores, lang));
        for sec in &scores.sections {
            let band = sec.band.as_deref().map(|b| format!("  {}", line(b))).unwrap_or_default();
            let shown = score_shown(scores, sec.score, sec.out_of, lang);
            let _ = writeln!(out, "  {:<44} {shown:>4}{band}", line(&sec.title));
        }
        let band = scores.overall_band.as_deref().map(|b| format!("  {}", line(b))).unwrap_or_default();
        let shown = score_shown(scores, scores.overall, scores.scale, lang);
        let _ = writeln!(out, "  {:<44} {shown:>4}{band}", tr_in!(lang, "rep-overall"));
        let _ = writeln!(out, "  {}", tr_in!(lang, "rep-scores-honest"));
        if let Some((heading, lines)) = s.since_lines(lang) {
            indented(&mut out, &heading, &lines);
        }
        if !scores.actions.is_empty() {
            let _ = writeln!(out, "\n{}", tr_in!(lang, "rep-suggested-actions"));
            for (i, a) in scores.actions.iter().enumerate() {
                let note = super::summary::action_note(a, lang);
                let _ = writeln!(out, "  {}. {} ({})", i + 1, line(&a.text), line(&note));
            }
        }
    }
    for view in &q.views {
        let grid = match view {
            crate::questionnaire::View::Grid(grid) => grid,
            crate::questionnaire::View::Table(table) => {
                let t = super::item_table::fill(q, table, session);
                let _ = writeln!(out, "\n{} ({})", line(&t.title), t.rows.len());
                for row in &t.rows {
                    let cells: Vec<String> =
                        row.iter().filter(|c| !c.is_empty()).map(|c| line(c).into_owned()).collect();
                    let _ = writeln!(out, "  - {}", cells.join(" · "));
                }
                continue;
            }
        };
        if let Some(c) = super::grid::compact(q, grid, session) {
            let _ = writeln!(out, "\n{}", line(&c.title));
            for (name, strategy, names) in &c.quadrants {
                let people: Vec<String> = names.iter().map(|n| line(n).into_owned()).collect();
                let _ = writeln!(out, "  {} ({}): {}", line(name), names.len(), people.join(", "));
                if let Some(s) = strategy {
                    let _ = writeln!(out, "    {}", line(s));
                }
            }
        }
    }
    if !s.votes.is_empty() {
        let _ = writeln!(out, "\n{}", tr_in!(lang, "rep-votes"));
        for v in &s.votes {
            let agreed = tr_in!(lang, "rep-votes-agreed", answer = v.agreed.as_str());
            let _ = writeln!(out, "  {} — {}\n    {}", line(&v.prompt), line(&agreed), line(&v.spread.text(lang)));
        }
    }
    let agenda = super::agenda::Agenda::new(q, Some(session), lang);
    if agenda.kept_time() {
        let _ = writeln!(out, "\n{}", agenda.heading(lang));
        for sentence in agenda.sentences(lang) {
            let _ = writeln!(out, "  {}", line(&sentence));
        }
    }
    if let Some((heading, lines)) = s.workshop_lines(lang) {
        indented(&mut out, &heading, &lines);
    }
    if !s.flags.is_empty() {
        let _ = writeln!(out, "\n{}", tr_in!(lang, "rep-flags"));
        for f in &s.flags {
            let _ = writeln!(out, "  ! {} — {}", line(&f.prompt), line(&f.message));
        }
    }
    if !s.overridden.is_empty() {
        let _ = writeln!(out, "\n{}", tr_in!(lang, "rep-overridden-title"));
        for (prompt, said) in &s.overridden {
            let _ = writeln!(out, "  ⚠ {} — {}", line(prompt), line(said));
        }
    }
    if let Some(states) = s.states_text(lang) {
        let _ = writeln!(out, "\n{states}");
    }
    if !s.missing_required.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            tr_in!(
                lang,
                "rep-required-missing",
                ids = s.missing_required.iter().map(|m| line(m)).collect::<Vec<_>>().join(", ")
            )
        );
    }
    if let Some(source) = &s.source {
        let _ = writeln!(out, "\n{}", line(&tr_in!(lang, "rep-sources", source = source.as_str())));
    }
    out
}

/// A heading and its lines, indented under it.
fn indented(out: &mut String, heading: &str, lines: &[String]) {
    let _ = writeln!(out, "\n{}", line(heading));
    for l in lines {
        let _ = writeln!(out, "  {}", line(l));
    }
}
