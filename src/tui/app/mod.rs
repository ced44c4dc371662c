//! The app: the screen shown, the mode that picks the key table, and `update` for every action.
//! What reaches the store or replaces the screen is an [`Effect`], carried out in
//! [`app_effects`](super::app_effects).

use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use waypost_core::interview::Counted;
use waypost_core::questionnaire::{Catalog, Shape};
use waypost_core::session::Timestamp;
use waypost_core::store::Store;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::keys::{self, Mode, Need};
use crate::tui::screens::browser::Browser;
use crate::tui::screens::compare::Compare;
use crate::tui::screens::form::NewForm;
use crate::tui::screens::grid::GridScreen;
use crate::tui::screens::home::Home;
use crate::tui::screens::interview::Interview;
use crate::tui::screens::interview::editor::Editor;
use crate::tui::screens::summary::Summary;
use crate::tui::screens::{Around, ScreenView};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Level, Message};

mod effects;
mod export;
mod frames;
mod opening;
mod saving;

/// What the app shows.
pub enum Screen {
    /// The home screen.
    Home(Home),
    /// Setting up a new session.
    Form(NewForm),
    /// An interview (with its review).
    Interview(Box<Interview>),
    /// Every session, with filters and search.
    Browser(Box<Browser>),
    /// A session's summary.
    Summary(Box<Summary>),
    /// A session's grid.
    Grid(Box<GridScreen>),
    /// Two sessions compared.
    Compare(Box<Compare>),
}

impl Screen {
    /// The screen shown, as what every screen does.
    pub(crate) fn view(&self) -> &dyn ScreenView {
        match self {
            Screen::Home(h) => h,
            Screen::Form(f) => f,
            Screen::Interview(it) => it.as_ref(),
            Screen::Browser(b) => b.as_ref(),
            Screen::Summary(s) => s.as_ref(),
            Screen::Grid(g) => g.as_ref(),
            Screen::Compare(c) => c.as_ref(),
        }
    }

    /// The same, to change.
    fn view_mut(&mut self) -> &mut dyn ScreenView {
        match self {
            Screen::Home(h) => h,
            Screen::Form(f) => f,
            Screen::Interview(it) => it.as_mut(),
            Screen::Browser(b) => b.as_mut(),
            Screen::Summary(s) => s.as_mut(),
            Screen::Grid(g) => g.as_mut(),
            Screen::Compare(c) => c.as_mut(),
        }
    }
}

/// The clock, fixed in tests.
pub(crate) type Clock = Box<dyn Fn() -> Timestamp>;

/// The whole app.
pub struct App {
    /// The screen shown.
    pub screen: Screen,
    /// Whether the help overlay is open.
    pub help: bool,
    /// Lines the help overlay is scrolled down (kept within its text when drawn).
    pub help_scroll: u16,
    /// Whether quitting waits for a yes because changes could not be saved.
    pub confirm_quit: bool,
    /// Whether the app is done.
    pub done: bool,
    /// The status line: saves, failures, notices.
    pub status: Option<Message>,
    /// Whether the open session has changes not yet saved.
    pub unsaved: bool,
    /// Where sessions are kept.
    pub store: Box<dyn Store>,
    /// The questionnaires.
    pub catalog: Catalog,
    /// The styles.
    pub theme: Theme,
    /// The clock.
    pub clock: Clock,
    /// Where the export key writes reports.
    pub exports: Option<PathBuf>,
    /// The browser as it was left for a report, to come back to.
    pub(super) stashed_browser: Option<Box<Browser>>,
    /// When drafts typed since the last save are due on disk: a second after the first change
    /// (not the last), so steady typing is saved every second.
    pub(super) draft_due: Option<Instant>,
    /// The question shown when drafts were last synced, to save them at once on leaving it.
    synced_at: Option<String>,
    /// The status line's message as it was last seen, and when (by the app's clock) it came.
    status_since: Option<(Message, Timestamp)>,
    /// When (by the app's clock) time spent on sections was last saved; counted time waits at
    /// most [`TIME_SAVE`].
    pub(super) time_saved: Option<Timestamp>,
    /// Whether time was counted since the last save.
    pub(super) time_counted: bool,
    /// The background sender, when this laptop belongs to a team.
    pub(crate) background: Option<crate::tui::sending::Background>,
    /// Whether a dialog the app opened on its own (a warning's reason box) is not yet on screen:
    /// keys typed before it showed were meant for what came before, and are not put in it.
    unseen_dialog: bool,
}

/// How long an information or a warning stays in the status line; errors stay until replaced.
const STATUS_SECONDS: i64 = 10;

/// How long counted time spent may wait before it is saved, in seconds (it is saved with
/// anything else too).
const TIME_SAVE: i64 = 30;

/// How long typed text may wait before it is saved as a draft.
pub(crate) const DRAFT_DELAY: Duration = Duration::from_secs(1);

impl App {
    /// An app on the home screen.
    pub fn new(store: Box<dyn Store>, catalog: Catalog, theme: Theme, clock: Clock) -> App {
        let mut app = App {
            screen: Screen::Home(Home::empty()),
            help: false,
            help_scroll: 0,
            confirm_quit: false,
            done: false,
            status: None,
            unsaved: false,
            store,
            catalog,
            theme,
            clock,
            exports: None,
            stashed_browser: None,
            draft_due: None,
            synced_at: None,
            status_since: None,
            unseen_dialog: false,
            background: None,
            time_saved: None,
            time_counted: false,
        };
        app.go_home();
        app
    }

    /// The key table in force.
    pub fn mode(&self) -> Mode {
        if self.confirm_quit {
            return Mode::ConfirmQuit;
        }
        if self.help {
            return Mode::Help;
        }
        self.screen_mode()
    }

    /// The key table of the screen itself, under any overlay.
    pub fn screen_mode(&self) -> Mode {
        self.screen.view().mode()
    }

    /// Whether a binding's condition holds for the question shown.
    pub fn applies(&self, need: Need) -> bool {
        if let Screen::Summary(s) = &self.screen {
            return need == Need::Always
                || need == Need::Grid && crate::tui::screens::grid::grid_of(&s.opened).is_some();
        }
        let Screen::Interview(it) = &self.screen else { return need == Need::Always };
        match need {
            Need::Reopenable => return it.read_only() && it.lock.is_some(),
            Need::Editable => return !it.read_only(),
            Need::ReadOnly => return it.read_only(),
            Need::Languages => return !it.read_only() && it.q().languages.len() > 1,
            Need::Votes => return !it.read_only() && it.voted(),
            _ => {}
        }
        let field = match (&it.editor, it.question()) {
            (Editor::List(l), Some(list)) => l.field(list),
            _ => None,
        };
        let Some(question) = field.or_else(|| it.question()) else { return need == Need::Always };
        match need {
            Need::Always => true,
            Need::Multi => question.kind.shape() == Shape::Choices { multi: true },
            Need::Choices => question.kind.has_choices(),
            Need::LongChoices => {
                question.kind.has_choices() && it.editor.offered() >= crate::tui::screens::interview::FILTER_FROM
            }
            // A read-only question's value is not typed into.
            Need::Typed => question.kind.shape() == Shape::Typed && (field.is_some() || !question.read_only),
            Need::Multiline => question.multiline,
            Need::Reopenable | Need::Editable | Need::ReadOnly | Need::Languages | Need::Votes | Need::Grid => false,
            Need::Allows(state) => field.is_none() && question.allow.contains(&state),
        }
    }

    /// Handles a terminal event: maps it to an action through the key table, then updates.
    pub fn handle(&mut self, event: Event) {
        if self.unseen_dialog && matches!(event, Event::Key(_) | Event::Paste(_)) {
            self.tell(Level::Warning, crate::tui::messages::typed_ahead());
            return;
        }
        let action = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                keys::lookup(self.mode(), &key, &|need| self.applies(need))
            }
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
                MouseEventKind::ScrollUp => Some(Action::Up),
                MouseEventKind::ScrollDown => Some(Action::Down),
                _ => None,
            },
            Event::Paste(text) => Some(Action::Paste(text)),
            _ => None,
        };
        if let Some(action) = action {
            self.dispatch(action);
        }
    }

    /// Updates for an action, keeps what is typed as a draft, carries out the effect, and saves
    /// what changed: answers at once, drafts within a second or on leaving the question.
    pub fn dispatch(&mut self, action: Action) {
        // Moving a highlight, a tick or the help cannot change what an input holds: the draft is
        // not worked out again for them (on a long list that would copy every item per key).
        let changes_input = !matches!(
            action,
            Action::Up | Action::Down | Action::Tick | Action::Help | Action::ToggleHelp | Action::Stray(_)
        );
        self.expire_status();
        self.count_time();
        let asked = self.asks_reason();
        // A tick may read the folder again (the browser follows it).
        let ticked = action == Action::Tick;
        let effect = self.update(action);
        self.unseen_dialog |= !asked && self.asks_reason();
        self.sync_draft(changes_input);
        // Only an effect, a tick's reading or a save reaches the store: only then can a file have
        // been set aside.
        let mut stored = effect.is_some() || ticked;
        if let Some(effect) = effect {
            self.perform(effect);
        }
        let now = self.now();
        let saved = *self.time_saved.get_or_insert(now);
        self.unsaved |= self.time_counted && (now - saved).num_seconds() >= TIME_SAVE;
        if self.unsaved || self.draft_due.is_some_and(|due| due <= Instant::now()) {
            self.save();
            stored = true;
        }
        // What the background sender made of finished sessions.
        let sent = self.background.as_ref().map(crate::tui::sending::Background::said).unwrap_or_default();
        if !sent.is_empty()
            && let (Screen::Browser(b), Some(bg)) = (&mut self.screen, &self.background)
        {
            b.sending = bg.standings(&b.all);
        }
        for (level, text) in sent {
            self.tell(level, text);
        }
        // Files of the data folder set aside by what this action read or wrote, said once.
        if stored {
            for aside in self.store.set_aside() {
                self.tell(Level::Warning, aside.to_string());
            }
        }
        self.note_status();
    }

    /// Counts the time on the section shown (the agenda's time spent); says so, quietly, when
    /// the section's planned minutes are used up.
    fn count_time(&mut self) {
        let now = self.now();
        let Screen::Interview(it) = &mut self.screen else { return };
        let counted = it.ctl.count_time(now);
        self.time_counted |= counted != Counted::Nothing;
        if let Counted::PlannedEnd(n) = counted {
            let section = &it.q().sections[n];
            let (l, d) = it.languages();
            let text = crate::tui::messages::time_up(section.title.get(l, d), section.minutes.unwrap_or(0));
            self.tell(Level::Info, text);
        }
    }

    /// Clears an information or a warning that has been in the status line long enough.
    fn expire_status(&mut self) {
        let now = self.now();
        if let (Some(shown), Some((seen, since))) = (&self.status, &self.status_since)
            && shown == seen
            && shown.level != Level::Error
            && (now - *since).num_seconds() >= STATUS_SECONDS
        {
            self.status = None;
        }
    }

    /// Notes when the status line's message came, so it can expire.
    fn note_status(&mut self) {
        let now = self.now();
        match (&self.status, &self.status_since) {
            (Some(shown), Some((seen, _))) if shown == seen => {}
            (Some(shown), _) => self.status_since = Some((shown.clone(), now)),
            (None, _) => self.status_since = None,
        }
    }

    pub(super) fn now(&self) -> Timestamp {
        (self.clock)()
    }

    /// Changes the state for an action; returns what else must happen.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Quit => {
                self.quit();
                return None;
            }
            Action::Tick => {
                self.follow_folder();
                return None;
            }
            Action::Stray(key) => {
                self.tell(Level::Info, crate::tui::messages::stray_key(key));
                return None;
            }
            Action::Help => {
                self.help = true;
                self.help_scroll = 0;
                return None;
            }
            Action::Up if self.help => {
                self.help_scroll = self.help_scroll.saturating_sub(1);
                return None;
            }
            Action::Down if self.help => {
                self.help_scroll = self.help_scroll.saturating_add(1);
                return None;
            }
            Action::Back if self.confirm_quit => {
                self.confirm_quit = false;
                return None;
            }
            Action::Back if self.help => {
                self.help = false;
                return None;
            }
            _ => {}
        }
        let now = self.now();
        let around = Around { catalog: &self.catalog, theme: self.theme, now };
        let updated = self.screen.view_mut().update(action, &around);
        self.unsaved |= updated.changed;
        updated.effect
    }

    /// Says something in the status line.
    pub fn tell(&mut self, level: Level, text: impl Into<String>) {
        self.status = Some(Message::new(level, text));
    }

    /// Quits after saving; asks first when changes could not be saved.
    pub fn quit(&mut self) {
        if self.confirm_quit {
            self.done = true;
            return;
        }
        if self.save_before_exit() {
            self.done = true;
        } else {
            self.confirm_quit = true;
        }
    }
}
