//! Votes in plain mode: each participant's choice on a question put to a vote, and the spread.

use std::io::{BufRead, Write};

use waypost_core::interview::item_votes::{is_voted_field, item_votes, vote_in_item};
use waypost_core::interview::votes::{Spread, is_voted};
use waypost_core::interview::{Controller, Invalid, Item};
use waypost_core::questionnaire::{Question, Questionnaire};
use waypost_core::session::Timestamp;
use waypost_core::text::line;

use super::ask::{Save, value};
use super::io::Lines;
use super::messages as msg;

/// The spread of the votes on a question put to a vote.
pub(super) fn spread(ctl: &Controller, question: &Question, lang: &str) -> Option<Spread> {
    let q = ctl.questionnaire();
    is_voted(q, question).then(|| Spread::in_session(q, question, ctl.session(), lang))
}

/// Asks each participant's vote on the question (its number or label; an empty line keeps
/// the vote, `-` takes it back), then says the spread. Returns false when the input ended.
pub(super) fn votes<R: BufRead, W: Write>(
    ctl: &mut Controller,
    io: &mut Lines<R, W>,
    question: &Question,
    save: Save<'_, R, W>,
    clock: &dyn Fn() -> Timestamp,
) -> bool {
    let lang = ctl.language().to_owned();
    let lang = lang.as_str();
    let q = ctl.questionnaire().clone();
    if !is_voted(&q, question) {
        io.say(&format!("  {}", Invalid::NotPutToVote));
        return true;
    }
    let voters = ctl.session().subject.participants.clone();
    if voters.is_empty() {
        io.say(&msg::no_voters());
        return true;
    }
    let asked = ask_each(io, &q, question, &voters, (lang, clock), &mut |io, voter, choice| {
        let cast = ctl.vote(voter, choice, clock()).map_err(|e| e.to_string());
        if cast.is_ok() {
            save(ctl, io);
        }
        cast.map(|_| ())
    });
    if !asked {
        return false;
    }
    if let Some(spread) = spread(ctl, question, lang) {
        io.say(&msg::votes(&line(&spread.text(lang))));
    }
    true
}

/// Keeps one voter's choice (`None`: takes it back), or says why not.
type Cast<'a, R, W> = &'a mut dyn FnMut(&mut Lines<R, W>, &str, Option<&str>) -> Result<(), String>;

/// Asks each voter's choice on `question` (its number or label; an empty line keeps the vote,
/// `-` takes it back) and hands it to `cast` (with the lines, to say what it saved), asking again while `cast` refuses it. Returns false
/// when the input ended.
fn ask_each<R: BufRead, W: Write>(
    io: &mut Lines<R, W>,
    q: &Questionnaire,
    question: &Question,
    voters: &[String],
    (lang, clock): (&str, &dyn Fn() -> Timestamp),
    cast: Cast<'_, R, W>,
) -> bool {
    io.say(&msg::votes_hint());
    for voter in voters {
        loop {
            let Some(reply) = io.read(&msg::vote_of(&line(voter))) else { return false };
            let choice = match reply.trim() {
                "" => break,
                "-" => None,
                text => match value(
                    io,
                    q,
                    (question, &q.choices(question).iter().collect::<Vec<_>>()),
                    text,
                    (lang, clock),
                    &mut |_, _| {},
                ) {
                    Ok(v) => v.as_str().map(str::to_owned),
                    Err(e) => {
                        io.say(&format!("  {}", line(&e.to_string())));
                        continue;
                    }
                },
            };
            match cast(io, voter, choice.as_deref()) {
                Ok(()) => break,
                Err(e) => io.say(&format!("  {}", line(&e))),
            }
        }
    }
    true
}

/// The room's votes on a field of the item being entered (a stakeholder's power): kept in the
/// item, then the spread said. Returns false when the input ended.
pub(super) fn field_votes<R: BufRead, W: Write>(
    ctl: &Controller,
    io: &mut Lines<R, W>,
    field: &Question,
    item: &mut Item,
    clock: &dyn Fn() -> Timestamp,
) -> bool {
    let lang = ctl.language();
    let q = ctl.questionnaire();
    if !is_voted_field(field) {
        io.say(&format!("  {}", Invalid::NotPutToVote));
        return true;
    }
    let voters = &ctl.session().subject.participants;
    if voters.is_empty() {
        io.say(&msg::no_voters());
        return true;
    }
    let asked = ask_each(io, q, field, voters, (lang, clock), &mut |_, voter, choice| {
        vote_in_item(q, field, item, voters, voter, choice).map(|_| ()).map_err(|e| e.to_string())
    });
    let spread = Spread::of(q, field, &item_votes(item, &field.id), lang);
    io.say(&msg::votes(&line(&spread.text(lang))));
    asked
}
