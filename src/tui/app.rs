//! The app: screens, the mode that picks the key table, `update` for every action, and the
//! effects (saving, opening sessions) carried out through the store.

use crate::interview::carry_over;
use crate::questionnaire::{Catalog, Kind};
use crate::session::{QuestionnaireRef, Session, Subject, Timestamp, new_session_id};
use crate::store::{Store, StoreError, create_unique};
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use crate::cli::listing::latest;

use std::path::PathBuf;

use super::action::Action;
use super::browser::Browser;
use super::editor::Editor;
use super::form::{Filled, NewForm};
use super::home::Home;
use super::interview::{Interview, Level, Message};
use super::keymap::{self, Mode, Need};
use super::reports::{Compared, Page, Report};
use super::theme::Theme;

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
    /// A session's summary or grid.
    Report(Box<Report>),
    /// Two sessions compared.
    Compared(Box<Compared>),
}

/// What `update` asks the app to do after changing its state.
#[derive(Debug, PartialEq, Eq)]
pub enum Effect {
    /// Save the open session.
    Save,
    /// Open a session for editing.
    Resume(String),
    /// Start a session from the form.
    Start,
    /// Go back to the home screen.
    Home,
    /// Open the form for a new session of this questionnaire.
    Form(String),
    /// Open the session browser.
    Browser,
    /// Run the search typed in the browser.
    RunSearch,
    /// Open a session read-only.
    View(String),
    /// Show a session's summary.
    Summary(String),
    /// Show a session's grid.
    Grid(String),
    /// Start a follow-up of a session.
    FollowUp(String),
    /// Compare two sessions (earlier, later).
    Compare(String, String),
    /// Move a session to the trash.
    Trash(String),
    /// Write the report shown to the exports folder.
    Export,
    /// Say something in the status line.
    Tell(String),
}

/// The clock, fixed in tests.
pub type Clock = Box<dyn Fn() -> Timestamp>;

/// The whole app.
pub struct App {
    /// The screen shown.
    pub screen: Screen,
    /// Whether the help overlay is open.
    pub help: bool,
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
    /// The terminal's size at the last draw, for mouse clicks.
    pub size: Rect,
    /// Where the export key writes reports.
    pub exports: Option<PathBuf>,
    /// The browser as it was left for a report, to come back to.
    pub(super) stashed_browser: Option<Box<Browser>>,
}

impl App {
    /// An app on the home screen.
    pub fn new(store: Box<dyn Store>, catalog: Catalog, theme: Theme, clock: Clock) -> App {
        let mut app = App {
            screen: Screen::Home(Home::empty()),
            help: false,
            confirm_quit: false,
            done: false,
            status: None,
            unsaved: false,
            store,
            catalog,
            theme,
            clock,
            size: Rect::new(0, 0, 80, 24),
            exports: None,
            stashed_browser: None,
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
        match &self.screen {
            Screen::Home(_) => Mode::Home,
            Screen::Form(_) => Mode::Form,
            Screen::Browser(b) if b.trash.is_some() => Mode::ConfirmTrash,
            Screen::Browser(b) if b.search_box.is_some() => Mode::Form,
            Screen::Browser(_) => Mode::Browser,
            Screen::Report(r) if r.page == Page::Summary => Mode::Summary,
            Screen::Report(_) => Mode::Grid,
            Screen::Compared(_) => Mode::Compare,
            Screen::Interview(it) => {
                if it.prompt.is_some() {
                    Mode::Form
                } else if it.review.is_some() {
                    Mode::Review
                } else if it.typing {
                    Mode::Typing
                } else if matches!(&it.editor, Editor::List(l) if l.editing.is_none()) {
                    Mode::ListTable
                } else {
                    Mode::Command
                }
            }
        }
    }

    /// Whether a binding's condition holds for the question shown.
    pub fn applies(&self, need: Need) -> bool {
        let Screen::Interview(it) = &self.screen else { return need == Need::Always };
        let field = match &it.editor {
            Editor::List(l) => l.editing.as_ref().and_then(|e| it.question().and_then(|q| q.fields.get(e.field))),
            _ => None,
        };
        let Some(question) = field.or_else(|| it.question()) else { return need == Need::Always };
        match need {
            Need::Always => true,
            Need::Multi => question.kind == Kind::Multi,
            Need::Choices => matches!(question.kind, Kind::Single | Kind::Multi),
            Need::Typed => matches!(question.kind, Kind::Text | Kind::Number | Kind::Date),
            Need::Multiline => question.multiline,
            Need::Allows(state) => field.is_none() && question.allow.contains(&state),
        }
    }

    /// Handles a terminal event: maps it to an action through the key table, then updates.
    pub fn handle(&mut self, event: Event) {
        let action = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                keymap::lookup(self.mode(), &key, &|need| self.applies(need))
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

    /// Updates for an action and carries out its effect.
    pub fn dispatch(&mut self, action: Action) {
        if let Some(effect) = self.update(action) {
            self.perform(effect);
        }
        if self.unsaved {
            self.save();
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
            Action::Tick => return None,
            Action::Help => {
                self.help = true;
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
        let catalog_len = self.catalog.entries().len();
        match &mut self.screen {
            Screen::Home(home) => super::update_home::update(home, action, catalog_len, &self.catalog),
            Screen::Form(form) => super::update_form::update(form, action),
            Screen::Interview(it) => {
                let (changed, effect) = super::update_interview::update(it, action, now, self.size);
                self.unsaved |= changed && !it.read_only;
                effect
            }
            Screen::Browser(b) => super::update_browser::browser(b, action),
            Screen::Report(r) => super::update_browser::report(r, action),
            Screen::Compared(c) => super::update_browser::compared(c, action),
        }
    }

    /// Carries out an effect.
    fn perform(&mut self, effect: Effect) {
        let leaves_browser = matches!(
            effect,
            Effect::View(_) | Effect::Summary(_) | Effect::Grid(_) | Effect::FollowUp(_) | Effect::Compare(..)
        );
        if leaves_browser
            && matches!(self.screen, Screen::Browser(_))
            && let Screen::Browser(mut b) = std::mem::replace(&mut self.screen, Screen::Home(Home::empty()))
        {
            b.search_box = None;
            b.trash = None;
            self.stashed_browser = Some(b);
        }
        match effect {
            Effect::Save => self.unsaved = true,
            Effect::Home => {
                self.stashed_browser = None;
                if self.unsaved {
                    self.save();
                }
                if !self.unsaved {
                    self.go_home();
                }
            }
            Effect::Resume(id) => self.resume(&id),
            Effect::Form(qid) => self.open_form(&qid, "", "", &[]),
            Effect::Browser => self.open_browser(),
            Effect::RunSearch => {
                if let Screen::Browser(b) = &mut self.screen {
                    b.run_search(self.store.as_ref());
                }
            }
            Effect::View(id) => self.view(&id),
            Effect::Summary(id) => self.open_report(&id, Page::Summary),
            Effect::Grid(id) => self.open_report(&id, Page::Grid(0)),
            Effect::FollowUp(id) => self.follow_up(&id),
            Effect::Compare(a, b) => self.compare(&a, &b),
            Effect::Trash(id) => match self.store.trash(&id) {
                Ok(to) => {
                    self.open_browser();
                    self.tell(Level::Info, format!("Moved {id} to {}", to.display()));
                }
                Err(e) => self.tell(Level::Error, e.to_string()),
            },
            Effect::Export => self.export(),
            Effect::Tell(text) => self.tell(Level::Info, text),
            Effect::Start => {
                let Screen::Form(form) = &mut self.screen else { return };
                match form.filled() {
                    Ok(filled) => {
                        let qid = form.questionnaire.clone();
                        if let Err(e) = self.start(&qid, filled, None)
                            && let Screen::Form(form) = &mut self.screen
                        {
                            form.error = Some(e);
                        }
                    }
                    Err(e) => form.error = Some(e),
                }
            }
        }
    }

    /// Says something in the status line.
    pub fn tell(&mut self, level: Level, text: impl Into<String>) {
        self.status = Some(Message::new(level, text));
    }

    /// Shows the home screen, reloading the sessions.
    pub fn go_home(&mut self) {
        match Home::load(self.store.as_ref(), &self.catalog) {
            Ok(home) => self.screen = Screen::Home(home),
            Err(e) => self.status = Some(Message::new(Level::Error, format!("Could not list the sessions: {e}"))),
        }
    }

    /// Opens the form for a new session of a questionnaire.
    pub fn open_form(&mut self, questionnaire: &str, organisation: &str, facilitator: &str, participants: &[String]) {
        self.screen = Screen::Form(NewForm::new(questionnaire.to_owned(), organisation, facilitator, participants));
    }

    /// Starts a session: saves it at once, locks it, opens the interview.
    pub fn start(&mut self, questionnaire: &str, filled: Filled, language: Option<&str>) -> Result<(), String> {
        let entry = self.catalog.get(questionnaire).ok_or_else(|| format!("no questionnaire \"{questionnaire}\""))?;
        let q = entry.questionnaire.clone();
        let now = self.now();
        let language = language.unwrap_or(q.default_language()).to_owned();
        let qref = QuestionnaireRef::of(&q);
        let subject = Subject {
            organisation: filled.organisation,
            facilitator: filled.facilitator,
            participants: filled.participants,
            extra: Default::default(),
        };
        let mut session = Session::new(new_session_id(now, &q.id, &subject.organisation), qref, language, subject, now);
        let previous = latest(self.store.as_ref(), &q.id, &session.subject.organisation);
        let carried = previous.map(|p| (carry_over(&q, &p, &mut session, now), p.id)).filter(|(n, _)| *n > 0);
        create_unique(self.store.as_ref(), &mut session).map_err(|e| e.to_string())?;
        let lock = self.store.lock(&session.id).map_err(|e| e.to_string())?;
        let mut note = format!("Started session {}", session.id);
        if let Some((n, from)) = carried {
            note.push_str(&format!("; {n} open item(s) carried over from {from}"));
        }
        self.status = Some(Message::new(Level::Info, note));
        self.screen = Screen::Interview(Box::new(Interview::new(q, session, Some(lock), now)));
        Ok(())
    }

    /// Opens a session for editing; when another window has it, opens it read-only.
    pub fn resume(&mut self, id: &str) {
        let now = self.now();
        let lock = match self.store.lock(id) {
            Ok(lock) => Some(lock),
            Err(StoreError::Locked { .. }) => None,
            Err(e) => {
                self.status = Some(Message::new(Level::Error, e.to_string()));
                return;
            }
        };
        let session = match self.store.load(id) {
            Ok(s) => s,
            Err(e) => {
                self.status = Some(Message::new(Level::Error, e.to_string()));
                return;
            }
        };
        let Some(entry) = self.catalog.get(&session.questionnaire.id) else {
            self.status = Some(Message::new(
                Level::Error,
                format!("Session {id} uses questionnaire \"{}\", which is not known here.", session.questionnaire.id),
            ));
            return;
        };
        self.status = Some(if lock.is_none() {
            Message::new(Level::Warning, format!("Session {id} is open in another window: opened read-only."))
        } else {
            Message::new(Level::Info, format!("Resumed session {id}"))
        });
        self.screen = Screen::Interview(Box::new(Interview::new(entry.questionnaire.clone(), session, lock, now)));
    }

    /// Saves the open session; on failure keeps it in memory, says so, and tries again later.
    pub fn save(&mut self) {
        let Screen::Interview(it) = &mut self.screen else {
            self.unsaved = false;
            return;
        };
        if it.read_only {
            self.unsaved = false;
            return;
        }
        match self.store.save(&it.session) {
            Ok(()) => {
                if self.unsaved && self.status.as_ref().is_some_and(|m| m.level == Level::Error) {
                    self.status = Some(Message::new(Level::Info, "Saved again: every answer is on disk."));
                }
                self.unsaved = false;
            }
            Err(e) => {
                self.unsaved = true;
                // The reason first: a long path must not push it off the status line.
                let reason = match e {
                    StoreError::Io { path, source } => format!("{source} ({})", path.display()),
                    other => other.to_string(),
                };
                self.status = Some(Message::new(
                    Level::Error,
                    format!("Not saved: {reason}. Your answers are kept here and saving is retried."),
                ));
            }
        }
    }

    /// Quits after saving; asks first when changes could not be saved.
    pub fn quit(&mut self) {
        if self.confirm_quit {
            self.done = true;
            return;
        }
        if self.unsaved {
            self.save();
        }
        if self.unsaved {
            self.confirm_quit = true;
        } else {
            self.done = true;
        }
    }
}
