//! A list question: its items as a table, and the item being entered field by field.

use crate::tui::messages as msg;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, Widget};
use waypost_core::questionnaire::Question;
use waypost_core::text::{clip, line};

use super::Interview;
use super::input_view::draw_editor;
use super::list_editor::ListEditor;
use crate::tui::theme::Theme;

/// Rows kept for the table while an item is being entered.
const TABLE_ROWS_WHILE_EDITING: u16 = 5;

/// Where a field's input goes while an item is entered.
pub(super) fn field_input_rect(area: Rect) -> Rect {
    let top = TABLE_ROWS_WHILE_EDITING.min(area.height / 2);
    let y = area.y + top + 1;
    Rect { y, height: (area.y + area.height).saturating_sub(y), ..area }
}

/// Draws the list.
pub(super) fn render(it: &Interview, list_q: &Question, list: &ListEditor, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (l, d) = (it.session().language.as_str(), it.q().default_language());
    let label = list_q.item_label.as_ref().map(|x| line(x.get(l, d)).into_owned()).unwrap_or_else(msg::item);
    let table_area = match &list.editing {
        Some(_) => Rect { height: TABLE_ROWS_WHILE_EDITING.min(area.height / 2), ..area },
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
    let rows: Vec<Row> = list
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let cells = std::iter::once((i + 1).to_string())
                .chain(fields.iter().map(|f| clip(&line(&ListEditor::cell(it.q(), f, item, l)), column)));
            let style = if i == list.cursor && list.editing.is_none() { theme.selected } else { theme.text };
            Row::new(cells.collect::<Vec<_>>()).style(style)
        })
        .collect();
    let widths: Vec<Constraint> =
        std::iter::once(Constraint::Length(3)).chain(fields.iter().map(|_| Constraint::Fill(1))).collect();
    let title = msg::items_title(list.items.len(), &label);
    let table = Table::new(rows, widths)
        .header(header)
        .block(Block::default().borders(Borders::ALL).title(title).border_style(theme.dim));
    Widget::render(table, table_area, buf);
    if list.items.is_empty() && list.editing.is_none() && table_area.height > 3 {
        let hint =
            Rect { y: table_area.y + 2, height: 1, x: table_area.x + 2, width: table_area.width.saturating_sub(4) };
        Line::styled(msg::empty_list(&label), theme.dim).render(hint, buf);
    }
    if let Some(edit) = &list.editing {
        let field = edit.entry.question(list_q);
        let number = edit.entry.index.map_or(list.items.len() + 1, |i| i + 1);
        let title_rect = Rect { y: table_area.y + table_area.height, height: 1, ..area };
        let title = match edit.entry.item.get(&field.id).filter(|_| edit.entry.specifying) {
            Some(value) => {
                let chosen = waypost_core::session::answer_text::value_text(it.q(), field, value, l);
                msg::item_field(&label, number, &msg::item_specify(&line(&chosen)), true)
            }
            None => {
                let prompt = it.ctl.prompt(field, Some((list_q, &edit.entry.item)));
                msg::item_field(&label, number, &line(&prompt), field.required)
            }
        };
        Paragraph::new(Line::styled(title, theme.title)).render(title_rect, buf);
        draw_editor(it, field, &edit.editor, it.typing, theme, field_input_rect(area), buf);
    }
}
