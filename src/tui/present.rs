//! `waypost present`: the audience view's own loop. It follows the session file (woken by
//! file-change notifications, else by looking), draws what the room sees, and closes on a key or
//! a signal. It never takes the edit lock and never writes: the facilitator's window owns the
//! session, and may come and go.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use color_eyre::eyre::{self, WrapErr, bail};
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use waypost_core::questionnaire::folders_seen;

use super::action::Action;
use super::follow::Follower;
use super::keys::{self, Mode};
use super::messages;
use super::screens::present::{Audience, view};
use super::terminal::{self, TerminalGuard};
use super::theme::{Theme, no_color_requested};
use crate::setup::context::Context;
use crate::setup::outcome::Done;

/// How long each wait for a key, then for the file, lasts: a change shows within about twice
/// this, and an idle view wakes twenty times a second.
const WAIT: Duration = Duration::from_millis(25);

/// How often the questionnaire folders are looked at for a changed questionnaire.
const QUESTIONNAIRES_EVERY: Duration = Duration::from_secs(1);

/// Follows a session for the room until a key, a closed terminal or a signal ends it.
pub(crate) fn run(ctx: &Context, wanted: &str, show_all: bool) -> eyre::Result<Done> {
    // The session named once (by its id, its UUID or the start of its id), then followed by id.
    let id = &waypost_core::lifecycle::resolve(&ctx.store, wanted)?;
    let mut catalog = ctx.catalog_quietly();
    let mut questionnaires = folders_seen(&ctx.folders);
    let mut looked = Instant::now();
    // An unknown or unreadable session is said before the screen is taken over.
    let mut audience = Audience { show_all, ..Audience::default() };
    audience.load(&ctx.store, &catalog, id)?;
    let path = ctx.store.path(id)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        bail!(messages::needs_terminal());
    }
    let signal = Arc::new(AtomicUsize::new(0));
    super::signals::watch(Arc::clone(&signal)).wrap_err(messages::cannot_watch_signals())?;
    let theme = Theme::new(ctx.theme, no_color_requested());
    let mut guard = TerminalGuard::enter().wrap_err(messages::cannot_open_terminal())?;
    let mut follower = Follower::new(&path);
    let result = (|| -> std::io::Result<()> {
        // Drawn only when the session changed or the terminal did: idle, the view costs nothing.
        let mut changed = true;
        // Crossterm listens for resizes from its first poll on: before the first frame.
        event::poll(Duration::ZERO)?;
        while signal.load(Ordering::Relaxed) == 0 {
            if std::mem::take(&mut changed) {
                guard.terminal.draw(|frame| {
                    view::render(&audience, theme, frame.area(), frame.buffer_mut());
                    super::spacing::make_room(frame.area(), frame.buffer_mut());
                })?;
            }
            if terminal::wait_for_input(WAIT) == terminal::Input::HungUp {
                break;
            }
            // Keys, and resizes (through crossterm's own signal pipe), whatever woke the wait:
            // every event queued, so a key is never left behind a resize.
            let mut quit = false;
            while !quit && event::poll(Duration::ZERO)? {
                match event::read()? {
                    Event::Key(key) if key.kind != KeyEventKind::Release => {
                        quit = keys::lookup(Mode::Present, &key, &|_| true) == Some(Action::Quit);
                    }
                    Event::Resize(..) => changed = true,
                    _ => {}
                }
            }
            if quit {
                break;
            }
            // A questionnaire saved again (votes added, a text mended) shows without a restart:
            // its folders are looked at once a second, and read again only when they changed.
            let mut reread = follower.wait(WAIT);
            if looked.elapsed() >= QUESTIONNAIRES_EVERY {
                looked = Instant::now();
                let now = folders_seen(&ctx.folders);
                if now != questionnaires {
                    questionnaires = now;
                    catalog = ctx.catalog_quietly();
                    reread = true;
                }
            }
            // A file that cannot be read now is said on the screen; the last view stays.
            if reread {
                changed = true;
                if let Err(e) = audience.load(&ctx.store, &catalog, id) {
                    audience.problem = Some(e.to_string());
                }
            }
        }
        Ok(())
    })();
    drop(guard);
    result.wrap_err(messages::terminal_error())?;
    Ok(Done::Ok)
}
