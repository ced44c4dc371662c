//! The power/commitment grid as an SVG for the HTML report: the quadrants, each stakeholder's
//! point with its name placed where it overlaps no other, and the items listed per quadrant.

use std::fmt::Write;

use super::grid::{Corner, Plot};
use super::html::esc;
use crate::tr_in;

/// A rectangle of the grid's drawing, for keeping names apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Box2 {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Box2 {
    /// Whether two rectangles share any area.
    pub fn overlaps(&self, other: &Box2) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }
}

/// About how wide a name is at the grid's 11 px: a wide character counts twice.
pub fn label_width(name: &str) -> f64 {
    unicode_width::UnicodeWidthStr::width(name) as f64 * 6.6
}

/// Where a name of width `w` may go beside a marker at (x, y), nearest first: right, left, above,
/// below, then further down and up on either side.
fn label_places(x: f64, y: f64, w: f64) -> Vec<Box2> {
    let h = 12.0;
    let mut out = vec![
        Box2 { x: x + 8.0, y: y - 7.0, w, h },
        Box2 { x: x - 8.0 - w, y: y - 7.0, w, h },
        Box2 { x: x - w / 2.0, y: y - 20.0, w, h },
        Box2 { x: x - w / 2.0, y: y + 8.0, w, h },
    ];
    for step in 1..=4 {
        let dy = f64::from(step) * 13.0;
        for side in [x + 8.0, x - 8.0 - w] {
            out.push(Box2 { x: side, y: y - 7.0 + dy, w, h });
            out.push(Box2 { x: side, y: y - 7.0 - dy, w, h });
        }
    }
    out
}

/// A grid as an SVG, with the items listed per quadrant under it.
pub fn grid_svg(plot: &Plot<'_>, lang: &str) -> String {
    let (size, pad) = (440.0, 60.0);
    let full = size + pad * 2.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{full}\" height=\"{full}\" role=\"img\" aria-label=\"{}\">",
        esc(&plot
            .grid
            .title
            .as_ref()
            .map(|t| t.get(lang, lang).to_owned())
            .unwrap_or_else(|| tr_in!(lang, "rep-grid")))
    );
    let half = size / 2.0;
    // The quadrants' names, which no item's name may cover.
    let mut reserved = Vec::new();
    for corner in Corner::ALL {
        let (cx, cy) = match corner {
            Corner::HighHigh => (pad + half, pad),
            Corner::LowHigh => (pad, pad),
            Corner::HighLow => (pad + half, pad + half),
            Corner::LowLow => (pad, pad + half),
        };
        let fill = if corner == Corner::HighHigh { "#e3eef7" } else { "#f4f4f4" };
        let q = corner.of_grid(plot.grid);
        let _ = write!(
            svg,
            "<rect x=\"{cx}\" y=\"{cy}\" width=\"{half}\" height=\"{half}\" fill=\"{fill}\" stroke=\"#999\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" font-weight=\"bold\" fill=\"#555\">{}</text>",
            cx + 6.0,
            cy + 16.0,
            esc(q.name().get(lang, lang))
        );
        let w = label_width(q.name().get(lang, lang)) * 13.0 / 11.0;
        reserved.push(Box2 { x: cx + 6.0, y: cy + 4.0, w, h: 15.0 });
    }
    let _ = write!(
        svg,
        "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"middle\">{} →</text>\
         <text x=\"16\" y=\"{}\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 16 {})\">{} →</text>",
        pad + half,
        full - 14.0,
        esc(&plot.x_title),
        pad + half,
        pad + half,
        esc(&plot.y_title)
    );
    // Low and high at both ends of both axes.
    let low = |label: &str| esc(&tr_in!(lang, "rep-axis-low", label = crate::text::clip(label, 24)));
    let high = |label: &str| esc(&tr_in!(lang, "rep-axis-high", label = crate::text::clip(label, 24)));
    if let (Some(lo), Some(hi)) = (plot.x_ticks.first(), plot.x_ticks.last()) {
        let _ = write!(
            svg,
            "<text x=\"{pad}\" y=\"{}\" font-size=\"10\" fill=\"#555\">{}</text>\
             <text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#555\" text-anchor=\"end\">{}</text>",
            pad + size + 14.0,
            low(lo),
            pad + size,
            pad + size + 14.0,
            high(hi)
        );
    }
    if let (Some(lo), Some(hi)) = (plot.y_ticks.first(), plot.y_ticks.last()) {
        let x = pad - 6.0;
        let _ = write!(
            svg,
            "<text x=\"{x}\" y=\"{}\" font-size=\"10\" fill=\"#555\" transform=\"rotate(-90 {x} {})\">{}</text>\
             <text x=\"{x}\" y=\"{pad}\" font-size=\"10\" fill=\"#555\" text-anchor=\"end\" transform=\"rotate(-90 {x} {pad})\">{}</text>",
            pad + size,
            pad + size,
            low(lo),
            high(hi),
        );
    }
    // Every marker first, so no name is written over one; then each name where it meets no
    // marker, no other name and no edge, or, where there is no such place, a number beside the
    // marker and the name under the grid.
    let at = |p: &crate::report::grid::Point| (pad + p.x * size, pad + (1.0 - p.y) * size);
    let mut taken: Vec<Box2> = plot
        .points
        .iter()
        .map(|p| {
            let (x, y) = at(p);
            Box2 { x: x - 6.0, y: y - 6.0, w: 12.0, h: 12.0 }
        })
        .chain(reserved)
        .collect();
    let mut numbered: Vec<(usize, String)> = Vec::new();
    for p in &plot.points {
        let (x, y) = at(p);
        // A marked item (one who could block the work) is a red triangle, its mark beside it.
        let (shape, name) = match &p.mark {
            Some(mark) => (
                format!(
                    "<path d=\"M{x:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z\" fill=\"#a11\"/>",
                    y - 6.0,
                    x + 6.0,
                    y + 5.0,
                    x - 6.0,
                    y + 5.0
                ),
                format!("{} ({})", crate::text::clip(&p.label, 22), crate::text::clip(mark, 24)),
            ),
            None => (
                format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#2f6f9f\"/>"),
                crate::text::clip(&p.label, 22),
            ),
        };
        svg.push_str(&shape);
        let w = label_width(&name);
        let fits = |b: &Box2| b.x >= 0.0 && b.y >= 0.0 && b.x + b.w <= full && b.y + b.h <= full;
        let place = label_places(x, y, w).into_iter().find(|b| fits(b) && !taken.iter().any(|t| t.overlaps(b)));
        match place {
            Some(b) => {
                let _ = write!(
                    svg,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}</text>",
                    b.x,
                    b.y + 10.0,
                    esc(&name)
                );
                taken.push(b);
            }
            None => {
                let n = numbered.len() + 1;
                let _ = write!(
                    svg,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" font-weight=\"bold\">{n}</text>",
                    x + 6.0,
                    y - 5.0
                );
                numbered.push((n, name));
            }
        }
    }
    svg.push_str("</svg>");
    let mut out = svg;
    if !numbered.is_empty() {
        let names: Vec<String> = numbered.iter().map(|(n, name)| format!("{n}: {}", esc(name))).collect();
        let _ = write!(out, "<p class=\"meta\">{}</p>", names.join(" · "));
    }
    let _ = write!(
        out,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&tr_in!(lang, "rep-quadrant")),
        esc(&tr_in!(lang, "rep-strategy")),
        esc(&tr_in!(lang, "rep-who"))
    );
    for corner in Corner::ALL {
        let q = corner.of_grid(plot.grid);
        let who: Vec<String> =
            plot.points.iter().filter(|p| p.corner == corner).map(|p| esc(&p.marked_label())).collect();
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(q.name().get(lang, lang)),
            esc(q.strategy().map(|s| s.get(lang, lang)).unwrap_or("")),
            who.join(", ")
        );
    }
    out.push_str("</table>");
    if !plot.unplaced.is_empty() {
        let names: Vec<String> = plot.unplaced.iter().map(|n| esc(n)).collect();
        let _ = write!(out, "<p class=\"missing\">{}</p>", tr_in!(lang, "rep-not-placed", names = names.join(", ")));
    }
    out
}
