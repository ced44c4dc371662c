//! A list question in plain mode: items added after those it has, field by field, each field
//! kept as the list's draft the moment it is entered.

use std::io::{BufRead, Write};

use serde_json::Value;
use waypost_core::interview::{Controller, FieldStep, Item, ItemEntry, item_limits, other_choice};
use waypost_core::questionnaire::Question;
use waypost_core::session::{Draft, ItemDraft, Timestamp};
use waypost_core::text::line;

use super::ask::{Save, show, value};
use super::io::Lines;
use super::messages as msg;

/// Asks for list items, field by field, while the answer to "add one?" is yes; never more than
/// the list holds. New items go after the list's items (those of an unconfirmed draft, else the
/// confirmed ones), and an item left half-entered in a draft is taken up first. Every field kept
/// is saved at once as the question's draft, so a closed terminal loses nothing. Returns the
/// items, whether the input ended (the items entered so far are returned all the same), and the
/// item it ended in, if any.
pub(super) fn list<R: BufRead, W: Write>(
    ctl: &mut Controller,
    io: &mut Lines<R, W>,
    question: &Question,
    first: &str,
    save: Save<'_, R, W>,
    clock: &dyn Fn() -> Timestamp,
) -> (Value, bool, Option<ItemEntry>) {
    let q = ctl.questionnaire().clone();
    let lang = ctl.language().to_owned();
    let draft = ctl.draft().cloned();
    let stored = draft
        .as_ref()
        .and_then(|d| d.answer.clone())
        .or_else(|| ctl.session().answers().get(&question.id).and_then(|a| a.value.clone()));
    let mut items: Vec<Item> = waypost_core::interview::items(stored.as_ref()).cloned().collect();
    let mut resumed = draft.and_then(|d| d.item).filter(|d| d.index.is_none()).map(|d| ItemEntry {
        index: None,
        field: question.fields.iter().position(|f| f.id == d.field).unwrap_or(0),
        item: d.fields,
        specifying: d.specifying,
    });
    let mut ended = false;
    let mut half = None;
    let mut again = first.trim().to_lowercase();
    while is_yes(&again) {
        if ctl.with_outside(|outside| item_limits(question, outside)).1.is_some_and(|max| items.len() >= max) {
            io.say(&msg::list_full(items.len()));
            break;
        }
        let Some(mut entry) = resumed.take().or_else(|| ItemEntry::start(question, None, Item::new())) else { break };
        // What a chosen "other" stands for is asked right after the field that chose it.
        let mut specify: Option<String> =
            entry.specifying.then(|| other_choice(&q, entry.question(question), entry.current(question)?)).flatten();
        loop {
            let step = if let Some(label) = &specify {
                let Some(said) = io.read(&msg::specify_other(&line(label))) else {
                    ended = true;
                    break;
                };
                ctl.with_outside(|outside| entry.specify(&q, question, &said, outside))
            } else {
                let field = entry.question(question).clone();
                let prompt = ctl.prompt(&field, Some((question, &entry.item)));
                let required = ctl.is_required(&field, Some((question, &entry.item)));
                let choices: Vec<_> = q.choices(&field).iter().collect();
                show(io, &q, (&field, &choices), (&prompt, required), &lang, "");
                // A field's default is offered where the item has no value for it yet.
                let default = entry.current(question).is_none().then(|| field.default_value().cloned()).flatten();
                if let Some(value) = &default {
                    io.say(&msg::default_offered(&line(&waypost_core::session::answer_text::value_text(
                        &q, &field, value, &lang,
                    ))));
                }
                let Some(reply) = io.read(msg::field_prompt()) else {
                    ended = true;
                    break;
                };
                // `:v`: the room votes on the field; the votes are kept in the item's draft, and
                // the field is asked again for the agreed answer.
                if reply.trim() == ":v" {
                    if !super::votes::field_votes(ctl, io, &field, &mut entry.item, clock) {
                        ended = true;
                        break;
                    }
                    ctl.set_draft(Some(item_draft(question, Some(as_value(&items)), Some((&entry, None)), clock)));
                    save(ctl, io);
                    continue;
                }
                let typed = if reply.trim().is_empty() {
                    Ok(default)
                } else {
                    let choices: Vec<_> = q.choices(&field).iter().collect();
                    value(io, &q, (&field, &choices), &reply, (&lang, clock), &mut |io, text| {
                        ctl.set_draft(Some(item_draft(
                            question,
                            Some(as_value(&items)),
                            Some((&entry, Some(text))),
                            clock,
                        )));
                        save(ctl, io);
                    })
                    .map(Some)
                };
                typed.and_then(|v| ctl.with_outside(|outside| entry.keep(&q, question, v, outside)))
            };
            let done = match step {
                Ok(FieldStep::Next(_)) => {
                    specify = None;
                    false
                }
                Ok(FieldStep::Specify(label)) => {
                    specify = Some(label);
                    false
                }
                Ok(FieldStep::Done) => true,
                Err(e) => {
                    io.say(&format!("  {}", line(&e.to_string())));
                    continue;
                }
            };
            if done {
                break;
            }
            ctl.set_draft(Some(item_draft(question, Some(as_value(&items)), Some((&entry, None)), clock)));
            save(ctl, io);
        }
        if ended {
            half = Some(entry).filter(|e| !e.item.is_empty());
            break;
        }
        entry.finish(&mut items);
        ctl.set_draft(Some(item_draft(question, Some(as_value(&items)), None, clock)));
        save(ctl, io);
        // A full list asks nothing more: it says so.
        if ctl.with_outside(|outside| item_limits(question, outside)).1.is_some_and(|max| items.len() >= max) {
            io.say(&msg::list_full(items.len()));
            break;
        }
        // Only yes or no is an answer here: anything else is asked again.
        again = loop {
            let Some(reply) = io.read(&msg::add_another()) else { break None };
            let reply = reply.trim().to_lowercase();
            if is_yes(&reply) || is_no(&reply) {
                break Some(reply);
            }
            io.say(&msg::yes_or_no());
        }
        .unwrap_or_else(|| {
            ended = true;
            String::new()
        });
        if ended {
            break;
        }
    }
    (as_value(&items), ended, half)
}

/// A list's items as its value.
pub(super) fn as_value(items: &[Item]) -> Value {
    Value::Array(items.iter().cloned().map(Value::Object).collect())
}

/// A list's draft (never an answer): its items so far, if they are to be kept, and the item
/// being entered with what is typed of its field so far.
pub(super) fn item_draft(
    question: &Question,
    items: Option<Value>,
    entry: Option<(&ItemEntry, Option<&str>)>,
    clock: &dyn Fn() -> Timestamp,
) -> Draft {
    let item = entry.map(|(e, text)| ItemDraft {
        index: None,
        fields: e.item.clone(),
        field: e.question(question).id.clone(),
        text: text.map(str::to_owned),
        specifying: e.specifying,
        extra: serde_json::Map::new(),
    });
    Draft::entered(items, item, clock())
}

/// Whether a reply says no: an empty line, `-`, or a no word of any interface language
/// (`plain-no-words`).
pub(super) fn is_no(reply: &str) -> bool {
    reply.is_empty()
        || reply == "-"
        || waypost_core::i18n::LANGUAGES.iter().any(|lang| {
            waypost_core::tr_in!(lang, "plain-no-words").split_whitespace().any(|word| word.to_lowercase() == reply)
        })
}

/// Whether a reply says yes: `+`, or a yes word of any interface language (`plain-yes-words`: y,
/// yes, s, sí…), so a facilitator's habit works whatever language the session is in.
pub(super) fn is_yes(reply: &str) -> bool {
    reply == "+"
        || waypost_core::i18n::LANGUAGES.iter().any(|lang| {
            waypost_core::tr_in!(lang, "plain-yes-words").split_whitespace().any(|word| word.to_lowercase() == reply)
        })
}
