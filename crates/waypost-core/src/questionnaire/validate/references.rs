//! The checks of what conditions, carry-overs and their values refer to: known questions asked
//! earlier (or sibling fields before them), and values that fit the question.

use serde_json::Value;

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
                self.error(format!("{path}.fields.{to}"), format!("\"{}\" has no field \"{to}\"{hint}", list.id));
            }
        }
        if carry.from.is_empty() {
            self.error(format!("{path}.from"), "names no list to take items from".to_owned());
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
            self.error(at.to_owned(), format!("\"{from}\" is not a list question{hint}"));
            return;
        };
        for (to, from) in &carry.fields {
            if source.field(from).is_none() {
                let hint = suggestion(from, source.fields.iter().map(|f| f.id.as_str()));
                self.error(format!("{path}.fields.{to}"), format!("\"{}\" has no field \"{from}\"{hint}", source.id));
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
            let Some(target) = self.resolve(&format!("{p}.answer"), &id, scope, own_id) else {
                continue;
            };
            self.test_fits(&p, target, &test);
        }
    }

    /// Finds the question a condition names, reporting unknown, later and note targets.
    fn resolve(&mut self, path: &str, id: &str, scope: &Scope<'a>, own_id: Option<&str>) -> Option<&'a Question> {
        if let Some((fields, limit)) = scope.siblings
            && let Some(i) = fields.iter().position(|f| f.id == id)
        {
            if i >= limit {
                self.error(
                    path,
                    format!("field \"{id}\" comes later in the list; a condition may only use fields before it"),
                );
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
            self.error(path, format!("unknown question \"{id}\"{}", suggestion(id, known)));
            return None;
        };
        if own_id == Some(id) && scope.siblings.is_none() {
            self.error(path, "a question cannot depend on its own answer");
            return None;
        }
        if at > scope.order || (at == scope.order && !scope.self_allowed) {
            self.error(
                path,
                format!("question \"{id}\" is asked later; a condition may only use answers given before"),
            );
            return None;
        }
        let (_, target) = self.q.find(id)?;
        self.answerable(path, target)
    }

    fn answerable(&mut self, path: &str, target: &'a Question) -> Option<&'a Question> {
        if target.takes_answer() {
            Some(target)
        } else {
            self.error(path, format!("\"{}\" is a note and has no answer", target.id));
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
            Test::Equals(v) => match kind {
                Kind::Multi => self.error(&at, format!("\"{}\" is a multi-select: test it with includes", target.id)),
                Kind::List => {
                    self.error(&at, format!("\"{}\" is a list: count its items with at_least or at_most", target.id));
                }
                _ => self.value_fits(&at, target, v),
            },
            Test::In(vs) => {
                if matches!(kind, Kind::Multi | Kind::List) {
                    self.error(&at, format!("\"{}\" is a {}: `in` tests single values", target.id, kind.name()));
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
                    self.error(
                        &at,
                        format!("includes tests a multi-select, and \"{}\" is a {} question", target.id, kind.name()),
                    );
                }
            }
            Test::AtLeast(_) | Test::AtMost(_) => {
                let measurable = matches!(kind, Kind::Number | Kind::Multi | Kind::List)
                    || (kind == Kind::Single && self.q.score_range(target).is_some());
                if !measurable {
                    self.error(&at, format!("{op} compares numbers, scored choices or counts, and \"{}\" is a {} question without scores", target.id, kind.name()));
                }
            }
        }
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
                        self.error(path, format!("\"{s}\" is not a choice of \"{}\"{hint}", target.id));
                    }
                    None => self.error(path, format!("\"{}\" takes choice values (strings), not {v}", target.id)),
                }
            }
            Kind::Number if !v.is_number() => {
                self.error(path, format!("\"{}\" is a number question; compare it with a number, not {v}", target.id));
            }
            Kind::Text if !v.is_string() => {
                self.error(path, format!("\"{}\" is a text question; compare it with a string, not {v}", target.id));
            }
            Kind::Date if !v.as_str().is_some_and(is_date) => {
                self.error(
                    path,
                    format!("\"{}\" is a date question; compare it with a date as \"YYYY-MM-DD\", not {v}", target.id),
                );
            }
            _ => {}
        }
    }
}
