//! A Markdown report of one session, to paste into a report. Every text from a file is escaped,
//! so it shows as text and never as markup, HTML or a terminal control sequence.

use std::fmt::Write;

use serde_json::Value;

use super::history::History;
use super::summary::{Summary, score_shown};
use crate::interview::Flow;
use crate::questionnaire::{Kind, Question, Questionnaire};
use crate::session::Session;
use crate::session::answer_text::{answer_text, field_heading, shown_cells, with_votes};
use crate::tr_in;

/// Escapes text for Markdown: control characters made visible, markup characters
/// backslash-escaped, `<` and `>` as entities, newlines as line breaks.
pub fn escape(s: &str) -> String {
    let clean = crate::text::block(s);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// The whole report: header, scores and suggested actions, then every visible answer.
pub fn markdown(q: &Questionnaire, session: &Session) -> String {
    markdown_with_history(q, session, &History::default())
}

/// [`markdown`], with what it reads from other sessions: the scores' trend since the previous
/// session and the workshops in the period reviewed.
pub fn markdown_with_history(q: &Questionnaire, session: &Session, history: &History) -> String {
    let lang = session.language.as_str();
    let default = q.default_language();
    let summary = Summary::new(q, session).with_history(q, session, history);
    let mut md = String::new();
    let org = &session.subject.organisation;
    let _ = writeln!(
        md,
        "# {}{}\n",
        escape(&summary.title),
        if org.is_empty() { String::new() } else { format!(" — {}", escape(org)) }
    );
    let _ = writeln!(md, "- {}: {}", tr_in!(lang, "rep-session"), escape(&session.id));
    let _ = writeln!(
        md,
        "- {}: {} {}",
        tr_in!(lang, "rep-questionnaire"),
        escape(&q.id),
        escape(&session.questionnaire.version)
    );
    if !session.subject.facilitator.is_empty() {
        let _ = writeln!(md, "- {}: {}", tr_in!(lang, "rep-facilitator"), escape(&session.subject.facilitator));
    }
    if !session.subject.participants.is_empty() {
        let people: Vec<String> = session.subject.participants.iter().map(|p| escape(p)).collect();
        let _ = writeln!(md, "- {}: {}", tr_in!(lang, "rep-participants"), people.join(", "));
    }
    let _ = writeln!(
        md,
        "- {}: {} ({})",
        tr_in!(lang, "rep-status"),
        super::summary::status_label(session.status, lang),
        tr_in!(lang, "rep-answered-count", answered = summary.answered, total = summary.total)
    );
    let _ = writeln!(
        md,
        "- {}\n",
        tr_in!(
            lang,
            "rep-started-changed",
            started = crate::text::moment_in(&session.created_at.format("%Y-%m-%d %H:%M").to_string(), lang),
            changed = crate::text::moment_in(&session.updated_at.format("%Y-%m-%d %H:%M").to_string(), lang)
        )
    );
    for (prompt, answer) in &summary.headlines {
        let _ = writeln!(md, "**{}**  \n{}\n", escape(prompt), escape(answer));
    }
    if let Some(scores) = &summary.scores {
        let _ = writeln!(
            md,
            "## {}\n\n| {} | {} | {} |\n|---|---:|---|",
            tr_in!(lang, "rep-scores"),
            tr_in!(lang, "rep-section"),
            match scores.method {
                crate::questionnaire::ScoreMethod::Mean => tr_in!(lang, "rep-score-of", scale = scores.scale),
                crate::questionnaire::ScoreMethod::Sum => tr_in!(lang, "rep-scores-totals"),
            },
            tr_in!(lang, "rep-band")
        );
        for s in &scores.sections {
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                escape(&s.title),
                score_shown(scores, s.score, s.out_of, lang),
                escape(s.band.as_deref().unwrap_or(""))
            );
        }
        let _ = writeln!(
            md,
            "| **{}** | **{}** | {} |\n",
            tr_in!(lang, "rep-overall"),
            score_shown(scores, scores.overall, scores.scale, lang),
            escape(scores.overall_band.as_deref().unwrap_or(""))
        );
        let _ = writeln!(md, "_{}_\n", tr_in!(lang, "rep-scores-honest"));
        if let Some((heading, lines)) = summary.since_lines(lang) {
            bullets(&mut md, &heading, &lines);
        }
        if !scores.actions.is_empty() {
            let _ = writeln!(md, "### {}\n", tr_in!(lang, "rep-suggested-actions"));
            for (i, a) in scores.actions.iter().enumerate() {
                let note = super::summary::action_note(a, lang);
                let _ = writeln!(md, "{}. {} ({})", i + 1, escape(&a.text), escape(&note));
            }
            md.push('\n');
        }
    }
    for view in &q.views {
        match view {
            crate::questionnaire::View::Grid(grid) => {
                if let Some(c) = super::grid::compact(q, grid, session) {
                    grid_table(&mut md, &c);
                }
            }
            crate::questionnaire::View::Table(table) => {
                let t = super::item_table::fill(q, table, session);
                let _ = writeln!(md, "## {} ({})\n", escape(&t.title), t.rows.len());
                if !t.rows.is_empty() {
                    let heads: Vec<String> = t.header.iter().map(|h| escape(h)).collect();
                    let _ = writeln!(md, "| {} |\n|{}", heads.join(" | "), "---|".repeat(heads.len()));
                    for row in &t.rows {
                        let cells: Vec<String> = row.iter().map(|x| escape(x)).collect();
                        let _ = writeln!(md, "| {} |", cells.join(" | "));
                    }
                    md.push('\n');
                }
            }
        }
    }
    if !summary.flags.is_empty() {
        let _ = writeln!(md, "### {}\n", tr_in!(lang, "rep-flags"));
        for f in &summary.flags {
            let _ = writeln!(md, "- **{}** — {}", escape(&f.prompt), escape(&f.message));
        }
        md.push('\n');
    }
    if !summary.votes.is_empty() {
        let _ = writeln!(md, "### {}\n", tr_in!(lang, "rep-votes"));
        for v in &summary.votes {
            let agreed = tr_in!(lang, "rep-votes-agreed", answer = v.agreed.as_str());
            let _ = writeln!(md, "- **{}** — {}; {}", escape(&v.prompt), escape(&agreed), escape(&v.spread.text(lang)));
        }
        md.push('\n');
    }
    let agenda = super::agenda::Agenda::new(q, Some(session), lang);
    if agenda.kept_time() {
        let _ = writeln!(md, "### {}\n", agenda.heading(lang));
        let _ = writeln!(md, "{}", agenda.markdown_table(lang));
    }
    if let Some((heading, lines)) = summary.workshop_lines(lang) {
        bullets(&mut md, &heading, &lines);
    }
    if let Some(states) = summary.states_text(lang) {
        let _ = writeln!(md, "{states}\n");
    }
    let flow = Flow::new(q, &session.answers);
    for (si, section) in q.sections.iter().enumerate() {
        let _ = writeln!(md, "## {}\n", escape(section.title.get(lang, default)));
        if !flow.sections[si].shown {
            let _ = writeln!(md, "_{}_\n", tr_in!(lang, "rep-skipped"));
            continue;
        }
        for (qi, question) in section.questions.iter().enumerate() {
            // A calculation worked out from the answers, with what it came to.
            if let Some(value) = flow.calculated.get(&question.id) {
                let prompt = crate::session::answer_text::session_prompt(q, question, session);
                let value = crate::session::answer_text::value_text(q, question, value, lang);
                let _ = writeln!(md, "**{}**  \n{}\n", escape(&prompt), escape(&value));
                continue;
            }
            if !flow.is_visible(crate::questionnaire::Place { section: si, question: qi }) || !question.takes_answer() {
                continue;
            }
            let answer = session.answers().get(&question.id);
            let _ =
                writeln!(md, "**{}**  ", escape(&crate::session::answer_text::session_prompt(q, question, session)));
            // A list's items as a table; every other answer as its text.
            if let (Kind::List, Some(Value::Array(items))) = (question.kind, answer.and_then(|a| a.value.as_ref())) {
                let outside = |id: &str| flow.seen(q, &session.answers, id);
                list_table(&mut md, q, question, items, &outside, lang);
            } else {
                let _ = writeln!(md, "{}", escape(&answer_text(q, question, answer, lang)));
            }
            if let Some(a) = answer {
                if let Some(note) = &a.note {
                    let _ = writeln!(md, "\n> {}", tr_in!(lang, "rep-note", note = escape(note)));
                }
                if let Some(said) = crate::session::answer_text::overridden(session, &question.id, lang) {
                    let _ = writeln!(md, "\n> {}", escape(&said));
                }
            }
            md.push('\n');
        }
    }
    if let Some(source) = &summary.source {
        let _ = writeln!(md, "---\n\n_{}_", escape(&tr_in!(lang, "rep-sources", source = source.as_str())));
    }
    md
}

/// A heading and its lines as a bulleted list.
fn bullets(md: &mut String, heading: &str, lines: &[String]) {
    let _ = writeln!(md, "### {}\n", escape(heading));
    for l in lines {
        let _ = writeln!(md, "- {}", escape(l));
    }
    md.push('\n');
}

/// A grid as a compact table, then each box with its people and strategy.
fn grid_table(md: &mut String, c: &super::grid::Compact) {
    let _ = writeln!(md, "## {}\n", escape(&c.title));
    let heads: Vec<String> = c.header.iter().map(|h| escape(h)).collect();
    let _ = writeln!(md, "| {} |\n|{}", heads.join(" | "), "---|".repeat(heads.len()));
    for row in &c.rows {
        let cells: Vec<String> = row.iter().map(|x| escape(x)).collect();
        let _ = writeln!(md, "| {} |", cells.join(" | "));
    }
    md.push('\n');
    for (name, strategy, names) in &c.quadrants {
        let people: Vec<String> = names.iter().map(|n| escape(n)).collect();
        let _ = write!(md, "- **{}** ({}): {}", escape(name), names.len(), people.join(", "));
        if let Some(s) = strategy {
            let _ = write!(md, ". {}", escape(s));
        }
        md.push('\n');
    }
    md.push('\n');
}

fn list_table(
    md: &mut String,
    q: &Questionnaire,
    list: &Question,
    items: &[Value],
    outside: crate::interview::Outside,
    lang: &str,
) {
    md.push('\n');
    let heads: Vec<String> = list.fields.iter().map(|f| escape(&field_heading(q, f, lang))).collect();
    let _ = writeln!(md, "| # | {} |", heads.join(" | "));
    let _ = writeln!(md, "|---|{}", "---|".repeat(heads.len()));
    for (n, item) in items.iter().enumerate() {
        let cells: Vec<String> = item
            .as_object()
            .map(|item| with_votes(q, list, item, shown_cells(q, list, item, outside, lang), lang))
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.map(|t| escape(&t)).unwrap_or_default())
            .collect();
        let _ = writeln!(md, "| {} | {} |", n + 1, cells.join(" | "));
    }
}
