//! Opening screens: home, the new-session form, an interview (started, resumed or read-only),
//! the browser, a session's summary or grid. Sessions are started and opened by the core's
//! [`lifecycle`](waypost_core::lifecycle), as in every shell.

use waypost_core::lifecycle::{self, LifecycleError, NewSession, Opened, Started};
use waypost_core::session::Subject;

use super::{App, Screen};
use crate::tui::messages as msg;
use crate::tui::screens::browser::Browser;
use crate::tui::screens::form::NewForm;
use crate::tui::screens::grid::{GridScreen, grid_of};
use crate::tui::screens::home::Home;
use crate::tui::screens::interview::Interview;
use crate::tui::screens::summary::Summary;
use crate::tui::widgets::{Level, Message};

impl App {
    /// Shows the home screen, reloading the sessions.
    pub fn go_home(&mut self) {
        match Home::load(self.store.as_ref(), &self.catalog) {
            Ok(home) => self.screen = Screen::Home(home),
            Err(e) => self.tell(Level::Error, msg::cannot_list(&e.to_string())),
        }
    }

    /// Opens the form for a new session of a questionnaire, filled with what is known.
    pub fn open_form(&mut self, questionnaire: &str, known: Subject) {
        let mut form =
            NewForm::new(questionnaire.to_owned(), &known.organisation, &known.facilitator, &known.participants);
        // What was typed into this form before, and never started, comes back, unless the
        // command line says who the session is with.
        match self.store.form_draft(questionnaire) {
            Ok(Some(draft)) if known == Subject::default() => form = NewForm::from_draft(&draft),
            Ok(_) => {}
            Err(e) => {
                form.drafts_allowed = false;
                self.tell(Level::Error, msg::form_draft_unreadable(&e.to_string()));
            }
        }
        self.screen = Screen::Form(form);
    }

    pub(super) fn interview(&mut self, opened: Opened, lock: Option<waypost_core::store::LockGuard>) {
        let now = self.now();
        self.screen = Screen::Interview(Box::new(Interview::new(opened.questionnaire, opened.session, lock, now)));
    }

    /// Starts a session: saves it at once, locks it, opens the interview.
    pub fn start(&mut self, new: NewSession) -> Result<(), LifecycleError> {
        let Started { opened, lock, carried } = lifecycle::start(self.store.as_ref(), &self.catalog, new, self.now())?;
        let carried = carried.as_ref().map(|c| (c.count, c.from.as_str()));
        self.status = Some(Message::new(Level::Info, msg::started(&opened.session.id, carried)));
        self.interview(opened, Some(lock));
        Ok(())
    }

    /// Opens a session for editing; when another window has it, opens it read-only.
    pub fn resume(&mut self, id: &str) {
        let Some((opened, lock)) = self.opened(lifecycle::open_to_edit(self.store.as_ref(), &self.catalog, id)) else {
            return;
        };
        let completed = opened.session.status == waypost_core::session::Status::Completed;
        // Said by its id, however it was asked for (a UUID, the start of the id).
        let id = opened.session.id.as_str();
        let team = opened.session.origin.as_ref().map(|o| o.submitter.as_str());
        self.status = Some(match (lock.as_ref(), team) {
            (_, Some(who)) => Message::new(Level::Info, msg::team_read_only(id, who)),
            (None, None) => Message::new(Level::Warning, msg::opened_elsewhere(id)),
            (Some(_), None) if completed => Message::new(Level::Info, msg::completed_read_only(id)),
            (Some(_), None) => Message::new(Level::Info, msg::resumed(id)),
        });
        // A completed session opens read-only, keeping its lock: a key reopens it for changes.
        let now = self.now();
        let mut it = Interview::new(opened.questionnaire, opened.session, lock, now);
        if completed {
            it.ctl.set_read_only(true);
            it.typing = false;
        }
        self.screen = Screen::Interview(Box::new(it));
    }

    /// Opens a session read-only.
    pub fn view(&mut self, id: &str) {
        if let Some(opened) = self.opened(lifecycle::open(self.store.as_ref(), &self.catalog, id)) {
            let id = opened.session.id.clone();
            self.interview(opened, None);
            self.tell(Level::Info, msg::viewing(&id));
        }
    }

    /// Opens the session browser: as it was left, with the sessions read again.
    pub fn open_browser(&mut self) {
        let opened = match self.stashed_browser.take() {
            Some(mut b) => b.reload(self.store.as_ref(), &self.catalog).map(|()| b),
            None => Browser::load(self.store.as_ref(), &self.catalog).map(Box::new),
        };
        match opened {
            Ok(mut b) => {
                b.sending = self.background.as_ref().map(|bg| bg.standings(&b.all)).unwrap_or_default();
                self.screen = Screen::Browser(b);
            }
            Err(e) => self.tell(Level::Error, msg::cannot_list(&e.to_string())),
        }
    }

    /// The browser follows the folder: a session saved, restored or trashed by another window
    /// or command shows on the next tick.
    pub(super) fn follow_folder(&mut self) {
        if let Screen::Browser(b) = &mut self.screen
            && b.outdated(self.store.as_ref())
            && let Err(e) = b.reload(self.store.as_ref(), &self.catalog)
        {
            self.tell(Level::Error, msg::cannot_list(&e.to_string()));
        }
    }

    /// Opens a session's summary, or its grid (the summary when it has none); Esc then goes
    /// back to the browser when it came from there, else home.
    pub(super) fn open_report(&mut self, id: &str, grid: bool, from_browser: bool) {
        if let Some(opened) = self.opened(lifecycle::open(self.store.as_ref(), &self.catalog, id)) {
            self.show_report(opened, grid, from_browser);
        }
    }

    pub(super) fn show_report(&mut self, opened: Opened, grid: bool, from_browser: bool) {
        if grid && grid_of(&opened).is_some() {
            self.screen = Screen::Grid(Box::new(GridScreen { opened, selected: 0, from_browser }));
            return;
        }
        if grid {
            self.tell(Level::Info, msg::no_grid_summary());
        }
        let history = lifecycle::history(self.store.as_ref(), &self.catalog, &opened.session);
        self.screen = Screen::Summary(Box::new(Summary { opened, history, scroll: 0, from_browser }));
    }

    /// Switches between the summary and the grid of the session shown.
    pub(super) fn switch_report(&mut self) {
        match std::mem::replace(&mut self.screen, Screen::Home(Home::empty())) {
            Screen::Summary(s) if grid_of(&s.opened).is_none() => {
                self.screen = Screen::Summary(s);
                self.tell(Level::Info, msg::no_grid());
            }
            Screen::Summary(s) => self.show_report(s.opened, true, s.from_browser),
            Screen::Grid(g) => self.show_report(g.opened, false, g.from_browser),
            other => self.screen = other,
        }
    }
}
