//! What the answers shown so far make of the question on screen: whether it needs an answer now,
//! the choices it offers, and what a list field's conditions see outside the list.

use super::Controller;
use crate::questionnaire::Question;

impl Controller {
    /// Whether `question` needs an answer now (its `required_if` seen on the answers shown; a
    /// list's field, on its item's fields too).
    pub fn is_required(&self, question: &Question, item: Option<(&Question, &crate::interview::Item)>) -> bool {
        self.with_outside(|outside| match item {
            Some((list, item)) => question.required_when(&|id| match list.field(id) {
                Some(f) => crate::interview::observe_value(&self.q, Some(f), item.get(id), false),
                None => outside(id),
            }),
            None => question.required_when(outside),
        })
    }

    /// The choices of `question` offered now, on the answers shown before it (a cascading
    /// select's); a list's field's, on the answers before the list. The shells list, number and
    /// pick these.
    pub fn choices<'a>(&'a self, question: &'a Question) -> Vec<&'a crate::questionnaire::Choice> {
        self.with_outside(|outside| self.q.offered_choices(question, outside))
    }

    /// What list fields' conditions see of the answers outside the list, for the question shown.
    pub fn with_outside<T>(&self, f: impl FnOnce(crate::interview::Outside) -> T) -> T {
        let flow = self.flow();
        let answers = self.session.answers();
        f(&|id: &str| flow.seen(&self.q, answers, id))
    }
}
