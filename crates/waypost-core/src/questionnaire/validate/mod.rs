//! The semantic checks of a questionnaire: ids, references, conditions, ranges, scoring, views.
//! Every problem names the JSON path of the place it was found.

use crate::tr;
use std::collections::{HashMap, HashSet};

use super::bound::Bound;
use super::model::{Choice, Choices, FORMAT, Kind, Question, Questionnaire};
use super::problem::{Problem, suggestion};
use super::reach;
use super::scores_and_views::{ScoreMethod, View};
use super::texts::texts;
use crate::text::Text;

mod question_checks;
mod references;
mod report_checks;
mod text_checks;

/// Whether `id` is a well-formed questionnaire id: lower-case letters, digits and dashes.
pub(crate) fn is_questionnaire_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `id` is a well-formed section, question, field or choice-set id.
pub(crate) fn is_item_id(id: &str) -> bool {
    id.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && id.len() <= 100
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub(crate) fn is_date(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// How strictly the translations of a questionnaire's texts are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Translations {
    /// A text missing in a declared language is a warning (the default language is shown).
    Optional,
    /// Every text is given in every declared language, or it is an error: for the built-ins,
    /// which waypost promises in each of its languages.
    Required,
}

/// Checks a questionnaire that has the right shape; returns every problem found.
pub(crate) fn validate(q: &Questionnaire, translations: Translations) -> Vec<Problem> {
    let mut v =
        Validator { q, problems: Vec::new(), order: HashMap::new(), compared: Default::default(), translations };
    v.header();
    v.questions();
    v.scoring();
    v.views();
    v.workshop_time();
    if !v.problems.iter().any(Problem::is_error) {
        v.problems.extend(reach::never_shown(q));
    }
    v.problems
}

/// What a condition may refer to: questions asked up to `before` (exclusive, or inclusive when
/// `self_allowed`), and inside a list the sibling fields up to `sibling_limit`.
pub(super) struct Scope<'a> {
    pub(super) order: usize,
    pub(super) self_allowed: bool,
    pub(super) siblings: Option<(&'a [Question], usize)>,
}

pub(super) struct Validator<'a> {
    pub(super) q: &'a Questionnaire,
    pub(super) problems: Vec<Problem>,
    /// Each top-level question id with its position in asking order.
    pub(super) order: HashMap<&'a str, usize>,
    /// The answers a condition compares with a number (`at_least`, `at_most`): a choice's score
    /// counts there even without a `scoring` block.
    pub(super) compared: std::collections::HashSet<String>,
    translations: Translations,
}

impl<'a> Validator<'a> {
    pub(super) fn error(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::error(place.into(), message));
    }

    pub(super) fn warning(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::warning(place.into(), message));
    }

    fn header(&mut self) {
        let q = self.q;
        if q.format != FORMAT {
            self.error("format", tr!("val-format", found = q.format, format = FORMAT));
        }
        if !is_questionnaire_id(&q.id) {
            self.error("id", tr!("val-questionnaire-id", id = q.id.as_str()));
        }
        if q.version.trim().is_empty() {
            self.error("version", tr!("val-version-empty"));
        }
        let mut seen = HashSet::new();
        for (i, lang) in q.languages.iter().enumerate() {
            if lang.is_empty() || !seen.insert(lang) {
                self.error(format!("languages[{i}]"), tr!("val-language-twice", language = lang.as_str()));
            }
        }
        for (path, at) in texts(q) {
            self.text(&path, at.text, at.required);
        }
        for (name, set) in &q.choice_sets {
            let path = format!("choice_sets.{name}");
            if !is_item_id(name) {
                self.error(&path, tr!("val-name", name = name.as_str()));
            }
            self.choice_list(&path, set);
        }
        if q.sections.is_empty() {
            self.error("sections", tr!("val-no-sections"));
        }
    }

    fn questions(&mut self) {
        let q = self.q;
        let mut sections = HashSet::new();
        let mut first_of_section = Vec::new();
        let mut count = 0;
        for (s, section) in q.sections.iter().enumerate() {
            let path = format!("sections[{s}]");
            if !is_item_id(&section.id) {
                self.error(format!("{path}.id"), tr!("val-item-id", id = section.id.as_str()));
            } else if !sections.insert(section.id.as_str()) {
                self.error(format!("{path}.id"), tr!("val-section-twice", id = section.id.as_str()));
            }
            if section.questions.is_empty() {
                self.warning(format!("{path}.questions"), tr!("val-section-empty"));
            }
            self.weight(&path, section.weight, q.section_scored(section));
            first_of_section.push(count);
            count += section.questions.len();
        }
        // Ids first, so that a condition naming a later question says "asked later", not "unknown".
        for (index, (place, question)) in q.places().enumerate() {
            let path = format!("sections[{}].questions[{}].id", place.section, place.question);
            if !is_item_id(&question.id) {
                self.error(&path, tr!("val-item-id", id = question.id.as_str()));
            } else if self.order.insert(&question.id, index).is_some() {
                self.error(&path, tr!("val-question-twice", id = question.id.as_str()));
                self.order.insert(&question.id, self.order[question.id.as_str()].min(index));
            }
        }
        for (s, section) in q.sections.iter().enumerate() {
            if let Some(cond) = &section.show_if {
                let scope = Scope { order: first_of_section[s], self_allowed: false, siblings: None };
                self.condition(&format!("sections[{s}].show_if"), cond, &scope, None);
            }
            // What the room may see waits on any question, later ones included (the other side's
            // scores, in a section further on).
            if let Some(cond) = &section.private_until {
                let scope = Scope { order: usize::MAX, self_allowed: false, siblings: None };
                self.condition(&format!("sections[{s}].private_until"), cond, &scope, None);
            }
        }
        for (index, (place, question)) in q.places().enumerate() {
            let path = format!("sections[{}].questions[{}]", place.section, place.question);
            self.question(&path, question, index, None);
        }
    }
}
