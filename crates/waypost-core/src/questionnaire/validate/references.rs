//! The checks of what conditions, carry-overs and their values refer to: known questions asked
//! earlier (or sibling fields before them), and values that fit the question.

use crate::tr;
use serde_json::Value;

use super::super::bound::Bound;
use super::super::condition::{Condition, Test};
use super::super::model::{CarryOver, Kind, Question};
use super::super::problem::suggestion;
use super::{Scope, Validator, is_date};

impl<'a> Validator<'a> {
    /// Checks what a list takes over from the previous session: lists to take from, fields that
    /// exist on both sides, a condition on each source list's fields.
    pub(super) fn carry_over(&mut self, path: &str, list: &'a Question, carry: &'a CarryOver) {
        for to in carry.fields.keys() {
            if list.field(to).is_none() {
                let hint = suggestion(to, list.fields.iter().map(|f| f.id.as_str()));
                self.error(
                    format!("{path}.fields.{to}"),
                    tr!("val-no-field", list = list.id.as_str(), field = to.as_str(), hint = hint),
                );
            }
        }
        if carry.from.is_empty() {
            self.error(format!("{path}.from"), tr!("val-carry-no-list"));
        }
        for (i, from) in carry.from.iter().enumerate() {
            let at = if carry.from.len() == 1 { format!("{path}.from") } else { format!("{path}.from[{i}]") };
            self.carry_source(path, &at, from, carry);
        }
    }

    /// Checks one list a carry-over takes items from.
    fn carry_source(&mut self, path: &str, at: &str, from: &str, carry: &'a CarryOver) {
        let lists: Vec<&str> =
            self.q.places().filter(|(_, x)| x.kind == Kind::List).map(|(_, x)| x.id.as_str()).collect();
        let Some(source) = self.q.question(from).filter(|s| s.kind == Kind::List) else {
            let hint = suggestion(from, lists);
            self.error(at.to_owned(), tr!("val-not-list", id = from, hint = hint));
            return;
        };
        for (to, from) in &carry.fields {
            if source.field(from).is_none() {
                let hint = suggestion(from, source.fields.iter().map(|f| f.id.as_str()));
                self.error(
                    format!("{path}.fields.{to}"),
                    tr!("val-no-field", list = source.id.as_str(), field = from.as_str(), hint = hint),
                );
            }
        }
        if let Some(cond) = &carry.when {
            let scope = Scope {
                order: 0,
                self_allowed: false,
                siblings: Some((source.fields.as_slice(), source.fields.len())),
            };
            self.condition(&format!("{path}.when"), cond, &scope, None);
        }
    }

    /// Checks a condition's references and values; `own_id` is the question it guards.
    pub(super) fn condition(&mut self, path: &str, cond: &Condition, scope: &Scope<'a>, own_id: Option<&str>) {
        let mut refs = Vec::new();
        cond.for_each_reference(path, &mut |id, p, test| refs.push((id.to_owned(), p.to_owned(), test.clone())));
        for (id, p, test) in refs {
            if matches!(test, Test::AtLeast(_) | Test::AtMost(_)) {
                self.compared.insert(id.clone());
            }
            let Some(target) = self.resolve(&format!("{p}.answer"), &id, scope, own_id) else {
                continue;
            };
            self.test_fits(&p, target, &test);
            if let Test::AtLeast(Bound::Answer(other)) | Test::AtMost(Bound::Answer(other)) = &test {
                let at = format!("{p}.{}.answer", test.name());
                if let Some(operand) = self.resolve(&at, other, scope, own_id) {
                    let dates = |x: &Question| x.kind == Kind::Date;
                    if dates(target) != dates(operand) || !self.measurable(operand) && !dates(operand) {
                        self.error(
                            &at,
                            tr!("val-compare-answers", id = target.id.as_str(), other = operand.id.as_str()),
                        );
                    }
                }
            }
        }
    }

    /// Finds the question a condition names, reporting unknown, later and note targets.
    pub(super) fn resolve(
        &mut self,
        path: &str,
        id: &str,
        scope: &Scope<'a>,
        own_id: Option<&str>,
    ) -> Option<&'a Question> {
        if let Some((fields, limit)) = scope.siblings
            && let Some(i) = fields.iter().position(|f| f.id == id)
        {
            if i >= limit {
                self.error(path, tr!("val-field-later", id = id));
                return None;
            }
            return self.answerable(path, &fields[i]);
        }
        let Some(&at) = self.order.get(id) else {
            let mut known: Vec<&str> = self.order.keys().copied().collect();
            if let Some((fields, _)) = scope.siblings {
                known.extend(fields.iter().map(|f| f.id.as_str()));
            }
            known.sort_unstable();
            self.error(path, tr!("val-unknown-question", id = id, hint = suggestion(id, known)));
            return None;
        };
        if own_id == Some(id) && scope.siblings.is_none() {
            self.error(path, tr!("val-own-answer"));
            return None;
        }
        if at > scope.order || (at == scope.order && !scope.self_allowed) {
            self.error(path, tr!("val-asked-later", id = id));
            return None;
        }
        let (_, target) = self.q.find(id)?;
        self.answerable(path, target)
    }

    fn answerable(&mut self, path: &str, target: &'a Question) -> Option<&'a Question> {
        // A calculation's value is compared like an answer.
        if target.takes_answer() || target.kind == Kind::Calculate {
            Some(target)
        } else {
            self.error(path, tr!("val-note-no-answer", id = target.id.as_str()));
            None
        }
    }

    /// Checks that a test's values fit the kind of question it tests.
    fn test_fits(&mut self, path: &str, target: &Question, test: &Test) {
        let kind = target.kind;
        let op = test.name();
        let at = format!("{path}.{op}");
        match test {
            Test::Answered(_) => {}
            Test::Matches(_) if kind != Kind::Text => {
                self.error(&at, tr!("val-matches-text", id = target.id.as_str(), kind = kind.name()));
            }
            Test::Matches(_) => {}
            Test::Equals(v) => match kind {
                Kind::Multi => self.error(&at, tr!("val-use-includes", id = target.id.as_str())),
                Kind::List => {
                    self.error(&at, tr!("val-use-count", id = target.id.as_str()));
                }
                Kind::Single
                | Kind::Number
                | Kind::Text
                | Kind::Date
                | Kind::Time
                | Kind::DateTime
                | Kind::Note
                | Kind::Calculate => {
                    self.value_fits(&at, target, v);
                }
            },
            Test::In(vs) => {
                if matches!(kind, Kind::Multi | Kind::List) {
                    self.error(&at, tr!("val-in-single", id = target.id.as_str(), kind = kind.name()));
                } else {
                    for (i, v) in vs.iter().enumerate() {
                        self.value_fits(&format!("{at}[{i}]"), target, v);
                    }
                }
            }
            Test::Includes(v) => {
                if kind == Kind::Multi {
                    self.value_fits(&at, target, v);
                } else {
                    self.error(&at, tr!("val-includes-multi", id = target.id.as_str(), kind = kind.name()));
                }
            }
            Test::AtLeast(bound) | Test::AtMost(bound) => match bound {
                // Text that is no date, given for what is not a date: said as written, and for
                // what the question is.
                Bound::Date(_) if kind != Kind::Date && !self.measurable(target) => {
                    self.error(&at, tr!("val-compare-numbers", op = op, id = target.id.as_str(), kind = kind.name()));
                }
                Bound::Date(text) if kind != Kind::Date => {
                    let value = format!("\"{}\"", crate::text::line(text));
                    self.error(&at, tr!("val-compare-number", id = target.id.as_str(), value = value));
                }
                Bound::Date(text) if bound.date().is_none() => {
                    self.error(&at, tr!("val-bound-date", value = text.as_str()));
                }
                Bound::Number(n) if kind == Kind::Date => {
                    self.error(&at, tr!("val-compare-date", id = target.id.as_str(), value = n.to_string()));
                }
                Bound::Number(_) if !self.measurable(target) => {
                    self.error(&at, tr!("val-compare-numbers", op = op, id = target.id.as_str(), kind = kind.name()));
                }
                Bound::Answer(_) if !self.measurable(target) && kind != Kind::Date => {
                    self.error(&at, tr!("val-compare-numbers", op = op, id = target.id.as_str(), kind = kind.name()));
                }
                _ => {}
            },
        }
    }

    /// Whether `at_least`/`at_most` can measure a question's answer as a number: a number, a
    /// count of selected choices or items, or a scored choice.
    fn measurable(&self, target: &Question) -> bool {
        matches!(target.kind, Kind::Number | Kind::Multi | Kind::List | Kind::Calculate)
            || (target.kind == Kind::Single && self.q.score_range(target).is_some())
    }

    fn value_fits(&mut self, path: &str, target: &Question, v: &Value) {
        match target.kind {
            Kind::Single | Kind::Multi => {
                let choices = self.q.choices(target);
                let known = || choices.iter().map(|c| c.value.as_str());
                match v.as_str() {
                    Some(s) if known().any(|c| c == s) => {}
                    Some(s) => {
                        let hint = suggestion(s, known());
                        self.error(path, tr!("val-not-a-choice", value = s, id = target.id.as_str(), hint = hint));
                    }
                    None => self.error(path, tr!("val-choice-strings", id = target.id.as_str(), value = v.to_string())),
                }
            }
            Kind::Number if !v.is_number() => {
                self.error(path, tr!("val-compare-number", id = target.id.as_str(), value = v.to_string()));
            }
            Kind::Text if !v.is_string() => {
                self.error(path, tr!("val-compare-text", id = target.id.as_str(), value = v.to_string()));
            }
            Kind::Date if !v.as_str().is_some_and(is_date) => {
                self.error(path, tr!("val-compare-date", id = target.id.as_str(), value = v.to_string()));
            }
            Kind::Time if !v.as_str().is_some_and(crate::interview::typed::is_time) => {
                self.error(path, tr!("val-compare-time", id = target.id.as_str(), value = v.to_string()));
            }
            Kind::DateTime if !v.as_str().is_some_and(crate::interview::typed::is_datetime) => {
                self.error(path, tr!("val-compare-datetime", id = target.id.as_str(), value = v.to_string()));
            }
            // A value that fits, or a kind compared otherwise (a list by its count, a note never).
            Kind::Number
            | Kind::Text
            | Kind::Date
            | Kind::Time
            | Kind::DateTime
            | Kind::List
            | Kind::Note
            | Kind::Calculate => {}
        }
    }
}
