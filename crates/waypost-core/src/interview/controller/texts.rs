//! The texts of the question shown, as the session's language and its answers make them: the
//! answer as text, and the prompt and help with `${id}` filled in.

use super::*;

impl Controller {
    /// An answer as text, in the session's language.
    pub fn answer_text(&self, question: &Question) -> String {
        crate::session::answer_text::answer_text(
            &self.q,
            question,
            self.session.answers().get(&question.id),
            self.language(),
        )
    }

    /// A question's prompt in the session's language, earlier answers shown where it names them
    /// (`${id}`); for a list's field, `item` fills the item's own fields (`${field}`).
    pub fn prompt(&self, question: &Question, item: Option<(&Question, &crate::interview::Item)>) -> String {
        self.piped(question.prompt.get(self.language(), self.q.default_language()), item)
    }

    /// A question's help, filled like its prompt.
    pub fn help(&self, question: &Question, item: Option<(&Question, &crate::interview::Item)>) -> Option<String> {
        question.help.as_ref().map(|h| self.piped(h.get(self.language(), self.q.default_language()), item))
    }

    pub(super) fn piped(&self, text: &str, item: Option<(&Question, &crate::interview::Item)>) -> String {
        crate::session::answer_text::piped(&self.q, text, self.session.answers(), item, self.language()).into_owned()
    }
}
