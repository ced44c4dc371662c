//! `--plain`: the interview line by line in the normal scrollback, for screen readers and for
//! pasting into minutes. It reads answers from standard input, so it can also be scripted.

use std::io::{BufRead, Write};

use crate::interview::{self, Flow, Input, Refusal, check_value_with};
use crate::questionnaire::{AnswerState, Catalog, Kind, Question, Questionnaire};
use crate::session::{QuestionnaireRef, Session, Subject, Timestamp, new_session_id};
use crate::store::{FileStore, Store, create_unique};
use crate::text::{block, line};
use serde_json::{Map, Value};

use super::editor::{parse_date, parse_number};
use super::{Start, now};
use crate::cli::context::{Context, questionnaire_of, store_failure};
use crate::cli::listing::latest;
use crate::cli::{Done, Failure};

const COMMANDS: &str = "Commands: :b back, :s skip, :n TEXT note, :dk don't know, :dec declined, :na not applicable, \
:h help, :r review, :f finish, :q quit. Empty line: keep the answer and go on.";

/// Starts a new session and asks its questions.
pub fn start(ctx: &Context, catalog: &Catalog, start: Start) -> Result<Done, Failure> {
    let q = &catalog.get(&start.questionnaire).expect("checked by the caller").questionnaire;
    // Standard input is locked only while these are asked: `run` locks it again.
    let (organisation, facilitator) = {
        let mut input = std::io::stdin().lock();
        let mut out = std::io::stdout();
        let mut ask = |label: &str, given: Option<String>| -> String {
            given.unwrap_or_else(|| {
                let _ = write!(out, "{label}: ");
                let _ = out.flush();
                read_line(&mut input).unwrap_or_default()
            })
        };
        (ask("Organisation", start.organisation), ask("Facilitator", start.facilitator))
    };
    let subject = Subject { organisation, facilitator, participants: start.participants, extra: Default::default() };
    let at = now();
    let language = start.language.unwrap_or_else(|| q.default_language().to_owned());
    let qref = QuestionnaireRef::of(q);
    let mut session = Session::new(new_session_id(at, &q.id, &subject.organisation), qref, language, subject, at);
    if let Some(previous) = latest(&ctx.store, &q.id, &session.subject.organisation) {
        let n = interview::carry_over(q, &previous, &mut session, at);
        if n > 0 {
            println!("{n} open item(s) carried over from {}.", previous.id);
        }
    }
    create_unique(&ctx.store, &mut session).map_err(store_failure)?;
    println!("Session {} started; every answer is saved at once.", session.id);
    run(&ctx.store, q, session)
}

/// Resumes a session and asks its questions from where it was left.
pub fn resume(ctx: &Context, catalog: &Catalog, id: &str) -> Result<Done, Failure> {
    let session = ctx.store.load(id).map_err(store_failure)?;
    let q = &questionnaire_of(catalog, &session)?.questionnaire;
    run(&ctx.store, q, session)
}

fn run(store: &FileStore, q: &Questionnaire, mut session: Session) -> Result<Done, Failure> {
    let _lock = store.lock(&session.id).map_err(store_failure)?;
    let stdin = std::io::stdin();
    let mut plain = Plain { q, input: stdin.lock(), out: std::io::stdout(), since: now() };
    plain.say(&format!("{}\n{COMMANDS}", line(q.title.get(&session.language, q.default_language()))));
    let flow = Flow::new(q, &session.answers);
    let mut place = flow.resume_at(q, &session.answers, session.position.as_deref());
    let mut section = usize::MAX;
    // Every change appends an event; only a change or a move is worth a save.
    let mut saved = (session.events.len(), session.position.clone());
    while let Some(p) = place {
        if p.section != section {
            section = p.section;
            let s = &q.sections[section];
            plain.say(&format!("\n== {} ==", line(s.title.get(&session.language, q.default_language()))));
            if let Some(g) = &s.guidance {
                plain.say(&block(g.get(&session.language, q.default_language())));
            }
        }
        session.position = Some(q.at(p).id.clone());
        let step = plain.ask(&mut session, p);
        let mark = (session.events.len(), session.position.clone());
        if mark != saved {
            store.save(&session).map_err(store_failure)?;
            saved = mark;
        }
        let flow = Flow::new(q, &session.answers);
        place = match step {
            Step::Next => flow.next(p),
            Step::Back => flow.previous(p).or(Some(p)),
            Step::Stay => Some(p),
            Step::Quit => {
                plain.say("Saved. Resume with `waypost --plain resume ID`.");
                return Ok(Done::Ok);
            }
        };
        if place.is_none() {
            plain.say("\nThat was the last question.");
            match interview::complete(q, &mut session, now()) {
                Ok(()) => plain.say("The session is completed."),
                Err(missing) => {
                    plain.say(&format!("Still missing: {}. The session stays in progress.", missing.join(", ")))
                }
            }
            store.save(&session).map_err(store_failure)?;
        }
    }
    plain.say(&format!("Saved as {}.", session.id));
    Ok(Done::Ok)
}

enum Step {
    Next,
    Back,
    Stay,
    Quit,
}

fn read_line(input: &mut impl BufRead) -> Option<String> {
    let mut s = String::new();
    match input.read_line(&mut s) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(s.trim_end_matches(['\n', '\r']).to_owned()),
    }
}

struct Plain<'q, R: BufRead, W: Write> {
    q: &'q Questionnaire,
    input: R,
    out: W,
    since: Timestamp,
}

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    fn say(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
        let _ = self.out.flush();
    }

    fn read(&mut self, prompt: &str) -> Option<String> {
        let _ = write!(self.out, "{prompt}");
        let _ = self.out.flush();
        read_line(&mut self.input)
    }

    fn text<'a>(&self, t: &'a crate::text::Text, lang: &str) -> &'a str {
        t.get(lang, self.q.default_language())
    }

    fn show(&mut self, question: &Question, lang: &str, numbered: bool) {
        let mut head = line(self.text(&question.prompt, lang)).into_owned();
        if question.required {
            head.push_str(" (required)");
        }
        self.say(&format!("\n{head}"));
        if matches!(question.kind, Kind::Single | Kind::Multi) && numbered {
            for (i, c) in self.q.choices(question).iter().enumerate() {
                self.say(&format!("  {}. {}", i + 1, line(self.text(&c.label, lang))));
            }
            if question.kind == Kind::Multi {
                self.say("  (numbers separated by commas)");
            }
        }
        match question.kind {
            Kind::Date => self.say("  (a date as YYYY-MM-DD, or today)"),
            Kind::Text if question.multiline => self.say("  (end with a line holding only a dot)"),
            Kind::List => self.say("  (y to add an item, n for none; an empty line keeps the list as it is)"),
            _ => {}
        }
    }

    fn ask(&mut self, session: &mut Session, place: crate::questionnaire::Place) -> Step {
        let question = self.q.at(place);
        let lang = session.language.clone();
        self.show(question, &lang, true);
        if question.kind == Kind::Note {
            return if self.read("(Enter to go on) ").is_some() { Step::Next } else { Step::Quit };
        }
        if let Some(a) = session.answers.get(&question.id).filter(|a| a.is_answered()) {
            let text = crate::report::values::answer_text(self.q, question, Some(a), &lang);
            self.say(&format!("  current answer: {}", line(&text)));
        }
        loop {
            let Some(reply) = self.read("> ") else { return Step::Quit };
            let reply = reply.trim().to_owned();
            let at = now();
            let seconds = Some((at - self.since).num_milliseconds() as f64 / 1000.0);
            let input = match reply.as_str() {
                "" => return Step::Next,
                ":q" => return Step::Quit,
                ":b" => return Step::Back,
                ":s" => return Step::Next,
                ":h" => {
                    let help = question
                        .help
                        .as_ref()
                        .map(|h| self.text(h, &lang).to_owned())
                        .unwrap_or_else(|| "No help.".into());
                    self.say(&format!("{}\n{COMMANDS}", block(&help)));
                    continue;
                }
                ":r" => {
                    self.review(session);
                    continue;
                }
                ":f" => {
                    match interview::complete(self.q, session, at) {
                        Ok(()) => self.say("The session is completed."),
                        Err(missing) => self.say(&format!("Still missing: {}", missing.join(", "))),
                    }
                    return Step::Stay;
                }
                ":dk" => Input::State(AnswerState::DontKnow),
                ":dec" => Input::State(AnswerState::Declined),
                ":na" => Input::State(AnswerState::NotApplicable),
                r if r.starts_with(":n") => {
                    let _ = interview::note(self.q, session, &question.id, r[2..].trim(), at);
                    self.say("Note saved.");
                    return Step::Stay;
                }
                _ => match self.reply_value(session, question, &reply, &lang) {
                    Ok(v) => Input::Value(v),
                    Err(e) => {
                        self.say(&format!("  {}", line(&e)));
                        continue;
                    }
                },
            };
            match interview::answer(self.q, session, &question.id, input.clone(), None, at, seconds) {
                Ok(()) => break,
                Err(Refusal::NeedsOverride(warnings)) => {
                    for w in &warnings {
                        self.say(&format!("  Warning: {}", line(w)));
                    }
                    let reason = self.read("  Reason to go on (empty to answer again): ").unwrap_or_default();
                    if reason.trim().is_empty() {
                        continue;
                    }
                    if interview::answer(self.q, session, &question.id, input, Some(&reason), at, seconds).is_ok() {
                        break;
                    }
                }
                Err(e) => self.say(&format!("  {}", line(&e.to_string()))),
            }
        }
        self.since = now();
        Step::Next
    }

    /// Reads a reply to a question: list items are then asked field by field.
    fn reply_value(
        &mut self,
        session: &Session,
        question: &Question,
        reply: &str,
        lang: &str,
    ) -> Result<Value, String> {
        if question.kind != Kind::List {
            return self.value(question, reply, lang);
        }
        let flow = Flow::new(self.q, &session.answers);
        let outside = |id: &str| flow.seen(self.q, &session.answers, id);
        self.list(question, reply, lang, &outside)
    }

    /// Reads what was typed as a value of the question's kind.
    fn value(&mut self, question: &Question, reply: &str, lang: &str) -> Result<Value, String> {
        let choices = self.q.choices(question);
        let pick = |s: &str| -> Result<Value, String> {
            let s = s.trim();
            if let Ok(n) = s.parse::<usize>()
                && n >= 1
                && n <= choices.len()
            {
                return Ok(Value::from(choices[n - 1].value.clone()));
            }
            choices
                .iter()
                .find(|c| c.value == s || self.text(&c.label, lang).eq_ignore_ascii_case(s))
                .map(|c| Value::from(c.value.clone()))
                .ok_or_else(|| format!("\"{s}\" is not one of the choices"))
        };
        match question.kind {
            Kind::Single => pick(reply),
            Kind::Multi => reply
                .split(',')
                .filter(|s| !s.trim().is_empty())
                .map(pick)
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array),
            Kind::Number => parse_number(reply),
            Kind::Date => Ok(Value::from(parse_date(reply))),
            Kind::Text if question.multiline => {
                let mut lines = vec![reply.to_owned()];
                while let Some(l) = read_line(&mut self.input) {
                    if l.trim() == "." {
                        break;
                    }
                    lines.push(l);
                }
                Ok(Value::from(lines.join("\n")))
            }
            Kind::Text => Ok(Value::from(reply)),
            Kind::List => Err("a list is asked item by item".into()),
            Kind::Note => Err("a note takes no answer".into()),
        }
    }

    /// Asks for list items, field by field, while the answer to "add one?" is yes.
    fn list(
        &mut self,
        question: &Question,
        first: &str,
        lang: &str,
        outside: interview::Outside,
    ) -> Result<Value, String> {
        let mut items = Vec::new();
        let mut again = first.to_owned();
        while again.trim().eq_ignore_ascii_case("y") || again.trim().eq_ignore_ascii_case("yes") || again == "+" {
            let mut item = Map::new();
            for field in &question.fields {
                let shown = crate::interview::check::item_fields(self.q, question, &item, outside)
                    .iter()
                    .any(|f| f.id == field.id);
                if !shown {
                    continue;
                }
                self.show(field, lang, true);
                loop {
                    let Some(reply) = self.read("  > ") else {
                        return Err("the input ended in the middle of an item".into());
                    };
                    if reply.trim().is_empty() && !field.required {
                        break;
                    }
                    match self.value(field, &reply, lang).and_then(|v| check_value_with(self.q, field, &v, outside)) {
                        Ok(v) => {
                            item.insert(field.id.clone(), v);
                            break;
                        }
                        Err(e) => self.say(&format!("  {}", line(&e))),
                    }
                }
            }
            items.push(Value::Object(item));
            again = self.read("Add another? (y/n) ").unwrap_or_default();
        }
        Ok(Value::Array(items))
    }

    fn review(&mut self, session: &Session) {
        let flow = Flow::new(self.q, &session.answers);
        for p in &flow.visible {
            let question = self.q.at(*p);
            if question.takes_answer() {
                let text = crate::report::values::answer_text(
                    self.q,
                    question,
                    session.answers.get(&question.id),
                    &session.language,
                );
                self.say(&format!("  {} — {}", line(self.text(&question.prompt, &session.language)), line(&text)));
            }
        }
    }
}
