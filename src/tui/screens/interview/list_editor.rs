//! The items of a list question: a table in which items are added, edited and removed, each item
//! entered field by field (through the core's [`ItemEntry`]) with the same inputs as questions.

use chrono::NaiveDate;
use waypost_core::interview::{FieldStep, Invalid, Item, ItemEntry, Outside};
use waypost_core::questionnaire::{Question, Questionnaire};

use super::editor::Editor;
use crate::tui::widgets::text_input::text_area;

/// The list being edited.
#[derive(Debug, Clone)]
pub struct ListEditor {
    /// The items so far (not saved until the list is confirmed).
    pub items: Vec<Item>,
    /// The highlighted row.
    pub cursor: usize,
    /// The item being entered, if any.
    pub editing: Option<ItemEdit>,
    /// Whether leaving the item being entered waits for "keep" or "discard".
    pub leaving: bool,
    /// The item removed last, with its place, to bring back.
    pub removed: Option<(usize, Item)>,
}

/// Where going back from a field of an item led.
#[derive(Debug, PartialEq, Eq)]
pub enum Back {
    /// To the previous field.
    Field,
    /// Out of the item: asking whether to keep what is filled.
    Ask,
    /// Out of the item, which had nothing in it.
    Left,
}

/// An item being entered field by field.
#[derive(Debug, Clone)]
pub struct ItemEdit {
    /// The item and the field being entered.
    pub entry: ItemEntry,
    /// The input of that field.
    pub editor: Box<Editor>,
}

/// What confirming a field led to.
#[derive(Debug, PartialEq, Eq)]
pub enum FieldOutcome {
    /// On to the next field.
    Next,
    /// The item is complete and back in the table.
    ItemDone,
}

impl ListEditor {
    /// A list holding these items.
    pub fn new(items: Vec<Item>) -> ListEditor {
        ListEditor { items, cursor: 0, editing: None, leaving: false, removed: None }
    }

    /// Moves the highlight up.
    pub fn up(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    /// Moves the highlight down.
    pub fn down(&mut self) {
        self.cursor = (self.cursor + 1).min(self.items.len().saturating_sub(1));
    }

    /// Starts entering a new item.
    pub fn add(&mut self, q: &Questionnaire, list: &Question) {
        self.start(q, list, None, Item::new());
    }

    /// Starts editing the highlighted item.
    pub fn edit(&mut self, q: &Questionnaire, list: &Question) {
        if let Some(item) = self.items.get(self.cursor).cloned() {
            self.start(q, list, Some(self.cursor), item);
        }
    }

    /// Removes the highlighted item.
    pub fn remove(&mut self) -> bool {
        if self.cursor >= self.items.len() {
            return false;
        }
        let item = self.items.remove(self.cursor);
        self.removed = Some((self.cursor, item));
        self.cursor = self.cursor.min(self.items.len().saturating_sub(1));
        true
    }

    /// Brings back the item removed last, in its place.
    pub fn undo(&mut self) -> bool {
        let Some((at, item)) = self.removed.take() else { return false };
        let at = at.min(self.items.len());
        self.items.insert(at, item);
        self.cursor = at;
        true
    }

    /// Goes back one field of the item being entered; at the first, leaves the item (asking first
    /// when anything is filled in it).
    pub fn back(&mut self, q: &Questionnaire, list: &Question, outside: Outside) -> Back {
        let Some(edit) = self.editing.as_mut() else { return Back::Left };
        if edit.entry.back(q, list, outside) {
            *edit.editor = Editor::new(q, edit.entry.question(list), edit.entry.starting(list));
            return Back::Field;
        }
        let typed = !edit.editor.typed_text().trim().is_empty();
        if edit.entry.item.is_empty() && !typed {
            self.editing = None;
            return Back::Left;
        }
        self.leaving = true;
        Back::Ask
    }

    /// Keeps the item being entered with what is filled (the field being typed too, when it is
    /// valid); a required field left empty is asked for when the list is confirmed.
    pub fn keep(&mut self, q: &Questionnaire, list: &Question, outside: Outside, language: &str, today: NaiveDate) {
        self.leaving = false;
        let Some(mut edit) = self.editing.take() else { return };
        if edit.entry.specifying {
            // An empty text is refused; the "other" stays unspecified and is asked for when the
            // list is confirmed.
            let _ = edit.entry.specify(q, list, &edit.editor.typed_text(), outside);
        } else if let Ok(Some(value)) = edit.editor.value(edit.entry.question(list), language, today) {
            let _ = edit.entry.keep(q, list, Some(value), outside);
        }
        self.cursor = edit.entry.finish(&mut self.items);
    }

    fn start(&mut self, q: &Questionnaire, list: &Question, index: Option<usize>, item: Item) {
        let Some(entry) = ItemEntry::start(list, index, item) else { return };
        let editor = Box::new(Editor::new(q, entry.question(list), entry.starting(list)));
        self.editing = Some(ItemEdit { entry, editor });
    }

    /// The field being entered, if an item is.
    pub fn field<'q>(&self, list: &'q Question) -> Option<&'q Question> {
        self.editing.as_ref().map(|e| e.entry.question(list))
    }

    /// Confirms the field being entered: checks it, keeps it, and moves to the next field shown
    /// for this item, or puts the finished item in the table.
    pub fn confirm_field(
        &mut self,
        q: &Questionnaire,
        list: &Question,
        outside: Outside,
        language: &str,
        today: NaiveDate,
    ) -> Result<FieldOutcome, Invalid> {
        let Some(edit) = self.editing.as_mut() else { return Ok(FieldOutcome::ItemDone) };
        let step = if edit.entry.specifying {
            edit.entry.specify(q, list, &edit.editor.typed_text(), outside)?
        } else {
            let value = edit.editor.value(edit.entry.question(list), language, today)?;
            edit.entry.keep(q, list, value, outside)?
        };
        match step {
            FieldStep::Next(_) => {
                *edit.editor = Editor::new(q, edit.entry.question(list), edit.entry.starting(list));
                Ok(FieldOutcome::Next)
            }
            // What the chosen "other" stands for is typed next, starting from what is kept.
            FieldStep::Specify(_) => {
                *edit.editor = Editor::Text(Box::new(text_area(edit.entry.other(list).unwrap_or_default(), false)));
                Ok(FieldOutcome::Next)
            }
            FieldStep::Done => {
                if let Some(done) = self.editing.take() {
                    self.cursor = done.entry.finish(&mut self.items);
                }
                Ok(FieldOutcome::ItemDone)
            }
        }
    }

    /// Gives up the item being entered.
    pub fn cancel(&mut self) {
        self.editing = None;
        self.leaving = false;
    }

    /// The text of a field of an item, for the table.
    pub fn cell(q: &Questionnaire, field: &Question, item: &Item, lang: &str) -> String {
        waypost_core::session::answer_text::field_text(q, field, item, lang).unwrap_or_default()
    }
}
