//! The interview screen: the question shown with its input, the note or reason prompt, the
//! review, and what each action does. Every change to the session goes through the core's
//! [`Controller`]; the app saves after each one.

mod choice_filter;
pub(crate) use choice_filter::FILTER_FROM;
pub(crate) mod dot_vote;
mod draft;
mod layer;
pub(crate) use layer::{Layer, Prompt};
pub(crate) mod editor;
mod input_view;
pub(crate) mod list_editor;
mod list_update;
mod list_view;
mod review;
mod screen;
pub(crate) mod update;
pub(crate) mod view;
mod vote;

use std::cell::RefCell;

use ratatui::layout::Rect;

use waypost_core::interview::{Confirmed, Controller, Input, Invalid, Moved, Refusal};
use waypost_core::questionnaire::{AnswerState, Place, Question, Questionnaire, Shape};
use waypost_core::session::{Session, Timestamp};
use waypost_core::store::LockGuard;

use super::super::messages as msg;
use super::super::widgets::{Level, Message};
use crate::tui::widgets::text_input::text_area;
use editor::Editor;
use list_editor::FieldOutcome;

/// What a click can land on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A section in the outline.
    Section(usize),
    /// A choice (0-based) of the input.
    Choice(usize),
}

/// An interview in progress.
pub struct Interview {
    /// The controller: the session, where the interview stands, every change.
    pub ctl: Controller,
    /// The input of the question shown.
    pub editor: Editor,
    /// Whether keys go into the text input.
    pub typing: bool,
    /// What is open over the question.
    pub layer: Layer,
    /// The message under the question.
    pub message: Option<Message>,
    /// Whether the question's help is shown.
    pub show_help: bool,
    /// The edit lock, held while the interview is open (none: read-only).
    pub lock: Option<LockGuard>,
    /// Where the last frame drew what a click can land on; the view records it, clicks read it.
    pub hits: RefCell<Vec<(Rect, Hit)>>,
    /// Where the choices were drawn in the last frame, and for which input (see
    /// [`Interview::choices_key`]): a digit picks only a choice in view.
    pub choices_area: RefCell<Option<(Rect, String)>>,
    /// Whether the input was opened on a draft (shown as such).
    pub drafted: bool,
    /// Today, by the app's clock.
    today: chrono::NaiveDate,
    /// Whether the draft has changes not yet on disk (the app saves them within a second).
    pub draft_pending: bool,
    /// Whether notes and help are hidden, for a screen the room sees too.
    pub hide_notes: bool,
}

impl Interview {
    /// Opens a session at its saved position; without a lock it is read-only.
    pub fn new(q: Questionnaire, session: Session, lock: Option<LockGuard>, now: Timestamp) -> Interview {
        let ctl = Controller::new(q, session, lock.is_none(), now);
        let mut it = Interview {
            ctl,
            editor: Editor::None,
            typing: false,
            layer: Layer::Question,
            message: None,
            show_help: false,
            lock,
            hits: RefCell::new(Vec::new()),
            choices_area: RefCell::new(None),
            drafted: false,
            draft_pending: false,
            hide_notes: false,
            today: now.date_naive(),
        };
        it.open_input(now);
        it
    }

    /// The questionnaire.
    pub fn q(&self) -> &Questionnaire {
        self.ctl.questionnaire()
    }

    /// The session as last changed.
    pub fn session(&self) -> &Session {
        self.ctl.session()
    }

    /// Whether nothing can be changed.
    pub fn read_only(&self) -> bool {
        self.ctl.read_only()
    }

    /// The question shown.
    pub fn question(&self) -> Option<&Question> {
        self.ctl.question()
    }

    /// Today, by the app's clock when the question was reached, for reading dates typed as
    /// "today".
    pub fn today(&self) -> chrono::NaiveDate {
        self.today
    }

    /// The session's language and the questionnaire's default, for texts.
    pub fn languages(&self) -> (&str, &str) {
        (self.ctl.language(), self.q().default_language())
    }

    /// The input keys go to: a list item's field while one is entered, else the question's.
    pub fn input(&self) -> &Editor {
        match &self.editor {
            Editor::List(list_editor::ListEditor { editing: Some(edit), .. }) => &edit.editor,
            editor => editor,
        }
    }

    /// What the last frame drew at a cell.
    pub fn hit(&self, col: u16, row: u16) -> Option<Hit> {
        let inside = |r: &Rect| col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height;
        self.hits.borrow().iter().find(|(r, _)| inside(r)).map(|(_, h)| *h)
    }

    /// Which choices the input shows: the question's, or a list field's (the question and the
    /// field's place).
    pub fn choices_key(&self) -> String {
        let field = match &self.editor {
            Editor::List(list) => list.editing.as_ref().map(|e| e.entry.field),
            _ => None,
        };
        let id = self.question().map(|q| q.id.as_str()).unwrap_or_default();
        format!("{id}#{}", field.map(|f| f.to_string()).unwrap_or_default())
    }

    /// The input of the question shown, filled with its stored answer.
    fn open_input(&mut self, now: Timestamp) {
        self.message = None;
        self.layer = Layer::Question;
        let Some(question) = self.ctl.question() else {
            self.editor = Editor::None;
            self.typing = false;
            return;
        };
        self.editor = Editor::offering(&self.ctl.choices(question), question, self.ctl.starting_value(question));
        let fixed = question.read_only;
        self.drafted = self.restore_draft(now);
        let typing_in_item =
            matches!(&self.editor, Editor::List(l) if l.editing.as_ref().is_some_and(|e| e.editor.is_text()));
        // A read-only question's value is shown, never typed into.
        self.typing = (self.editor.is_text() || typing_in_item) && !self.read_only() && !fixed;
    }

    /// Shows a question; returns whether the saved position changed.
    pub fn go(&mut self, place: Option<Place>, now: Timestamp) -> bool {
        self.today = now.date_naive();
        let changed = self.ctl.go(place, now);
        self.open_input(now);
        changed
    }

    /// Shows where a move led: the question, the review after the last one, or a message.
    fn moved(&mut self, moved: Moved, now: Timestamp) {
        match moved {
            Moved::To(_) => self.open_input(now),
            Moved::PastLast => {
                self.layer = Layer::Review(0);
                self.message = Some(Message::new(Level::Info, msg::last_question()));
            }
            Moved::AtFirst => self.message = Some(Message::new(Level::Info, msg::first_question())),
        }
    }

    /// Moves to the next visible question, or to the review after the last one.
    pub fn advance(&mut self, now: Timestamp) -> bool {
        let moved = self.ctl.advance(now);
        self.moved(moved, now);
        matches!(moved, Moved::To(_))
    }

    /// Moves to the previous visible question.
    pub fn back(&mut self, now: Timestamp) -> bool {
        let moved = self.ctl.back(now);
        self.moved(moved, now);
        matches!(moved, Moved::To(_))
    }

    fn refuse_read_only(&mut self) -> bool {
        if self.read_only() {
            self.message = Some(Message::new(Level::Info, msg::read_only()));
        }
        self.read_only()
    }

    /// Confirms what is entered and moves on; returns whether the session changed.
    pub fn confirm(&mut self, now: Timestamp) -> bool {
        let Some(question) = self.ctl.question().cloned() else { return false };
        let today = now.date_naive();
        if let Editor::List(list) = &mut self.editor
            && list.editing.is_some()
        {
            let q = self.ctl.questionnaire();
            let language = self.ctl.language();
            let outcome = self.ctl.with_outside(|outside| list.confirm_field(q, &question, outside, language, today));
            self.message = match outcome {
                Ok(FieldOutcome::Next) => None,
                Ok(FieldOutcome::ItemDone) => Some(Message::new(Level::Info, msg::item_added())),
                Err(e) => Some(Message::new(Level::Error, e.to_string())),
            };
            self.typing =
                matches!(&self.editor, Editor::List(l) if l.editing.as_ref().is_some_and(|e| e.editor.is_text()));
            return false;
        }
        if question.kind.shape() == Shape::Nothing || self.read_only() || self.editor.keeps_stored() {
            return self.advance(now);
        }
        match self.editor.value(&question, self.ctl.language(), today) {
            Ok(Some(value)) => self.submit(Some(Input::Value(value)), None, now),
            Ok(None) => self.submit(None, None, now),
            Err(e) => {
                self.message = Some(Message::new(Level::Error, e.to_string()));
                false
            }
        }
    }

    /// Gives an answer (or none) to the controller; on soft warnings asks for a reason first.
    /// Returns whether the session changed.
    fn submit(&mut self, input: Option<Input>, reason: Option<&str>, now: Timestamp) -> bool {
        let before = self.ctl.changes();
        match self.ctl.confirm(input.clone(), reason, now) {
            Ok(Confirmed::Recorded(moved)) => self.moved(moved, now),
            Ok(Confirmed::NeedsReason(warnings)) => {
                if let Some(input) = input {
                    self.layer =
                        Layer::Prompt(Prompt::Reason { warnings, input, area: Box::new(text_area("", false)) });
                }
            }
            // An "other" choice first asks what it stands for.
            Ok(Confirmed::NeedsOther { label, said }) => {
                if let Some(Input::Value(value)) = input {
                    let area = Box::new(text_area(said.as_deref().unwrap_or(""), false));
                    self.layer = Layer::Prompt(Prompt::Other { label, value, area });
                }
            }
            Err(e) => self.refused(&e),
        }
        self.ctl.changes() != before
    }

    pub(super) fn refused(&mut self, refusal: &Refusal) {
        let text = match refusal {
            Refusal::ReadOnly => msg::read_only(),
            other => other.to_string(),
        };
        self.message = Some(Message::new(Level::Error, text));
    }

    /// Confirms the prompt being typed (note or reason).
    pub fn confirm_prompt(&mut self, now: Timestamp) -> bool {
        if !matches!(self.layer, Layer::Prompt(_)) {
            return false;
        }
        let Layer::Prompt(prompt) = std::mem::take(&mut self.layer) else { return false };
        match prompt {
            Prompt::Note(area) => match self.ctl.note(&area.lines().join("\n"), now) {
                Ok(changed) => {
                    self.message = Some(Message::new(Level::Info, msg::note_saved(self.ctl.current_note().is_some())));
                    changed
                }
                Err(e) => {
                    self.refused(&e);
                    false
                }
            },
            Prompt::Other { label, value, area } => {
                let text = area.lines().join(" ");
                if text.trim().is_empty() {
                    self.message = Some(Message::new(Level::Warning, Invalid::SpecifyOther(label.clone()).to_string()));
                    self.layer = Layer::Prompt(Prompt::Other { label, value, area });
                    return false;
                }
                self.submit(Some(Input::Other(value, text)), None, now)
            }
            Prompt::Reason { warnings, input, area } => {
                let reason = area.lines().join(" ");
                if reason.trim().is_empty() {
                    self.message = Some(Message::new(Level::Warning, msg::reason_needed()));
                    self.layer = Layer::Prompt(Prompt::Reason { warnings, input, area });
                    return false;
                }
                self.submit(Some(input), Some(&reason), now)
            }
        }
    }

    /// Opens the note prompt.
    pub fn open_note(&mut self) {
        if self.refuse_read_only() || self.ctl.question().is_none() {
            return;
        }
        let note = self.ctl.current_note().unwrap_or_default().to_owned();
        self.layer = Layer::Prompt(Prompt::Note(Box::new(text_area(&note, true))));
    }

    /// Gives an answer state instead of an answer.
    pub fn set_state(&mut self, state: AnswerState, now: Timestamp) -> bool {
        if self.refuse_read_only() {
            return false;
        }
        self.submit(Some(Input::State(state)), None, now)
    }

    /// Finishes the session if the engine allows it; says what is missing otherwise.
    pub fn finish(&mut self, now: Timestamp) -> bool {
        if self.refuse_read_only() {
            return false;
        }
        match self.ctl.finish(now) {
            Ok(()) => {
                self.message = Some(Message::new(Level::Info, msg::completed()));
                true
            }
            Err(missing) => {
                let q = self.ctl.questionnaire();
                let names: Vec<String> =
                    missing.iter().filter_map(|id| q.question(id)).map(|x| self.ctl.prompt(x, None)).collect();
                self.message = Some(Message::new(Level::Error, msg::still_missing(&names)));
                false
            }
        }
    }
}
