//! A session's summary: score bars with bands, suggested actions, overridden warnings, notes,
//! and the counts of answer states.

use crate::report::Summary;
use crate::report::summary::score_text;
use crate::text::line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::super::reports::Report;
use super::super::theme::Theme;

const BAR: usize = 24;

fn bar(score: Option<f64>, scale: f64) -> String {
    let filled = score.map(|s| ((s / scale).clamp(0.0, 1.0) * BAR as f64).round() as usize).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

/// Draws the summary.
pub fn render(r: &Report, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (q, s) = (&r.q, &r.session);
    let lang = s.language.as_str();
    let summary = Summary::new(q, s);
    let mut lines = vec![
        Line::styled(format!("{} — {}", line(&summary.title), line(&s.subject.organisation)), theme.title),
        Line::styled(line(&summary.state_line(s)).into_owned(), theme.dim),
        Line::raw(""),
    ];
    match &summary.scores {
        Some(scores) => {
            lines.push(Line::styled(format!("Scores (0–{})", scores.scale), theme.title));
            let rows = scores.sections.iter().map(|x| (x.title.as_str(), x.score, x.band.as_deref()));
            let overall = std::iter::once(("Overall", scores.overall, scores.overall_band.as_deref()));
            for (title, score, band) in rows.chain(overall) {
                let title: String = line(title).chars().take(30).collect();
                lines.push(Line::from(vec![
                    Span::raw(format!("{title:<31}")),
                    Span::styled(bar(score, scores.scale), theme.gauge),
                    Span::raw(format!(" {:>4}  {}", score_text(score), line(band.unwrap_or("")))),
                ]));
            }
            if !scores.actions.is_empty() {
                lines.push(Line::raw(""));
                lines.push(Line::styled("Suggested actions", theme.title));
                for (i, a) in scores.actions.iter().enumerate() {
                    lines.push(Line::raw(format!("{:>2}. {} ({:.1})", i + 1, line(&a.text), a.score)));
                }
            }
        }
        None => lines.push(Line::styled("This questionnaire is not scored.", theme.dim)),
    }
    let mut overrides = Vec::new();
    let mut notes = Vec::new();
    for (_, question) in q.places() {
        let Some(a) = s.answers.get(&question.id).filter(|a| !a.inactive) else { continue };
        let prompt: String = line(question.prompt.get(lang, q.default_language())).chars().take(50).collect();
        if let Some(reason) = &a.override_reason {
            overrides.push(Line::raw(format!("• {prompt} — {}", line(reason))));
        }
        if let Some(note) = &a.note {
            notes.push(Line::raw(format!("• {prompt} — {}", line(note))));
        }
    }
    for (title, group) in [("Warnings overridden, and why", overrides), ("Notes", notes)] {
        if !group.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(title, theme.title));
            lines.extend(group);
        }
    }
    let st = summary.states;
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("Don't know: {} · declined: {} · N/A: {}", st.dont_know, st.declined, st.not_applicable),
        theme.dim,
    ));
    Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((r.scroll, 0)).render(area, buf);
}
