//! Starting a session from an earlier one: a follow-up copies its answers to be confirmed or
//! changed, and lists with `carry_over` take the items still open (e.g. last review's actions).

use serde_json::{Map, Value};

use super::flow::{Flow, observe_value};
use crate::questionnaire::{Kind, Questionnaire};
use crate::session::{Answer, EventKind, Session, Timestamp};

/// Fills each list with `carry_over` from the previous session's lists; returns how many items
/// were carried over. The items come to be confirmed: their status and dates are the last
/// session's, for the interviewer to bring up to date.
pub fn carry_over(q: &Questionnaire, previous: &Session, new: &mut Session, now: Timestamp) -> usize {
    let flow = Flow::new(q, previous.answers());
    let mut carried = 0;
    for (_, list) in q.places().filter(|(_, x)| x.kind == Kind::List) {
        let Some(carry) = &list.carry_over else { continue };
        let mut taken = Vec::new();
        for from in &carry.from {
            let Some((place, source)) = q.find(from) else { continue };
            if !flow.is_visible(place) {
                continue;
            }
            for item in super::items(previous.answers().get(&source.id).and_then(|a| a.value.as_ref())) {
                let keep = carry
                    .when
                    .as_ref()
                    .is_none_or(|c| c.holds(&|id| observe_value(q, source.field(id), item.get(id), false)));
                if keep {
                    let mapped: Map<String, Value> = carry
                        .fields
                        .iter()
                        .filter_map(|(to, from)| item.get(from).map(|v| (to.clone(), v.clone())))
                        .collect();
                    taken.push(Value::Object(mapped));
                }
            }
        }
        if taken.is_empty() {
            continue;
        }
        carried += taken.len();
        let to = Value::Array(taken);
        new.log(now, Some(&list.id), EventKind::CarriedOver, Value::from(previous.id.clone()), to.clone(), None);
        new.set_answer(&list.id, Answer { value: Some(to), to_confirm: true, ..Answer::default() });
    }
    carried
}

/// Makes `new` a follow-up of `previous`: copies its answers (unless the questionnaire says not
/// to), then carries list items over; each answer copied is logged.
pub fn follow_up(q: &Questionnaire, previous: &Session, new: &mut Session, now: Timestamp) {
    if q.follow_up.as_ref().is_none_or(|f| f.copy_answers) {
        for (id, answer) in previous.answers() {
            let carried_list = q.question(id).is_some_and(|x| x.carry_over.is_some());
            if carried_list || !answer.is_answered() && answer.note.is_none() {
                continue;
            }
            // Votes are the earlier room's: this room votes again (compare shows both).
            let copy = Answer {
                answered_at: None,
                inactive: false,
                to_confirm: answer.is_answered(),
                votes: indexmap::IndexMap::new(),
                ..answer.clone()
            };
            new.log(
                now,
                Some(id),
                EventKind::Copied,
                Value::from(previous.id.clone()),
                copy.value.clone().unwrap_or(Value::Null),
                None,
            );
            new.set_answer(id, copy);
        }
        super::refresh(q, new, now);
    }
    carry_over(q, previous, new, now);
    new.extra.insert("follows".into(), Value::from(previous.id.clone()));
}
