//! The app's effects: opening, starting and saving sessions, the browser, reports, comparisons,
//! the trash and exports. Sessions are started, opened and compared by the core's
//! [`lifecycle`](waypost_core::lifecycle), as in every shell.

use waypost_core::lifecycle::{self, LifecycleError, NewSession};
use waypost_core::session::Subject;

use super::{App, Screen};
use crate::tui::effect::Effect;
use crate::tui::messages as msg;
use crate::tui::screens::compare::Compare;
use crate::tui::screens::home::Home;
use crate::tui::widgets::Level;

impl App {
    /// Carries out an effect.
    pub(crate) fn perform(&mut self, effect: Effect) {
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
            Effect::Summary(id) => self.open_report(&id, false, true),
            Effect::Finished(id) => {
                // The completion is on disk before the report reads it; a failed save keeps the
                // interview open, with its message.
                self.save();
                if !self.unsaved {
                    // Sent in the background when this laptop belongs to a team.
                    if let Some(background) = &self.background {
                        background.queue(&id);
                    }
                    self.open_report(&id, true, false);
                    self.tell(Level::Info, msg::finished_report());
                }
            }
            Effect::Grid(id) => self.open_report(&id, true, true),
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
                // Brought back meanwhile by another window or `waypost restore`: nothing to undo.
                Err(_) if self.store.exists(&id) => {
                    // A browser read afresh: it has nothing left to undo.
                    self.open_browser();
                    self.tell(Level::Info, msg::restored_already(&id));
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
                    Some(subject) => {
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
                                    form.error = Some(e.to_string());
                                }
                            }
                        }
                    }
                    None => form.error = Some(msg::organisation_needed()),
                }
            }
        }
    }

    /// What a lifecycle step gave, or `None` with its error in the status line.
    pub(super) fn opened<T>(&mut self, result: Result<T, LifecycleError>) -> Option<T> {
        result.map_err(|e| self.tell(Level::Error, e.to_string())).ok()
    }
}
