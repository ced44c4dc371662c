//! One item of a list question, entered field by field: which field comes next for what the item
//! holds so far, and each field's value checked before it is kept. Both shells enter items
//! through this.

use serde_json::{Map, Value};

use super::Outside;
use super::check::{check_value_with, item_fields};
use super::flow::observe_value;
use super::invalid::Invalid;
use crate::questionnaire::{Question, Questionnaire};

/// A list item as a map of field ids to values.
pub type Item = Map<String, Value>;

/// An item being entered.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemEntry {
    /// Which item of the list (`None`: a new one).
    pub index: Option<usize>,
    /// Its fields so far.
    pub item: Item,
    /// The field being entered (an index into the list's fields).
    pub field: usize,
}

/// What keeping a field's value led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldStep {
    /// On to the field with this index.
    Next(usize),
    /// No field is left: the item is complete.
    Done,
}

impl ItemEntry {
    /// Starts entering an item (a new one when `index` is `None`); `None` when the list has no
    /// fields.
    pub fn start(list: &Question, index: Option<usize>, item: Item) -> Option<ItemEntry> {
        list.fields.first().map(|_| ItemEntry { index, item, field: 0 })
    }

    /// The field being entered.
    pub fn question<'q>(&self, list: &'q Question) -> &'q Question {
        &list.fields[self.field.min(list.fields.len().saturating_sub(1))]
    }

    /// The current value of the field being entered.
    pub fn current(&self, list: &Question) -> Option<&Value> {
        self.item.get(&self.question(list).id)
    }

    /// Keeps a value (or, with `None`, no value) for the field being entered, after its checks,
    /// and moves to the next field shown for this item.
    pub fn keep(
        &mut self,
        q: &Questionnaire,
        list: &Question,
        value: Option<Value>,
        outside: Outside,
    ) -> Result<FieldStep, Invalid> {
        let field = self.question(list);
        match value {
            Some(v) => {
                let v = check_value_with(q, field, &v, outside)?;
                let mut candidate = self.item.clone();
                candidate.insert(field.id.clone(), v);
                let lookup = |id: &str| match list.field(id) {
                    Some(f) => observe_value(q, Some(f), candidate.get(id), false),
                    None => outside(id),
                };
                if let Some(broken) = field.constraint.iter().find(|c| !c.when.holds(&lookup)) {
                    let language = q.language_for(crate::i18n::language());
                    return Err(Invalid::Constraint(broken.message.get(language, q.default_language()).to_owned()));
                }
                self.item = candidate;
            }
            None if field.required => {
                return Err(Invalid::Required(field.prompt.get(q.default_language(), "en").to_owned()));
            }
            None => {
                self.item.remove(&field.id);
            }
        }
        let next = item_fields(q, list, &self.item, outside)
            .iter()
            .filter_map(|f| list.fields.iter().position(|x| x.id == f.id))
            .find(|i| *i > self.field);
        Ok(match next {
            Some(i) => {
                self.field = i;
                FieldStep::Next(i)
            }
            None => FieldStep::Done,
        })
    }

    /// Goes back to the previous field shown for this item; `false` at the first one.
    pub fn back(&mut self, q: &Questionnaire, list: &Question, outside: Outside) -> bool {
        let previous = item_fields(q, list, &self.item, outside)
            .iter()
            .filter_map(|f| list.fields.iter().position(|x| x.id == f.id))
            .rfind(|i| *i < self.field);
        match previous {
            Some(i) => {
                self.field = i;
                true
            }
            None => false,
        }
    }

    /// Puts the finished item into `items`: in its place when it was an edit, else at the end;
    /// returns its index.
    pub fn finish(self, items: &mut Vec<Item>) -> usize {
        match self.index {
            Some(i) if i < items.len() => {
                items[i] = self.item;
                i
            }
            _ => {
                items.push(self.item);
                items.len() - 1
            }
        }
    }
}
