//! What is entered but not confirmed, kept as the session's draft for the question shown: the
//! text typed in an input, a list's items before the list is confirmed (with the item being
//! entered), a note being typed. The app saves drafts within a second; resuming puts them back.

use serde_json::Value;
use waypost_core::interview::{Confirmed, Input, ItemEntry, other_choice};
use waypost_core::session::{Draft, ItemDraft, Timestamp};

use super::editor::{Editor, text_of};
use super::list_editor::ItemEdit;
use super::{Interview, Layer, Prompt};
use crate::tui::widgets::text_input::{text_area, typed};

impl Interview {
    /// The draft for what the inputs hold now, against what is stored.
    fn current_draft(&self, now: Timestamp) -> Option<Draft> {
        let question = self.ctl.question()?;
        let stored = self.session().answers().get(&question.id);
        // A default shown in the input is no draft until something is typed over it.
        let value = self.ctl.starting_value(question);
        let (answer, item) = match &self.editor {
            Editor::Text(area) => {
                let text = typed(area);
                ((text != text_of(value)).then(|| Value::from(text)), None)
            }
            Editor::List(list) => {
                let items = Value::Array(list.items.iter().cloned().map(Value::Object).collect());
                let changed = value.map_or(!list.items.is_empty(), |v| *v != items);
                let item = list.editing.as_ref().map(|edit| ItemDraft {
                    index: edit.entry.index,
                    fields: edit.entry.item.clone(),
                    field: edit.entry.question(question).id.clone(),
                    text: edit.editor.is_text().then(|| edit.editor.typed_text()),
                    specifying: edit.entry.specifying,
                    extra: serde_json::Map::new(),
                });
                (changed.then_some(items), item)
            }
            Editor::None | Editor::Choices { .. } => (None, None),
        };
        // A note is a draft while its prompt is open; Esc there cancels it, draft and all.
        let note = match &self.layer {
            Layer::Prompt(Prompt::Note(area)) => {
                let text = typed(area);
                (text != stored.and_then(|a| a.note.clone()).unwrap_or_default()).then_some(text)
            }
            _ => None,
        };
        // An answer waiting for its reason is kept with what is typed of the reason.
        let (pending, reason) = match &self.layer {
            Layer::Prompt(Prompt::Reason { input: Input::Value(v), area, .. }) => {
                let text = typed(area);
                (Some(v.clone()), (!text.is_empty()).then_some(text))
            }
            _ => (None, None),
        };
        // An answer choosing "other" waits for what it stands for, typed or not yet.
        let (pending, other) = match &self.layer {
            Layer::Prompt(Prompt::Other { value, area, .. }) => (Some(value.clone()), Some(typed(area))),
            _ => (pending, None),
        };
        Some(Draft { answer, item, note, pending, reason, other, at: now, extra: serde_json::Map::new() })
    }

    /// Keeps what the inputs hold as the question's draft; returns whether the draft changed.
    pub fn sync_draft(&mut self, now: Timestamp) -> bool {
        if self.read_only() {
            return false;
        }
        let draft = self.current_draft(now);
        self.ctl.set_draft(draft)
    }

    /// Puts the question's draft back into its input; returns whether there was one. An answer
    /// that was waiting for a reason is given again, so its warnings ask for the reason again.
    pub(super) fn restore_draft(&mut self, now: Timestamp) -> bool {
        let (Some(question), Some(draft)) = (self.ctl.question().cloned(), self.ctl.draft().cloned()) else {
            return false;
        };
        if let Some(answer) = &draft.answer {
            self.editor = Editor::offering(&self.ctl.choices(&question), &question, Some(answer));
        }
        let q = self.ctl.questionnaire();
        if let (Editor::List(list), Some(item)) = (&mut self.editor, &draft.item)
            && let Some(field) = question.fields.iter().position(|f| f.id == item.field)
        {
            let field_question = &question.fields[field];
            // "Please specify" is asked again only where the kept value still chooses an "other".
            let specifying = item.specifying
                && item.fields.get(&field_question.id).and_then(|v| other_choice(q, field_question, v)).is_some();
            let entry = ItemEntry { index: item.index, item: item.fields.clone(), field, specifying };
            let editor = if specifying {
                let text = item.text.as_deref().or_else(|| entry.other(&question)).unwrap_or_default();
                Box::new(Editor::Text(Box::new(text_area(text, false))))
            } else {
                let typed = item.text.clone().map(Value::from);
                let current = typed.as_ref().or_else(|| entry.starting(&question));
                Box::new(Editor::new(q, entry.question(&question), current))
            };
            list.editing = Some(ItemEdit { entry, editor });
        }
        if let Some(note) = &draft.note {
            self.layer = Layer::Prompt(Prompt::Note(Box::new(text_area(note, true))));
        }
        // A value that waited for what its "other" stands for, or for a reason: the controller
        // says which, and the prompt opens again with what was typed in it.
        if let Some(pending) = &draft.pending {
            let input = Input::Value(pending.clone());
            match self.ctl.confirm(Some(input.clone()), None, now) {
                Ok(Confirmed::NeedsOther { label, said }) => {
                    let typed = draft.other.as_deref().or(said.as_deref()).unwrap_or("");
                    let area = Box::new(text_area(typed, false));
                    self.layer = Layer::Prompt(Prompt::Other { label, value: pending.clone(), area });
                }
                Ok(Confirmed::NeedsReason(warnings)) => {
                    let area = Box::new(text_area(draft.reason.as_deref().unwrap_or(""), false));
                    self.layer = Layer::Prompt(Prompt::Reason { warnings, input, area });
                }
                Ok(Confirmed::Recorded(_)) | Err(_) => {}
            }
        }
        draft.answer.is_some() || draft.item.is_some()
    }
}
