//! What actions do on the home screen.

use waypost_core::questionnaire::Catalog;

use super::{Home, Pane};
use crate::tui::action::Action;
use crate::tui::effect::Effect;

/// Updates the home screen for an action.
pub(crate) fn update(home: &mut Home, action: Action, catalog: &Catalog) -> Option<Effect> {
    let questionnaires = catalog.entries().len();
    match action {
        Action::Up => home.step(-1, questionnaires),
        Action::Down => home.step(1, questionnaires),
        Action::SwitchPane => home.switch(),
        Action::NewSession => home.pane = Pane::Questionnaires,
        Action::Browse => return Some(Effect::Browser),
        Action::Confirm => {
            return match home.pane {
                Pane::Questionnaires => {
                    catalog.entries().get(home.q_cursor).map(|e| Effect::Form(e.questionnaire.id.clone()))
                }
                Pane::Sessions => home.shown_sessions().get(home.s_cursor).map(|r| Effect::Resume(r.id.clone())),
            };
        }
        _ => {}
    }
    None
}
