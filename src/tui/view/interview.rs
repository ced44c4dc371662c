//! The interview screen: the outline beside the question, its input, messages, and the gauge.

use crate::questionnaire::{Kind, Question};
use crate::text::{block, line};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, LineGauge, Paragraph, Widget, Wrap};

use super::super::editor::Editor;
use super::super::interview::{Interview, Prompt};
use super::super::theme::Theme;
use super::chrome::level_style;

/// The outline is shown from this width on.
const OUTLINE_FROM: u16 = 80;
/// The outline's width.
const OUTLINE_WIDTH: u16 = 26;

/// Where the parts of the interview screen go.
pub struct Areas {
    /// Title line.
    pub top: Rect,
    /// The section outline, when the terminal is wide enough.
    pub outline: Option<Rect>,
    /// Section, guidance, prompt, help.
    pub header: Rect,
    /// The question's input.
    pub input: Rect,
    /// Answer state, note and message lines.
    pub footer: Rect,
    /// The progress gauge.
    pub gauge: Rect,
}

/// What a click landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A section in the outline.
    Section(usize),
    /// A choice (0-based) of the input.
    Choice(usize),
}

fn lang(it: &Interview) -> (&str, &str) {
    (it.session.language.as_str(), it.q.default_language())
}

/// The header text: section and guidance (on the first question of a section, or with help on),
/// the prompt, and the help when shown.
fn header(it: &Interview, theme: Theme) -> Paragraph<'static> {
    let (l, d) = lang(it);
    let mut lines = Vec::new();
    let Some(place) = it.place else {
        return Paragraph::new(Line::styled("No question is shown for these answers.", theme.dim));
    };
    let section = &it.q.sections[place.section];
    let flow = it.flow();
    let first_of_section = flow.visible.iter().find(|p| p.section == place.section) == Some(&place);
    lines.push(Line::styled(line(section.title.get(l, d)).into_owned(), theme.title));
    if let Some(g) = section.guidance.as_ref().filter(|_| first_of_section || it.show_help) {
        lines.push(Line::styled(block(g.get(l, d)).into_owned(), theme.dim.add_modifier(Modifier::ITALIC)));
    }
    lines.push(Line::raw(""));
    let question = it.q.at(place);
    let number = flow.visible.iter().filter(|p| it.q.at(**p).takes_answer()).position(|p| *p == place);
    let total = flow.progress().total;
    let mut prompt = vec![];
    if let Some(n) = number {
        prompt.push(Span::styled(format!("{}/{total}  ", n + 1), theme.dim));
    }
    prompt.push(Span::styled(block(question.prompt.get(l, d)).into_owned(), theme.text.add_modifier(Modifier::BOLD)));
    if question.required {
        prompt.push(Span::styled("  (required)", theme.dim));
    }
    lines.push(Line::from(prompt));
    if it.show_help {
        let help = question
            .help
            .as_ref()
            .map(|h| block(h.get(l, d)).into_owned())
            .unwrap_or_else(|| "No help for this question.".into());
        lines.push(Line::styled(format!("Help: {help}"), theme.dim));
    } else if question.help.is_some() {
        lines.push(Line::styled("h: help and guidance reference", theme.dim));
    }
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

/// Lays the screen out; the same layout serves drawing and mouse clicks.
pub fn areas(size: Rect, it: &Interview, theme: Theme) -> Areas {
    let body = super::body(size);
    let [top, middle, gauge] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)]).areas(body);
    let (outline, pane) = if middle.width >= OUTLINE_FROM {
        let [o, p] = Layout::horizontal([Constraint::Length(OUTLINE_WIDTH), Constraint::Fill(1)]).areas(middle);
        (Some(o), Rect { x: p.x + 1, width: p.width.saturating_sub(1), ..p })
    } else {
        (None, middle)
    };
    let footer_height = 3;
    let wanted = header(it, theme).line_count(pane.width) as u16;
    let header_height = wanted.min(pane.height.saturating_sub(footer_height + 4));
    let room = pane.height.saturating_sub(header_height + footer_height + 1);
    let [header, _, input, footer] = Layout::vertical([
        Constraint::Length(header_height),
        Constraint::Length(1),
        Constraint::Length(input_height(it).min(room)),
        Constraint::Length(footer_height),
    ])
    .areas(pane);
    Areas { top, outline, header, input, footer, gauge }
}

/// The rows the input wants: one per choice, three for a line, more for a text or a list.
fn input_height(it: &Interview) -> u16 {
    let rows = match &it.editor {
        Editor::None => 0,
        Editor::Choices { picked, .. } => picked.len(),
        Editor::Text(_) if it.question().is_some_and(|q| q.multiline) => 10,
        Editor::Text(_) => 3,
        Editor::List(list) => list.items.len() + if list.editing.is_some() { 16 } else { 4 },
    };
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// What is at a cell, for mouse clicks.
pub fn hit(size: Rect, it: &Interview, col: u16, row: u16) -> Option<Hit> {
    let a = areas(size, it, Theme::new(crate::cli::args::Theme::Default, true));
    let inside = |r: Rect| col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height;
    if let Some(o) = a.outline.filter(|o| inside(*o)) {
        let i = usize::from(row.checked_sub(o.y + 1)?);
        return (i < it.q.sections.len()).then_some(Hit::Section(i));
    }
    if inside(a.input) {
        let choices_area = choices_rect(it, a.input);
        let offset = match &it.editor {
            Editor::Choices { cursor, .. } => scroll(*cursor, choices_area.height),
            _ => 0,
        };
        return Some(Hit::Choice(offset + usize::from(row.checked_sub(choices_area.y)?)));
    }
    None
}

/// The area the choices of a question (or of a list field) are drawn in.
fn choices_rect(it: &Interview, input: Rect) -> Rect {
    match &it.editor {
        Editor::List(_) => super::list::field_input_rect(input),
        _ => input,
    }
}

/// The first row shown so the highlighted one is visible.
fn scroll(cursor: usize, height: u16) -> usize {
    let h = usize::from(height.max(1));
    cursor.saturating_sub(h - 1)
}

/// Draws the interview (or its review); `area` is the whole screen, as for [`areas`].
pub fn render(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let a = areas(area, it, theme);
    let (l, d) = lang(it);
    let flow = it.flow();
    let progress = flow.progress();
    let org = &it.session.subject.organisation;
    let mut top = vec![Span::styled(line(it.q.title.get(l, d)).into_owned(), theme.title)];
    if !org.is_empty() {
        top.push(Span::raw(format!(" — {}", line(org))));
    }
    if it.read_only {
        top.push(Span::styled("  [read-only]", theme.warning));
    }
    if it.session.status == crate::session::Status::Completed {
        top.push(Span::styled("  [completed]", theme.ok));
    }
    Line::from(top).render(a.top, buf);
    LineGauge::default()
        .filled_style(theme.gauge)
        .ratio(progress.ratio().clamp(0.0, 1.0))
        .label(format!("{} of {} answered ", progress.answered, progress.total))
        .render(a.gauge, buf);
    if let Some(o) = a.outline {
        outline(it, &flow, theme, o, buf);
    }
    if it.review.is_some() {
        let pane = Rect { height: a.footer.y + a.footer.height - a.header.y, ..a.header };
        super::review::render(it, theme, pane, buf);
        return;
    }
    header(it, theme).render(a.header, buf);
    if let Some(question) = it.question() {
        input(it, question, theme, a.input, buf);
    }
    footer(it, theme, a.footer, buf);
    if let Some(p) = &it.prompt {
        let below = Rect { height: a.gauge.y.saturating_sub(a.input.y), ..a.input };
        prompt(p, theme, below, buf);
    }
}

fn outline(it: &Interview, flow: &crate::interview::Flow, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (l, d) = lang(it);
    let current = it.place.map(|p| p.section);
    let inner_width = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> =
        it.q.sections
            .iter()
            .zip(&flow.sections)
            .enumerate()
            .map(|(i, (section, f))| {
                let (mark, count) = if !f.shown {
                    ("–", "skip".to_owned())
                } else if f.total > 0 && f.answered == f.total {
                    ("✓", format!("{}/{}", f.answered, f.total))
                } else {
                    ("·", format!("{}/{}", f.answered, f.total))
                };
                let mark = if current == Some(i) { "›" } else { mark };
                let room = inner_width.saturating_sub(count.len() + 3);
                let title: String = line(section.title.get(l, d)).chars().take(room).collect();
                let pad = room.saturating_sub(title.chars().count());
                let style = if current == Some(i) {
                    theme.selected
                } else if f.shown {
                    theme.text
                } else {
                    theme.dim
                };
                Line::styled(format!("{mark} {title}{} {count}", " ".repeat(pad)), style)
            })
            .collect();
    Paragraph::new(lines)
        .block(Block::default().borders(Borders::ALL).title(" Sections ").border_style(theme.dim))
        .render(area, buf);
}

/// Draws the input of a question (or a list field) into `area`.
pub fn input(it: &Interview, question: &Question, theme: Theme, area: Rect, buf: &mut Buffer) {
    draw_editor(it, question, &it.editor, it.typing, theme, area, buf);
}

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
    let (l, d) = lang(it);
    match editor {
        Editor::None => {}
        Editor::Choices { cursor, picked, multi } => {
            let choices = it.q.choices(question);
            let scored = !*multi && it.q.score_range(question).is_some();
            let first = scroll(*cursor, area.height);
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
                    let style = if i == *cursor && !it.read_only { theme.selected } else { theme.text };
                    Line::from(spans).style(style)
                })
                .collect();
            Paragraph::new(lines).render(area, buf);
        }
        Editor::Text(textarea) => {
            let mut title = String::from(" Answer ");
            match question.kind {
                Kind::Number => {
                    let unit = question.unit.as_ref().map(|u| line(u.get(l, d)).into_owned()).unwrap_or_default();
                    let range = match (question.min, question.max) {
                        (Some(lo), Some(hi)) => format!(", {lo}–{hi}"),
                        (Some(lo), None) => format!(", from {lo}"),
                        (None, Some(hi)) => format!(", up to {hi}"),
                        _ => String::new(),
                    };
                    title = format!(
                        " Number{}{range} ",
                        if unit.is_empty() { String::new() } else { format!(" ({unit})") }
                    );
                }
                Kind::Date => title = " Date (YYYY-MM-DD, or today) ".into(),
                _ if question.multiline => title = " Answer (Alt-Enter: new line) ".into(),
                _ => {}
            }
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
        Editor::List(list) => super::list::render(it, question, list, theme, area, buf),
    }
}

fn fmt_score(score: Option<f64>) -> String {
    match score {
        Some(s) if s.fract() == 0.0 => format!("{s:.0}"),
        Some(s) => format!("{s}"),
        None => "-".into(),
    }
}

fn footer(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let mut lines = Vec::new();
    if let Some(answer) = it.question().and_then(|q| it.session.answers.get(&q.id)) {
        if let Some(state) = answer.state {
            lines.push(Line::styled(format!("Given: {}", state.label()), theme.warning));
        } else if answer.value.is_some() {
            let mut text = String::from("Saved ✓");
            if let Some(r) = &answer.override_reason {
                text.push_str(&format!("  (warning overridden: {})", line(r)));
            }
            lines.push(Line::styled(text, theme.ok));
        }
        if let Some(note) = &answer.note {
            lines.push(Line::styled(format!("Note: {}", line(note)), theme.dim));
        }
    }
    if let Some(m) = &it.message {
        lines.push(Line::styled(line(&m.text).into_owned(), level_style(theme, m.level)));
    }
    let skip = lines.len().saturating_sub(usize::from(area.height));
    Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()).render(area, buf);
}

fn prompt(p: &Prompt, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (title, intro, textarea): (_, Vec<Line>, _) = match p {
        Prompt::Note(a) => (" Note (Enter saves, Alt-Enter new line, Esc cancels) ", Vec::new(), a),
        Prompt::Reason { warnings, area: a, .. } => {
            let lines = warnings.iter().map(|w| Line::styled(format!("⚠ {}", line(w)), theme.warning)).collect();
            (" Reason to go on (Enter saves, Esc changes the answer) ", lines, a)
        }
    };
    let intro = Paragraph::new(intro).wrap(Wrap { trim: true });
    let n = intro.line_count(area.width.saturating_sub(2)) as u16;
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
