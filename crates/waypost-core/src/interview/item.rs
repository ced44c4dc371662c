//! One item of a list question, entered field by field: which field comes next for what the item
//! holds so far, and each field's value checked before it is kept. Both shells enter items
//! through this.

use serde_json::{Map, Value};

use super::Outside;
use super::check::{check_value_with, item_fields};
use super::flow::observe_value;
use super::invalid::Invalid;
use super::record::other_choice;
use crate::questionnaire::{Question, Questionnaire};
use crate::session::other_key;

/// A list item as a map of field ids to values; what a field's "other" choice stands for is kept
/// beside it under [`other_key`].
pub type Item = Map<String, Value>;

/// A list answer's items; anything in it that is not an item is passed over.
pub fn items(value: Option<&Value>) -> impl Iterator<Item = &Item> {
    value.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object)
}

/// An item being entered.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemEntry {
    /// Which item of the list (`None`: a new one).
    pub index: Option<usize>,
    /// Its fields so far.
    pub item: Item,
    /// The field being entered (an index into the list's fields).
    pub field: usize,
    /// Whether the field's value, kept, chooses an "other" choice and waits for what it stands
    /// for ("please specify").
    pub specifying: bool,
}

/// What keeping a field's value led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldStep {
    /// On to the field with this index.
    Next(usize),
    /// The value chooses the "other" choice with this label: what it stands for comes next
    /// ([`ItemEntry::specify`]).
    Specify(String),
    /// No field is left: the item is complete.
    Done,
}

impl ItemEntry {
    /// Starts entering an item (a new one when `index` is `None`); `None` when the list has no
    /// fields.
    pub fn start(list: &Question, index: Option<usize>, item: Item) -> Option<ItemEntry> {
        list.fields.first().map(|_| ItemEntry { index, item, field: 0, specifying: false })
    }

    /// The field being entered.
    pub fn question<'q>(&self, list: &'q Question) -> &'q Question {
        &list.fields[self.field.min(list.fields.len().saturating_sub(1))]
    }

    /// The current value of the field being entered.
    pub fn current(&self, list: &Question) -> Option<&Value> {
        self.item.get(&self.question(list).id)
    }

    /// What the input of the field being entered starts with: its value, else its default.
    pub fn starting<'a>(&'a self, list: &'a Question) -> Option<&'a Value> {
        self.current(list).or_else(|| self.question(list).default_value())
    }

    /// Keeps a value (or, with `None`, no value) for the field being entered, after its checks,
    /// and moves to the next field shown for this item; a value choosing an "other" choice first
    /// asks what it stands for.
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
                if let Some(label) = other_choice(q, field, &self.item[&field.id]) {
                    self.specifying = true;
                    return Ok(FieldStep::Specify(label));
                }
            }
            None if field.required_when(&|id| match list.field(id) {
                Some(f) => observe_value(q, Some(f), self.item.get(id), false),
                None => outside(id),
            }) =>
            {
                // Named in the interface's language where the questionnaire has it, as the
                // message around it is.
                let language = q.language_for(crate::i18n::language());
                return Err(Invalid::Required(field.prompt.get(language, q.default_language()).to_owned()));
            }
            None => {
                self.item.remove(&field.id);
            }
        }
        // No "other" is chosen: what one stood for goes with it.
        self.item.remove(&other_key(&field.id));
        Ok(self.advance(q, list, outside))
    }

    /// Keeps what the chosen "other" choice stands for (without the spaces around it, as an
    /// answer's `other` is kept), and moves to the next field shown for this item; an empty text
    /// is refused.
    pub fn specify(
        &mut self,
        q: &Questionnaire,
        list: &Question,
        text: &str,
        outside: Outside,
    ) -> Result<FieldStep, Invalid> {
        let field = self.question(list);
        let label = self.item.get(&field.id).and_then(|v| other_choice(q, field, v));
        let (true, Some(label)) = (self.specifying, label) else { return Ok(self.advance(q, list, outside)) };
        let text = text.trim();
        if text.is_empty() {
            return Err(Invalid::SpecifyOther(label));
        }
        self.item.insert(other_key(&field.id), Value::from(text));
        self.specifying = false;
        Ok(self.advance(q, list, outside))
    }

    /// What the field's chosen "other" choice stands for, as kept.
    pub fn other(&self, list: &Question) -> Option<&str> {
        self.item.get(&other_key(&self.question(list).id)).and_then(Value::as_str)
    }

    fn advance(&mut self, q: &Questionnaire, list: &Question, outside: Outside) -> FieldStep {
        let next = item_fields(q, list, &self.item, outside)
            .iter()
            .filter_map(|f| list.fields.iter().position(|x| x.id == f.id))
            .find(|i| *i > self.field);
        match next {
            Some(i) => {
                self.field = i;
                FieldStep::Next(i)
            }
            None => FieldStep::Done,
        }
    }

    /// Goes back to the previous field shown for this item (from "please specify", to the choice
    /// it is for); `false` at the first one.
    pub fn back(&mut self, q: &Questionnaire, list: &Question, outside: Outside) -> bool {
        if self.specifying {
            self.specifying = false;
            return true;
        }
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
