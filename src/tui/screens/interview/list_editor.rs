//! The items of a list question: a table in which items are added, edited and removed, each item
//! entered field by field (through the core's [`ItemEntry`]) with the same inputs as questions.

use chrono::NaiveDate;
use waypost_core::interview::{FieldStep, Invalid, Item, ItemEntry, Outside};
use waypost_core::questionnaire::{Question, Questionnaire};

use super::editor::Editor;

/// The list being edited.
#[derive(Debug, Clone)]
pub struct ListEditor {
    /// The items so far (not saved until the list is confirmed).
    pub items: Vec<Item>,
    /// The highlighted row.
    pub cursor: usize,
    /// The item being entered, if any.
    pub editing: Option<ItemEdit>,
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
        ListEditor { items, cursor: 0, editing: None }
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
    pub fn remove(&mut self) {
        if self.cursor < self.items.len() {
            self.items.remove(self.cursor);
            self.cursor = self.cursor.min(self.items.len().saturating_sub(1));
        }
    }

    fn start(&mut self, q: &Questionnaire, list: &Question, index: Option<usize>, item: Item) {
        let Some(entry) = ItemEntry::start(list, index, item) else { return };
        let editor = Box::new(Editor::new(q, entry.question(list), entry.current(list)));
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
        today: NaiveDate,
    ) -> Result<FieldOutcome, Invalid> {
        let Some(edit) = self.editing.as_mut() else { return Ok(FieldOutcome::ItemDone) };
        let value = edit.editor.value(q, edit.entry.question(list), today)?;
        match edit.entry.keep(q, list, value, outside)? {
            FieldStep::Next(_) => {
                *edit.editor = Editor::new(q, edit.entry.question(list), edit.entry.current(list));
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
    }

    /// The text of a field of an item, for the table.
    pub fn cell(q: &Questionnaire, field: &Question, item: &Item, lang: &str) -> String {
        item.get(&field.id)
            .filter(|v| !v.is_null())
            .map(|v| waypost_core::report::values::value_text(q, field, v, lang))
            .unwrap_or_default()
    }
}
