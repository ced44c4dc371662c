//! Drawing the input of a question or a list field (choices, a text box, a list), and the note
//! or reason prompt over it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use waypost_core::questionnaire::{Kind, Question};
use waypost_core::text::line;

use super::editor::Editor;
use super::{Interview, Prompt};
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::first_row;

/// Draws one editor.
pub fn draw_editor(
    it: &Interview,
    question: &Question,
    editor: &Editor,
    typing: bool,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let (l, d) = it.languages();
    match editor {
        Editor::None => {}
        Editor::Choices { cursor, picked, multi } => {
            let choices = it.q().choices(question);
            let scored = !*multi && it.q().score_range(question).is_some();
            let first = first_row(*cursor, area.height);
            let lines: Vec<Line> = choices
                .iter()
                .zip(picked)
                .enumerate()
                .skip(first)
                .take(usize::from(area.height))
                .map(|(i, (choice, on))| {
                    let mark = match (multi, scored, on) {
                        (true, _, true) => "[x]".to_owned(),
                        (true, _, false) => "[ ]".to_owned(),
                        (false, true, on) => (if *on { "●" } else { "○" }).to_owned(),
                        (false, false, true) => "(•)".to_owned(),
                        (false, false, false) => "( )".to_owned(),
                    };
                    let key = if i < 9 { format!("{}", i + 1) } else { " ".into() };
                    let mut spans = vec![
                        Span::styled(format!("{key} "), theme.dim),
                        Span::raw(format!("{mark} {}", line(choice.label.get(l, d)))),
                    ];
                    if scored {
                        spans.push(Span::styled(format!("  ({})", fmt_score(choice.score)), theme.dim));
                    }
                    if let Some(h) = &choice.help {
                        spans.push(Span::styled(format!("  {}", line(h.get(l, d))), theme.dim));
                    }
                    let style = if i == *cursor && !it.read_only() { theme.selected } else { theme.text };
                    Line::from(spans).style(style)
                })
                .collect();
            Paragraph::new(lines).render(area, buf);
        }
        Editor::Text(textarea) => {
            let title = match question.kind {
                Kind::Number => {
                    let unit = question.unit.as_ref().map(|u| line(u.get(l, d)).into_owned());
                    msg::number_title(unit.as_deref(), question.min, question.max)
                }
                Kind::Date => msg::date_title().into(),
                _ => msg::answer_title(question.multiline),
            };
            let height = if question.multiline { area.height.min(10) } else { 3 };
            let rect = Rect { height: height.min(area.height), ..area };
            let mut view = (**textarea).clone();
            view.set_block(Block::default().borders(Borders::ALL).title(title).border_style(if typing {
                theme.title
            } else {
                theme.dim
            }));
            if !typing {
                view.set_cursor_style(theme.text);
            }
            (&view).render(rect, buf);
        }
        Editor::List(list) => super::list_view::render(it, question, list, theme, area, buf),
    }
}

fn fmt_score(score: Option<f64>) -> String {
    match score {
        Some(s) if s.fract() == 0.0 => format!("{s:.0}"),
        Some(s) => format!("{s}"),
        None => "-".into(),
    }
}

/// Draws the note or reason prompt.
pub fn prompt(p: &Prompt, (l, d): (&str, &str), theme: Theme, area: Rect, buf: &mut Buffer) {
    let (title, intro, textarea): (_, Vec<Line>, _) = match p {
        Prompt::Note(a) => (msg::note_title(), Vec::new(), a),
        Prompt::Reason { warnings, area: a, .. } => {
            let lines =
                warnings.iter().map(|w| Line::styled(format!("⚠ {}", line(&w.text(l, d))), theme.warning)).collect();
            (msg::reason_title(), lines, a)
        }
    };
    let intro = Paragraph::new(intro).wrap(Wrap { trim: true });
    let n = u16::try_from(intro.line_count(area.width.saturating_sub(2))).unwrap_or(u16::MAX);
    let text_rows = if matches!(p, Prompt::Note(_)) { 4 } else { 2 };
    let height = (n + text_rows + 2).min(area.height);
    let rect = Rect { height, ..area };
    Clear.render(rect, buf);
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme.title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    intro.render(Rect { height: n.min(inner.height), ..inner }, buf);
    let text_rect = Rect { y: inner.y + n, height: inner.height.saturating_sub(n), ..inner };
    (&**textarea).render(text_rect, buf);
}
