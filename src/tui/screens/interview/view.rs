//! The interview screen: the outline beside the question, its input, messages, and the gauge.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, LineGauge, Paragraph, Widget, Wrap};
use waypost_core::text::{block, head, line, pad};

use super::editor::Editor;
use super::input_view::{ChoiceLayout, choices_and_detail, draw_editor, prompt};
use super::{Hit, Interview, Layer};
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::{level_style, vote_chart};

/// The outline is shown from this width on.
const OUTLINE_FROM: u16 = 80;
/// The outline's width: a fifth of the terminal, between these bounds, so section titles are
/// cut only where the screen is narrow.
const OUTLINE_WIDTH: (u16, u16) = (26, 44);

/// Where the parts of the interview screen go.
pub(crate) struct Areas {
    /// Title line.
    pub top: Rect,
    /// The section outline, when the terminal is wide enough.
    pub outline: Option<Rect>,
    /// Section, guidance, prompt, help.
    pub header: Rect,
    /// Whether the header has room for the section's guidance.
    pub guidance: bool,
    /// The question's input.
    pub input: Rect,
    /// Answer state, note and message lines.
    pub footer: Rect,
    /// The progress gauge.
    pub gauge: Rect,
}

/// The header text: section and guidance (on the first question of a section, or with help on,
/// when `guidance` allows), the prompt, and the help when shown; each text only as far as a pane
/// of `cells` cells can show it.
fn header(it: &Interview, theme: Theme, guidance: bool, cells: usize) -> Paragraph<'static> {
    let (l, d) = it.languages();
    let mut lines = Vec::new();
    let Some(place) = it.ctl.place() else {
        return Paragraph::new(Line::styled(msg::nothing_shown(), theme.dim));
    };
    let section = &it.q().sections[place.section];
    let flow = it.ctl.flow();
    let first_of_section = flow.visible.iter().find(|p| p.section == place.section) == Some(&place);
    lines.push(Line::styled(line(section.title.get(l, d)).into_owned(), theme.title));
    if let Some(g) = section.guidance.as_ref().filter(|_| guidance && (first_of_section || it.show_help)) {
        lines
            .push(Line::styled(block(head(g.get(l, d), cells)).into_owned(), theme.dim.add_modifier(Modifier::ITALIC)));
    }
    lines.push(Line::raw(""));
    let question = it.q().at(place);
    let number = flow.visible.iter().filter(|p| it.q().at(**p).takes_answer()).position(|p| *p == place);
    let total = flow.progress().total;
    let mut prompt = vec![];
    if let Some(n) = number {
        prompt.push(Span::styled(format!("{}/{total}  ", n + 1), theme.dim));
    }
    prompt.push(Span::styled(
        block(head(&it.ctl.prompt(question, None), cells)).into_owned(),
        theme.text.add_modifier(Modifier::BOLD),
    ));
    if it.ctl.is_required(question, None) {
        prompt.push(Span::styled(msg::required_mark(), theme.dim));
    }
    if question.read_only {
        prompt.push(Span::styled(msg::fixed_mark(), theme.dim));
    }
    lines.push(Line::from(prompt));
    if it.show_help && !it.hide_notes {
        let help =
            it.ctl.help(question, None).map(|h| block(head(&h, cells)).into_owned()).unwrap_or_else(msg::no_help);
        lines.push(Line::styled(msg::help_line(&help), theme.dim));
    } else if question.help.is_some() {
        lines.push(Line::styled(msg::help_hint(), theme.dim));
    }
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

/// Lays the screen out; the same layout serves drawing and mouse clicks.
pub(crate) fn areas(size: Rect, it: &Interview, theme: Theme) -> Areas {
    let body = size;
    let [top, middle, gauge] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)]).areas(body);
    let (outline, pane) = if middle.width >= OUTLINE_FROM {
        let width = (middle.width / 5).clamp(OUTLINE_WIDTH.0, OUTLINE_WIDTH.1);
        let [o, p] = Layout::horizontal([Constraint::Length(width), Constraint::Fill(1)]).areas(middle);
        (Some(o), Rect { x: p.x + 1, width: p.width.saturating_sub(1), ..p })
    } else {
        (None, middle)
    };
    // Three rows, more (up to six) while a long message needs them.
    let footer_height = u16::try_from(footer_text(it, theme).line_count(pane.width)).unwrap_or(u16::MAX).clamp(3, 6);
    let cells = usize::from(pane.width) * usize::from(pane.height);
    let lines = |guidance| u16::try_from(header(it, theme, guidance, cells).line_count(pane.width)).unwrap_or(u16::MAX);
    // A long guidance gives way where it would leave the input too little room (an item's field
    // needs the table's top, the field's title and a line to type in; a list's table its items,
    // up to a few); a taller terminal shows it.
    let least = match &it.editor {
        Editor::List(l) if l.editing.is_some() => 10,
        Editor::List(l) => u16::try_from(l.items.len()).unwrap_or(u16::MAX).saturating_add(4).min(9),
        // The choices, and under them the votes being entered and their bars.
        _ => input_height(it, pane.width).clamp(4, 14),
    };
    let guidance = lines(true) + footer_height + least < pane.height;
    let wanted = lines(guidance);
    let header_height = wanted.min(pane.height.saturating_sub(footer_height + 4));
    let room = pane.height.saturating_sub(header_height + footer_height + 1);
    let [header, _, input, footer] = Layout::vertical([
        Constraint::Length(header_height),
        Constraint::Length(1),
        Constraint::Length(input_height(it, pane.width).min(room)),
        Constraint::Length(footer_height),
    ])
    .areas(pane);
    Areas { top, outline, header, guidance, input, footer, gauge }
}

/// The rows the input wants, and under it the votes: the voter being asked and the bars.
fn input_height(it: &Interview, width: u16) -> u16 {
    own_input_height(it, width).saturating_add(vote_rows(it, width))
}

/// The rows of the votes under a question put to a vote: the voter asked for (while votes are
/// entered, wrapped to `width`) and the bars (once there is a vote).
fn vote_rows(it: &Interview, width: u16) -> u16 {
    let Some(spread) = it.spread() else { return 0 };
    let asking = asking(it).map_or(0, |p| u16::try_from(p.line_count(width)).unwrap_or(u16::MAX));
    let bars =
        if spread.votes > 0 || matches!(it.layer, Layer::Voting(_)) { vote_chart::height(&spread, width) } else { 0 };
    if asking + bars == 0 { 0 } else { 1 + asking + bars }
}

/// The rows the input wants (see [`super::input_view::editor_rows`]).
fn own_input_height(it: &Interview, width: u16) -> u16 {
    // While the room votes on an item's field (and once it has), the table of items gives way to
    // the bars.
    if matches!(&it.editor, Editor::List(list) if list.editing.is_some()) && it.voted() && vote_rows(it, width) > 0 {
        return super::list_view::field_rows(it, width);
    }
    it.question().map_or(0, |q| super::input_view::editor_rows(it, q, &it.editor, width))
}

/// The question's input without the votes under it. Short of room, the bars give way before the
/// choices (their keys are what the facilitator presses), but never the line saying whose vote
/// is asked for.
fn editor_rect(it: &Interview, input: Rect) -> Rect {
    let asking = asking(it).map_or(0, |p| 1 + u16::try_from(p.line_count(input.width)).unwrap_or(u16::MAX));
    let spare = input.height.saturating_sub(own_input_height(it, input.width)).max(asking);
    let votes = vote_rows(it, input.width).min(spare).min(input.height);
    Rect { height: input.height - votes, ..input }
}

/// The area the choices of a question (or of a list field) are drawn in.
fn choices_rect(it: &Interview, input: Rect, theme: Theme) -> Rect {
    let Some(question) = it.question() else { return input };
    match &it.editor {
        Editor::List(list) => {
            let area = super::list_view::field_input_rect(it, input, theme);
            match &list.editing {
                Some(edit) => choices_and_detail(it, edit.entry.question(question), &edit.editor, area).0,
                None => area,
            }
        }
        editor => choices_and_detail(it, question, editor, input).0,
    }
}

/// Records where the outline's sections and the choices are, for mouse clicks on this frame.
fn record_hits(it: &Interview, a: &Areas, theme: Theme) {
    let mut hits = it.hits.borrow_mut();
    hits.clear();
    if let Some(o) = a.outline {
        for i in 0..it.q().sections.len() {
            let Ok(row) = u16::try_from(i + 1) else { break };
            if row + 1 >= o.height {
                break;
            }
            hits.push((Rect { y: o.y + row, height: 1, ..o }, Hit::Section(i)));
        }
    }
    let area = choices_rect(it, editor_rect(it, a.input), theme);
    *it.choices_area.borrow_mut() = Some((area, it.choices_key()));
    let editor = match &it.editor {
        Editor::List(l) => match l.editing.as_ref() {
            Some(edit) => &*edit.editor,
            None => return,
        },
        editor => editor,
    };
    let Some((layout, visible)) = ChoiceLayout::of(editor, area) else { return };
    for (row, n) in visible.iter().skip(layout.first).take(layout.shown).enumerate() {
        let Ok(row) = u16::try_from(row) else { break };
        hits.push((Rect { y: layout.rows.y + row, height: 1, ..layout.rows }, Hit::Choice(*n)));
    }
}

/// Draws the interview (or its review) in `area`, the screen above the status line and hints.
pub(crate) fn render(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let a = areas(area, it, theme);
    record_hits(it, &a, theme);
    let (l, d) = it.languages();
    let flow = it.ctl.flow();
    let progress = flow.progress();
    let org = &it.session().subject.organisation;
    let mut top = vec![Span::styled(line(it.q().title.get(l, d)).into_owned(), theme.title)];
    if !org.is_empty() {
        top.push(Span::raw(format!(" — {}", line(org))));
    }
    if it.read_only() {
        top.push(Span::styled(msg::read_only_mark(), theme.warning));
    }
    if it.session().status == waypost_core::session::Status::Completed {
        top.push(Span::styled(msg::completed_mark(), theme.ok));
    }
    // First, where a long title cannot push them out of sight.
    let language = &it.session().language;
    if !waypost_core::i18n::same_language(language, waypost_core::i18n::language()) {
        top.insert(0, Span::styled(msg::language_mark(language), theme.warning));
    }
    if it.hide_notes {
        top.insert(0, Span::styled(msg::shared_screen_mark(), theme.warning));
    }
    // The time keeps its place at the right; a long title is cut before it.
    let time = time_line(it, &flow, theme);
    let room = time.as_ref().map_or(0, |t| u16::try_from(t.width()).unwrap_or(u16::MAX));
    let title = Line::from(top);
    let cut = Rect { width: a.top.width.saturating_sub(room), ..a.top };
    let cut_short = title.width() > usize::from(cut.width);
    title.render(cut, buf);
    if cut_short && cut.width > 0 {
        // A cut title says so, and keeps apart from the time.
        buf[(cut.x + cut.width - 1, cut.y)].set_symbol("…");
    }
    if let Some(time) = time {
        time.alignment(ratatui::layout::Alignment::Right).render(a.top, buf);
    }
    LineGauge::default()
        .filled_style(theme.gauge)
        .ratio(progress.ratio().clamp(0.0, 1.0))
        .label(msg::answered_of(progress.answered, progress.total))
        .render(a.gauge, buf);
    if let Some(o) = a.outline {
        outline(it, &flow, theme, o, buf);
    }
    if matches!(it.layer, Layer::Dotting(_)) {
        let pane = Rect { height: a.gauge.y.saturating_sub(a.header.y), ..a.header };
        super::dot_vote::render(it, theme, pane, buf);
        return;
    }
    if matches!(it.layer, Layer::Review(_)) {
        // The whole height between the title and the gauge, whatever the last question's input.
        let pane = Rect { height: a.gauge.y.saturating_sub(a.header.y), ..a.header };
        super::review::render(it, theme, pane, buf);
        return;
    }
    header(it, theme, a.guidance, usize::from(a.header.width) * usize::from(a.header.height)).render(a.header, buf);
    let input = editor_rect(it, a.input);
    let votes = a.input.height - input.height;
    if let Some(question) = it.question() {
        draw_editor(it, question, &it.editor, it.typing, theme, input, buf);
    }
    if votes > 0 {
        draw_votes(it, theme, Rect { y: input.y + input.height + 1, height: votes - 1, ..a.input }, buf);
    }
    footer(it, theme, a.footer, buf);
    if let Layer::Prompt(p) = &it.layer {
        let below = Rect { height: a.gauge.y.saturating_sub(a.input.y), ..a.input };
        prompt(p, it.languages(), theme, below, buf);
    }
}

/// Time spent against the agenda, for a questionnaire that plans minutes: on the section shown
/// and on the session (the plan of the sections its answers ask); marked once the section's
/// time is up.
fn time_line(it: &Interview, flow: &waypost_core::interview::Flow, theme: Theme) -> Option<Line<'static>> {
    let planned = waypost_core::report::agenda::planned_minutes(it.q(), Some(flow));
    let section = &it.q().sections[it.ctl.place()?.section];
    if planned == 0 {
        return None;
    }
    let spent = &it.session().spent;
    let here = spent.get(&section.id).copied().unwrap_or(0);
    let over = section.minutes.is_some_and(|m| here >= u64::from(m) * 60);
    let text = msg::time_against_plan(here, section.minutes, spent.values().sum(), planned);
    Some(Line::styled(format!(" {text}"), if over { theme.warning } else { theme.dim }))
}

/// Whose vote is asked for, while votes are entered (a long name wraps, never cut).
fn asking(it: &Interview) -> Option<Paragraph<'static>> {
    let Layer::Voting(n) = it.layer else { return None };
    let voter = it.voters().get(n)?;
    Some(Paragraph::new(msg::vote_of(voter, n + 1, it.voters().len())).wrap(Wrap { trim: false }))
}

/// The voter asked for (while votes are entered) over the bars of the votes so far.
fn draw_votes(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let Some(spread) = it.spread() else { return };
    let mut chart = area;
    if let Some(asking) = asking(it) {
        let rows = u16::try_from(asking.line_count(area.width)).unwrap_or(u16::MAX).min(area.height);
        asking.style(theme.title).render(Rect { height: rows, ..area }, buf);
        chart = Rect { y: area.y + rows, height: area.height.saturating_sub(rows), ..area };
    }
    vote_chart::render(&spread, theme, chart, buf);
}

fn outline(it: &Interview, flow: &waypost_core::interview::Flow, theme: Theme, area: Rect, buf: &mut Buffer) {
    let (l, d) = it.languages();
    let current = it.ctl.place().map(|p| p.section);
    let inner_width = usize::from(area.width.saturating_sub(2));
    // Titles that a cut would make look the same are cut in the middle instead, so two
    // sections that begin alike are told apart by how they end.
    let cut_alike = |title: &str, room: usize| {
        let cut = waypost_core::text::clip(title, room);
        let alike = it
            .q()
            .sections
            .iter()
            .map(|s| s.title.get(l, d))
            .any(|other| other != title && cut.ends_with('…') && waypost_core::text::clip(other, room) == cut);
        if alike { waypost_core::text::clip_middle(title, room) } else { cut }
    };
    let lines: Vec<Line> = it
        .q()
        .sections
        .iter()
        .zip(&flow.sections)
        .enumerate()
        .map(|(i, (section, f))| {
            let (mark, count) = if !f.shown {
                ("–", msg::skip().to_owned())
            } else if f.total > 0 && f.answered == f.total {
                ("✓", format!("{}/{}", f.answered, f.total))
            } else {
                ("·", format!("{}/{}", f.answered, f.total))
            };
            let mark = if current == Some(i) { "›" } else { mark };
            let room = inner_width.saturating_sub(waypost_core::text::width(&count) + 3);
            let title = pad(&cut_alike(section.title.get(l, d), room), room);
            let style = if current == Some(i) {
                theme.selected
            } else if f.shown {
                theme.text
            } else {
                theme.dim
            };
            Line::styled(format!("{mark} {title} {count}"), style)
        })
        .collect();
    Paragraph::new(lines)
        .block(Block::default().borders(Borders::ALL).title(msg::sections_title()).border_style(theme.dim))
        .render(area, buf);
}

/// The footer: the answer's state, its note, the draft's state and the message, wrapped.
fn footer_text(it: &Interview, theme: Theme) -> Paragraph<'static> {
    let mut lines = Vec::new();
    if let Some(answer) = it.question().and_then(|q| it.session().answers().get(&q.id)) {
        if answer.to_confirm {
            lines.push(Line::styled(msg::to_confirm_line(), theme.warning));
        } else if let Some(state) = answer.state {
            lines.push(Line::styled(msg::given_state(&state.label()), theme.warning));
        } else if answer.value.is_some() {
            // Read-only, "Saved" would claim this window saved something it cannot change.
            let mut text = if it.read_only() { msg::answered_read_only() } else { msg::saved_mark() };
            if let Some(r) = &answer.override_reason {
                text.push_str(&msg::overridden(&line(r)));
            }
            lines.push(Line::styled(text, theme.ok));
        }
        if let Some(note) = answer.note.as_ref().filter(|_| !it.hide_notes) {
            lines.push(Line::styled(msg::note_line(&line(note)), theme.dim));
        }
    }
    if it.ctl.draft().is_some_and(|d| d.answer.is_some() || d.item.is_some()) {
        let text = if it.draft_pending { msg::draft_pending().to_owned() } else { msg::draft_saved() };
        lines.push(Line::styled(text, theme.warning));
    }
    if let Some(m) = &it.message {
        lines.push(Line::styled(line(&m.text).into_owned(), level_style(theme, m.level)));
    }
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

/// Draws the footer; when its lines do not all fit, the last ones (the newest message) are shown.
fn footer(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let paragraph = footer_text(it, theme);
    let needed = u16::try_from(paragraph.line_count(area.width)).unwrap_or(u16::MAX);
    paragraph.scroll((needed.saturating_sub(area.height), 0)).render(area, buf);
}
