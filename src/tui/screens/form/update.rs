//! What actions do on the new-session form.

use super::NewForm;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::widgets::text_input::{pasted, type_into};

/// Updates the form for an action.
pub(crate) fn update(form: &mut NewForm, action: Action) -> Option<Effect> {
    form.error = None;
    match action {
        Action::Type(key) => {
            type_into(&mut form.fields[form.focus], key);
        }
        Action::Paste(text) => {
            form.fields[form.focus].insert_str(pasted(&text, false));
        }
        Action::Down => {
            form.next_field();
        }
        Action::Up => form.previous_field(),
        Action::Confirm if form.next_field() => return Some(Effect::Start),
        Action::Back => return Some(Effect::Home),
        _ => {}
    }
    None
}
