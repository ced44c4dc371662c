//! The items of a list question: a table in which items are added, edited and removed, each item
//! entered field by field with the same inputs as questions.

use crate::interview::check::item_fields;
use crate::interview::{Outside, check_value_with};
use crate::questionnaire::{Question, Questionnaire};

use super::editor::{Editor, Item};

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
    /// Which item (`None`: a new one).
    pub index: Option<usize>,
    /// Its fields so far.
    pub item: Item,
    /// The field being entered (index into the list's fields).
    pub field: usize,
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
        let Some(first) = list.fields.first() else { return };
        let editor = Box::new(Editor::new(q, first, item.get(&first.id)));
        self.editing = Some(ItemEdit { index, item, field: 0, editor });
    }

    /// Confirms the field being entered: checks it, stores it, and moves to the next field shown
    /// for this item, or puts the finished item in the table.
    pub fn confirm_field(
        &mut self,
        q: &Questionnaire,
        list: &Question,
        outside: Outside,
    ) -> Result<FieldOutcome, String> {
        let Some(edit) = self.editing.as_mut() else { return Ok(FieldOutcome::ItemDone) };
        let field = &list.fields[edit.field];
        match edit.editor.value(q, field)? {
            Some(v) => {
                let v = check_value_with(q, field, &v, outside)?;
                edit.item.insert(field.id.clone(), v);
            }
            None if field.required => {
                return Err(format!("{} is required", field.prompt.get(q.default_language(), "en")));
            }
            None => {
                edit.item.remove(&field.id);
            }
        }
        let shown: Vec<usize> = item_fields(q, list, &edit.item, outside)
            .iter()
            .filter_map(|f| list.fields.iter().position(|x| x.id == f.id))
            .collect();
        if let Some(&next) = shown.iter().find(|i| **i > edit.field) {
            let f = &list.fields[next];
            *edit.editor = Editor::new(q, f, edit.item.get(&f.id));
            edit.field = next;
            return Ok(FieldOutcome::Next);
        }
        let done = self.editing.take().expect("editing");
        match done.index {
            Some(i) if i < self.items.len() => self.items[i] = done.item,
            _ => {
                self.items.push(done.item);
                self.cursor = self.items.len() - 1;
            }
        }
        Ok(FieldOutcome::ItemDone)
    }

    /// Gives up the item being entered.
    pub fn cancel(&mut self) {
        self.editing = None;
    }

    /// The text of a field of an item, for the table.
    pub fn cell(q: &Questionnaire, field: &Question, item: &Item, lang: &str) -> String {
        item.get(&field.id)
            .filter(|v| !v.is_null())
            .map(|v| crate::report::values::value_text(q, field, v, lang))
            .unwrap_or_default()
    }
}
