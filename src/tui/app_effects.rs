//! The app's effects: opening, starting and saving sessions, the browser, reports, comparisons,
//! the trash and exports. Sessions are started, opened and compared by the core's
//! [`lifecycle`](waypost_core::lifecycle), as in every shell.

use waypost_core::lifecycle::{self, LifecycleError, NewSession, Opened, Started};
use waypost_core::report::document::{Document, Format, Kind};
use waypost_core::report::history::History;
use waypost_core::session::Subject;
use waypost_core::store::{StoreError, write_export};

use super::app::{App, Screen};
use super::effect::Effect;
use super::messages as msg;
use super::screens::browser::Browser;
use super::screens::compare::Compare;
use super::screens::form::NewForm;
use super::screens::grid::{GridScreen, grid_of};
use super::screens::home::Home;
use super::screens::interview::Interview;
use super::screens::summary::Summary;
use super::widgets::{Level, Message};

impl App {
    /// Carries out an effect.
    pub(super) fn perform(&mut self, effect: Effect) {
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
            Effect::Home => {
                self.stashed_browser = None;
                if self.unsaved || self.draft_due.is_some() {
                    self.save();
                }
                if !self.unsaved {
                    self.go_home();
                }
            }
            Effect::Resume(id) => self.resume(&id),
            Effect::Form(qid) => self.open_form(&qid, Subject::default()),
            Effect::Browser => self.open_browser(),
            Effect::RunSearch => {
                if let Screen::Browser(b) = &mut self.screen
                    && let Err(e) = b.run_search(self.store.as_ref())
                {
                    self.tell(Level::Error, e.to_string());
                }
            }
            Effect::View(id) => self.view(&id),
            Effect::Summary(id) => self.open_report(&id, false),
            Effect::Finished(id) => {
                // The completion is on disk before the report reads it; a failed save keeps the
                // interview open, with its message.
                self.save();
                if !self.unsaved {
                    self.open_report(&id, true);
                    self.tell(Level::Info, msg::finished_report());
                }
            }
            Effect::Grid(id) => self.open_report(&id, true),
            Effect::SwitchReport => self.switch_report(),
            Effect::FollowUp(id) => {
                let started = lifecycle::follow_up(self.store.as_ref(), &self.catalog, &id, self.now());
                if let Some(new) = self.opened(started) {
                    let text = msg::follow_up_started(&id, &new.opened.session.id);
                    self.interview(new.opened, Some(new.lock));
                    self.tell(Level::Info, text);
                }
            }
            Effect::Compare(a, b) => {
                if let Some(compared) = self.opened(lifecycle::compare(self.store.as_ref(), &self.catalog, &a, &b)) {
                    self.screen = Screen::Compare(Box::new(Compare { compared, scroll: 0 }));
                }
            }
            Effect::Trash(id) => match self.store.trash(&id) {
                Ok(to) => {
                    self.open_browser();
                    if let Screen::Browser(b) = &mut self.screen {
                        b.trashed = Some(id.clone());
                    }
                    self.tell(Level::Info, msg::trashed(&id, &to));
                }
                Err(e) => self.tell(Level::Error, e.to_string()),
            },
            Effect::Restore(id) => match self.store.restore(&id) {
                Ok(()) => {
                    self.open_browser();
                    self.tell(Level::Info, msg::restored(&id));
                }
                Err(e) => self.tell(Level::Error, e.to_string()),
            },
            Effect::OpenTrash => {
                let Screen::Browser(b) = &mut self.screen else { return };
                match self.store.trashed(&self.catalog) {
                    Ok(trashed) => {
                        b.trash_view = Some(trashed);
                        b.cursor = 0;
                    }
                    Err(e) => self.tell(Level::Error, e.to_string()),
                }
            }
            Effect::RestoreTrashed(name) => match self.store.restore_trashed(&name) {
                Ok(id) => {
                    self.open_browser();
                    self.tell(Level::Info, msg::restored(&id));
                }
                Err(e) => self.tell(Level::Error, e.to_string()),
            },
            Effect::Export => self.export(),
            Effect::Tell(text) => self.tell(Level::Info, text),
            Effect::Start => {
                let Screen::Form(form) = &mut self.screen else { return };
                match form.filled() {
                    Ok(subject) => {
                        let questionnaire = form.questionnaire.clone();
                        let drafted = form.drafts_allowed;
                        let new = NewSession { questionnaire: questionnaire.clone(), subject, language: None };
                        match self.start(new) {
                            // The form's text is in the session now: its draft goes.
                            Ok(()) if drafted => {
                                if let Err(e) = self.store.remove_form_draft(&questionnaire) {
                                    self.tell(Level::Warning, e.to_string());
                                }
                            }
                            Ok(()) => {}
                            Err(e) => {
                                if let Screen::Form(form) = &mut self.screen {
                                    form.error = Some(e);
                                }
                            }
                        }
                    }
                    Err(e) => form.error = Some(e),
                }
            }
        }
    }

    /// What a lifecycle step gave, or `None` with its error in the status line.
    fn opened<T>(&mut self, result: Result<T, LifecycleError>) -> Option<T> {
        result.map_err(|e| self.tell(Level::Error, e.to_string())).ok()
    }

    /// Shows the home screen, reloading the sessions.
    pub fn go_home(&mut self) {
        match Home::load(self.store.as_ref(), &self.catalog) {
            Ok(home) => self.screen = Screen::Home(home),
            Err(e) => self.tell(Level::Error, msg::cannot_list(&e)),
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

    fn interview(&mut self, opened: Opened, lock: Option<waypost_core::store::LockGuard>) {
        let now = self.now();
        self.screen = Screen::Interview(Box::new(Interview::new(opened.questionnaire, opened.session, lock, now)));
    }

    /// Starts a session: saves it at once, locks it, opens the interview.
    pub fn start(&mut self, new: NewSession) -> Result<(), String> {
        let Started { opened, lock, carried } =
            lifecycle::start(self.store.as_ref(), &self.catalog, new, self.now()).map_err(|e| e.to_string())?;
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
        self.status = Some(match lock {
            None => Message::new(Level::Warning, msg::opened_elsewhere(id)),
            Some(_) if completed => Message::new(Level::Info, msg::completed_read_only(id)),
            Some(_) => Message::new(Level::Info, msg::resumed(id)),
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
            self.interview(opened, None);
            self.tell(Level::Info, msg::viewing(id));
        }
    }

    /// Opens the session browser: as it was left, with the sessions read again.
    pub fn open_browser(&mut self) {
        let opened = match self.stashed_browser.take() {
            Some(mut b) => b.reload(self.store.as_ref(), &self.catalog).map(|()| b),
            None => Browser::load(self.store.as_ref(), &self.catalog).map(Box::new),
        };
        match opened {
            Ok(b) => self.screen = Screen::Browser(b),
            Err(e) => self.tell(Level::Error, msg::cannot_list(&e)),
        }
    }

    /// Opens a session's summary, or its grid (the summary when it has none).
    fn open_report(&mut self, id: &str, grid: bool) {
        if let Some(opened) = self.opened(lifecycle::open(self.store.as_ref(), &self.catalog, id)) {
            self.show_report(opened, grid);
        }
    }

    fn show_report(&mut self, opened: Opened, grid: bool) {
        if grid && grid_of(&opened).is_some() {
            self.screen = Screen::Grid(Box::new(GridScreen { opened, selected: 0 }));
            return;
        }
        if grid {
            self.tell(Level::Info, msg::no_grid_summary());
        }
        let history = lifecycle::history(self.store.as_ref(), &self.catalog, &opened.session);
        self.screen = Screen::Summary(Box::new(Summary { opened, history, scroll: 0 }));
    }

    /// Switches between the summary and the grid of the session shown.
    fn switch_report(&mut self) {
        match std::mem::replace(&mut self.screen, Screen::Home(Home::empty())) {
            Screen::Summary(s) if grid_of(&s.opened).is_none() => {
                self.screen = Screen::Summary(s);
                self.tell(Level::Info, msg::no_grid());
            }
            Screen::Summary(s) => self.show_report(s.opened, true),
            Screen::Grid(g) => self.show_report(g.opened, false),
            other => self.screen = other,
        }
    }

    /// Saves the open session; on failure keeps it in memory, says so, and tries again later.
    pub fn save(&mut self) {
        if let Screen::Form(form) = &self.screen {
            return self.save_form_draft(form.draft(self.now()));
        }
        let Screen::Interview(it) = &mut self.screen else {
            self.unsaved = false;
            self.draft_due = None;
            return;
        };
        if it.read_only() {
            self.unsaved = false;
            self.draft_due = None;
            return;
        }
        match self.store.save(it.session()) {
            Ok(()) => {
                if let Some(merged) = self.store.take_merged(&it.session().id) {
                    it.ctl.adopt(merged);
                    self.status = Some(Message::new(Level::Info, msg::merged()));
                }
                if self.unsaved && self.status.as_ref().is_some_and(|m| m.level == Level::Error) {
                    self.status = Some(Message::new(Level::Info, msg::saved_again()));
                }
                self.unsaved = false;
                self.draft_due = None;
                it.draft_pending = false;
                self.time_counted = false;
                self.time_saved = Some(self.now());
            }
            Err(StoreError::Conflict { id, places }) => {
                // Both versions are kept: this window's goes on as a copy beside the original.
                match lifecycle::save_copy(self.store.as_ref(), it.session()) {
                    Ok(copy) => {
                        let copy_id = copy.session.id.clone();
                        it.ctl.continue_in(copy.session);
                        it.lock = Some(copy.lock);
                        self.unsaved = false;
                        self.draft_due = None;
                        it.draft_pending = false;
                        self.status = Some(Message::new(Level::Warning, msg::saved_as_copy(&id, &places, &copy_id)));
                    }
                    Err(e) => {
                        self.unsaved = true;
                        self.draft_due = None;
                        self.status = Some(Message::new(Level::Error, msg::not_saved(&e.to_string())));
                    }
                }
            }
            Err(e) => {
                // The draft rides with the retry of the whole session, every two seconds.
                self.unsaved = true;
                self.draft_due = None;
                let reason = match e {
                    StoreError::Io { path, source } => format!("{source} ({})", path.display()),
                    other => other.to_string(),
                };
                self.status = Some(Message::new(Level::Error, msg::not_saved(&reason)));
            }
        }
    }

    /// Saves what the new-session form holds as its draft (or forgets the draft when the form
    /// was emptied).
    fn save_form_draft(&mut self, draft: waypost_core::session::FormDraft) {
        let Screen::Form(form) = &mut self.screen else { return };
        if !form.draft_changed() {
            self.unsaved = false;
            self.draft_due = None;
            return;
        }
        let texts = form.texts();
        let written = if texts.iter().all(|t| t.trim().is_empty()) {
            self.store.remove_form_draft(&draft.questionnaire)
        } else {
            self.store.save_form_draft(&draft)
        };
        match written {
            Ok(()) => {
                form.saved = texts;
                self.unsaved = false;
                self.draft_due = None;
            }
            Err(e) => {
                self.unsaved = true;
                self.draft_due = None;
                self.status = Some(Message::new(Level::Error, msg::not_saved(&e.to_string())));
            }
        }
    }

    /// Writes the report shown to the exports folder: Markdown and HTML, and for one session a CSV
    /// that Excel opens with its accents right.
    pub fn export(&mut self) {
        let Some(dir) = self.exports.clone() else {
            self.tell(Level::Error, msg::no_exports_folder());
            return;
        };
        let history = |opened: &Opened| lifecycle::history(self.store.as_ref(), &self.catalog, &opened.session);
        let grid_history;
        let document = match &self.screen {
            Screen::Summary(shown) => session_document(&shown.opened, &shown.history),
            Screen::Grid(shown) => {
                grid_history = history(&shown.opened);
                session_document(&shown.opened, &grid_history)
            }
            Screen::Compare(c) => Document::Comparison { title: &c.compared.title, comparison: &c.compared.comparison },
            _ => return,
        };
        // Markdown and HTML of everything; for one session a CSV that Excel opens with its accents
        // right too.
        let formats: &[Format] = match document.kind() {
            Kind::Session => &[Format::Markdown, Format::Html, Format::Csv],
            Kind::Comparison | Kind::Report | Kind::Agenda => &[Format::Markdown, Format::Html],
        };
        let written = waypost_core::store::private_dir(&dir).and_then(|()| {
            for &format in formats {
                let bytes = document.bytes(format, true).map_err(std::io::Error::other)?;
                write_export(&dir.join(document.file_name(format)), "", None, &bytes)?;
            }
            Ok(())
        });
        let name = document.file_name(Format::Markdown);
        let name = name.trim_end_matches(".md");
        let csv = formats.contains(&Format::Csv);
        match written {
            Ok(()) => self.tell(Level::Info, msg::exported(name, &dir, csv)),
            Err(e) => self.tell(Level::Error, msg::export_failed(&dir, &e.to_string())),
        }
    }
}

/// A session's report, with what it reads from other sessions (the trend since the last review,
/// the workshops of its period).
fn session_document<'a>(opened: &'a Opened, history: &'a History) -> Document<'a> {
    Document::Session { questionnaire: &opened.questionnaire, session: &opened.session, history }
}
