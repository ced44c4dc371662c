//! The checks of texts: every language present, choices well formed, `${id}` placeholders that
//! name an earlier answer.

use super::*;

impl<'a> Validator<'a> {
    /// Checks a text: translations cover the declared languages, and a required text is not empty.
    pub(super) fn text(&mut self, path: &str, text: &Text, required: bool) {
        if required && text.all().iter().all(|s| s.trim().is_empty()) {
            self.error(path, tr!("val-text-empty"));
        }
        let required = self.translations == Translations::Required;
        match text.languages() {
            Some(langs) => {
                let have: HashSet<&str> = langs.collect();
                if have.is_empty() {
                    self.error(path, tr!("val-no-translation"));
                }
                for lang in &self.q.languages {
                    if !have.contains(lang.as_str()) {
                        let message = tr!("val-no-text-in", language = lang.as_str());
                        if required { self.error(path, message) } else { self.warning(path, message) }
                    }
                }
            }
            None if required && self.q.languages.len() > 1 => {
                let languages = self.q.languages.join(", ");
                self.error(path, tr!("val-one-text", languages = languages));
            }
            None => {}
        }
    }

    pub(super) fn choice_list(&mut self, path: &str, choices: &[Choice]) {
        if choices.is_empty() {
            self.error(path, tr!("val-no-choices"));
        }
        let mut seen = HashSet::new();
        for (i, c) in choices.iter().enumerate() {
            if c.value.is_empty() {
                self.error(format!("{path}[{i}].value"), tr!("val-value-empty"));
            } else if !seen.insert(c.value.as_str()) {
                self.error(format!("{path}[{i}].value"), tr!("val-value-twice", value = c.value.as_str()));
            }
        }
        if choices.iter().filter(|c| c.other).count() > 1 {
            self.error(path, tr!("val-other-twice"));
        }
        // A choice without a score among scored ones would silently drop out of the score.
        let unscored: Vec<String> =
            choices.iter().filter(|c| c.score.is_none()).map(|c| format!("\"{}\"", c.value)).collect();
        if !unscored.is_empty() && unscored.len() < choices.len() {
            self.error(path, tr!("val-mixed-scores", count = unscored.len(), values = unscored.join(", ")));
        }
    }

    /// `${name}` in a prompt or help must name an answer given before: a question asked
    /// earlier, or inside a list a field before this one (or a question before the list). One
    /// error per name and text, whatever the number of languages repeating it.
    pub(super) fn placeholders(
        &mut self,
        path: &str,
        question: &Question,
        order: usize,
        list: Option<(&Question, usize)>,
    ) {
        for (part, text) in [("prompt", Some(&question.prompt)), ("help", question.help.as_ref())] {
            let Some(text) = text else { continue };
            let mut names: Vec<&str> = text.all().into_iter().flat_map(crate::questionnaire::piping::names).collect();
            names.sort_unstable();
            names.dedup();
            let at = format!("{path}.{part}");
            for name in names {
                let mut before = order;
                if let Some((list, list_order)) = list {
                    if let Some(i) = list.fields.iter().position(|f| f.id == name) {
                        if i >= order {
                            self.error(&at, tr!("val-pipe-later", id = name));
                        }
                        continue;
                    }
                    before = list_order;
                }
                match self.order.get(name) {
                    None => {
                        let known = self
                            .order
                            .keys()
                            .copied()
                            .chain(list.iter().flat_map(|(l, _)| l.fields.iter().map(|f| f.id.as_str())));
                        self.error(&at, tr!("val-pipe-unknown", id = name, hint = suggestion(name, known)));
                    }
                    Some(o) if *o >= before => self.error(&at, tr!("val-pipe-later", id = name)),
                    // A calculation's value is shown as an answer would be.
                    Some(_) if self.q.question(name).is_some_and(|x| x.kind == Kind::Note) => {
                        self.error(&at, tr!("val-note-no-answer", id = name));
                    }
                    Some(_) => {}
                }
            }
        }
    }
}
