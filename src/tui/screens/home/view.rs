//! The home screen: questionnaires on the left, sessions on the right.

use crate::tui::messages as msg;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Widget, Wrap};
use waypost_core::i18n;
use waypost_core::questionnaire::{Catalog, Origin};
use waypost_core::text::{clip, line, wrap};

use super::{Home, Pane};
use crate::tui::theme::Theme;

/// Each entry of the lists takes two rows.
const ROWS_PER_ENTRY: usize = 2;

/// The first entry to show so that the highlighted one is in a list of `height` rows.
fn first_entry(cursor: usize, height: u16) -> usize {
    let entries = usize::from(height.saturating_sub(2)) / ROWS_PER_ENTRY;
    cursor.saturating_sub(entries.max(1) - 1)
}

/// Draws the home screen.
pub(crate) fn render(home: &Home, catalog: &Catalog, theme: Theme, area: Rect, buf: &mut Buffer) {
    // What the highlighted questionnaire is for, wrapped whole when the screen has room for it
    // (at most a third of the height), else cut with an ellipsis.
    let description =
        (home.pane == Pane::Questionnaires).then(|| catalog.entries().get(home.q_cursor)).flatten().map(|entry| {
            let q = &entry.questionnaire;
            let text = q.description.as_ref().map(|d| line(d.get(q.language_for(i18n::language()), "en")).into_owned());
            text.unwrap_or_else(|| msg::no_description().to_owned())
        });
    let mut about_lines = description.map(|d| wrap(&d, usize::from(area.width))).unwrap_or_default();
    let room = usize::from(area.height / 3).max(2);
    if about_lines.len() > room {
        about_lines.truncate(room);
        if let Some(last) = about_lines.last_mut() {
            *last = clip(&format!("{last} …"), usize::from(area.width));
        }
    }
    let about_height = u16::try_from(about_lines.len().max(4)).unwrap_or(4);
    let [title, lists, about, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(about_height),
        Constraint::Length(1),
    ])
    .areas(area);
    Paragraph::new(vec![Line::styled(msg::home_title(), theme.title), Line::styled(msg::home_hint(), theme.dim)])
        .render(title, buf);
    let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lists);
    // The focused list shows it three ways: its border, a marker in its title, its highlight.
    let focused = |pane: Pane| if home.pane == pane { theme.title } else { theme.dim };
    let titled = |pane: Pane, title: String| if home.pane == pane { msg::focused_title(&title) } else { title };
    let inner = |r: Rect| usize::from(r.width.saturating_sub(3));

    let mut q_lines = Vec::new();
    let entries = catalog.entries();
    let first = first_entry(home.q_cursor, left.height);
    for (i, entry) in entries.iter().enumerate().skip(first) {
        let q = &entry.questionnaire;
        let origin = match entry.origin {
            Origin::BuiltIn(_) => msg::origin(true),
            Origin::File(_) => msg::origin(false),
        };
        let style = if home.pane == Pane::Questionnaires && i == home.q_cursor { theme.selected } else { theme.text };
        let title = clip(&line(q.title.get(q.language_for(i18n::language()), "en")), inner(left));
        q_lines.push(Line::styled(format!(" {title}"), style));
        let id = format!("{} {} · {origin}", line(&q.id), line(&q.version));
        q_lines.push(Line::styled(format!("   {}", clip(&id, inner(left).saturating_sub(2))), theme.dim));
    }
    let more = entries.len().saturating_sub(first);
    let q_title = if first > 0 || more * ROWS_PER_ENTRY > usize::from(left.height.saturating_sub(2)) {
        msg::questionnaires_scrolled(home.q_cursor + 1, entries.len())
    } else {
        msg::questionnaires_title().to_owned()
    };
    Paragraph::new(q_lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(titled(Pane::Questionnaires, q_title))
                .border_style(focused(Pane::Questionnaires)),
        )
        .render(left, buf);

    let mut s_lines = Vec::new();
    let shown = home.shown_sessions();
    if shown.is_empty() {
        s_lines.push(Line::styled(msg::home_no_sessions(), theme.dim));
    }
    let first = first_entry(home.s_cursor, right.height);
    for (i, row) in shown.iter().enumerate().skip(first) {
        let style = if home.pane == Pane::Sessions && i == home.s_cursor { theme.selected } else { theme.text };
        let done = row.total.map(|t| format!("{}/{t}", row.answered)).unwrap_or_else(|| format!("{}/?", row.answered));
        let org = if row.organisation.is_empty() { msg::no_organisation() } else { row.organisation.clone() };
        // A session pulled from the team is marked as the browser marks it, with who sent it.
        let org = match row.from_team.as_deref() {
            Some(who) => format!("{}  ⇣ {}", line(&org), line(who)),
            None => line(&org).into_owned(),
        };
        s_lines.push(Line::styled(format!(" {}", clip(&org, inner(right))), style));
        let about = format!(
            "{} · {} · {done} · {}",
            line(&row.questionnaire.id),
            waypost_core::report::summary::status_label(row.status, waypost_core::i18n::language()),
            row.updated_at.format("%Y-%m-%d %H:%M")
        );
        s_lines.push(Line::from(vec![Span::styled(
            format!("   {}", clip(&about, inner(right).saturating_sub(2))),
            theme.dim,
        )]));
    }
    let title = msg::recent_title(shown.len(), home.sessions.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .title(titled(Pane::Sessions, title))
        .border_style(focused(Pane::Sessions));
    let paragraph = Paragraph::new(s_lines);
    // The hint alone is wrapped, every line of it indented as the first.
    let paragraph = if shown.is_empty() {
        paragraph.wrap(Wrap { trim: true }).block(block.padding(Padding::horizontal(1)))
    } else {
        paragraph.block(block)
    };
    paragraph.render(right, buf);

    let about_lines: Vec<Line> = about_lines.into_iter().map(|l| Line::styled(l, theme.dim)).collect();
    Paragraph::new(about_lines).render(about, buf);

    if !home.damaged.is_empty() {
        let names: Vec<String> = home
            .damaged
            .iter()
            .map(|(p, _)| {
                line(&p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()).into_owned()
            })
            .collect();
        Paragraph::new(Line::styled(msg::damaged_files(&names), theme.warning))
            .wrap(Wrap { trim: true })
            .render(foot, buf);
    }
}
