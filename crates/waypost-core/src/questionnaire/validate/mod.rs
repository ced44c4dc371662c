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

mod references;

/// Whether `id` is a well-formed questionnaire id: lower-case letters, digits and dashes.
pub fn is_questionnaire_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `id` is a well-formed section, question, field or choice-set id.
pub fn is_item_id(id: &str) -> bool {
    id.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && id.len() <= 100
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// How strictly the translations of a questionnaire's texts are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Translations {
    /// A text missing in a declared language is a warning (the default language is shown).
    Optional,
    /// Every text is given in every declared language, or it is an error: for the built-ins,
    /// which waypost promises in each of its languages.
    Required,
}

/// Checks a questionnaire that has the right shape; returns every problem found.
pub fn validate(q: &Questionnaire, translations: Translations) -> Vec<Problem> {
    let mut v = Validator { q, problems: Vec::new(), order: HashMap::new(), translations };
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

    /// Checks a text: translations cover the declared languages, and a required text is not empty.
    fn text(&mut self, path: &str, text: &Text, required: bool) {
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

    fn choice_list(&mut self, path: &str, choices: &[Choice]) {
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
    fn placeholders(&mut self, path: &str, question: &Question, order: usize, list: Option<(&Question, usize)>) {
        for (part, text) in [("prompt", Some(&question.prompt)), ("help", question.help.as_ref())] {
            let Some(text) = text else { continue };
            let mut names: Vec<&str> = text.all().into_iter().flat_map(super::piping::names).collect();
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
                    Some(_) if self.q.question(name).is_some_and(|x| !x.takes_answer()) => {
                        self.error(&at, tr!("val-note-no-answer", id = name));
                    }
                    Some(_) => {}
                }
            }
        }
    }

    /// `min` and `max` of a number (numbers) or a date (dates), the lower not above the upper.
    fn limits(&mut self, path: &str, question: &Question) {
        let date = question.kind == Kind::Date;
        for (name, bound) in [("min", &question.min), ("max", &question.max)] {
            let at = format!("{path}.{name}");
            match bound {
                None => {}
                Some(Bound::Answer(_)) => self.error(at, tr!("val-bound-answer")),
                Some(Bound::Number(_)) if date => self.error(at, tr!("val-bound-kind", field = name, kind = "date")),
                Some(Bound::Date(_)) if !date => self.error(at, tr!("val-bound-kind", field = name, kind = "number")),
                Some(b @ Bound::Date(text)) if b.date().is_none() => {
                    self.error(at, tr!("val-bound-date", value = text.as_str()));
                }
                Some(_) => {}
            }
        }
        let (lo, hi) = match (&question.min, &question.max) {
            (Some(Bound::Number(lo)), Some(Bound::Number(hi))) => (*lo, *hi),
            // Two fixed dates; limits relative to today move together and keep their order.
            (Some(lo @ Bound::Date(a)), Some(hi @ Bound::Date(b)))
                if a.starts_with("today") == b.starts_with("today") =>
            {
                match (lo.date(), hi.date()) {
                    (Some(lo), Some(hi)) => {
                        (crate::questionnaire::bound::day_number(lo), crate::questionnaire::bound::day_number(hi))
                    }
                    _ => return,
                }
            }
            _ => return,
        };
        if lo > hi {
            let shown = |b: &Option<Bound>| b.as_ref().map(|b| b.text("en").into_owned()).unwrap_or_default();
            self.error(
                format!("{path}.min"),
                tr!("val-min-max", min = shown(&question.min), max = shown(&question.max)),
            );
        }
    }

    /// A weight must be a number of 0 or more, on something that is scored.
    fn weight(&mut self, path: &str, weight: Option<f64>, scored: bool) {
        let Some(weight) = weight else { return };
        if !weight.is_finite() || weight < 0.0 {
            self.error(format!("{path}.weight"), tr!("val-weight"));
        } else if !scored {
            self.warning(format!("{path}.weight"), tr!("val-weight-unscored"));
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
        }
        for (index, (place, question)) in q.places().enumerate() {
            let path = format!("sections[{}].questions[{}]", place.section, place.question);
            self.question(&path, question, index, None);
        }
    }

    /// Checks one question; `list` is the enclosing list question for a field.
    fn question(&mut self, path: &str, question: &'a Question, order: usize, list: Option<(&'a Question, usize)>) {
        let kind = question.kind;
        self.placeholders(path, question, order, list);
        self.weight(path, question.weight, list.is_none() && self.q.score_range(question).is_some());
        if question.votes == Some(true) && (kind != Kind::Single || list.is_some()) {
            self.error(format!("{path}.votes"), tr!("val-votes-single"));
        }
        let misplaced = |field: &str, kinds: &str| tr!("val-misplaced", field = field, kinds = kinds);
        if matches!(kind, Kind::Single | Kind::Multi) {
            match &question.choices {
                None => self.error(path, tr!("val-needs-choices", kind = kind.name())),
                Some(Choices::Inline(list)) => self.choice_list(&format!("{path}.choices"), list),
                Some(Choices::Set(name)) if !self.q.choice_sets.contains_key(name) => {
                    let hint = suggestion(name, self.q.choice_sets.keys().map(String::as_str));
                    self.error(format!("{path}.choices"), tr!("val-unknown-set", name = name.as_str(), hint = hint));
                }
                Some(Choices::Set(_)) => {}
            }
        } else if question.choices.is_some() {
            self.warning(format!("{path}.choices"), misplaced("choices", "choice"));
        }
        if matches!(kind, Kind::Number | Kind::Date) {
            self.limits(path, question);
        } else {
            for (name, set) in [("min", question.min.is_some()), ("max", question.max.is_some())] {
                if set {
                    self.warning(format!("{path}.{name}"), misplaced(name, "limits"));
                }
            }
        }
        if kind != Kind::Number {
            for (name, set) in [("integer", question.integer), ("unit", question.unit.is_some())] {
                if set {
                    self.warning(format!("{path}.{name}"), misplaced(name, "number"));
                }
            }
        }
        if kind == Kind::Text {
            if question.max_length == Some(0) {
                self.error(format!("{path}.max_length"), tr!("val-max-length"));
            }
        } else {
            for (name, set) in [("multiline", question.multiline), ("max_length", question.max_length.is_some())] {
                if set {
                    self.warning(format!("{path}.{name}"), misplaced(name, "text"));
                }
            }
        }
        if kind == Kind::Multi {
            let n = self.q.choices(question).len();
            if let (Some(lo), Some(hi)) = (question.min_selected, question.max_selected)
                && lo > hi
            {
                self.error(format!("{path}.min_selected"), tr!("val-min-max-selected", min = lo, max = hi));
            }
            if question.min_selected.is_some_and(|lo| n > 0 && lo > n) {
                self.error(format!("{path}.min_selected"), tr!("val-min-selected-choices", n = n));
            }
        } else {
            for (name, set) in
                [("min_selected", question.min_selected.is_some()), ("max_selected", question.max_selected.is_some())]
            {
                if set {
                    self.warning(format!("{path}.{name}"), misplaced(name, "multi"));
                }
            }
        }
        if kind == Kind::List {
            self.list(path, question, order, list.is_some());
        } else {
            for (name, set) in [
                ("carry_over", question.carry_over.is_some()),
                ("fields", !question.fields.is_empty()),
                ("item_label", question.item_label.is_some()),
                ("min_items", question.min_items.is_some()),
                ("max_items", question.max_items.is_some()),
            ] {
                if set {
                    self.warning(format!("{path}.{name}"), misplaced(name, "list"));
                }
            }
        }
        if kind == Kind::Note {
            if question.required {
                self.warning(format!("{path}.required"), tr!("val-note-required"));
            }
            if !question.allow.is_empty() {
                self.warning(format!("{path}.allow"), tr!("val-note-allow"));
            }
        }
        let mut states = HashSet::new();
        for (i, state) in question.allow.iter().enumerate() {
            if !states.insert(state) {
                self.warning(format!("{path}.allow[{i}]"), tr!("val-listed-twice", name = state.name()));
            }
        }
        let siblings = |limit| list.map(|(l, _)| (l.fields.as_slice(), limit));
        let (outer_order, own_index) = match list {
            Some((_, list_order)) => (list_order, order),
            None => (order, order),
        };
        if let Some(cond) = &question.show_if {
            let scope = Scope { order: outer_order, self_allowed: false, siblings: siblings(own_index) };
            self.condition(&format!("{path}.show_if"), cond, &scope, Some(&question.id));
        }
        // Warnings and hard rules see the question's own answer (or the item's fields up to it).
        let with_own = Scope {
            order: if list.is_some() { outer_order } else { order },
            self_allowed: list.is_none(),
            siblings: siblings(own_index + 1),
        };
        for (i, warn) in question.warn_if.iter().enumerate() {
            self.condition(&format!("{path}.warn_if[{i}].when"), &warn.when, &with_own, None);
        }
        for (i, rule) in question.constraint.iter().enumerate() {
            self.condition(&format!("{path}.constraint[{i}].when"), &rule.when, &with_own, None);
        }
        if list.is_some() && !question.flag_if.is_empty() {
            self.error(format!("{path}.flag_if"), tr!("val-flag-in-list"));
        }
        if let Some(from) = &question.action_from
            && !self.q.question(from).is_some_and(|x| x.kind == Kind::Text)
        {
            let texts = self.q.places().filter(|(_, x)| x.kind == Kind::Text).map(|(_, x)| x.id.as_str());
            self.error(
                format!("{path}.action_from"),
                tr!("val-not-text", id = from.as_str(), hint = suggestion(from, texts)),
            );
        }
        for (i, flag) in question.flag_if.iter().enumerate() {
            let scope = Scope { order, self_allowed: true, siblings: None };
            self.condition(&format!("{path}.flag_if[{i}].when"), &flag.when, &scope, None);
        }
    }

    fn list(&mut self, path: &str, question: &'a Question, order: usize, nested: bool) {
        if nested {
            self.error(format!("{path}.kind"), tr!("val-list-in-list"));
            return;
        }
        if question.fields.is_empty() {
            self.error(format!("{path}.fields"), tr!("val-list-fields"));
        }
        if let (Some(lo), Some(hi)) = (question.min_items, question.max_items)
            && lo > hi
        {
            self.error(format!("{path}.min_items"), tr!("val-min-max-items", min = lo, max = hi));
        }
        if let Some(carry) = &question.carry_over {
            self.carry_over(&format!("{path}.carry_over"), question, carry);
        }
        if let Some(id) = &question.count_from {
            let scope = Scope { order, self_allowed: false, siblings: None };
            let at = format!("{path}.count_from");
            if let Some(source) = self.resolve(&at, id, &scope, Some(&question.id))
                && source.kind != Kind::Number
            {
                self.error(at, tr!("val-count-from", id = id.as_str(), kind = source.kind.name()));
            }
        }
        let mut ids = HashSet::new();
        for (i, field) in question.fields.iter().enumerate() {
            let fpath = format!("{path}.fields[{i}]");
            if !is_item_id(&field.id) {
                self.error(format!("{fpath}.id"), tr!("val-item-id", id = field.id.as_str()));
            } else if !ids.insert(field.id.as_str()) {
                self.error(format!("{fpath}.id"), tr!("val-field-twice", id = field.id.as_str()));
            }
            self.question(&fpath, field, i, Some((question, order)));
        }
    }

    fn scoring(&mut self) {
        let Some(scoring) = &self.q.scoring else { return };
        if scoring.scale.is_nan() || scoring.scale <= 0.0 {
            self.error("scoring.scale", tr!("val-scale"));
        }
        let mut last = f64::NEG_INFINITY;
        for (i, band) in scoring.bands.iter().enumerate() {
            if band.max <= last {
                self.error(format!("scoring.bands[{i}].max"), tr!("val-bands-order"));
            }
            last = band.max;
        }
        // Bands reach the top of the scale, or with `sum` the highest total possible.
        let top = match scoring.method {
            ScoreMethod::Mean => scoring.scale,
            ScoreMethod::Sum => self.highest_total(),
        };
        if !scoring.bands.is_empty() && last < top {
            self.warning("scoring.bands", tr!("val-bands-gap", last = last.to_string(), scale = top.to_string()));
        }
        if let Some(at) = scoring.actions_at_most
            && (at < 0.0 || at > scoring.scale)
        {
            self.error("scoring.actions_at_most", tr!("val-actions-at-most", scale = scoring.scale.to_string()));
        }
        if !self.q.sections.iter().any(|s| self.q.section_scored(s)) {
            self.warning("scoring", tr!("val-nothing-scored"));
        }
    }

    /// The highest total a session can score with `method: "sum"`, every question shown.
    fn highest_total(&self) -> f64 {
        let q = self.q;
        q.sections
            .iter()
            .filter(|s| q.section_scored(s))
            .map(|s| {
                let questions = s.questions.iter().filter(|x| q.score_range(x).is_some());
                let total: f64 = questions.map(|x| crate::scoring::most_points(q, x) * x.weight.unwrap_or(1.0)).sum();
                total * s.weight.unwrap_or(1.0)
            })
            .sum()
    }

    /// Checks a table view: lists that exist, columns and sort field in each, a condition on
    /// their fields.
    fn item_table(&mut self, path: &str, table: &'a crate::questionnaire::ItemTable) {
        for (n, id) in table.lists.iter().enumerate() {
            let at = format!("{path}.lists[{n}]");
            let Some(list) = self.q.question(id).filter(|x| x.kind == Kind::List) else {
                let lists = self.q.places().filter(|(_, x)| x.kind == Kind::List).map(|(_, x)| x.id.as_str());
                self.error(at, tr!("val-not-list", id = id.as_str(), hint = suggestion(id, lists)));
                continue;
            };
            for field in table.columns.iter().chain(&table.sort_by) {
                if list.field(field).is_none() {
                    let hint = suggestion(field, list.fields.iter().map(|f| f.id.as_str()));
                    self.error(
                        format!("{path}.columns"),
                        tr!("val-no-field", list = id.as_str(), field = field.as_str(), hint = hint),
                    );
                }
            }
            if let Some(cond) = &table.when {
                let scope = Scope {
                    order: 0,
                    self_allowed: false,
                    siblings: Some((list.fields.as_slice(), list.fields.len())),
                };
                self.condition(&format!("{path}.when"), cond, &scope, None);
            }
        }
    }

    /// The period a summary reviews workshops in is bounded by date questions.
    fn workshop_time(&mut self) {
        let Some(period) = &self.q.workshop_time else { return };
        let scope = Scope { order: usize::MAX, self_allowed: true, siblings: None };
        for (name, id) in [("from", &period.from), ("to", &period.to)] {
            let Some(id) = id else { continue };
            let at = format!("workshop_time.{name}");
            if let Some(source) = self.resolve(&at, id, &scope, None)
                && source.kind != Kind::Date
            {
                self.error(at, tr!("val-workshop-time-date", id = id.as_str(), kind = source.kind.name()));
            }
        }
    }

    fn views(&mut self) {
        for (i, view) in self.q.views.iter().enumerate() {
            let path = format!("views[{i}]");
            let grid = match view {
                View::Grid(grid) => grid,
                View::Table(table) => {
                    self.item_table(&path, table);
                    continue;
                }
            };

            let lists: Vec<&str> =
                self.q.places().filter(|(_, q)| q.kind == Kind::List).map(|(_, q)| q.id.as_str()).collect();
            let Some(list) = self.q.question(&grid.list) else {
                self.error(
                    format!("{path}.list"),
                    tr!("val-unknown-question", id = grid.list.as_str(), hint = suggestion(&grid.list, lists)),
                );
                continue;
            };
            if list.kind != Kind::List {
                self.error(
                    format!("{path}.list"),
                    tr!("val-kind-not-list", id = list.id.as_str(), kind = list.kind.name()),
                );
                continue;
            }
            for (axis, id) in [("x", &grid.x), ("y", &grid.y)] {
                let apath = format!("{path}.{axis}");
                match list.field(id) {
                    None => {
                        let hint = suggestion(id, list.fields.iter().map(|f| f.id.as_str()));
                        self.error(
                            apath,
                            tr!("val-no-field", list = list.id.as_str(), field = id.as_str(), hint = hint),
                        );
                    }
                    Some(f) if f.kind != Kind::Single || self.q.choices(f).len() < 2 => {
                        self.error(apath, tr!("val-axis", field = id.as_str()));
                    }
                    Some(_) => {}
                }
            }
            if grid.x == grid.y {
                self.error(format!("{path}.y"), tr!("val-axes-same"));
            }
            for (c, id) in grid.columns.iter().enumerate() {
                if list.field(id).is_none() {
                    let hint = suggestion(id, list.fields.iter().map(|f| f.id.as_str()));
                    self.error(
                        format!("{path}.columns[{c}]"),
                        tr!("val-no-field", list = list.id.as_str(), field = id.as_str(), hint = hint),
                    );
                }
            }
            if let Some(mark) = &grid.mark {
                let scope = Scope {
                    order: 0,
                    self_allowed: false,
                    siblings: Some((list.fields.as_slice(), list.fields.len())),
                };
                self.condition(&format!("{path}.mark.when"), &mark.when, &scope, None);
            }
        }
    }
}
