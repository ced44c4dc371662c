//! Reports across sessions: a comparison of two, and the spread of answers over many, as
//! Markdown, HTML or CSV.

use std::fmt::Write;

use super::aggregate::Aggregate;
use super::compare::Comparison;
use super::html::{esc, page};
use super::markdown::escape;
use super::summary::score_text;
use crate::i18n::message;
use crate::{tr, tr_in};

/// A number of a spread as shown in the interface language: whole numbers without decimals,
/// others with one.
fn short(n: f64, decimals: usize) -> String {
    let text = if n.fract() == 0.0 && decimals == 0 { format!("{n:.0}") } else { format!("{n:.1}") };
    crate::text::decimal_in(&text, crate::i18n::language())
}

/// "3 answers, mean 2.5, from 1 to 4" in the interface language.
fn number_spread(n: usize, mean: f64, lo: f64, hi: f64) -> String {
    tr!("rep-number-spread", count = n, mean = short(mean, 1), low = short(lo, 0), high = short(hi, 0))
}

/// The comparison as Markdown.
pub fn compare_markdown(title: &str, c: &Comparison) -> String {
    let lang = c.language.as_str();
    let word = |id: &str| tr_in!(lang, id);
    let mut md = format!("# {}\n\n{}\n\n", escape(title), escape(&c.heading()));
    if !c.sections.is_empty() {
        let _ = writeln!(
            md,
            "## {}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---|",
            word("rep-scores"),
            word("rep-section"),
            word("rep-before"),
            word("rep-after"),
            word("rep-change")
        );
        for s in c.sections.iter().chain(&c.overall) {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                escape(&s.title),
                score_text(s.before, lang),
                score_text(s.after, lang),
                s.arrow(lang)
            );
        }
        md.push('\n');
    }
    let _ = writeln!(md, "## {}\n", tr_in!(lang, "rep-changed-answers", count = c.changes.len()));
    if !c.changes.is_empty() {
        let _ = writeln!(
            md,
            "| {} | {} | {} |\n|---|---|---|",
            word("rep-question"),
            word("rep-before"),
            word("rep-after")
        );
        for ch in &c.changes {
            let _ = writeln!(md, "| {} | {} | {} |", escape(&ch.prompt), escape(&ch.before), escape(&ch.after));
        }
        md.push('\n');
    }
    for l in &c.lists {
        let _ = writeln!(md, "## {}\n", escape(&l.prompt));
        for a in &l.added {
            let _ = writeln!(md, "- {}", tr_in!(lang, "rep-added", item = escape(a)));
        }
        for r in &l.removed {
            let _ = writeln!(md, "- {}", tr_in!(lang, "rep-removed", item = escape(r)));
        }
        md.push('\n');
    }
    md
}

/// The comparison as a self-contained HTML page.
pub fn compare_html(title: &str, c: &Comparison) -> String {
    let lang = c.language.as_str();
    let word = |id: &str| esc(&tr_in!(lang, id));
    let mut b = format!("<h1>{}</h1><p class=\"meta\">{}</p>", esc(title), esc(&c.heading()));
    if !c.sections.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            word("rep-scores"),
            word("rep-section"),
            word("rep-before"),
            word("rep-after"),
            word("rep-change")
        );
        for s in c.sections.iter().chain(&c.overall) {
            let class = match s.delta() {
                Some(d) if d > 0.05 => "up",
                Some(d) if d < -0.05 => "down",
                _ => "",
            };
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"{class}\">{}</td></tr>",
                esc(&s.title),
                score_text(s.before, lang),
                score_text(s.after, lang),
                s.arrow(lang)
            );
        }
        b.push_str("</table>");
    }
    let _ = write!(b, "<h2>{}</h2>", esc(&tr_in!(lang, "rep-changed-answers", count = c.changes.len())));
    if !c.changes.is_empty() {
        let _ = write!(
            b,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            word("rep-question"),
            word("rep-before"),
            word("rep-after")
        );
        for ch in &c.changes {
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&ch.prompt),
                esc(&ch.before),
                esc(&ch.after)
            );
        }
        b.push_str("</table>");
    }
    for l in &c.lists {
        let _ = write!(b, "<h2>{}</h2><ul>", esc(&l.prompt));
        for a in &l.added {
            let _ = write!(b, "<li class=\"up\">{}</li>", esc(&tr_in!(lang, "rep-added", item = a.as_str())));
        }
        for r in &l.removed {
            let _ = write!(b, "<li class=\"down\">{}</li>", esc(&tr_in!(lang, "rep-removed", item = r.as_str())));
        }
        b.push_str("</ul>");
    }
    page(title, &b)
}

/// The spread of answers as Markdown.
pub fn aggregate_markdown(title: &str, a: &Aggregate) -> String {
    let mut md = format!("# {} — {}\n\n", escape(title), tr!("rep-sessions-count", count = a.sessions));
    let priorities = a.priorities();
    if !priorities.is_empty() {
        let _ = writeln!(md, "## {}\n", tr!("rep-priorities"));
        for (i, (label, dots)) in priorities.iter().enumerate() {
            let _ = writeln!(md, "{}. {} — {}", i + 1, escape(label), tr!("rep-dots-count", dots = *dots));
        }
        md.push('\n');
    }
    for q in a.questions.iter().filter(|q| q.shown > 0) {
        let shown = tr!("rep-shown-answered", shown = q.shown, answered = q.answered);
        let _ = writeln!(md, "## {}\n\n{shown}", escape(&q.prompt));
        let [dk, dec, na] = q.states;
        if dk + dec + na > 0 {
            let _ = writeln!(md, "{}", tr!("rep-states-spread", dont_know = dk, declined = dec, not_applicable = na));
        }
        md.push('\n');
        for (label, n) in &q.counts {
            let _ = writeln!(md, "- {}: {n}", escape(label));
        }
        if let Some(votes) = q.votes.as_ref().filter(|v| v.votes > 0) {
            let _ = writeln!(md, "- {}: {}", tr!("rep-votes"), escape(&votes.text(crate::i18n::language())));
        }
        if let Some((n, mean, lo, hi)) = q.numbers {
            let _ = writeln!(md, "- {}", number_spread(n, mean, lo, hi));
        }
        for t in &q.texts {
            let _ = writeln!(md, "- {}", escape(t));
        }
        md.push('\n');
    }
    md
}

/// The spread of answers as a self-contained HTML page.
pub fn aggregate_html(title: &str, a: &Aggregate) -> String {
    let mut b =
        format!("<h1>{}</h1><p class=\"meta\">{}</p>", esc(title), esc(&tr!("rep-sessions-count", count = a.sessions)));
    let priorities = a.priorities();
    if !priorities.is_empty() {
        let _ = write!(b, "<h2>{}</h2><ol>", esc(&tr!("rep-priorities")));
        for (label, dots) in priorities {
            let _ = write!(b, "<li>{} — {}</li>", esc(label), esc(&tr!("rep-dots-count", dots = dots)));
        }
        b.push_str("</ol>\n");
    }
    for q in a.questions.iter().filter(|q| q.shown > 0) {
        let shown = tr!("rep-shown-answered", shown = q.shown, answered = q.answered);
        let _ = write!(b, "<h3>{}</h3><p class=\"meta\">{}</p>", esc(&q.prompt), esc(&shown));
        if !q.counts.is_empty() {
            let top = q.counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
            b.push_str("<table>");
            for (label, n) in &q.counts {
                let width = n * 200 / top;
                let _ = write!(
                    b,
                    "<tr><td>{}</td><td>{n}</td><td><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"12\"><rect width=\"{width}\" height=\"12\" fill=\"#2f6f9f\"/></svg></td></tr>",
                    esc(label)
                );
            }
            b.push_str("</table>");
        }
        if let Some(votes) = q.votes.as_ref().filter(|v| v.votes > 0) {
            let chart = super::votes_html::bars(votes, crate::i18n::language());
            let _ = write!(b, "<h4>{}</h4>{chart}", esc(&tr!("rep-votes")));
        }
        if let Some((n, mean, lo, hi)) = q.numbers {
            let _ = write!(b, "<p>{}</p>", esc(&number_spread(n, mean, lo, hi)));
        }
        if !q.texts.is_empty() {
            b.push_str("<ul>");
            for t in &q.texts {
                let _ = write!(b, "<li class=\"answer\">{}</li>", esc(t));
            }
            b.push_str("</ul>");
        }
    }
    page(title, &b)
}

/// The spread of answers as CSV: one row per question and answer (choice, count, or text).
pub fn aggregate_csv(a: &Aggregate) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["section", "question_id", "prompt", "shown", "answered", "answer", "count"])?;
    for q in &a.questions {
        let head = [
            super::table::cell(&q.section),
            super::table::cell(&q.id),
            super::table::cell(&q.prompt),
            q.shown.to_string(),
            q.answered.to_string(),
        ];
        let mut row = |answer: String, count: String| {
            let mut r = head.to_vec();
            r.push(super::table::cell(&answer));
            r.push(count);
            w.write_record(&r)
        };
        for (label, n) in &q.counts {
            row(label.clone(), n.to_string())?;
        }
        for bar in q.votes.iter().flat_map(|v| &v.bars) {
            row(tr!("rep-vote-for", label = bar.label.as_str()), bar.count.to_string())?;
        }
        for (label, dots) in &q.dots {
            row(tr!("rep-dots-for", label = label.as_str()), dots.to_string())?;
        }
        for (id, n) in ["state-dont-know", "state-declined", "state-not-applicable"].iter().zip(q.states) {
            if n > 0 {
                row(message(id, &[]), n.to_string())?;
            }
        }
        if let Some((n, mean, lo, hi)) = q.numbers {
            row(number_spread(n, mean, lo, hi), n.to_string())?;
        }
        for t in &q.texts {
            row(t.clone(), "1".into())?;
        }
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
