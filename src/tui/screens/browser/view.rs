//! The session browser.

use crate::tui::messages as msg;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, Widget, Wrap};
use waypost_core::report::summary::status_label;
use waypost_core::team::outbox::Standing;
use waypost_core::text::{clip, line};

use super::Browser;
use super::picker::{Choice, Picker};
use crate::tui::theme::Theme;
use crate::tui::widgets::popup;

/// Draws the browser.
pub(crate) fn render(b: &Browser, theme: Theme, area: Rect, buf: &mut Buffer) {
    let damaged_rows = if b.damaged.is_empty() { 0 } else { u16::try_from(b.damaged.len() + 1).unwrap_or(6).min(6) };
    let rows = b.rows();
    // In a team, the highlighted session's standing with its server, in words, on a line of its
    // own (there for every row, so the table does not move with the highlight).
    let team_line = (!b.sending.is_empty() || b.has_team()) && b.trash_view.is_none();
    let sending = rows.get(b.cursor).and_then(|r| b.sending.get(&r.id));
    let head_height = if team_line { 4 } else { 3 };
    let [head, table_area, damaged] =
        Layout::vertical([Constraint::Length(head_height), Constraint::Fill(1), Constraint::Length(damaged_rows)])
            .areas(area);
    let filter = |s: Option<String>| s.unwrap_or_else(msg::filter_all);
    let mut info = msg::browser_filters(
        &line(&filter(b.questionnaire.clone())),
        &filter(b.status.map(|s| status_label(s, waypost_core::i18n::language()))),
        &line(&filter(b.organisation.clone())),
        rows.len(),
        b.all.len(),
    );
    if let Some(origin) = &b.origin {
        info.push_str(&line(&msg::origin_in_force(origin.as_deref())));
    }
    if let Some((needle, _)) = &b.search {
        info.push_str(&msg::search_in_force(&line(needle)));
    }
    if let Some(m) = &b.marked {
        info.push_str(&msg::marked(&line(m)));
    }
    let mut head_lines = match &b.trash_view {
        Some(trashed) => vec![
            Line::styled(msg::trash_view_title(), theme.title),
            Line::styled(msg::trash_view_info(trashed.len()), theme.dim),
        ],
        None => vec![Line::styled(msg::sessions_title(), theme.title), Line::styled(info, theme.dim)],
    };
    if b.search_box.is_some() {
        head_lines.push(Line::styled(msg::search_prompt(), theme.title));
    }
    Paragraph::new(head_lines).wrap(Wrap { trim: true }).render(head, buf);
    if team_line {
        let highlighted = rows.get(b.cursor).copied();
        let (said, style) = match sending {
            Some(standing @ Standing::Failed(_)) => (msg::sending(standing).1, theme.warning),
            Some(standing) => (msg::sending(standing).1, theme.dim),
            // Where a session came from, once the team's are here too.
            None if b.has_team() => (msg::origin_line(highlighted), theme.dim),
            None => (msg::sending_later(), theme.dim),
        };
        let said = clip(&line(&said), usize::from(head.width));
        Line::styled(said, style).render(Rect { y: head.y + head.height - 1, height: 1, ..head }, buf);
    }
    if let Some(area_box) = &b.search_box {
        let rect = Rect { y: table_area.y, height: 3.min(table_area.height), ..table_area };
        let mut input = area_box.clone();
        input.set_block(Block::default().borders(Borders::ALL).title(msg::search_title()).border_style(theme.title));
        Clear.render(rect, buf);
        crate::tui::widgets::text_input::draw(&input, rect, buf, true);
    }
    let table_area = if b.search_box.is_some() {
        Rect { y: table_area.y + 3, height: table_area.height.saturating_sub(3), ..table_area }
    } else {
        table_area
    };
    // The columns' widths, so a text cut short ends with "…": four fixed, the rest shared 2:2:1.
    // Two sessions of one organisation are told apart by when each was started.
    // The status takes two more columns in a team, for the mark of its standing.
    let fixed = [17, 10, if b.sending.is_empty() && !b.has_team() { 11 } else { 13 }, 7];
    let spare = usize::from(table_area.width).saturating_sub(fixed.iter().sum::<usize>() + 6);
    let widths_of: [usize; 7] = [fixed[0], fixed[1], fixed[2], fixed[3], spare * 2 / 5, spare * 2 / 5, spare / 5];
    let cell = |text: &str, column: usize| Cell::from(clip(&line(text), widths_of[column]));
    let visible = usize::from(table_area.height.saturating_sub(1)).max(1);
    let first = b.cursor.saturating_sub(visible - 1);
    let body: Vec<Row> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .map(|(i, r)| {
            let done = r.total.map(|t| format!("{}/{t}", r.answered)).unwrap_or_else(|| format!("{}/?", r.answered));
            let mark = if b.marked.as_deref() == Some(r.id.as_str()) { "*" } else { " " };
            let style = if i == b.cursor { theme.selected } else { theme.text };
            Row::new(vec![
                Cell::from(format!("{mark}{}", r.updated_at.format("%Y-%m-%d %H:%M"))),
                Cell::from(r.created_at.format("%Y-%m-%d").to_string()),
                cell(&status_cell(r, b.sending.get(&r.id)), 2),
                Cell::from(done),
                cell(&r.questionnaire.id, 4),
                cell(&r.organisation, 5),
                cell(&r.facilitator, 6),
            ])
            .style(style)
        })
        .collect();
    let widths = [
        Constraint::Length(17),
        Constraint::Length(10),
        Constraint::Length(u16::try_from(fixed[2]).unwrap_or(11)),
        Constraint::Length(7),
        Constraint::Fill(2),
        Constraint::Fill(2),
        Constraint::Fill(1),
    ];
    let heads: Vec<Cell> = msg::browser_columns().iter().enumerate().map(|(i, h)| cell(h, i)).collect();
    let header = Row::new(heads).style(theme.title);
    Widget::render(Table::new(body, widths).header(header), table_area, buf);
    if rows.is_empty() {
        let empty = if b.trash_view.is_some() { msg::trash_empty() } else { msg::no_sessions(!b.all.is_empty()) };
        Line::styled(empty, theme.dim).render(Rect { y: table_area.y + 1, height: 1, ..table_area }, buf);
    }
    if !b.damaged.is_empty() {
        let mut lines = vec![Line::styled(msg::damaged_count(b.damaged.len()), theme.warning)];
        for (path, error) in &b.damaged {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            lines.push(Line::styled(format!("  {}: {}", line(&name), line(error)), theme.warning));
        }
        Paragraph::new(lines).render(damaged, buf);
    }
    if let Some(picker) = &b.picker {
        picker_popup(picker, theme, area, buf);
    }
    if let Some(id) = &b.trash {
        let rect = popup(area, 64, 6);
        Clear.render(rect, buf);
        Paragraph::new(vec![
            Line::raw(msg::trash_question(&line(id))),
            Line::styled(msg::trash_explained(), theme.dim),
            Line::raw(msg::trash_choices()),
        ])
        .wrap(Wrap { trim: true })
        .block(Block::default().borders(Borders::ALL).title(msg::trash_title()).border_style(theme.warning))
        .render(rect, buf);
    }
}

/// A session's status, and the mark of its standing with the team's server (`⇣` for one that
/// came from it).
fn status_cell(row: &waypost_core::store::rows::Row, standing: Option<&Standing>) -> String {
    let label = status_label(row.status, waypost_core::i18n::language());
    match standing {
        _ if row.from_team.is_some() => format!("{label} ⇣"),
        Some(standing) => format!("{label} {}", msg::sending(standing).0),
        None => label,
    }
}

/// A filter's picker: its values with their number of sessions, the highlighted one marked.
fn picker_popup(picker: &Picker, theme: Theme, area: Rect, buf: &mut Buffer) {
    let label = |choice: &Choice| match choice {
        Choice::All => msg::filter_all(),
        Choice::Text(t) => line(t).into_owned(),
        Choice::Status(s) => status_label(*s, waypost_core::i18n::language()),
        Choice::Origin(o) => line(&msg::origin_choice(o.as_deref())).into_owned(),
    };
    let width = area.width.min(60);
    let height = u16::try_from(picker.options.len() + 2).unwrap_or(u16::MAX).min(area.height.saturating_sub(2)).max(3);
    let rect = popup(area, width, height);
    let visible = usize::from(height.saturating_sub(2));
    let first = crate::tui::widgets::first_row(picker.cursor, height.saturating_sub(2));
    let lines: Vec<Line> = picker
        .options
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .map(|(i, (choice, n))| {
            let text = clip(&msg::picker_option(&label(choice), *n), usize::from(width.saturating_sub(4)));
            let style = if i == picker.cursor { theme.selected } else { theme.text };
            Line::styled(format!("{} {text}", if i == picker.cursor { "›" } else { " " }), style)
        })
        .collect();
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .block(Block::default().borders(Borders::ALL).title(msg::picker_title(picker.filter)).border_style(theme.title))
        .render(rect, buf);
}
