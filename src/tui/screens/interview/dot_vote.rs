//! A dot vote on the suggested actions and the open items (the rows of the questionnaire's table
//! views), in the question pane: each participant in turn gives their dots (three unless the
//! questionnaire says otherwise) with the number keys; the actions and items are then ranked by
//! their dots in the summary and every report. The numbering stays as it was when the vote began,
//! so a dot never moves what the next key means.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use waypost_core::interview::votes::dots_per_voter;
use waypost_core::session::{OpenDotVote, Timestamp};
use waypost_core::text::line;

use super::{Interview, Layer};
use crate::tui::action::Action;
use crate::tui::messages as msg;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Level, Message, level_style};

/// At most this many actions and items take part: one key each, `1`–`9` then `a`–`z`.
const MOST: usize = 35;

/// A dot vote in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotVote {
    /// Whose dots are given (an index into the participants).
    pub voter: usize,
    /// What the dots can go to, numbered from 1 as when the vote began: each one's key and text.
    pub targets: Vec<(String, String)>,
    /// Actions and items scrolled past, where the list is taller than the pane.
    pub scroll: u16,
}

impl Interview {
    /// Starts a dot vote, with the first participant; returns whether the session changed (it
    /// says the vote is on, for the projector).
    pub fn start_dot_vote(&mut self) -> bool {
        if self.refuse_read_only() {
            return false;
        }
        let lang = self.languages().0;
        let mut targets = waypost_core::report::dots::dot_targets(self.q(), self.session(), lang);
        targets.truncate(MOST);
        let text = if self.voters().is_empty() {
            msg::no_voters()
        } else if targets.is_empty() {
            msg::no_actions_to_vote_on()
        } else {
            self.layer = Layer::Dotting(DotVote { voter: 0, targets, scroll: 0 });
            self.message = None;
            return say_vote(self);
        };
        self.message = Some(Message::new(Level::Warning, text));
        false
    }
}

/// Carries out an action during the dot vote; returns whether the session changed (a dot, or
/// whose turn it is, or the vote's end, which the session says for the projector).
pub(crate) fn update(it: &mut Interview, action: Action, now: Timestamp) -> bool {
    let changed = act(it, action, now);
    say_vote(it) | changed
}

/// Says in the session which dot vote is on (none when the layer is another), so the room sees
/// it; returns whether that changed.
fn say_vote(it: &mut Interview) -> bool {
    let open = match &it.layer {
        Layer::Dotting(vote) => it.voters().get(vote.voter).map(|voter| OpenDotVote {
            voter: voter.clone(),
            on: vote.targets.iter().map(|(key, _)| key.clone()).collect(),
        }),
        _ => None,
    };
    it.ctl.show_dot_vote(open)
}

fn act(it: &mut Interview, action: Action, now: Timestamp) -> bool {
    let Layer::Dotting(vote) = it.layer.clone() else { return false };
    let Some(name) = it.voters().get(vote.voter).cloned() else {
        it.layer = Layer::Question;
        return false;
    };
    it.message = None;
    match action {
        Action::Pick(d) => {
            let Some((key, _)) = usize::from(d).checked_sub(1).and_then(|i| vote.targets.get(i)) else { return false };
            if let Err(e) = it.ctl.give_dot(&name, key, now) {
                it.refused(&e);
                return false;
            }
            // A voter whose dots are all given hands over to the next.
            if dots_left(it, &name) == 0 {
                next(it, vote.voter + 1);
            }
            true
        }
        Action::RemoveItem => it.ctl.take_back_dot(&name, now).unwrap_or(false),
        Action::Up | Action::Down => {
            if let Layer::Dotting(shown) = &mut it.layer {
                let last = u16::try_from(shown.targets.len().saturating_sub(1)).unwrap_or(u16::MAX);
                shown.scroll =
                    if action == Action::Up { shown.scroll.saturating_sub(1) } else { (shown.scroll + 1).min(last) };
            }
            false
        }
        Action::Skip => {
            next(it, vote.voter + 1);
            false
        }
        Action::Previous => {
            next(it, vote.voter.saturating_sub(1));
            false
        }
        _ => {
            it.layer = Layer::Question;
            false
        }
    }
}

fn dots_left(it: &Interview, voter: &str) -> usize {
    dots_per_voter(it.q()).saturating_sub(it.session().dots.get(voter).map_or(0, Vec::len))
}

fn next(it: &mut Interview, voter: usize) {
    match &mut it.layer {
        Layer::Dotting(vote) if voter < it.ctl.session().subject.participants.len() => vote.voter = voter,
        _ => {
            it.layer = Layer::Question;
            it.message = Some(Message::new(Level::Info, msg::dot_vote_done()));
        }
    }
}

/// Draws the dot vote into the question pane: whose dots and how many are left (always in
/// view), the actions and items with their number keys and dots (the voter's own filled),
/// scrolled by whole actions with how many are above and below, and the latest message.
pub(crate) fn render(it: &Interview, theme: Theme, area: Rect, buf: &mut Buffer) {
    let Layer::Dotting(vote) = &it.layer else { return };
    let Some(voter) = it.voters().get(vote.voter) else { return };
    let head = Paragraph::new(vec![
        Line::styled(msg::dot_vote_title(voter, dots_left(it, voter)), theme.title),
        Line::styled(msg::dot_vote_hint(), theme.dim),
    ])
    .wrap(Wrap { trim: false });
    let rows = |p: &Paragraph| u16::try_from(p.line_count(area.width)).unwrap_or(u16::MAX);
    let head_rows = rows(&head).min(area.height);
    head.render(Rect { height: head_rows, ..area }, buf);
    let message = it.message.as_ref().map(|m| {
        Paragraph::new(Line::styled(line(&m.text).into_owned(), level_style(theme, m.level))).wrap(Wrap { trim: false })
    });
    let message_rows = message.as_ref().map_or(0, rows).min(area.height.saturating_sub(head_rows + 2));
    let bottom = area.y + area.height;
    if let Some(m) = message {
        m.render(Rect { y: bottom - message_rows, height: message_rows, ..area }, buf);
    }
    // The list between them, after a blank line.
    let top = area.y + head_rows + 1;
    let end = bottom.saturating_sub(message_rows + u16::from(message_rows > 0));
    let list = Rect { y: top, height: end.saturating_sub(top), ..area };
    let dots = &it.session().dots;
    let items: Vec<Paragraph> = vote
        .targets
        .iter()
        .enumerate()
        .map(|(n, (key, text))| {
            let all = dots.values().flatten().filter(|d| *d == key).count();
            let own = dots.get(voter).map_or(0, |d| d.iter().filter(|d| *d == key).count());
            let marks = format!("{}{}", "●".repeat(own), "○".repeat(all - own));
            let style = if own > 0 { theme.selected } else { theme.text };
            let key = crate::tui::keys::pick_key(n + 1).unwrap_or(' ');
            Paragraph::new(Line::styled(format!("{key} {} {marks}", line(text)), style)).wrap(Wrap { trim: false })
        })
        .collect();
    draw_items(&items, usize::from(vote.scroll), theme, list, buf);
}

/// Draws whole items from `first` on in `area`, saying how many items (not lines) are above
/// and below those shown.
fn draw_items(items: &[Paragraph], first: usize, theme: Theme, area: Rect, buf: &mut Buffer) {
    let heights: Vec<u16> = items.iter().map(|p| u16::try_from(p.line_count(area.width)).unwrap_or(u16::MAX)).collect();
    // Where everything from some item on fits, the list is not scrolled past it.
    let total: u16 = heights.iter().fold(0, |a, h| a.saturating_add(*h));
    let first = if total <= area.height { 0 } else { first.min(items.len().saturating_sub(1)) };
    let above = u16::from(first > 0);
    let mut y = area.y + above;
    let mut shown = first;
    for (item, height) in items.iter().zip(&heights).skip(first) {
        let rest_after = items.len() - shown - 1;
        // The last row is kept for "↓ n more" while items remain below this one.
        let room = (area.y + area.height).saturating_sub(y + u16::from(rest_after > 0));
        if *height > room && shown > first {
            break;
        }
        let height = (*height).min((area.y + area.height).saturating_sub(y));
        item.clone().render(Rect { y, height, ..area }, buf);
        y += height;
        shown += 1;
    }
    if first > 0 && area.height > 0 {
        Line::styled(msg::more_above(first), theme.dim).render(Rect { height: 1, ..area }, buf);
    }
    let below = items.len() - shown;
    if below > 0 && y < area.y + area.height {
        Line::styled(msg::more_below(below), theme.dim).render(Rect { y, height: 1, ..area }, buf);
    }
}
