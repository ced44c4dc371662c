//! What actions do to a list question's items: going back one field, keeping or discarding an
//! item left half-filled, adding no more than the list holds, removing with a way back.

use waypost_core::interview::item_limits;
use waypost_core::session::Timestamp;

use super::Interview;
use super::editor::Editor;
use super::list_editor::Back;
use crate::tui::action::Action;
use crate::tui::messages as msg;
use crate::tui::widgets::{Level, Message};

/// Carries out an action on the list shown, when it is one for the list; `None` leaves it to the
/// question's own handling.
pub(super) fn update(it: &mut Interview, action: &Action, now: Timestamp) -> Option<bool> {
    let question = it.question()?.clone();
    let read_only = it.read_only();
    let Interview { ctl, editor: Editor::List(list), .. } = it else { return None };
    let q = ctl.questionnaire();
    let say = |text: String| Some(Message::new(Level::Info, text));
    let message = match action {
        Action::Yes if list.leaving => {
            let language = ctl.language();
            ctl.with_outside(|outside| list.keep(q, &question, outside, language, now.date_naive()));
            say(msg::item_kept())
        }
        Action::Discard if list.leaving => {
            list.cancel();
            say(msg::item_not_added())
        }
        Action::Back if list.leaving => {
            list.leaving = false;
            None
        }
        Action::Back | Action::Previous if list.editing.is_some() => {
            match ctl.with_outside(|outside| list.back(q, &question, outside)) {
                Back::Field => None,
                Back::Ask => say(msg::keep_item()),
                Back::Left => say(msg::item_not_added()),
            }
        }
        Action::AddItem if read_only => return Some(false),
        Action::AddItem
            if ctl
                .with_outside(|outside| item_limits(&question, outside))
                .1
                .is_some_and(|max| list.items.len() >= max) =>
        {
            say(msg::list_full(list.items.len()))
        }
        Action::RemoveItem if list.editing.is_none() => {
            if list.remove() {
                say(msg::item_removed())
            } else {
                None
            }
        }
        Action::Undo => {
            if list.undo() {
                say(msg::item_back())
            } else {
                None
            }
        }
        _ => return None,
    };
    it.message = message;
    it.typing = matches!(&it.editor, Editor::List(l) if l.editing.as_ref().is_some_and(|e| e.editor.is_text()));
    Some(false)
}
