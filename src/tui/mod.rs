//! The terminal UI: entry points, the terminal's setup and restoration, and the event loop.

pub mod action;
pub mod app;
mod app_review;
pub mod browser;
pub mod editor;
pub mod form;
pub mod home;
pub mod interview;
pub mod keymap;
pub mod list_editor;
pub mod plain;
pub mod reports;
pub mod theme;
pub mod update_browser;
pub mod update_form;
pub mod update_home;
pub mod update_interview;
pub mod view;

#[cfg(test)]
mod tests;

use std::io::IsTerminal;
use std::time::Duration;

use crate::questionnaire::Catalog;
use crate::store::FileStore;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use crate::cli::args::Theme as ThemeArg;
use crate::cli::context::Context;
use crate::cli::{Done, Failure};
use app::App;
use form::Filled;
use interview::{Level, Message};

/// How the UI looks and works.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The colour theme.
    pub theme: ThemeArg,
    /// Line-by-line mode instead of the full-screen app.
    pub plain: bool,
}

/// A new session asked for on the command line.
pub struct Start {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// The organisation, if given.
    pub organisation: Option<String>,
    /// The facilitator, if given.
    pub facilitator: Option<String>,
    /// The participants.
    pub participants: Vec<String>,
    /// The interview's language.
    pub language: Option<String>,
}

fn now() -> crate::session::Timestamp {
    chrono::SubsecRound::round_subsecs(chrono::Local::now().fixed_offset(), 3)
}

/// Builds the app on the data folder, with notices about questionnaire files in the status line.
fn app(ctx: &Context, ui: Options) -> App {
    let catalog = Catalog::load(&ctx.folders);
    let notice = match (catalog.rejected.len(), catalog.notices.len()) {
        (0, 0) => None,
        (0, n) => Some(Message::new(
            Level::Info,
            format!("{n} of your questionnaires override built-ins (see `waypost questionnaires`)."),
        )),
        (n, _) => Some(Message::new(
            Level::Warning,
            format!("{n} questionnaire file(s) could not be used: run `waypost validate`."),
        )),
    };
    let theme = theme::Theme::new(ui.theme, theme::no_color_requested());
    let mut app = App::new(Box::new(FileStore::new(ctx.store.data_dir())), catalog, theme, Box::new(now));
    app.status = notice;
    app.exports = Some(ctx.store.data_dir().join("exports"));
    app
}

/// Opens the home screen.
pub fn home(ctx: &Context, ui: Options) -> Result<Done, Failure> {
    if ui.plain {
        return Err(Failure::new(
            "--plain needs a command: `waypost --plain new QUESTIONNAIRE_ID` or `waypost --plain resume SESSION_ID`",
        ));
    }
    run(app(ctx, ui))
}

/// Starts a new session: asks for the organisation first when it was not given.
pub fn start(ctx: &Context, ui: Options, start: Start) -> Result<Done, Failure> {
    let mut app = app(ctx, ui);
    if app.catalog.get(&start.questionnaire).is_none() {
        let known: Vec<&str> = app.catalog.entries().iter().map(|e| e.questionnaire.id.as_str()).collect();
        return Err(Failure::new(format!(
            "no questionnaire \"{}\"; known: {}",
            crate::text::line(&start.questionnaire),
            known.join(", ")
        )));
    }
    if ui.plain {
        return plain::start(ctx, &app.catalog, start);
    }
    match start.organisation.filter(|o| !o.trim().is_empty()) {
        Some(organisation) => {
            let filled = Filled {
                organisation,
                facilitator: start.facilitator.unwrap_or_default(),
                participants: start.participants,
            };
            app.start(&start.questionnaire, filled, start.language.as_deref()).map_err(Failure::new)?;
        }
        None => {
            app.open_form(&start.questionnaire, "", start.facilitator.as_deref().unwrap_or(""), &start.participants)
        }
    }
    run(app)
}

/// Resumes a session where it was left.
pub fn resume(ctx: &Context, ui: Options, id: &str) -> Result<Done, Failure> {
    if ui.plain {
        let catalog = ctx.catalog();
        return plain::resume(ctx, &catalog, id);
    }
    let mut app = app(ctx, ui);
    app.resume(id);
    if !matches!(app.screen, app::Screen::Interview(_)) {
        let message = app.status.map(|m| m.text).unwrap_or_else(|| format!("cannot open session \"{id}\""));
        return Err(Failure::new(message));
    }
    run(app)
}

/// Runs the app in the terminal until it is done, restoring the terminal however it ends.
fn run(mut app: App) -> Result<Done, Failure> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::new("the interview needs a terminal; use --plain to answer line by line"));
    }
    // color-eyre's hook first, so ratatui's panic hook (installed by init) restores the terminal
    // before the report is printed.
    let _ = color_eyre::install();
    let mut terminal = ratatui::try_init().map_err(|e| Failure::new(format!("cannot open the terminal: {e}")))?;
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = event_loop(&mut app, &mut terminal);
    let _ = execute!(std::io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result.map_err(|e| Failure::new(format!("terminal error: {e}")))?;
    if app.unsaved {
        return Err(Failure::new("quit with changes that could not be saved"));
    }
    Ok(Done::Ok)
}

fn event_loop(app: &mut App, terminal: &mut ratatui::DefaultTerminal) -> std::io::Result<()> {
    while !app.done {
        terminal.draw(|frame| {
            app.size = frame.area();
            frame.render_widget(&*app, frame.area());
        })?;
        // A failed save is retried every two seconds, even when no key is pressed.
        if event::poll(Duration::from_secs(2))? {
            app.handle(event::read()?);
            // Keys that arrived meanwhile (a fast typist, a paste) are handled before the next
            // frame, so the screen never lags behind the keyboard.
            while !app.done && event::poll(Duration::ZERO)? {
                app.handle(event::read()?);
            }
        } else {
            app.dispatch(action::Action::Tick);
        }
    }
    Ok(())
}
