//! The full-screen app: entry points, the terminal guard, the event loop. Each screen lives in
//! `screens/<name>/` with its state, update and view; overlays in `overlays/`; what frames every
//! screen in `widgets/`; every text of its own in `messages`.

pub(crate) mod action;
pub(crate) mod app;
pub(crate) mod effect;
pub(crate) mod follow;
pub(crate) mod keys;
pub(crate) mod messages;
pub(crate) mod overlays;
pub(crate) mod present;
pub(crate) mod render;
pub(crate) mod screens;
mod sending;
mod signals;
mod spacing;
mod terminal;
pub(crate) mod theme;
pub(crate) mod widgets;

#[cfg(test)]
mod tests;

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use color_eyre::eyre::{self, WrapErr, bail};
use ratatui::crossterm::event;
use waypost_core::lifecycle::NewSession;
use waypost_core::store::FileStore;

use crate::setup::context::{Context, now};
use crate::setup::outcome::Done;
use app::{App, Screen};
use terminal::TerminalGuard;
use widgets::{Level, Message};

/// Builds the app on the data folder, with notices about questionnaire files in the status line.
fn app(ctx: &Context) -> App {
    let catalog = ctx.catalog_quietly();
    let notice = match (catalog.rejected.len(), catalog.notices.len()) {
        (0, 0) => None,
        (0, n) => Some(Message::new(Level::Info, messages::overrides(n))),
        (n, _) => Some(Message::new(Level::Warning, messages::unusable_questionnaires(n))),
    };
    let theme = theme::Theme::new(ctx.theme, theme::no_color_requested());
    let mut app = App::new(Box::new(FileStore::new(ctx.store.data_dir())), catalog, theme, Box::new(now));
    app.status = notice;
    // Questionnaires set aside while loading them are said first.
    let aside: Vec<String> =
        waypost_core::store::Store::set_aside(&ctx.store).iter().map(ToString::to_string).collect();
    if !aside.is_empty() {
        app.status = Some(Message::new(Level::Warning, aside.join(" · ")));
    }
    app.exports = Some(ctx.store.data_dir().join("exports"));
    // A laptop in a team sends what it finishes, in the background.
    if let Ok(config) = crate::setup::context::config_dir() {
        let places = sending::Places { config, data: ctx.store.data_dir().to_owned(), catalog: app.catalog.clone() };
        app.background = sending::Background::start(places);
    }
    app
}

/// Opens the home screen.
pub(crate) fn home(ctx: &Context) -> eyre::Result<Done> {
    run(app(ctx))
}

/// Starts a new session; without an organisation, the form asks for it first.
pub(crate) fn start(ctx: &Context, new: NewSession) -> eyre::Result<Done> {
    let mut app = app(ctx);
    waypost_core::lifecycle::questionnaire(&app.catalog, &new.questionnaire)?;
    if new.subject.organisation.trim().is_empty() {
        app.open_form(&new.questionnaire, new.subject);
    } else {
        app.start(new).map_err(|e| eyre::eyre!(e))?;
    }
    run(app)
}

/// Resumes a session where it was left.
pub(crate) fn resume(ctx: &Context, id: &str) -> eyre::Result<Done> {
    let mut app = app(ctx);
    app.resume(id);
    if !matches!(app.screen, Screen::Interview(_)) {
        let reason = app.status.map(|m| m.text).unwrap_or_default();
        bail!(reason);
    }
    run(app)
}

/// Runs the app in the terminal until it is done; whatever ends it (a quit, a closed terminal or
/// console window, SIGTERM, SIGHUP, SIGINT, Ctrl-Break), everything typed is saved first and the guard restores the terminal.
fn run(mut app: App) -> eyre::Result<Done> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        bail!(messages::needs_terminal());
    }
    let signal = Arc::new(AtomicUsize::new(0));
    signals::watch(Arc::clone(&signal)).wrap_err(messages::cannot_watch_signals())?;
    let mut guard = TerminalGuard::enter().wrap_err(messages::cannot_open_terminal())?;
    let ended = event_loop(&mut app, &mut guard.terminal, &signal);
    // Saved before the terminal is restored, and whether the loop ended well or not.
    let saved = app.save_before_exit();
    drop(guard);
    ended.wrap_err(messages::terminal_error())?;
    if !saved {
        bail!(messages::quit_unsaved());
    }
    match signal.load(Ordering::Relaxed) {
        0 => Ok(Done::Ok),
        sig => Ok(Done::Signal(i32::try_from(sig).unwrap_or(signals::TERMINATE))),
    }
}

/// Draws the app into a frame; where text is typed, the terminal's cursor is there too (hidden
/// elsewhere).
pub(crate) fn draw(frame: &mut ratatui::Frame<'_>, app: &App) {
    frame.render_widget(app, frame.area());
    if let Some(at) = widgets::cursor::take() {
        frame.set_cursor_position(at);
    }
}

/// How long a wait for a key may be, so that a signal is acted on promptly.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);

fn event_loop(app: &mut App, terminal: &mut terminal::Screen, signal: &AtomicUsize) -> std::io::Result<()> {
    // Drafts are due within a second; a failed save is retried every two seconds.
    let mut tick_at = Instant::now() + app.patience();
    // A frame is drawn only when something changed: idle, the app costs nothing, however long
    // the text on screen.
    let mut drawn = None;
    // Crossterm listens for resizes from its first poll on: before the first frame, so that no
    // resize goes unseen (a frame is drawn for one).
    event::poll(Duration::ZERO)?;
    while !app.done && signal.load(Ordering::Relaxed) == 0 {
        let idle_view = app.idle_view();
        if drawn.as_ref() != Some(&idle_view) {
            terminal.draw(|frame| draw(frame, app))?;
            app.shown();
            drawn = Some(idle_view);
        }
        let wait = tick_at.saturating_duration_since(Instant::now()).min(SIGNAL_CHECK);
        let input = terminal::wait_for_input(wait);
        if input == terminal::Input::HungUp {
            // A closed window: stop, and save, rather than wait for a key that never comes.
            signal.store(usize::try_from(signals::HANG_UP).unwrap_or(1), Ordering::Relaxed);
            break;
        }
        // Resizes come through crossterm's own signal pipe: asked for at every wake-up.
        if event::poll(Duration::ZERO)? {
            app.handle(event::read()?);
            // Keys that arrived meanwhile (a fast typist, a paste) are handled before the next
            // frame, so the screen never lags behind the keyboard.
            while !app.done && event::poll(Duration::ZERO)? {
                app.handle(event::read()?);
            }
            tick_at = Instant::now() + app.patience();
            drawn = None;
        } else if Instant::now() >= tick_at {
            app.dispatch(action::Action::Tick);
            tick_at = Instant::now() + app.patience();
        }
    }
    Ok(())
}
