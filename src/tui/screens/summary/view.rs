//! A session's summary: score bars with bands, suggested actions, overridden warnings, notes,
//! and the counts of answer states.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use waypost_core::report::Summary;
use waypost_core::report::summary::{score_shown, scores_heading};
use waypost_core::text::{line, pad};

use super::Summary as Screen;
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::scrolled;

const BAR: usize = 24;

fn bar(score: Option<f64>, scale: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=BAR")]
    let filled =
        score.filter(|_| scale > 0.0).map(|s| ((s / scale).clamp(0.0, 1.0) * BAR as f64).round() as usize).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

/// Draws the summary.
pub(crate) fn render(r: &Screen, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (q, s) = (&r.opened.questionnaire, &r.opened.session);
    let lang = s.language.as_str();
    let summary = Summary::new(q, s).with_history(q, s, &r.history);
    let mut lines = vec![
        Line::styled(format!("{} — {}", line(&summary.title), line(&s.subject.organisation)), theme.title),
        Line::styled(line(&summary.state_line(s)).into_owned(), theme.dim),
        Line::raw(""),
    ];
    for (prompt, answer) in &summary.headlines {
        lines.push(Line::styled(line(prompt).into_owned(), theme.title));
        lines.push(Line::raw(format!("  {}", line(answer))));
        lines.push(Line::raw(""));
    }
    match &summary.scores {
        Some(scores) => {
            lines.push(Line::styled(scores_heading(scores, lang), theme.title));
            let rows = scores.sections.iter().map(|x| (x.title.clone(), x.score, x.out_of, x.band.as_deref()));
            let overall =
                std::iter::once((msg::overall(), scores.overall, scores.scale, scores.overall_band.as_deref()));
            for (title, score, out_of, band) in rows.chain(overall) {
                lines.push(Line::from(vec![
                    Span::raw(format!("{} ", pad(&title, 30))),
                    Span::styled(bar(score, out_of), theme.gauge),
                    Span::raw(format!(
                        " {:>4}  {}",
                        score_shown(scores, score, out_of, lang),
                        line(band.unwrap_or(""))
                    )),
                ]));
            }
            lines.push(Line::styled(waypost_core::tr_in!(lang, "rep-scores-honest"), theme.dim));
            if let Some(block) = summary.since_lines(lang) {
                bullets(&mut lines, block, theme);
            }
            if !scores.actions.is_empty() {
                lines.push(Line::raw(""));
                lines.push(Line::styled(msg::suggested_actions(), theme.title));
                for (i, a) in scores.actions.iter().enumerate() {
                    let note = waypost_core::report::summary::action_note(a, lang);
                    lines.push(Line::raw(format!("{:>2}. {} ({note})", i + 1, line(&a.text))));
                }
            }
        }
        None => lines.push(Line::styled(msg::not_scored(), theme.dim)),
    }
    for view in &q.views {
        let waypost_core::questionnaire::View::Table(table) = view else { continue };
        let t = waypost_core::report::item_table::fill(q, table, s);
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("{} ({})", line(&t.title), t.rows.len()), theme.title));
        for row in &t.rows {
            let cells: Vec<String> = row.iter().filter(|c| !c.is_empty()).map(|c| line(c).into_owned()).collect();
            lines.push(Line::raw(format!("• {}", cells.join(" · "))));
        }
    }
    if !summary.votes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(waypost_core::tr_in!(lang, "rep-votes"), theme.title));
        for v in &summary.votes {
            let agreed = waypost_core::tr_in!(lang, "rep-votes-agreed", answer = v.agreed.as_str());
            lines.push(Line::raw(format!("• {} — {}", line(&v.prompt), line(&agreed))));
            let style = if v.spread.divided { theme.warning } else { theme.dim };
            lines.push(Line::styled(format!("  {}", line(&v.spread.text(lang))), style));
        }
    }
    let agenda = waypost_core::report::agenda::Agenda::new(q, Some(s), lang);
    if !agenda.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(agenda.heading(lang), theme.title));
        for sentence in agenda.sentences(lang) {
            lines.push(Line::raw(format!("• {}", line(&sentence))));
        }
    }
    if let Some(block) = summary.workshop_lines(lang) {
        bullets(&mut lines, block, theme);
    }
    if !summary.flags.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(msg::flags_title(), theme.title));
        for f in &summary.flags {
            lines.push(Line::styled(format!("! {} — {}", line(&f.prompt), line(&f.message)), theme.warning));
        }
    }
    let overrides: Vec<Line> = summary
        .overridden
        .iter()
        .map(|(prompt, said)| Line::raw(format!("• {} — {}", line(prompt), line(said))))
        .collect();
    let mut notes = Vec::new();
    for (_, question) in q.places() {
        let Some(a) = s.answers().get(&question.id).filter(|a| !a.inactive) else { continue };
        let prompt = line(&waypost_core::session::answer_text::session_prompt(q, question, s)).into_owned();
        if let Some(note) = &a.note {
            notes.push(Line::raw(format!("• {prompt} — {}", line(note))));
        }
    }
    for (title, group) in [(waypost_core::tr_in!(lang, "rep-overridden-title"), overrides), (msg::notes_title(), notes)]
    {
        if !group.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(title, theme.title));
            lines.extend(group);
        }
    }
    let st = summary.states;
    lines.push(Line::raw(""));
    lines.push(Line::styled(msg::state_counts(st.dont_know, st.declined, st.not_applicable), theme.dim));
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    scrolled(text, r.scroll, theme, area, buf);
}

/// A heading and its lines as bullets, after a blank line.
fn bullets(lines: &mut Vec<Line<'static>>, (heading, items): (String, Vec<String>), theme: Theme) {
    lines.push(Line::raw(""));
    lines.push(Line::styled(line(&heading).into_owned(), theme.title));
    lines.extend(items.iter().map(|t| Line::raw(format!("• {}", line(t)))));
}
