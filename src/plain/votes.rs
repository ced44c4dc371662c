//! Votes in plain mode: each participant's choice on a question put to a vote, and the spread.

use std::io::{BufRead, Write};

use waypost_core::interview::votes::{Spread, is_voted};
use waypost_core::interview::{Controller, Invalid};
use waypost_core::questionnaire::Question;
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
    io.say(&msg::votes_hint());
    for voter in &voters {
        loop {
            let Some(reply) = io.read(&msg::vote_of(&line(voter))) else { return false };
            let choice = match reply.trim() {
                "" => break,
                "-" => None,
                text => match value(io, &q, question, text, (lang, clock), &mut |_, _| {}) {
                    Ok(v) => v.as_str().map(str::to_owned),
                    Err(e) => {
                        io.say(&format!("  {}", line(&e.to_string())));
                        continue;
                    }
                },
            };
            match ctl.vote(voter, choice.as_deref(), clock()) {
                Ok(_) => {
                    save(ctl, io);
                    break;
                }
                Err(e) => io.say(&format!("  {}", line(&e.to_string()))),
            }
        }
    }
    if let Some(spread) = spread(ctl, question, lang) {
        io.say(&msg::votes(&line(&spread.text(lang))));
    }
    true
}
