//! What actions do in the session browser and on the report screens.

use super::Browser;
use super::picker::Filter;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::widgets::text_input::{pasted, type_into};

/// Updates the browser for an action.
pub(crate) fn update(b: &mut Browser, action: Action) -> Option<Effect> {
    if b.trash.is_some() {
        return match action {
            Action::Yes => b.trash.take().map(Effect::Trash),
            Action::Back => {
                b.trash = None;
                None
            }
            _ => None,
        };
    }
    if b.trash_view.is_some() {
        match action {
            Action::Up => b.step(-1),
            Action::Down => b.step(1),
            Action::Confirm => return b.selected_trashed().map(Effect::RestoreTrashed),
            Action::Back => {
                b.trash_view = None;
                b.cursor = 0;
            }
            _ => {}
        }
        return None;
    }
    if let Some(picker) = b.picker.as_mut() {
        match action {
            Action::Up => picker.step(-1),
            Action::Down => picker.step(1),
            Action::Confirm => b.apply_picker(),
            Action::Back => b.picker = None,
            _ => {}
        }
        return None;
    }
    if let Some(area) = b.search_box.as_mut() {
        match action {
            Action::Type(key) => {
                type_into(area, key);
                b.cursor = 0;
            }
            Action::Paste(text) => {
                area.insert_str(pasted(&text, false));
                b.cursor = 0;
            }
            Action::Confirm => return Some(Effect::RunSearch),
            Action::Back => b.search_box = None,
            _ => {}
        }
        return None;
    }
    let selected = b.selected();
    match action {
        Action::Up => b.step(-1),
        Action::Down => b.step(1),
        Action::Confirm => return selected.map(Effect::Resume),
        Action::View => return selected.map(Effect::View),
        Action::Summary => return selected.map(Effect::Summary),
        Action::Grid => return selected.map(Effect::Grid),
        Action::FollowUp => return selected.map(Effect::FollowUp),
        Action::Mark => b.marked = if b.marked == selected { None } else { selected },
        Action::Compare => {
            return match (b.marked.clone(), selected) {
                (Some(a), Some(s)) if a != s => Some(Effect::Compare(a, s)),
                _ => Some(Effect::Tell(crate::tui::messages::mark_first())),
            };
        }
        Action::Trash => b.trash = selected,
        Action::Undo => return b.trashed.clone().map(Effect::Restore),
        Action::ShowTrash => return Some(Effect::OpenTrash),
        Action::Search => b.open_search(),
        Action::FilterQuestionnaire => b.open_picker(Filter::Questionnaire),
        Action::FilterStatus => b.open_picker(Filter::Status),
        Action::FilterOrganisation => b.open_picker(Filter::Organisation),
        Action::FilterOrigin if b.has_team() => b.open_picker(Filter::Origin),
        Action::Back if b.search.is_some() => {
            b.search = None;
            b.cursor = 0;
        }
        Action::Back => return Some(Effect::Home),
        _ => {}
    }
    None
}
