//! Asking one question in plain mode: showing it, reading replies until one is taken, and handing
//! every change to the core's controller.

use std::io::{BufRead, Write};

use serde_json::Value;
use waypost_core::interview::typed::typed_value;
use waypost_core::interview::{Confirmed, Controller, Input, Invalid, Moved};
use waypost_core::questionnaire::{Choice, Question, Questionnaire, Shape};
use waypost_core::session::{Draft, Timestamp};
use waypost_core::text::{block, line};

use super::io::Lines;
use super::list::{item_draft, list};
use super::messages as msg;
use super::reply::{Reply, parse};
use super::votes::{spread, votes};

/// Where asking a question led.
pub(super) enum Step {
    /// On to the question the controller now shows; with a message to print once saved.
    Next(Option<String>),
    /// Past the last question.
    PastLast,
    /// The user quit, or the input ended.
    Quit,
}

fn moved(m: Moved) -> Step {
    match m {
        Moved::PastLast => Step::PastLast,
        Moved::To(_) | Moved::AtFirst => Step::Next(None),
    }
}

/// Shows a question (or a list field): its prompt (marked when an answer is needed now), the
/// choices offered, what to type.
pub(super) fn show<R: BufRead, W: Write>(
    io: &mut Lines<R, W>,
    q: &Questionnaire,
    (question, choices): (&Question, &[&Choice]),
    (prompt, required): (&str, bool),
    lang: &str,
    head: &str,
) {
    let mut text = format!("\n{head}{}", line(prompt));
    if required {
        text.push_str(&msg::required());
    }
    if question.read_only {
        text.push_str(&msg::fixed());
    }
    io.say(&text);
    if let Shape::Choices { multi } = question.kind.shape() {
        for (i, c) in choices.iter().enumerate() {
            io.say(&format!("  {}. {}", i + 1, line(c.label.get(lang, q.default_language()))));
        }
        if multi {
            io.say(&msg::multi_hint());
        }
    }
    match question.kind.shape() {
        Shape::Typed if question.multiline => io.say(&msg::multiline_hint()),
        Shape::Typed => {
            if let Some(format) = question.kind.format_hint() {
                io.say(&msg::format_hint(&format));
            }
        }
        Shape::List => io.say(&msg::list_hint()),
        Shape::Nothing | Shape::Choices { .. } => {}
    }
}

/// `:b`: back one question (said when there is none before).
fn back<R: BufRead, W: Write>(ctl: &mut Controller, io: &mut Lines<R, W>, clock: &dyn Fn() -> Timestamp) -> Step {
    if ctl.back(clock()) == Moved::AtFirst {
        io.say(&msg::first_question());
    }
    Step::Next(None)
}

/// `:f`: finishes the session, or says what is still missing.
fn finish<R: BufRead, W: Write>(ctl: &mut Controller, io: &mut Lines<R, W>, clock: &dyn Fn() -> Timestamp) -> Step {
    match ctl.finish(clock()) {
        Ok(()) => io.say(&msg::completed()),
        Err(missing) => io.say(&msg::still_missing(&line(&missing.join(", ")))),
    }
    Step::Next(None)
}

/// At a note (text to read out, no answer): Enter or `:s` goes on, and the commands that move
/// or leave work as at a question; an answer typed here is not taken for Enter (scripted answers
/// would shift), it is said to be one too early.
fn note<R: BufRead, W: Write>(ctl: &mut Controller, io: &mut Lines<R, W>, clock: &dyn Fn() -> Timestamp) -> Step {
    loop {
        let Some(text) = io.read(&msg::press_enter()) else { return Step::Quit };
        match parse(&text) {
            Reply::Keep | Reply::Skip => return moved(ctl.advance(clock())),
            Reply::Quit => return Step::Quit,
            Reply::Back => return back(ctl, io, clock),
            Reply::Review => review(ctl, io),
            Reply::Help => io.say(&msg::commands()),
            Reply::Finish => return finish(ctl, io, clock),
            _ => io.say(&msg::nothing_to_answer()),
        }
    }
}

/// Asks the question the controller shows until a reply is taken.
pub(super) fn question<R: BufRead, W: Write>(
    ctl: &mut Controller,
    io: &mut Lines<R, W>,
    save: Save<'_, R, W>,
    clock: &dyn Fn() -> Timestamp,
) -> Step {
    let Some(question) = ctl.question().cloned() else { return Step::PastLast };
    let q = ctl.questionnaire().clone();
    let lang = ctl.language().to_owned();
    let head = match ctl.place() {
        Some(place) if question.takes_answer() => {
            let rows = ctl.review_rows();
            rows.iter().position(|p| *p == place).map(|n| msg::progress(n + 1, rows.len())).unwrap_or_default()
        }
        _ => String::new(),
    };
    let prompt = ctl.prompt(&question, None);
    // The choices offered now (a cascading select's), held apart from the controller it asks.
    let offered: Vec<&Choice> = ctl
        .choices(&question)
        .iter()
        .map(|c| c.value.clone())
        .collect::<Vec<_>>()
        .iter()
        .filter_map(|v| q.choice(&question, v))
        .collect();
    show(io, &q, (&question, &offered), (&prompt, ctl.is_required(&question, None)), &lang, &head);
    if !question.takes_answer() {
        return note(ctl, io, clock);
    }
    if ctl.is_answered(&question.id) {
        io.say(&msg::current(&line(&ctl.answer_text(&question))));
    }
    // A default is offered, and an empty line takes it; `:s` leaves the question unanswered.
    let default = ctl.starting_value(&question).filter(|_| !ctl.is_answered(&question.id)).cloned();
    if let Some(value) = &default {
        io.say(&msg::default_offered(&line(&waypost_core::session::answer_text::value_text(
            &q, &question, value, &lang,
        ))));
    }
    // A list left unconfirmed (a closed terminal, another window) goes on from its draft.
    if let Some(draft) = ctl.draft().filter(|_| question.kind.shape() == Shape::List) {
        let items = draft.answer.as_ref().and_then(Value::as_array).map(Vec::len).filter(|n| *n > 0);
        let half = draft.item.as_ref().is_some_and(|i| i.index.is_none());
        if items.is_some() || half {
            io.say(&msg::list_draft(items, half));
        }
    }
    // A text typed and not confirmed is shown, to be typed again or left.
    if let Some(text) =
        ctl.draft().filter(|_| question.kind.shape() == Shape::Typed).and_then(|d| d.answer.as_ref()?.as_str())
    {
        io.say(&msg::text_draft(&block(text)));
    }
    if let Some(spread) = spread(ctl, &question, &lang).filter(|s| s.votes > 0) {
        io.say(&msg::votes(&line(&spread.text(&lang))));
    }
    loop {
        let Some(text) = io.read(msg::prompt()) else { return Step::Quit };
        let input = match parse(&text) {
            Reply::Keep if default.is_some() => Input::Value(default.clone().unwrap_or_default()),
            Reply::Keep | Reply::Skip => return moved(ctl.advance(clock())),
            Reply::Quit => return Step::Quit,
            Reply::Back => return back(ctl, io, clock),
            Reply::Help => {
                let help = ctl.help(&question, None).unwrap_or_else(msg::no_help);
                io.say(&format!("{}\n{}", block(&help), &msg::commands()));
                continue;
            }
            Reply::Review => {
                review(ctl, io);
                continue;
            }
            // The votes are saved at once; the question is asked again with their spread.
            Reply::Vote if votes(ctl, io, &question, save, clock) => return Step::Next(None),
            Reply::DotVote if super::dot_vote::run(ctl, io, save, clock) => return Step::Next(None),
            Reply::Vote | Reply::DotVote => return Step::Quit,
            Reply::Language => match ctl.next_language(clock()) {
                Ok(Some(language)) => return Step::Next(Some(msg::language_switched(&language))),
                Ok(None) => {
                    io.say(&msg::one_language());
                    continue;
                }
                Err(e) => {
                    io.say(&format!("  {}", line(&e.to_string())));
                    continue;
                }
            },
            Reply::Finish => return finish(ctl, io, clock),
            Reply::Note(note) => {
                return match ctl.note(&note, clock()) {
                    Ok(_) => Step::Next(Some(msg::note_saved(ctl.current_note().is_some()))),
                    Err(e) => {
                        io.say(&format!("  {}", line(&e.to_string())));
                        continue;
                    }
                };
            }
            Reply::State(state) => Input::State(state),
            Reply::Answer(text) if question.kind.shape() == Shape::List => {
                let (items, ended, half) = list(ctl, io, &question, &text, save, clock);
                // Items entered before the input ended are kept, not dropped with the rest.
                let step = confirm(ctl, io, Input::Value(items.clone()), clock);
                if ended {
                    // Items the list refused, and an item half entered, stay its draft, taken
                    // up at the next start.
                    let refused = step.is_none().then_some(items);
                    if refused.is_some() || half.is_some() {
                        let entry = half.as_ref().map(|h| (h, None));
                        ctl.set_draft_of(&question.id, Some(item_draft(&question, refused, entry, clock)));
                    }
                    return Step::Quit;
                }
                match step {
                    Some(step) => return step,
                    None => continue,
                }
            }
            Reply::Answer(text) => match value(io, &q, (&question, &offered), &text, (&lang, clock), &mut |io, text| {
                // Kept as the question's draft and saved, line by line.
                ctl.set_draft(Some(Draft::entered(Some(Value::from(text)), None, clock())));
                save(ctl, io);
            }) {
                Ok(v) => {
                    // An answer typed another way (a date written as people say it) is echoed as
                    // it will be kept; a text is kept as typed and never echoed.
                    if question.kind.shape() == Shape::Typed
                        && v.as_str().is_some_and(|kept| kept != text && kept != text.trim())
                    {
                        io.say(&msg::date_read(&line(v.as_str().unwrap_or_default())));
                    }
                    Input::Value(v)
                }
                Err(e) => {
                    io.say(&format!("  {e}"));
                    continue;
                }
            },
        };
        if let Some(step) = confirm(ctl, io, input, clock) {
            return step;
        }
    }
}

/// Confirms an answer, asking for a reason when warnings hold; `None` to ask again.
fn confirm<R: BufRead, W: Write>(
    ctl: &mut Controller,
    io: &mut Lines<R, W>,
    input: Input,
    clock: &dyn Fn() -> Timestamp,
) -> Option<Step> {
    let mut reason: Option<String> = None;
    let mut input = input;
    loop {
        match ctl.confirm(Some(input.clone()), reason.as_deref(), clock()) {
            Ok(Confirmed::Recorded(m)) => return Some(moved(m)),
            // "Please specify", asked where the controller says so.
            Ok(Confirmed::NeedsOther { label, .. }) => {
                let Input::Value(value) = input else { return None };
                let Some(said) = io.read(&msg::specify_other(&line(&label))) else { return Some(Step::Quit) };
                input = Input::Other(value, said);
            }
            Ok(Confirmed::NeedsReason(warnings)) => {
                let (l, d) = (ctl.language(), ctl.questionnaire().default_language());
                let texts: Vec<String> = warnings.iter().map(|w| w.text(l, d)).collect();
                for text in texts {
                    io.say(&msg::warning(&line(&text)));
                }
                let given = io.read(&msg::ask_reason()).unwrap_or_default();
                if given.trim().is_empty() {
                    return None;
                }
                reason = Some(given);
            }
            Err(e) => {
                io.say(&format!("  {}", line(&e.to_string())));
                return None;
            }
        }
    }
}

/// Lines typed so far into a multi-line text, handed on after each one (to keep as a draft).
type Typed<'a, R, W> = &'a mut dyn FnMut(&mut Lines<R, W>, &str);

/// Reads what was typed as a value of the question's kind (a choice among those offered); a
/// multi-line text reads on to its closing dot, telling `typed` the text after each line.
pub(super) fn value<R: BufRead, W: Write>(
    io: &mut Lines<R, W>,
    q: &Questionnaire,
    (question, choices): (&Question, &[&Choice]),
    reply: &str,
    (lang, clock): (&str, &dyn Fn() -> Timestamp),
    typed: Typed<'_, R, W>,
) -> Result<Value, Invalid> {
    let pick = |s: &str| -> Result<Value, Invalid> {
        let s = s.trim();
        if let Ok(n) = s.parse::<usize>()
            && (1..=choices.len()).contains(&n)
        {
            return Ok(Value::from(choices[n - 1].value.clone()));
        }
        choices
            .iter()
            .find(|c| c.value == s || c.label.get(lang, q.default_language()).eq_ignore_ascii_case(s))
            .map(|c| Value::from(c.value.clone()))
            .ok_or_else(|| Invalid::NotAChoice(s.to_owned()))
    };
    match question.kind.shape() {
        Shape::Choices { multi: false } => pick(reply),
        Shape::Choices { multi: true } => {
            reply.split(',').filter(|s| !s.trim().is_empty()).map(pick).collect::<Result<_, _>>().map(Value::Array)
        }
        Shape::Typed if question.multiline => {
            let mut lines = vec![reply.to_owned()];
            typed(io, reply);
            while let Some(l) = io.read("") {
                if l.trim() == "." {
                    break;
                }
                lines.push(l);
                typed(io, &lines.join("\n"));
            }
            Ok(Value::from(lines.join("\n")))
        }
        _ => typed_value(question, reply, lang, clock().date_naive()).map(|v| v.unwrap_or(Value::Null)),
    }
}

/// Saves the session now (plain mode's saver): what was entered is on disk at once.
pub(super) type Save<'a, R, W> = &'a mut dyn FnMut(&mut Controller, &mut Lines<R, W>) -> bool;

/// Prints every visible question with its answer.
fn review<R: BufRead, W: Write>(ctl: &Controller, io: &mut Lines<R, W>) {
    let q = ctl.questionnaire();
    for p in ctl.review_rows() {
        let question = q.at(p);
        let prompt = line(&ctl.prompt(question, None)).into_owned();
        io.say(&format!("  {prompt} — {}", line(&ctl.answer_text(question))));
    }
}
