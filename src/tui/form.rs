//! The form that starts a new session: organisation, facilitator, participants.

use ratatui_textarea::TextArea;

use super::editor::text_area;

/// The fields of the form, in order.
pub const LABELS: [&str; 3] = ["Organisation", "Facilitator", "Participants (separated by commas)"];

/// A new session being set up.
pub struct NewForm {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// One input per field of `LABELS`.
    pub fields: Vec<TextArea<'static>>,
    /// The field being typed in.
    pub focus: usize,
    /// A problem to show under the form.
    pub error: Option<String>,
}

/// What the form holds, read out.
pub struct Filled {
    /// The organisation.
    pub organisation: String,
    /// The facilitator.
    pub facilitator: String,
    /// The participants.
    pub participants: Vec<String>,
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
    pub fn filled(&self) -> Result<Filled, String> {
        let text = |i: usize| self.fields[i].lines().join(" ").trim().to_owned();
        let organisation = text(0);
        if organisation.is_empty() {
            return Err("Give the organisation's name.".into());
        }
        let participants =
            text(2).split(',').map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect::<Vec<_>>();
        Ok(Filled { organisation, facilitator: text(1), participants })
    }
}
