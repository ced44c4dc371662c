//! A self-contained, printable HTML report of one session: score bars and the grid as inline
//! SVG, every text escaped (and its control characters made visible) so nothing from a file can
//! become markup or script.

use std::fmt::Write;

use serde_json::Value;

use super::grid::plot;
use super::grid_svg::grid_svg;
use super::history::History;
use super::summary::{Summary, score_shown, scores_heading};
use crate::interview::Flow;
use crate::questionnaire::{Kind, Place, Question, Questionnaire, View};
use crate::session::Session;
use crate::session::answer_text::{answer_text, field_heading, field_text, shown_cells, with_votes};
use crate::tr_in;

/// Escapes text for HTML element content and attributes.
pub fn esc(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(&crate::text::block(s)).into_owned()
}

/// The page around a report's body.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(title)
    )
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:58rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}\
h3{font-size:1rem;margin:1.2rem 0 .3rem}.meta{color:#555}.answer{white-space:pre-wrap;margin:.1rem 0 .6rem}\
.missing{color:#8a5a00}.unanswered{color:#666}.note{color:#444;font-style:italic}table{border-collapse:collapse;margin:.4rem 0;max-width:100%}\
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto}\
table.item{width:100%}table.item th{width:30%}svg text{font-family:system-ui,sans-serif}\
.up{color:#176b2c}.down{color:#a11}@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{font-size:9pt}td,th{padding:.15rem .3rem}}";

/// Score bars as an SVG: one row per section and the overall score.
fn score_bars(summary: &Summary, lang: &str) -> String {
    let Some(scores) = &summary.scores else { return String::new() };
    let rows: Vec<(String, Option<f64>, f64, String)> = scores
        .sections
        .iter()
        .map(|s| (s.title.clone(), s.score, s.out_of, s.band.clone().unwrap_or_default()))
        .chain(std::iter::once((
            tr_in!(lang, "rep-overall"),
            scores.overall,
            scores.scale,
            scores.overall_band.clone().unwrap_or_default(),
        )))
        .collect();
    let (label_w, bar_w, row_h) = (260.0, 300.0, 28.0);
    let height = rows.len() as f64 * row_h + 10.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"700\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        esc(&tr_in!(lang, "rep-scores"))
    );
    for (i, (title, score, out_of, band)) in rows.iter().enumerate() {
        let y = i as f64 * row_h + 5.0;
        let w = score.filter(|_| *out_of > 0.0).map(|s| (s / out_of).clamp(0.0, 1.0) * bar_w).unwrap_or(0.0);
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{ty}\" font-size=\"13\">{title}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"18\" fill=\"#eee\"/>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"18\" fill=\"#2f6f9f\"/>\
             <text x=\"{tx}\" y=\"{ty}\" font-size=\"13\">{score} {band}</text>",
            ty = y + 14.0,
            title = esc(&crate::text::clip(title, 38)),
            tx = label_w + bar_w + 8.0,
            score = esc(&score_shown(scores, *score, *out_of, lang)),
            band = esc(band),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A table with a head row, every cell escaped.
fn table(b: &mut String, header: &[String], rows: &[Vec<String>]) {
    b.push_str("<table><thead><tr>");
    for head in header {
        let _ = write!(b, "<th>{}</th>", esc(head));
    }
    b.push_str("</tr></thead><tbody>");
    for row in rows {
        b.push_str("<tr>");
        for cell in row {
            let _ = write!(b, "<td>{}</td>", esc(cell));
        }
        b.push_str("</tr>");
    }
    b.push_str("</tbody></table>\n");
}

/// The most fields a list's items show as columns of one table: more would not fit across
/// portrait paper, so each item gets a table of its own, a row per field.
const WIDEST_LIST: usize = 6;

/// A list's items one table each, a row per field shown and given (a field hidden for the item,
/// such as a name where a group is described instead, is never printed).
fn item_tables(b: &mut String, q: &Questionnaire, list: &Question, items: &[Value], flow: &Flow, session: &Session) {
    let lang = session.language.as_str();
    let outside = |id: &str| flow.seen(q, &session.answers, id);
    let label = list
        .item_label
        .as_ref()
        .map_or_else(|| tr_in!(lang, "rep-item"), |l| l.get(lang, q.default_language()).to_owned());
    for (n, item) in items.iter().enumerate() {
        let Some(item) = item.as_object() else { continue };
        let _ = write!(b, "<table class=\"item\"><tr><th colspan=\"2\">{} {}</th></tr>", esc(&label), n + 1);
        for f in crate::interview::item_fields(q, list, item, &outside) {
            if let Some(cell) = field_text(q, f, item, lang).filter(|c| !c.is_empty()) {
                let _ = write!(b, "<tr><th>{}</th><td>{}</td></tr>", esc(&field_heading(q, f, lang)), esc(&cell));
            }
        }
        b.push_str("</table>\n");
    }
}

/// A heading (`h2`, `h3`) and its lines as a bulleted list.
fn bullets(b: &mut String, level: &str, heading: &str, lines: &[String]) {
    let _ = write!(b, "<{level}>{}</{level}><ul>", esc(heading));
    for l in lines {
        let _ = write!(b, "<li>{}</li>", esc(l));
    }
    b.push_str("</ul>\n");
}

/// The whole report of one session.
pub fn html(q: &Questionnaire, session: &Session) -> String {
    html_with_history(q, session, &History::default())
}

/// [`html`], with what it reads from other sessions: the scores' trend since the previous
/// session and the workshops in the period reviewed.
pub fn html_with_history(q: &Questionnaire, session: &Session, history: &History) -> String {
    let lang = session.language.as_str();
    let default = q.default_language();
    let summary = Summary::new(q, session).with_history(q, session, history);
    let subject = &session.subject;
    let mut b = String::new();
    let _ = write!(b, "<h1>{}</h1>\n<p class=\"meta\">{}", esc(&summary.title), esc(&subject.organisation));
    if !subject.facilitator.is_empty() {
        let _ = write!(b, " · {}", esc(&tr_in!(lang, "rep-facilitated-by", name = subject.facilitator.as_str())));
    }
    if !subject.participants.is_empty() {
        let _ = write!(b, " · {}", esc(&tr_in!(lang, "rep-with", names = subject.participants.join(", "))));
    }
    let _ = writeln!(b, "<br>{}</p>", esc(&summary.state_line(session)));
    for (prompt, answer) in &summary.headlines {
        let _ = writeln!(b, "<p class=\"headline\"><strong>{}</strong><br>{}</p>", esc(prompt), esc(answer));
    }
    if let Some(scores) = &summary.scores {
        let _ = writeln!(b, "<h2>{}</h2>\n{}", esc(&scores_heading(scores, lang)), score_bars(&summary, lang));
        let _ = writeln!(b, "<p class=\"meta\">{}</p>", esc(&tr_in!(lang, "rep-scores-honest")));
        if let Some((heading, lines)) = summary.since_lines(lang) {
            bullets(&mut b, "h3", &heading, &lines);
        }
        if !scores.actions.is_empty() {
            let _ = write!(b, "<h3>{}</h3><ol>", esc(&tr_in!(lang, "rep-suggested-actions")));
            for a in &scores.actions {
                let _ = write!(
                    b,
                    "<li>{} <span class=\"meta\">({})</span></li>",
                    esc(&a.text),
                    esc(&super::summary::action_note(a, lang))
                );
            }
            b.push_str("</ol>\n");
        }
    }
    if !summary.flags.is_empty() {
        let _ = write!(b, "<h3>{}</h3><ul>", esc(&tr_in!(lang, "rep-flags")));
        for f in &summary.flags {
            let _ = write!(b, "<li><strong>{}</strong>: {}</li>", esc(&f.prompt), esc(&f.message));
        }
        b.push_str("</ul>\n");
    }
    b.push_str(&super::votes_html::section(&summary, lang));
    let agenda = super::agenda::Agenda::new(q, Some(session), lang);
    if agenda.kept_time() {
        let _ = writeln!(b, "<h2>{}</h2>\n{}", esc(&agenda.heading(lang)), agenda.html_table(lang));
    }
    if let Some((heading, lines)) = summary.workshop_lines(lang) {
        bullets(&mut b, "h2", &heading, &lines);
    }
    for view in &q.views {
        let grid = match view {
            View::Grid(grid) => grid,
            View::Table(items) => {
                let t = super::item_table::fill(q, items, session);
                let _ = write!(b, "<h2>{} ({})</h2>", esc(&t.title), t.rows.len());
                if !t.rows.is_empty() {
                    table(&mut b, &t.header, &t.rows);
                }
                continue;
            }
        };
        if let Some(plot) = plot(q, grid, session) {
            let title =
                grid.title.as_ref().map_or_else(|| tr_in!(lang, "rep-grid"), |t| t.get(lang, default).to_owned());
            let _ = writeln!(b, "<h2>{}</h2>\n{}", esc(&title), grid_svg(&plot, lang));
            if let Some(c) = super::grid::compact(q, grid, session) {
                table(&mut b, &c.header, &c.rows);
            }
        }
    }
    let flow = Flow::new(q, &session.answers);
    for (si, section) in q.sections.iter().enumerate() {
        let _ = writeln!(b, "<h2>{}</h2>", esc(section.title.get(lang, default)));
        if !flow.sections[si].shown {
            let _ = writeln!(b, "<p class=\"meta\">{}</p>", esc(&tr_in!(lang, "rep-skipped")));
            continue;
        }
        for (qi, question) in section.questions.iter().enumerate() {
            // A calculation worked out from the answers, with what it came to.
            if let Some(value) = flow.calculated.get(&question.id) {
                let prompt = crate::session::answer_text::session_prompt(q, question, session);
                let value = crate::session::answer_text::value_text(q, question, value, lang);
                let _ = write!(b, "<h3>{}</h3><p>{}</p>", esc(&prompt), esc(&value));
                continue;
            }
            if !flow.is_visible(Place { section: si, question: qi }) || !question.takes_answer() {
                continue;
            }
            let answer = session.answers().get(&question.id);
            let _ = write!(b, "<h3>{}</h3>", esc(&crate::session::answer_text::session_prompt(q, question, session)));
            // A list's items as a table; every other answer as its text.
            if let (Kind::List, Some(Value::Array(items))) = (question.kind, answer.and_then(|a| a.value.as_ref())) {
                if question.fields.len() > WIDEST_LIST {
                    item_tables(&mut b, q, question, items, &flow, session);
                    continue;
                }
                b.push_str("<table><tr>");
                for f in &question.fields {
                    let _ = write!(b, "<th>{}</th>", esc(&field_heading(q, f, lang)));
                }
                b.push_str("</tr>");
                let outside = |id: &str| flow.seen(q, &session.answers, id);
                for item in items.iter().filter_map(Value::as_object) {
                    b.push_str("<tr>");
                    let cells = shown_cells(q, question, item, &outside, lang);
                    for cell in with_votes(q, question, item, cells, lang) {
                        let _ = write!(b, "<td>{}</td>", esc(&cell.unwrap_or_default()));
                    }
                    b.push_str("</tr>");
                }
                b.push_str("</table>\n");
            } else {
                let text = answer_text(q, question, answer, lang);
                // Only a required answer left empty is marked as missing; an optional one is
                // plainly not answered.
                let class = if answer.is_some_and(super::super::session::model::Answer::is_answered) {
                    "answer"
                } else if question.required {
                    "answer missing"
                } else {
                    "answer unanswered"
                };
                let _ = writeln!(b, "<p class=\"{class}\">{}</p>", esc(&text));
            }
            if let Some(a) = answer {
                if let Some(note) = &a.note {
                    let _ =
                        writeln!(b, "<p class=\"note\">{}</p>", esc(&tr_in!(lang, "rep-note", note = note.as_str())));
                }
                if let Some(said) = crate::session::answer_text::overridden(session, &question.id, lang) {
                    let _ = writeln!(b, "<p class=\"note\">{}</p>", esc(&said));
                }
            }
        }
    }
    if let Some(source) = &summary.source {
        let _ = writeln!(
            b,
            "<p class=\"meta sources\">{}</p>",
            esc(&tr_in!(lang, "rep-sources", source = source.as_str()))
        );
    }
    page(&format!("{} — {}", summary.title, subject.organisation), &b)
}
