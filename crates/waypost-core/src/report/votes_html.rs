//! The votes of a session in its HTML report: for each question put to a vote, the agreed
//! answer and the spread as SVG bars, a divided room marked.

use std::fmt::Write;

use super::html::esc;
use super::summary::Summary;
use crate::interview::votes::Spread;
use crate::tr_in;

/// The report's section on votes; empty when no question has votes.
pub fn section(summary: &Summary, lang: &str) -> String {
    if summary.votes.is_empty() {
        return String::new();
    }
    let mut b = format!("<h2>{}</h2>\n", esc(&tr_in!(lang, "rep-votes")));
    for v in &summary.votes {
        let agreed = tr_in!(lang, "rep-votes-agreed", answer = v.agreed.as_str());
        let _ = writeln!(b, "<h3>{}</h3>\n<p>{}</p>\n{}", esc(&v.prompt), esc(&agreed), bars(&v.spread, lang));
    }
    b
}

/// The spread as horizontal bars, one per choice with its whole label (wrapped over lines where
/// it is long) and its count; the text says it all for a screen reader.
pub fn bars(spread: &Spread, lang: &str) -> String {
    let (label_w, bar_w, line_h) = (220.0, 320.0, 15.0);
    let most = spread.bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    // About 30 characters of 13 px type fill the label column.
    let labels: Vec<Vec<String>> = spread.bars.iter().map(|b| crate::text::wrap(&b.label, 30)).collect();
    #[allow(clippy::cast_precision_loss, reason = "a few lines")]
    let row_h = |lines: usize| (lines.max(1) as f64 * line_h + 9.0).max(24.0);
    let height: f64 = labels.iter().map(|l| row_h(l.len())).sum::<f64>() + 8.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        esc(&spread.text(lang))
    );
    let mut y = 4.0;
    for (bar, lines) in spread.bars.iter().zip(&labels) {
        #[allow(clippy::cast_precision_loss, reason = "a few choices and votes")]
        let w = bar.count as f64 / most as f64 * bar_w;
        let label: String = lines
            .iter()
            .enumerate()
            .map(|(n, text)| {
                let dy = if n == 0 { 0.0 } else { line_h };
                format!("<tspan x=\"0\" dy=\"{dy}\">{}</tspan>", esc(text))
            })
            .collect();
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{ty}\" font-size=\"13\">{label}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"16\" fill=\"#2f6f9f\"/>\
             <text x=\"{tx:.1}\" y=\"{ty}\" font-size=\"13\">{count}</text>",
            ty = y + 13.0,
            tx = label_w + w + 6.0,
            count = bar.count,
        );
        y += row_h(lines.len());
    }
    svg.push_str("</svg>");
    if spread.divided {
        let _ = write!(svg, "<p class=\"missing\">{}</p>", esc(&tr_in!(lang, "rep-room-divided")));
    }
    svg
}
