//! Reports across sessions: a comparison of two, and the spread of answers over many, as
//! Markdown, HTML or CSV.

use std::fmt::Write;

use super::aggregate::Aggregate;
use super::compare::Comparison;
use super::html::{esc, page};
use super::markdown::escape;
use super::summary::score_text;

/// The comparison as Markdown.
pub fn compare_markdown(title: &str, c: &Comparison) -> String {
    let mut md = format!("# {}: {} → {}\n\n", escape(title), escape(&c.before), escape(&c.after));
    if !c.sections.is_empty() {
        md.push_str("## Scores\n\n| Section | Before | After | Change |\n|---|---:|---:|---|\n");
        for s in c.sections.iter().chain(&c.overall) {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                escape(&s.title),
                score_text(s.before),
                score_text(s.after),
                s.arrow()
            );
        }
        md.push('\n');
    }
    let _ = writeln!(md, "## Changed answers ({})\n", c.changes.len());
    if !c.changes.is_empty() {
        md.push_str("| Question | Before | After |\n|---|---|---|\n");
        for ch in &c.changes {
            let _ = writeln!(md, "| {} | {} | {} |", escape(&ch.prompt), escape(&ch.before), escape(&ch.after));
        }
        md.push('\n');
    }
    for l in &c.lists {
        let _ = writeln!(md, "## {}\n", escape(&l.prompt));
        for a in &l.added {
            let _ = writeln!(md, "- added: {}", escape(a));
        }
        for r in &l.removed {
            let _ = writeln!(md, "- removed: {}", escape(r));
        }
        md.push('\n');
    }
    md
}

/// The comparison as a self-contained HTML page.
pub fn compare_html(title: &str, c: &Comparison) -> String {
    let mut b = format!("<h1>{}</h1><p class=\"meta\">{} → {}</p>", esc(title), esc(&c.before), esc(&c.after));
    if !c.sections.is_empty() {
        b.push_str("<h2>Scores</h2><table><tr><th>Section</th><th>Before</th><th>After</th><th>Change</th></tr>");
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
                score_text(s.before),
                score_text(s.after),
                s.arrow()
            );
        }
        b.push_str("</table>");
    }
    let _ = write!(b, "<h2>Changed answers ({})</h2>", c.changes.len());
    if !c.changes.is_empty() {
        b.push_str("<table><tr><th>Question</th><th>Before</th><th>After</th></tr>");
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
            let _ = write!(b, "<li class=\"up\">added: {}</li>", esc(a));
        }
        for r in &l.removed {
            let _ = write!(b, "<li class=\"down\">removed: {}</li>", esc(r));
        }
        b.push_str("</ul>");
    }
    page(title, &b)
}

/// The spread of answers as Markdown.
pub fn aggregate_markdown(title: &str, a: &Aggregate) -> String {
    let mut md = format!("# {} — {} sessions\n\n", escape(title), a.sessions);
    for q in a.questions.iter().filter(|q| q.shown > 0) {
        let _ = writeln!(md, "## {}\n\nShown in {}, answered in {}.", escape(&q.prompt), q.shown, q.answered);
        let [dk, dec, na] = q.states;
        if dk + dec + na > 0 {
            let _ = writeln!(md, "Don't know {dk}, declined {dec}, N/A {na}.");
        }
        md.push('\n');
        for (label, n) in &q.counts {
            let _ = writeln!(md, "- {}: {n}", escape(label));
        }
        if let Some((n, mean, lo, hi)) = q.numbers {
            let _ = writeln!(md, "- {n} answers, mean {mean:.1}, from {lo} to {hi}");
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
    let mut b = format!("<h1>{}</h1><p class=\"meta\">{} sessions</p>", esc(title), a.sessions);
    for q in a.questions.iter().filter(|q| q.shown > 0) {
        let _ =
            write!(b, "<h3>{}</h3><p class=\"meta\">shown {}, answered {}</p>", esc(&q.prompt), q.shown, q.answered);
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
        if let Some((n, mean, lo, hi)) = q.numbers {
            let _ = write!(b, "<p>{n} answers, mean {mean:.1}, from {lo} to {hi}</p>");
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
        for (label, n) in ["don't know", "declined", "N/A"].iter().zip(q.states) {
            if n > 0 {
                row(label.to_string(), n.to_string())?;
            }
        }
        if let Some((n, mean, lo, hi)) = q.numbers {
            row(format!("mean {mean:.2}, from {lo} to {hi}"), n.to_string())?;
        }
        for t in &q.texts {
            row(t.clone(), "1".into())?;
        }
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
