//! A list question: its items as a table, and the item being entered field by field.

use crate::tui::messages as msg;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, Widget, Wrap};
use waypost_core::questionnaire::Question;
use waypost_core::text::{clip, line};

use super::Interview;
use super::input_view::draw_editor;
use super::list_editor::ListEditor;
use crate::tui::theme::Theme;

/// At most this many rows for the table while an item is being entered.
pub(super) const TABLE_ROWS_WHILE_EDITING: u16 = 5;
/// At most this many rows for the title of the field being entered: a long prompt wraps.
pub(super) const FIELD_TITLE_ROWS: u16 = 4;
/// The fewest rows a table is drawn in: its borders, its header and one item.
const TABLE_LEAST: u16 = 4;

/// The table's rows while an item is entered in `area`: what the field's title and input leave,
/// up to [`TABLE_ROWS_WHILE_EDITING`]. Where that is too few to show an item but leaving the
/// table out lets the whole input show (every choice), the table gives way; where the input
/// cannot show whole either way, the table keeps its rows (up to half the area).
fn table_rows_while_editing(it: &Interview, list_q: &Question, list: &ListEditor, title_rows: u16, area: Rect) -> u16 {
    let Some(edit) = &list.editing else { return 0 };
    let field = edit.entry.question(list_q);
    let wanted = title_rows + super::input_view::editor_rows(it, field, &edit.editor, area.width);
    let rows = area.height.saturating_sub(wanted).min(TABLE_ROWS_WHILE_EDITING);
    if rows >= TABLE_LEAST {
        rows
    } else if wanted <= area.height {
        0
    } else {
        TABLE_ROWS_WHILE_EDITING.min(area.height / 2)
    }
}

/// The title of the field being entered ("stakeholder 1 — How much say…"), wrapped.
fn field_title(it: &Interview, list_q: &Question, list: &ListEditor, theme: Theme) -> Option<Paragraph<'static>> {
    let title = field_title_text(it, list_q, list)?;
    Some(Paragraph::new(Line::styled(title, theme.title)).wrap(Wrap { trim: false }))
}

/// The text of that title.
fn field_title_text(it: &Interview, list_q: &Question, list: &ListEditor) -> Option<String> {
    let edit = list.editing.as_ref()?;
    let (l, d) = (it.session().language.as_str(), it.q().default_language());
    let label = item_label(list_q, l, d);
    let field = edit.entry.question(list_q);
    let number = edit.entry.index.map_or(list.items.len() + 1, |i| i + 1);
    let title = match edit.entry.item.get(&field.id).filter(|_| edit.entry.specifying) {
        Some(value) => {
            let chosen = waypost_core::session::answer_text::value_text(it.q(), field, value, l);
            msg::item_field(&label, number, &msg::item_specify(&line(&chosen)), true)
        }
        None => {
            let prompt = it.ctl.prompt(field, Some((list_q, &edit.entry.item)));
            let required = it.ctl.is_required(field, Some((list_q, &edit.entry.item)));
            msg::item_field(&label, number, &line(&prompt), required)
        }
    };
    Some(title)
}

/// The rows the field's title takes in `area`.
fn field_title_rows(title: &Paragraph, area: Rect) -> u16 {
    u16::try_from(title.line_count(area.width)).unwrap_or(u16::MAX).clamp(1, FIELD_TITLE_ROWS)
}

/// Where a field's input goes while an item is entered: under the table's top and the field's
/// title (as many rows as its prompt wraps to).
pub(super) fn field_input_rect(it: &Interview, area: Rect, theme: Theme) -> Rect {
    let (Some(q), super::editor::Editor::List(list)) = (it.question(), &it.editor) else { return area };
    let rows = field_title(it, q, list, theme).map_or(1, |t| field_title_rows(&t, area));
    let y = area.y + table_rows_while_editing(it, q, list, rows, area) + rows;
    Rect { y, height: (area.y + area.height).saturating_sub(y), ..area }
}

/// The rows of the field being entered without the table: its title as wrapped at `width`, and
/// its input.
pub(super) fn field_rows(it: &Interview, width: u16) -> u16 {
    let (Some(q), super::editor::Editor::List(list)) = (it.question(), &it.editor) else { return 0 };
    let Some(edit) = &list.editing else { return 0 };
    let title = field_title_text(it, q, list).map_or(1, |t| {
        field_title_rows(&Paragraph::new(t).wrap(Wrap { trim: false }), Rect { width, ..Rect::default() })
    });
    title + super::input_view::editor_rows(it, edit.entry.question(q), &edit.editor, width)
}

/// What one item is called ("stakeholder"), or "item".
fn item_label(list_q: &Question, l: &str, d: &str) -> String {
    list_q.item_label.as_ref().map(|x| line(x.get(l, d)).into_owned()).unwrap_or_else(msg::item)
}

/// Draws the list: the items as a table scrolled to the one chosen (saying how many are above
/// and below), and the item being entered field by field.
pub(super) fn render(it: &Interview, list_q: &Question, list: &ListEditor, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (l, d) = (it.session().language.as_str(), it.q().default_language());
    let label = item_label(list_q, l, d);
    let title = field_title(it, list_q, list, theme);
    let title_rows = title.as_ref().map_or(0, |t| field_title_rows(t, area));
    let table_area = match &list.editing {
        Some(_) => Rect { height: table_rows_while_editing(it, list_q, list, title_rows, area), ..area },
        None => area,
    };
    let fields: Vec<&Question> = list_q.fields.iter().take(4).collect();
    // Each field column's width, so a cell cut short ends with "…" rather than mid-word.
    let columns = u16::try_from(fields.len()).unwrap_or(1).max(1);
    let column = usize::from(area.width.saturating_sub(2 + 3 + columns) / columns);
    let header =
        Row::new(
            std::iter::once("#".to_owned())
                .chain(fields.iter().map(|f| {
                    clip(&line(&waypost_core::questionnaire::piping::fill(f.prompt.get(l, d), |_| None)), column)
                }))
                .collect::<Vec<_>>(),
        )
        .style(theme.title);
    // Borders and the header take three rows; the rest shows items, the chosen one in sight.
    let room = usize::from(table_area.height.saturating_sub(3)).max(1);
    let first = (list.cursor + 1).saturating_sub(room).min(list.items.len().saturating_sub(room));
    let rows: Vec<Row> = list
        .items
        .iter()
        .enumerate()
        .skip(first)
        .take(room)
        .map(|(i, item)| {
            let cells = std::iter::once((i + 1).to_string())
                .chain(fields.iter().map(|f| clip(&line(&ListEditor::cell(it.q(), f, item, l)), column)));
            let style = if i == list.cursor && list.editing.is_none() { theme.selected } else { theme.text };
            Row::new(cells.collect::<Vec<_>>()).style(style)
        })
        .collect();
    let widths: Vec<Constraint> =
        std::iter::once(Constraint::Length(3)).chain(fields.iter().map(|_| Constraint::Fill(1))).collect();
    let mut block = Block::default()
        .borders(Borders::ALL)
        .title(msg::items_title(list.items.len(), &label))
        .border_style(theme.dim);
    let below = list.items.len().saturating_sub(first + room);
    if first > 0 {
        block = block.title_bottom(Line::styled(msg::more_above(first), theme.dim));
    }
    if below > 0 {
        block = block.title_bottom(Line::styled(msg::more_below(below), theme.dim).right_aligned());
    }
    if table_area.height > 0 {
        Widget::render(Table::new(rows, widths).header(header).block(block), table_area, buf);
    }
    if list.items.is_empty() && list.editing.is_none() && table_area.height > 3 {
        let hint =
            Rect { y: table_area.y + 2, height: 1, x: table_area.x + 2, width: table_area.width.saturating_sub(4) };
        Line::styled(msg::empty_list(&label), theme.dim).render(hint, buf);
    }
    if let (Some(edit), Some(title)) = (&list.editing, title) {
        let field = edit.entry.question(list_q);
        title.render(Rect { y: table_area.y + table_area.height, height: title_rows, ..area }, buf);
        draw_editor(it, field, &edit.editor, it.typing, theme, field_input_rect(it, area, theme), buf);
    }
}
