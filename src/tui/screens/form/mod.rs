//! The form that starts a new session: organisation, facilitator, participants.

pub(crate) mod update;
pub(crate) mod view;

use ratatui_textarea::TextArea;
use waypost_core::session::{FormDraft, Subject, Timestamp};

use super::{Around, ScreenView, Updated};
use crate::tui::action::Action;
use crate::tui::keys::Mode;
use crate::tui::widgets::text_input::text_area;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

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
    /// When what the form holds was typed, when it came back from a draft.
    pub restored: Option<Timestamp>,
    /// What the fields held when last saved as a draft (or restored from one).
    pub saved: [String; 3],
    /// Whether drafts may be written: not over a draft file that could not be read.
    pub drafts_allowed: bool,
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
        let mut form = NewForm {
            questionnaire,
            fields,
            focus,
            error: None,
            restored: None,
            saved: Default::default(),
            drafts_allowed: true,
        };
        form.saved = form.texts();
        form
    }

    /// A form filled from its draft, typed earlier.
    pub fn from_draft(draft: &FormDraft) -> NewForm {
        let mut form = NewForm::new(draft.questionnaire.clone(), &draft.organisation, &draft.facilitator, &[]);
        form.fields[2] = text_area(&draft.participants, false);
        form.saved = form.texts();
        form.restored = Some(draft.at);
        form
    }

    /// What each field holds, exactly as typed.
    pub fn texts(&self) -> [String; 3] {
        let text = |i: usize| self.fields[i].lines().join(" ");
        [text(0), text(1), text(2)]
    }

    /// Whether the fields changed since the last draft was saved.
    pub fn draft_changed(&self) -> bool {
        self.drafts_allowed && self.texts() != self.saved
    }

    /// The draft of what the fields hold.
    pub fn draft(&self, at: Timestamp) -> FormDraft {
        let [organisation, facilitator, participants] = self.texts();
        FormDraft {
            questionnaire: self.questionnaire.clone(),
            organisation,
            facilitator,
            participants,
            at,
            extra: serde_json::Map::new(),
        }
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

    /// The form's content; none while the organisation, the one field it needs, is empty.
    pub fn filled(&self) -> Option<Subject> {
        let text = |i: usize| self.fields[i].lines().join(" ").trim().to_owned();
        let organisation = text(0);
        if organisation.is_empty() {
            return None;
        }
        let participants =
            text(2).split(',').map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect::<Vec<_>>();
        Some(Subject { organisation, facilitator: text(1), participants, extra: serde_json::Map::new() })
    }
}

impl ScreenView for NewForm {
    fn mode(&self) -> Mode {
        Mode::Form
    }

    fn update(&mut self, action: Action, _: &Around<'_>) -> Updated {
        update::update(self, action).into()
    }

    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer) {
        view::render(self, around.catalog, around.theme, area, buf);
    }
}
