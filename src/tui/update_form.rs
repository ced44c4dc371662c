//! What actions do on the new-session form.

use super::action::Action;
use super::app::Effect;
use super::form::NewForm;

/// Updates the form for an action.
pub fn update(form: &mut NewForm, action: Action) -> Option<Effect> {
    form.error = None;
    match action {
        Action::Type(key) => {
            form.fields[form.focus].input(key);
        }
        Action::Paste(text) => {
            form.fields[form.focus].insert_str(waypost::text::line(&text));
        }
        Action::Down => {
            form.next();
        }
        Action::Up => form.previous(),
        Action::Confirm if form.next() => return Some(Effect::Start),
        Action::Back => return Some(Effect::Home),
        _ => {}
    }
    None
}
