//! What actions do in an interview: answering, moving, notes, states, lists, the review.

use crate::questionnaire::Kind;
use crate::session::Timestamp;
use ratatui::layout::Rect;

use super::action::Action;
use super::app::Effect;
use super::editor::Editor;
use super::interview::{Interview, Level, Message, Prompt};
use super::view::interview::{Hit, hit};

/// The input keys go to: a list item's field while one is entered, else the question's.
fn active(it: &mut Interview) -> &mut Editor {
    if let Editor::List(list) = &it.editor
        && list.editing.is_some()
    {
        let Editor::List(list) = &mut it.editor else { unreachable!("checked above") };
        return &mut list.editing.as_mut().expect("checked above").editor;
    }
    &mut it.editor
}

/// Whether the input keys go to is a text input.
fn active_is_text(it: &mut Interview) -> bool {
    active(it).is_text()
}

/// Updates an interview for an action; returns whether the session changed, and an effect.
pub fn update(it: &mut Interview, action: Action, now: Timestamp, size: Rect) -> (bool, Option<Effect>) {
    if it.prompt.is_some() {
        return (prompt(it, action, now), None);
    }
    if it.review.is_some() {
        return review(it, action, now);
    }
    let multiline = it.question().is_some_and(|q| q.multiline)
        || matches!(&it.editor, Editor::List(l) if l.editing.as_ref().is_some_and(|e| it.q.at(it.place.expect("place")).fields[e.field].multiline));
    let changed = match action {
        Action::Type(key) => {
            active(it).type_key(key);
            false
        }
        Action::Paste(text) => {
            if !active_is_text(it) {
                return (false, None);
            }
            it.typing = true;
            active(it).paste(&text, multiline);
            false
        }
        Action::NewLine => {
            active(it).new_line();
            false
        }
        Action::Up => {
            active(it).up();
            false
        }
        Action::Down => {
            active(it).down();
            false
        }
        Action::Toggle => {
            active(it).toggle();
            false
        }
        Action::Pick(n) => {
            let single = it.question().is_some_and(|q| q.kind == Kind::Single)
                || matches!(&it.editor, Editor::List(l) if l.editing.is_some());
            let editor = active(it);
            if !editor.highlight(usize::from(n) - 1) {
                return (false, None);
            }
            editor.toggle();
            single && it.confirm(now)
        }
        Action::Confirm => it.confirm(now),
        Action::Previous => it.back(now),
        Action::Skip => it.advance(now),
        Action::Edit => {
            if let Some(question) = it.question().cloned()
                && let Editor::List(list) = &mut it.editor
            {
                list.edit(&it.q, &question);
            }
            it.typing = active_is_text(it) && !it.read_only;
            false
        }
        Action::AddItem => {
            if it.read_only {
                return (false, None);
            }
            if let Some(question) = it.question().cloned()
                && let Editor::List(list) = &mut it.editor
            {
                list.add(&it.q, &question);
            }
            it.typing = active_is_text(it);
            false
        }
        Action::RemoveItem => {
            if let Editor::List(list) = &mut it.editor {
                list.remove();
                it.message = Some(Message::new(Level::Info, "Item removed: press Enter to confirm the list."));
            }
            false
        }
        Action::Note => {
            it.open_note();
            false
        }
        Action::State(state) => it.set_state(state, now),
        Action::ToggleHelp => {
            it.show_help = !it.show_help;
            false
        }
        Action::Review => {
            it.review = Some(0);
            false
        }
        Action::Back => {
            if let Editor::List(list) = &mut it.editor
                && list.editing.is_some()
            {
                list.cancel();
                it.typing = false;
                it.message = Some(Message::new(Level::Info, "Item not added."));
                return (false, None);
            }
            if it.typing {
                it.typing = false;
                return (false, None);
            }
            return (false, Some(Effect::Home));
        }
        Action::Click(col, row) => click(it, col, row, now, size),
        _ => false,
    };
    (changed, None)
}

fn click(it: &mut Interview, col: u16, row: u16, now: Timestamp, size: Rect) -> bool {
    match hit(size, it, col, row) {
        Some(Hit::Section(s)) => {
            let flow = it.flow();
            match flow.visible.iter().find(|p| p.section == s) {
                Some(p) => it.go(Some(*p), now),
                None => {
                    it.message = Some(Message::new(Level::Info, "That section is skipped for these answers."));
                    false
                }
            }
        }
        Some(Hit::Choice(n)) => {
            let editor = active(it);
            if editor.highlight(n) {
                editor.toggle();
            }
            false
        }
        None => false,
    }
}

fn prompt(it: &mut Interview, action: Action, now: Timestamp) -> bool {
    let Some(p) = it.prompt.as_mut() else { return false };
    let is_note = matches!(p, Prompt::Note(_));
    let area = match p {
        Prompt::Note(area) | Prompt::Reason { area, .. } => area,
    };
    match action {
        Action::Type(key) => {
            area.input(key);
        }
        Action::Paste(text) => {
            area.insert_str(crate::text::block(&text));
        }
        Action::NewLine if is_note => area.insert_newline(),
        Action::Confirm => return it.confirm_prompt(now),
        Action::Back => {
            if !is_note {
                it.message = Some(Message::new(
                    Level::Info,
                    "Not saved: change the answer, or confirm again and give a reason.",
                ));
            }
            it.prompt = None;
        }
        _ => {}
    }
    false
}

fn review(it: &mut Interview, action: Action, now: Timestamp) -> (bool, Option<Effect>) {
    let rows = it.review_rows();
    let cursor = it.review.unwrap_or(0).min(rows.len().saturating_sub(1));
    match action {
        Action::Up => it.review = Some(cursor.saturating_sub(1)),
        Action::Down => it.review = Some((cursor + 1).min(rows.len().saturating_sub(1))),
        Action::Confirm => {
            it.review = None;
            if let Some(p) = rows.get(cursor) {
                return (it.go(Some(*p), now), None);
            }
        }
        Action::Finish => return (it.finish(now), None),
        Action::Back => it.review = None,
        _ => {}
    }
    (false, None)
}
