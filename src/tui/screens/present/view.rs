//! The audience view drawn: calm and large for a projector. The question in bold with room
//! around it, its choices with the agreed one marked, the answer, and the votes as bars; no
//! notes, no outline, no key hints.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use waypost_core::text::{head, line};

use waypost_core::report::stage::DotStage;

use super::Audience;
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::vote_chart;

/// Draws the audience view.
pub(crate) fn render(audience: &Audience, theme: Theme, area: Rect, buf: &mut Buffer) {
    // A tenth of the width on each side (at least two columns), and a row at the top.
    let margin = (area.width / 10).max(2).min(area.width / 4);
    let inner = Rect {
        x: area.x + margin,
        y: area.y + 1.min(area.height),
        width: area.width.saturating_sub(2 * margin),
        height: area.height.saturating_sub(2),
    };
    if inner.width < 10 || inner.height < 3 {
        return;
    }
    let Some(stage) = &audience.stage else {
        let text = audience.problem.as_deref().map_or_else(msg::present_waiting, |p| line(p).into_owned());
        Paragraph::new(text).style(theme.dim).wrap(Wrap { trim: true }).render(inner, buf);
        return;
    };
    // Texts only as far as the screen can show them: a long answer is never laid out whole.
    let cells = usize::from(inner.width) * usize::from(inner.height);
    let mut lines: Vec<Line> = Vec::new();
    let heading = if stage.organisation.is_empty() {
        line(&stage.title).into_owned()
    } else {
        format!("{} — {}", line(&stage.title), line(&stage.organisation))
    };
    lines.push(Line::styled(heading, theme.dim));
    if !stage.section.is_empty() {
        lines.push(Line::styled(line(&stage.section).into_owned(), theme.dim));
    }
    if let Some(agreed) = stage.agreed.as_ref().filter(|_| stage.dot_vote.is_none()) {
        let said = msg::present_agreed(&line(head(&agreed.prompt, cells)), &line(head(&agreed.answer, cells)));
        lines.push(Line::styled(said, theme.selected));
    }
    lines.push(Line::default());
    if let Some(vote) = &stage.dot_vote {
        dot_vote(vote, theme, &mut lines);
    } else if stage.completed {
        lines.push(Line::styled(msg::present_completed(), theme.title));
    } else if !stage.prompt.is_empty() {
        lines
            .push(Line::styled(line(head(&stage.prompt, cells)).into_owned(), theme.text.add_modifier(Modifier::BOLD)));
        lines.push(Line::default());
        if let Some(field) = &stage.field {
            lines.push(Line::styled(line(head(field, cells)).into_owned(), theme.text.add_modifier(Modifier::BOLD)));
            lines.push(Line::default());
        }
        // Choices one to a row, a blank row between them where the screen has room.
        let roomy = usize::from(inner.height) > lines.len() + 2 * stage.choices.len() + 8;
        for choice in &stage.choices {
            let (mark, style) = if choice.chosen { ("●", theme.selected) } else { ("○", theme.text) };
            lines.push(Line::from(vec![Span::styled(format!("{mark} {}", line(&choice.label)), style)]));
            if roomy {
                lines.push(Line::default());
            }
        }
        if let Some(answer) = &stage.answer
            && stage.choices.is_empty()
            && stage.items.is_empty()
        {
            lines.push(Line::styled(line(head(answer, cells)).into_owned(), theme.selected));
        }
        // A list's items one to a row; when they outgrow the screen, the latest ones.
        let room = usize::from(inner.height).saturating_sub(lines.len() + 2);
        let skip = stage.items.len().saturating_sub(room);
        for (n, item) in stage.items.iter().enumerate().skip(skip) {
            let text = format!("{}. {}", n + 1, line(item));
            lines.push(Line::styled(waypost_core::text::clip(&text, usize::from(inner.width)), theme.text));
        }
    }
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    let used = u16::try_from(text.line_count(inner.width)).unwrap_or(u16::MAX).min(inner.height);
    text.render(Rect { height: used, ..inner }, buf);
    if let Some(spread) = stage.votes.as_ref().filter(|_| !stage.completed && stage.dot_vote.is_none()) {
        let top = inner.y + used + 1;
        let height = vote_chart::height(spread, inner.width).min((inner.y + inner.height).saturating_sub(top + 1));
        vote_chart::render(spread, theme, Rect { y: top, height, ..inner }, buf);
    }
    let (answered, total) = stage.progress;
    match &audience.problem {
        // Why the file could not be read, whole, on the last lines; the last view stays above.
        Some(problem) => {
            let text = Paragraph::new(line(problem).into_owned()).style(theme.warning).wrap(Wrap { trim: true });
            let rows = u16::try_from(text.line_count(inner.width)).unwrap_or(u16::MAX).min(area.height / 3);
            text.render(Rect { y: area.y + area.height - rows, height: rows, ..inner }, buf);
        }
        None => {
            let bottom = Rect { y: area.y + area.height.saturating_sub(1), height: 1.min(area.height), ..inner };
            Line::styled(msg::present_progress(answered, total), theme.dim)
                .alignment(Alignment::Right)
                .render(bottom, buf);
        }
    }
}

/// A dot vote for the room: whose dots and how many are left, then what the dots go to, each
/// with the facilitator's key and its dots so far, wrapped whole.
fn dot_vote(vote: &DotStage, theme: Theme, lines: &mut Vec<Line<'static>>) {
    lines.push(Line::styled(msg::dot_vote_title(&vote.voter, vote.left), theme.text.add_modifier(Modifier::BOLD)));
    lines.push(Line::default());
    for (n, (text, dots)) in vote.targets.iter().enumerate() {
        let key = crate::tui::keys::pick_key(n + 1).unwrap_or(' ');
        let style = if *dots > 0 { theme.selected } else { theme.text };
        lines.push(Line::styled(format!("{key} {} {}", line(text), "●".repeat(*dots)), style));
    }
}
