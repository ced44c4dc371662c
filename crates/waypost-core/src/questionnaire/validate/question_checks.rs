//! The checks of one question or list field: its kind's settings, limits, weight and conditions.

use super::*;
use crate::questionnaire::{DefaultValue, Shape};
use serde_json::Value;

impl<'a> Validator<'a> {
    /// `min` and `max` of a number (numbers) or a date (dates), the lower not above the upper.
    pub(super) fn limits(&mut self, path: &str, question: &Question) {
        let date = question.kind == Kind::Date;
        for (name, bound) in [("min", &question.min), ("max", &question.max)] {
            let Some(bound) = bound else { continue };
            let at = format!("{path}.{name}");
            match bound {
                Bound::Answer(_) => self.error(at, tr!("val-bound-answer")),
                Bound::Number(_) if date => self.error(at, tr!("val-bound-kind", field = name, kind = "date")),
                Bound::Date(_) if !date => self.error(at, tr!("val-bound-kind", field = name, kind = "number")),
                b @ Bound::Date(text) if b.date().is_none() => {
                    self.error(at, tr!("val-bound-date", value = text.as_str()));
                }
                // A whole-number question whose limit is not whole: no answer can sit on it.
                Bound::Number(n) if question.integer && n.fract() != 0.0 => {
                    self.warning(at, tr!("val-bound-not-whole", field = name, value = n.to_string()));
                }
                _ => {}
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
    pub(super) fn weight(&mut self, path: &str, weight: Option<f64>, scored: bool) {
        let Some(weight) = weight else { return };
        if !weight.is_finite() || weight < 0.0 {
            self.error(format!("{path}.weight"), tr!("val-weight"));
        } else if !scored {
            self.warning(format!("{path}.weight"), tr!("val-weight-unscored"));
        }
    }

    /// Checks a question's default: a value it takes as an answer, or a field of the session for
    /// a text.
    fn default(&mut self, path: &str, question: &Question) {
        let Some(default) = &question.default else { return };
        let at = format!("{path}.default");
        let fields = "\"organisation\", \"facilitator\"";
        match (question.kind.shape(), default) {
            (Shape::Nothing | Shape::List, _) => self.error(at, tr!("val-default-kind", kind = question.kind.name())),
            (_, DefaultValue::From { .. }) if question.kind != Kind::Text => {
                self.error(at, tr!("val-default-from", fields = fields));
            }
            (_, DefaultValue::From { .. }) => {}
            (_, DefaultValue::Value(Value::Object(o))) if o.contains_key("from") => {
                let name = o.get("from").map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned));
                let name = name.unwrap_or_default();
                self.error(at, tr!("val-default-from-unknown", name = name, fields = fields));
            }
            (_, DefaultValue::Value(v)) => {
                // A date's bounds may be relative to today: the default is checked against its
                // kind, not against a day that moves.
                let mut unbounded = question.clone();
                if question.kind == Kind::Date {
                    (unbounded.min, unbounded.max) = (None, None);
                }
                if let Err(e) = crate::interview::check_value(self.q, &unbounded, v) {
                    self.error(at, tr!("val-default-invalid", problem = e.to_string()));
                }
            }
        }
    }

    /// Checks one question; `list` is the enclosing list question for a field.
    pub(super) fn question(
        &mut self,
        path: &str,
        question: &'a Question,
        order: usize,
        list: Option<(&'a Question, usize)>,
    ) {
        let kind = question.kind;
        self.placeholders(path, question, order, list);
        self.weight(path, question.weight, list.is_none() && self.q.score_range(question).is_some());
        if question.votes == Some(true) && kind != Kind::Single {
            self.error(format!("{path}.votes"), tr!("val-votes-single"));
        }
        self.default(path, question);
        let misplaced = |field: &str, kinds: &str| tr!("val-misplaced", field = field, kinds = kinds);
        if matches!(kind, Kind::Single | Kind::Multi) {
            match &question.choices {
                None => self.error(path, tr!("val-needs-choices", kind = kind.name())),
                Some(Choices::Inline(list)) => self.choice_list(&format!("{path}.choices"), list),
                Some(Choices::Set(name)) if !self.q.choice_sets.contains_key(name) => {
                    let mut hint = suggestion(name, self.q.choice_sets.keys().map(String::as_str));
                    // Without a close one, the sets there are (or that there is none).
                    if hint.is_empty() {
                        let known: Vec<String> = self.q.choice_sets.keys().map(|k| format!("\"{k}\"")).collect();
                        hint = if known.is_empty() {
                            tr!("val-no-sets")
                        } else {
                            tr!("val-known-sets", sets = known.join(", "))
                        };
                    }
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
            let units = [("unit", question.unit.is_some()), ("unit_one", question.unit_one.is_some())];
            for (name, set) in [("integer", question.integer), units[0], units[1]] {
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
        // `exclusive` means "none of the others" only where several can be chosen.
        if kind == Kind::Single
            && let Some(Choices::Inline(list)) = &question.choices
        {
            for (i, choice) in list.iter().enumerate().filter(|(_, c)| c.exclusive) {
                self.warning(
                    format!("{path}.choices[{i}].exclusive"),
                    tr!("val-exclusive-single", value = choice.value.as_str()),
                );
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
        // A calculation names questions asked before it, at the top level, and is read whole.
        match (kind, &question.calculation) {
            (Kind::Calculate, _) if list.is_some() => self.error(format!("{path}.kind"), tr!("val-calculate-in-list")),
            (Kind::Calculate, None) => self.error(format!("{path}.calculation"), tr!("val-calculation-missing")),
            (Kind::Calculate, Some(text)) => match crate::questionnaire::calculation::Calculation::parse(text) {
                Ok(calculation) => {
                    let scope = Scope { order, self_allowed: false, siblings: None };
                    for id in calculation.answers() {
                        self.resolve(&format!("{path}.calculation"), id, &scope, Some(&question.id));
                    }
                }
                Err(part) => self.error(format!("{path}.calculation"), tr!("val-calculation", part = part.0)),
            },
            (_, Some(_)) => self.warning(format!("{path}.calculation"), tr!("val-calculation-kind")),
            (_, None) => {}
        }
        // A read-only question shows its default; with none it can never be answered.
        if question.read_only {
            let misplaced = matches!(kind.shape(), Shape::Nothing | Shape::List) || list.is_some();
            match (misplaced, &question.default) {
                (true, _) => self.warning(format!("{path}.read_only"), tr!("val-read-only-kind")),
                (false, None) if question.required => {
                    self.error(format!("{path}.read_only"), tr!("val-read-only-required"));
                }
                (false, None) => self.warning(format!("{path}.read_only"), tr!("val-read-only-default")),
                (false, Some(_)) => {}
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
        // Which choices are offered depends on the questions before, as whether the question is
        // asked does; a list's field offers all of its choices.
        for (i, choice) in self.q.choices(question).iter().enumerate() {
            if let (Some(_), Some(_)) = (&choice.show_if, list) {
                self.warning(format!("{path}.choices[{i}].show_if"), tr!("val-choice-show-if-field"));
            } else if let Some(cond) = &choice.show_if {
                let scope = Scope { order: outer_order, self_allowed: false, siblings: None };
                let at = match &question.choices {
                    Some(Choices::Set(name)) => format!("choice_sets.{name}[{i}].show_if"),
                    _ => format!("{path}.choices[{i}].show_if"),
                };
                self.condition(&at, cond, &scope, Some(&question.id));
            }
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
        // Whether an answer is needed depends on what came before, as whether it is asked does.
        if let Some(cond) = &question.required_if {
            let scope = Scope { order: outer_order, self_allowed: false, siblings: siblings(own_index) };
            self.condition(&format!("{path}.required_if"), cond, &scope, Some(&question.id));
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

    pub(super) fn list(&mut self, path: &str, question: &'a Question, order: usize, nested: bool) {
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
}
