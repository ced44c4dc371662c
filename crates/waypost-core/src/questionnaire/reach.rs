//! Finding sections and questions that can never be shown: a condition is tried against every
//! answer its questions could be given (each choice, numbers around every threshold the
//! questionnaire compares with, unanswered), so a condition that is never true is caught.

use std::collections::HashMap;

use serde_json::Value;

use super::bound::Bound;
use super::condition::{Condition, Observed, Test};
use super::model::{Kind, Question, Questionnaire};
use super::problem::Problem;

/// Above this many combinations a condition is assumed satisfiable rather than tried.
const MAX_COMBINATIONS: usize = 20_000;

/// One answer a question could have.
#[derive(Debug, Clone)]
struct Sample {
    value: Option<Value>,
    answered: bool,
    score: Option<f64>,
}

impl Sample {
    const NONE: Sample = Sample { value: None, answered: false, score: None };

    fn observed(&self) -> Observed<'_> {
        Observed { value: self.value.as_ref(), answered: self.answered, score: self.score }
    }
}

/// Reports sections and questions whose conditions can never be true, sections left empty by
/// them, and soft warnings that can never show.
pub(super) fn never_shown(q: &Questionnaire) -> Vec<Problem> {
    let mut problems = Vec::new();
    let constants = constants(q);
    let mut domains: HashMap<&str, Vec<Sample>> = HashMap::new();
    for (s, section) in q.sections.iter().enumerate() {
        let section_shown = section.show_if.as_ref().is_none_or(|c| satisfiable(c, &domains));
        if !section_shown {
            problems.push(Problem::warning(format!("sections[{s}].show_if"), crate::tr!("val-never-section")));
        }
        let mut any_shown = false;
        for (i, question) in section.questions.iter().enumerate() {
            let shown = section_shown && question.show_if.as_ref().is_none_or(|c| satisfiable(c, &domains));
            if section_shown && !shown {
                problems.push(Problem::warning(
                    format!("sections[{s}].questions[{i}].show_if"),
                    crate::tr!("val-never-question"),
                ));
            }
            any_shown |= shown;
            let domain = if shown { samples(q, question, &constants) } else { vec![Sample::NONE] };
            domains.insert(question.id.as_str(), domain);
            if shown {
                let path = format!("sections[{s}].questions[{i}]");
                problems.extend(unreachable_warnings(&path, question, &domains));
                if question.kind == Kind::List {
                    problems.extend(unreachable_fields(q, &path, question, &mut domains, &constants));
                }
            }
        }
        if section_shown && !any_shown && !section.questions.is_empty() {
            problems.push(Problem::warning(format!("sections[{s}].questions"), crate::tr!("val-never-any")));
        }
    }
    problems
}

/// Warnings that can never show; `domains` already holds the question's own answers.
fn unreachable_warnings<'a>(
    path: &str,
    question: &'a Question,
    domains: &HashMap<&'a str, Vec<Sample>>,
) -> Vec<Problem> {
    question
        .warn_if
        .iter()
        .enumerate()
        .filter(|(_, w)| !satisfiable(&w.when, domains))
        .map(|(i, _)| Problem::warning(format!("{path}.warn_if[{i}].when"), crate::tr!("val-never-warning")))
        .collect()
}

/// List fields that can never be shown. The fields' answers are added to `domains` while they
/// are checked and taken out again, leaving the questions' answers as they were.
fn unreachable_fields<'a>(
    q: &'a Questionnaire,
    path: &str,
    list: &'a Question,
    domains: &mut HashMap<&'a str, Vec<Sample>>,
    constants: &HashMap<String, Vec<Value>>,
) -> Vec<Problem> {
    let mut displaced = Vec::new();
    let mut problems = Vec::new();
    for (i, field) in list.fields.iter().enumerate() {
        let shown = field.show_if.as_ref().is_none_or(|c| satisfiable(c, domains));
        if !shown {
            problems.push(Problem::warning(format!("{path}.fields[{i}].show_if"), crate::tr!("val-never-field")));
        }
        let domain = if shown { samples(q, field, constants) } else { vec![Sample::NONE] };
        displaced.push((field.id.as_str(), domains.insert(field.id.as_str(), domain)));
    }
    for (id, before) in displaced.into_iter().rev() {
        match before {
            Some(d) => domains.insert(id, d),
            None => domains.remove(id),
        };
    }
    problems
}

/// Every constant each question is compared with anywhere in the questionnaire.
fn constants(q: &Questionnaire) -> HashMap<String, Vec<Value>> {
    let mut found: HashMap<String, Vec<Value>> = HashMap::new();
    let mut visit = |c: &Condition| {
        c.for_each_reference("", &mut |id, _, test| {
            let entry = found.entry(id.to_owned()).or_default();
            match test {
                Test::Equals(v) | Test::Includes(v) => entry.push(v.clone()),
                Test::In(vs) => entry.extend(vs.iter().cloned()),
                Test::AtLeast(b) | Test::AtMost(b) => entry.extend(b.number().map(Value::from)),
                Test::Answered(_) | Test::Matches(_) => {}
            }
        });
    };
    for section in &q.sections {
        section.show_if.iter().for_each(&mut visit);
        for question in section.questions.iter().chain(section.questions.iter().flat_map(|q| &q.fields)) {
            question.show_if.iter().for_each(&mut visit);
            question.warn_if.iter().chain(&question.flag_if).for_each(|w| visit(&w.when));
        }
    }
    found
}

/// The answers worth trying for a question.
fn samples(q: &Questionnaire, question: &Question, constants: &HashMap<String, Vec<Value>>) -> Vec<Sample> {
    let mut out = vec![Sample::NONE, Sample { value: None, answered: true, score: None }];
    let answer = |value: Value, score: Option<f64>| Sample { value: Some(value), answered: true, score };
    let numbers = || -> Vec<f64> {
        constants
            .get(&question.id)
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .flat_map(|t| [t - 1.0, t - 0.5, t, t + 0.5, t + 1.0])
            .collect()
    };
    match question.kind {
        Kind::Note => return vec![Sample::NONE],
        Kind::Single => {
            out.extend(q.choices(question).iter().map(|c| answer(Value::from(c.value.clone()), c.score)));
        }
        Kind::Multi => {
            let values: Vec<Value> = q.choices(question).iter().map(|c| Value::from(c.value.clone())).collect();
            if values.len() <= 8 {
                for mask in 0..(1usize << values.len()) {
                    let set = values.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, v)| v.clone());
                    out.push(answer(Value::Array(set.collect()), None));
                }
            } else {
                out.push(answer(Value::Array(vec![]), None));
                out.push(answer(Value::Array(values.clone()), None));
                out.extend(values.into_iter().map(|v| answer(Value::Array(vec![v]), None)));
            }
        }
        Kind::Number => {
            let mut candidates = numbers();
            let (min, max) =
                (question.min.as_ref().and_then(Bound::number), question.max.as_ref().and_then(Bound::number));
            candidates.extend(min.into_iter().chain(max));
            candidates.push(0.0);
            for n in candidates {
                let fits = min.is_none_or(|lo| n >= lo)
                    && max.is_none_or(|hi| n <= hi)
                    && (!question.integer || n.fract() == 0.0);
                if fits {
                    out.push(answer(Value::from(n), None));
                }
            }
        }
        Kind::Calculate => {
            let mentioned = constants.get(&question.id).into_iter().flatten().filter(|v| v.is_string());
            out.extend(mentioned.cloned().map(|v| answer(v, None)));
            out.extend(numbers().into_iter().chain([0.0]).map(|n| answer(Value::from(n), None)));
            out.push(answer(Value::from("\u{0}another"), None));
        }
        Kind::Text | Kind::Date | Kind::Time | Kind::DateTime => {
            let mentioned = constants.get(&question.id).into_iter().flatten().filter(|v| v.is_string());
            out.extend(mentioned.cloned().map(|v| answer(v, None)));
            out.push(answer(Value::from("\u{0}another"), None));
        }
        Kind::List => {
            let mut counts = numbers();
            counts.extend([0.0, 1.0]);
            counts.extend(question.min_items.into_iter().chain(question.max_items).map(|n| n as f64));
            for n in counts {
                let fits =
                    n >= 0.0 && n.fract() == 0.0 && n <= 1_000.0 && question.max_items.is_none_or(|hi| n <= hi as f64);
                if fits {
                    #[allow(
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "a whole number 0 to 1,000"
                    )]
                    let len = n as usize;
                    out.push(answer(Value::Array(vec![Value::Null; len]), None));
                }
            }
        }
    }
    out
}

/// Whether some combination of sampled answers makes the condition true.
fn satisfiable(cond: &Condition, domains: &HashMap<&str, Vec<Sample>>) -> bool {
    // A comparison with another answer or with today cannot be settled from sample answers
    // alone: assumed possible, so no "never true" is reported wrongly.
    if cond.compares() {
        return true;
    }
    let mut ids: Vec<String> = Vec::new();
    cond.for_each_reference("", &mut |id, _, _| {
        if !ids.iter().any(|x| x == id) {
            ids.push(id.to_owned());
        }
    });
    let empty = [Sample::NONE];
    let lists: Vec<&[Sample]> =
        ids.iter().map(|id| domains.get(id.as_str()).map(Vec::as_slice).unwrap_or(&empty)).collect();
    let total = lists.iter().try_fold(1usize, |acc, l| acc.checked_mul(l.len().max(1)));
    if total.is_none_or(|t| t > MAX_COMBINATIONS) {
        return true;
    }
    let mut pick = vec![0usize; lists.len()];
    loop {
        let observe =
            |id: &str| ids.iter().position(|x| x == id).map(|k| lists[k][pick[k]].observed()).unwrap_or_default();
        if cond.holds(&observe) {
            return true;
        }
        // Advance the odometer over every combination.
        let mut k = 0;
        loop {
            if k == pick.len() {
                return false;
            }
            pick[k] += 1;
            if pick[k] < lists[k].len() {
                break;
            }
            pick[k] = 0;
            k += 1;
        }
    }
}
