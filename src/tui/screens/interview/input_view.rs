//! Drawing the input of a question or a list field (choices, a text box, a list), and the note
//! or reason prompt over it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use waypost_core::questionnaire::Question;
use waypost_core::text::{clip, head, line, width};

use super::editor::Editor;
use super::{Interview, Prompt};
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::{first_row, text_input};

/// Where choices go in an input area: a line for a stored value that is no longer a choice and a
/// line for the filter being typed, then, when the choices shown do not all fit, a window around
/// the highlighted one between "↑ n more" and "↓ n more" lines. Drawing and mouse clicks use the
/// same layout.
pub(super) struct ChoiceLayout {
    /// The position (among the choices shown) of the first one drawn.
    pub first: usize,
    /// How many are drawn.
    pub shown: usize,
    /// Where the shown choices go, one per row.
    pub rows: Rect,
    /// The "↑ n more" line.
    pub above: Rect,
    /// The "↓ n more" line.
    pub below: Rect,
}

impl ChoiceLayout {
    /// The layout of an editor's choices in `area`, and the choices (0-based) it shows in order
    /// (those the filter lets through, while one is typed); none for other inputs.
    pub(super) fn of(editor: &Editor, area: Rect) -> Option<(ChoiceLayout, Vec<usize>)> {
        let Editor::Choices { cursor, .. } = editor else { return None };
        let shown = editor.shown_choices();
        let reserved = heads_rows(editor, area.width);
        let at = shown.iter().position(|i| i == cursor).unwrap_or(0);
        Some((ChoiceLayout::new(area, at, shown.len(), reserved), shown))
    }

    /// The layout of `total` choices with the highlight at `cursor`, below `reserved` lines.
    fn new(area: Rect, cursor: usize, total: usize, reserved: u16) -> ChoiceLayout {
        let mut area = area;
        let reserved = reserved.min(area.height.saturating_sub(1));
        area = Rect { y: area.y + reserved, height: area.height - reserved, ..area };
        let height = usize::from(area.height);
        let line = |y: u16| Rect { y, height: 1.min(area.height), ..area };
        if total <= height || height < 3 {
            let first = if total <= height { 0 } else { first_row(cursor, area.height) };
            return ChoiceLayout {
                first,
                shown: height.min(total),
                rows: area,
                above: line(area.y),
                below: line(area.y),
            };
        }
        let (above, below) = (line(area.y), line(area.y + area.height - 1));
        let row = |from: u16, rows: u16| Rect { y: area.y + from, height: rows, ..area };
        // A marker takes a row only on a side where choices are hidden.
        if cursor + 1 < height - 1 {
            return ChoiceLayout { first: 0, shown: height - 1, rows: row(0, area.height - 1), above, below };
        }
        if cursor + height > total {
            let first = total - (height - 1);
            return ChoiceLayout { first, shown: height - 1, rows: row(1, area.height - 1), above, below };
        }
        let window = height - 2;
        let first = cursor.saturating_sub(window - 1).min(total - window);
        ChoiceLayout { first, shown: window, rows: row(1, area.height - 2), above, below }
    }
}

/// At most this many rows for each line above the choices, and for the whole text of the
/// highlighted choice under them.
const WRAPPED_ROWS: u16 = 3;

/// The lines above the choices: a stored value that is no longer a choice (a warning), and the
/// filter typed with how many choices hold it.
fn heads(editor: &Editor) -> Vec<(String, bool)> {
    let Editor::Choices { stale, filter, picked, .. } = editor else { return Vec::new() };
    let mut heads = Vec::new();
    if !stale.is_empty() {
        heads.push((msg::no_longer_a_choice(&line(&stale.join(", "))), true));
    }
    if let Some(filter) = filter {
        heads.push((msg::choice_filter(&line(&filter.text), editor.shown_choices().len(), picked.len()), false));
    }
    heads
}

/// The rows the lines above the choices take in `width` cells.
pub(super) fn heads_rows(editor: &Editor, width: u16) -> u16 {
    heads(editor).iter().map(|(h, _)| head_rows(h, width)).sum()
}

/// The rows a line above the choices wraps to in `width` cells.
fn head_rows(text: &str, width: u16) -> u16 {
    let rows = Paragraph::new(text).wrap(Wrap { trim: false }).line_count(width);
    u16::try_from(rows).unwrap_or(u16::MAX).clamp(1, WRAPPED_ROWS)
}

/// The key and mark before a choice's label.
fn choice_mark(multi: bool, scored: bool, on: bool) -> &'static str {
    match (multi, scored, on) {
        (true, _, true) => "[x]",
        (true, _, false) => "[ ]",
        (false, true, true) => "●",
        (false, true, false) => "○",
        (false, false, true) => "(•)",
        (false, false, false) => "( )",
    }
}

/// The whole text of choice `index` (its label and description) when its row in `cells` cells
/// cuts it short.
fn whole_choice(it: &Interview, question: &Question, editor: &Editor, index: usize, cells: u16) -> Option<String> {
    let Editor::Choices { multi, .. } = editor else { return None };
    let (l, d) = it.languages();
    let choice = *editor.choices(it.q(), question).get(index)?;
    let scored = !*multi && it.q().score_range(question).is_some();
    let label = line(choice.label.get(l, d)).into_owned();
    let help = choice.help.as_ref().map(|h| line(h.get(l, d)).into_owned());
    let score = if scored { 4 + fmt_score(choice.score).len() } else { 0 };
    let needed = 2 + width(choice_mark(*multi, scored, false)) + 1 + width(&label) + score;
    let needed = needed + help.as_ref().map_or(0, |h| 2 + width(h));
    (needed > usize::from(cells)).then(|| match help {
        Some(h) => format!("{label}: {h}"),
        None => label,
    })
}

/// The rows asked for under the choices for the whole text of the highlighted one: as many as
/// the longest cut choice needs, so that where there is room the choices stay in place as the
/// highlight moves.
pub(super) fn detail_rows(it: &Interview, question: &Question, editor: &Editor, cells: u16) -> u16 {
    let Editor::Choices { picked, .. } = editor else { return 0 };
    (0..picked.len())
        .filter_map(|i| whole_choice(it, question, editor, i, cells))
        .map(|text| head_rows(&text, cells))
        .max()
        .unwrap_or(0)
}

/// Where the choices go in `area`, and the whole text of the highlighted choice with where it
/// goes under them when its row cuts it, so that no choice is only half read (when there is room
/// for it besides three choices).
pub(super) fn choices_and_detail(
    it: &Interview,
    question: &Question,
    editor: &Editor,
    area: Rect,
) -> (Rect, Option<(String, Rect)>) {
    let Editor::Choices { cursor, .. } = editor else { return (area, None) };
    let Some(text) = whole_choice(it, question, editor, *cursor, area.width) else { return (area, None) };
    let rows = head_rows(&text, area.width);
    let choices = u16::try_from(editor.shown_choices().len()).unwrap_or(u16::MAX);
    let heads = heads_rows(editor, area.width);
    if area.height < heads + choices.min(3) + rows {
        return (area, None);
    }
    // Right under the last choice drawn.
    let under = (heads + choices).min(area.height - rows);
    let detail = Rect { y: area.y + under, height: rows, ..area };
    (Rect { height: area.height - rows, ..area }, Some((text, detail)))
}

/// The rows an editor wants in `width` cells: one per choice (with the lines above them and
/// the whole text of one cut short), three for a line, ten for a text, the table for a list
/// (and, while an item is entered, its field's title and input).
pub(super) fn editor_rows(it: &Interview, question: &Question, editor: &Editor, width: u16) -> u16 {
    match editor {
        Editor::None => 0,
        Editor::Choices { picked, .. } => {
            let detail = detail_rows(it, question, editor, width);
            u16::try_from(picked.len()).unwrap_or(u16::MAX).saturating_add(heads_rows(editor, width) + detail)
        }
        Editor::Text(_) if question.multiline => 10,
        Editor::Text(_) => 3,
        Editor::List(list) => {
            let table = u16::try_from(list.items.len()).unwrap_or(u16::MAX).saturating_add(4);
            match &list.editing {
                Some(edit) => {
                    let field = edit.entry.question(question);
                    table.min(super::list_view::TABLE_ROWS_WHILE_EDITING)
                        + super::list_view::FIELD_TITLE_ROWS
                        + editor_rows(it, field, &edit.editor, width)
                }
                None => table,
            }
        }
    }
}

/// Draws one editor.
pub(super) fn draw_editor(
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
        Editor::Choices { cursor, picked, multi, touched, keys, filter, .. } => {
            let choices = editor.choices(it.q(), question);
            let scored = !*multi && it.q().score_range(question).is_some();
            let (area, detail) = choices_and_detail(it, question, editor, area);
            let Some((layout, visible)) = ChoiceLayout::of(editor, area) else { return };
            let mut top = area;
            for (text, warning) in heads(editor) {
                let rows = head_rows(&text, area.width).min(top.height.saturating_sub(1));
                let style = if warning { theme.warning } else { theme.title };
                Paragraph::new(text).style(style).wrap(Wrap { trim: false }).render(Rect { height: rows, ..top }, buf);
                top = Rect { y: top.y + rows, height: top.height - rows, ..top };
            }
            if let Some((text, rect)) = detail {
                Paragraph::new(text).style(theme.dim).wrap(Wrap { trim: false }).render(rect, buf);
            }
            let highlighted = *touched || picked.contains(&true);
            let lines: Vec<Line> = visible
                .iter()
                .skip(layout.first)
                .take(layout.shown)
                .filter_map(|i| Some((*i, (choices.get(*i)?, picked.get(*i)?))))
                .map(|(i, (choice, on))| {
                    let mark = choice_mark(*multi, scored, *on);
                    // While a filter is typed, digits go into it: no key is shown.
                    let key = keys.get(i).copied().flatten().filter(|_| filter.is_none()).unwrap_or(' ');
                    let score = if scored { format!("  ({})", fmt_score(choice.score)) } else { String::new() };
                    // The label keeps its score in view; what does not fit ends with "…".
                    let room = usize::from(area.width).saturating_sub(2 + mark.chars().count() + 1 + width(&score));
                    let label = clip(&line(choice.label.get(l, d)), room);
                    let mut spans =
                        vec![Span::styled(format!("{key} "), theme.dim), Span::raw(format!("{mark} {label}"))];
                    if scored {
                        spans.push(Span::styled(score, theme.dim));
                    }
                    if let Some(h) = &choice.help {
                        let left = room.saturating_sub(width(&label) + 2);
                        if left > 1 {
                            spans.push(Span::styled(format!("  {}", clip(&line(h.get(l, d)), left)), theme.dim));
                        }
                    }
                    let style =
                        if i == *cursor && highlighted && !it.read_only() { theme.selected } else { theme.text };
                    Line::from(spans).style(style)
                })
                .collect();
            // Choices that do not fit are announced, never silently cut.
            if layout.first > 0 {
                Line::styled(msg::more_above(layout.first), theme.dim).render(layout.above, buf);
            }
            let below = visible.len().saturating_sub(layout.first + layout.shown);
            if below > 0 {
                Line::styled(msg::more_below(below), theme.dim).render(layout.below, buf);
            }
            Paragraph::new(lines).render(layout.rows, buf);
        }
        Editor::Text(textarea) => {
            let typed = text_input::typed(textarea);
            let title = waypost_core::interview::typed::title(question, &typed, it.today(), (l, d))
                .map_or_else(|| msg::answer_title(question.multiline), |t| format!(" {} ", line(&t)));
            let height = if question.multiline { area.height.min(10) } else { 3 };
            let rect = Rect { height: height.min(area.height), ..area };
            if !typing {
                // Not typed into: the text as far as the box shows it, and laid out no further
                // (an answer of a megabyte costs what a line does).
                let block = Block::default().borders(Borders::ALL).title(title).border_style(theme.dim);
                let inner = block.inner(rect);
                let lines: Vec<Line> = textarea
                    .lines()
                    .iter()
                    .take(usize::from(inner.height))
                    .map(|l| Line::raw(line(head(l, usize::from(inner.width))).into_owned()))
                    .collect();
                Paragraph::new(lines).style(textarea.style()).block(block).render(rect, buf);
                return;
            }
            let mut view = (**textarea).clone();
            view.set_block(Block::default().borders(Borders::ALL).title(title).border_style(theme.title));
            text_input::draw(&view, rect, buf, true);
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
pub(super) fn prompt(p: &Prompt, (l, d): (&str, &str), theme: Theme, area: Rect, buf: &mut Buffer) {
    let (title, intro, textarea): (_, Vec<Line>, _) = match p {
        Prompt::Note(a) => (msg::note_title(), Vec::new(), a),
        Prompt::Other { label, area: a, .. } => (msg::other_title(label), Vec::new(), a),
        Prompt::Reason { warnings, area: a, .. } => {
            let lines =
                warnings.iter().map(|w| Line::styled(format!("⚠ {}", line(&w.text(l, d))), theme.warning)).collect();
            (msg::reason_title(), lines, a)
        }
    };
    // A title too long for the box's border (its keys, in a narrow window or a long language)
    // goes inside, wrapped, rather than cut.
    let (title, intro) = if width(&title) + 2 <= usize::from(area.width) {
        (title, intro)
    } else {
        let head = Line::styled(title.trim().to_owned(), theme.title);
        (String::new(), std::iter::once(head).chain(intro).collect())
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
    text_input::draw(textarea, text_rect, buf, true);
}
