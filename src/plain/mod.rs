//! `--plain`: the interview line by line in the normal scrollback, for screen readers and for
//! pasting into minutes. It reads answers from standard input, so it can also be scripted. It
//! drives the same core [`Controller`] as the full-screen app.

mod ask;
mod dot_vote;
mod io;
mod list;
pub(crate) mod messages;
mod reply;
mod votes;

use std::io::{BufRead, IsTerminal, Write};

use color_eyre::eyre::{self, bail};
use waypost_core::interview::{Changes, Controller};
use waypost_core::lifecycle::{self, NewSession, Opened, Started};
use waypost_core::session::Timestamp;
use waypost_core::store::Store;
use waypost_core::text::{block, line};

use crate::setup::context::{Context, now};
use crate::setup::outcome::Done;
use ask::Step;
pub(crate) use io::Lines;
use messages as msg;

/// Plain mode on the process's standard input and output.
fn terminal_lines() -> Lines<std::io::StdinLock<'static>, std::io::Stdout> {
    let echo = !std::io::stdin().is_terminal();
    Lines::new(std::io::stdin().lock(), std::io::stdout(), echo)
}

/// Starts a new session (asking for the organisation and facilitator when not given) and asks
/// its questions.
pub(crate) fn start(ctx: &Context, mut new: NewSession) -> eyre::Result<Done> {
    let catalog = ctx.catalog();
    lifecycle::questionnaire(&catalog, &new.questionnaire)?;
    let mut io = terminal_lines();
    if new.subject.organisation.trim().is_empty() {
        new.subject.organisation = io.read(&msg::ask_organisation()).unwrap_or_default();
    }
    if new.subject.facilitator.trim().is_empty() {
        new.subject.facilitator = io.read(&msg::ask_facilitator()).unwrap_or_default();
    }
    let Started { opened, lock: _lock, carried } = lifecycle::start(&ctx.store, &catalog, new, now())?;
    if let Some(c) = carried {
        io.say(&msg::carried(c.count, &line(&c.from)));
    }
    io.say(&msg::started(&line(&opened.session.id)));
    interview(&ctx.store, opened, &mut io, &now)
}

/// Resumes a session and asks its questions from where it was left.
pub(crate) fn resume(ctx: &Context, id: &str) -> eyre::Result<Done> {
    let (opened, lock) = lifecycle::open_to_edit(&ctx.store, &ctx.catalog(), id)?;
    if let Some(origin) = &opened.session.origin {
        bail!(msg::team_session(&line(&opened.session.id), &line(&origin.submitter)));
    }
    if lock.is_none() {
        bail!(msg::locked_elsewhere(&line(&opened.session.id)));
    }
    interview(&ctx.store, opened, &mut terminal_lines(), &now)
}

/// Saves after every change; a failed save is said, kept, and tried again at the next step.
struct Saver {
    saved: Changes,
    failing: bool,
    /// The lock of the copy this interview went on in, after a conflicting change elsewhere.
    copy_lock: Option<waypost_core::store::LockGuard>,
}

impl Saver {
    /// Saves when anything changed; returns whether everything is on disk.
    fn save<R: BufRead, W: Write>(&mut self, store: &dyn Store, ctl: &mut Controller, io: &mut Lines<R, W>) -> bool {
        let mark = ctl.changes();
        if mark == self.saved && !self.failing {
            return true;
        }
        match waypost_core::lifecycle::save(store, ctl) {
            Ok(saved) => {
                if let Some(text) = saved.message(self.failing) {
                    io.say(&format!("  {text}"));
                }
                if let waypost_core::lifecycle::Saved::AsCopy { lock, .. } = saved {
                    self.copy_lock = Some(lock);
                }
                self.saved = mark;
                self.failing = false;
                true
            }
            Err(e) => {
                io.say(&msg::not_saved(&line(&e.to_string())));
                self.failing = true;
                false
            }
        }
    }
}

/// Asks the questions of an opened session until the last one, a quit, or the end of the input.
pub(crate) fn interview<R: BufRead, W: Write>(
    store: &dyn Store,
    opened: Opened,
    io: &mut Lines<R, W>,
    clock: &dyn Fn() -> Timestamp,
) -> eyre::Result<Done> {
    let Opened { questionnaire: q, session } = opened;
    let lang = session.language.clone();
    io.say(&format!("{}\n{}", line(q.title.get(&lang, q.default_language())), &msg::commands()));
    // A questionnaire without the interface's language is said, never shown in another silently
    // (one asked in another language on purpose, `new --language`, needs no word).
    let interface = waypost_core::i18n::language();
    if !q.languages.iter().any(|l| waypost_core::i18n::same_language(l, interface)) {
        io.say(&msg::other_language(&lang));
    }
    let mut ctl = Controller::new(q, session, false, clock());
    let mut saver = Saver { saved: ctl.changes(), failing: false, copy_lock: None };
    let mut section = None;
    loop {
        if let Some(place) = ctl.place()
            && section != Some(place.section)
        {
            section = Some(place.section);
            let s = &ctl.questionnaire().sections[place.section];
            let d = ctl.questionnaire().default_language();
            let mut head = format!("\n== {} ==", line(s.title.get(&lang, d)));
            if let Some(g) = &s.guidance {
                head.push('\n');
                head.push_str(&block(g.get(&lang, d)));
            }
            io.say(&head);
        }
        let step = ask::question(&mut ctl, io, &mut |ctl, io| saver.save(store, ctl, io), clock);
        let on_disk = saver.save(store, &mut ctl, io);
        match step {
            Step::Next(done) => {
                if let Some(text) = done.filter(|_| on_disk) {
                    io.say(&text);
                }
            }
            Step::Quit => {
                if on_disk {
                    io.say(&msg::resume_hint(&line(&ctl.session().id)));
                }
                break;
            }
            Step::PastLast => {
                io.say(&msg::last_question());
                match ctl.finish(clock()) {
                    Ok(()) => io.say(&msg::completed()),
                    Err(missing) => io.say(&msg::still_missing(&line(&missing.join(", ")))),
                }
                if saver.save(store, &mut ctl, io) {
                    io.say(&msg::saved_as(&line(&ctl.session().id)));
                }
                break;
            }
        }
    }
    if saver.failing && !saver.save(store, &mut ctl, io) {
        bail!(msg::quit_unsaved());
    }
    Ok(Done::Ok)
}

#[cfg(test)]
mod tests;
