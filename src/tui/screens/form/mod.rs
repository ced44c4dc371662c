//! The form that starts a new session: organisation, facilitator, participants.

pub mod update;
pub mod view;

use ratatui_textarea::TextArea;
use waypost_core::session::Subject;

use crate::tui::screens::interview::editor::text_area;

/// A new session being set up.
pub struct NewForm {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// One input per field of the form's labels.
    pub fields: Vec<TextArea<'static>>,
    /// The field being typed in.
    pub focus: usize,
    /// A problem to show under the form.
    pub error: Option<String>,
}

impl NewForm {
    /// A form for a questionnaire, prefilled with what is known.
    pub fn new(questionnaire: String, organisation: &str, facilitator: &str, participants: &[String]) -> NewForm {
        let fields = vec![
            text_area(organisation, false),
            text_area(facilitator, false),
            text_area(&participants.join(", "), false),
        ];
        let focus = if organisation.trim().is_empty() { 0 } else { 1 };
        NewForm { questionnaire, fields, focus, error: None }
    }

    /// Moves to the next field; true when there was none (the form is done).
    pub fn next_field(&mut self) -> bool {
        if self.focus + 1 < self.fields.len() {
            self.focus += 1;
            false
        } else {
            true
        }
    }

    /// Moves to the previous field.
    pub fn previous_field(&mut self) {
        self.focus = self.focus.saturating_sub(1);
    }

    /// The form's content, or what is missing.
    pub fn filled(&self) -> Result<Subject, String> {
        let text = |i: usize| self.fields[i].lines().join(" ").trim().to_owned();
        let organisation = text(0);
        if organisation.is_empty() {
            return Err(crate::tui::messages::organisation_needed());
        }
        let participants =
            text(2).split(',').map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect::<Vec<_>>();
        Ok(Subject { organisation, facilitator: text(1), participants, extra: serde_json::Map::new() })
    }
}
