//! Saving: drafts of what is typed within a second, the session shown (merged with another
//! program's edit, or kept as a copy on a conflict; retried when it fails), everything before
//! the app ends, and the new-session form's draft.

use std::time::{Duration, Instant};

use waypost_core::lifecycle::{self, Saved};
use waypost_core::store::StoreError;

use super::{App, DRAFT_DELAY, Screen};
use crate::tui::messages as msg;
use crate::tui::widgets::{Level, Message};

impl App {
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
        let after_failure = self.unsaved && self.status.as_ref().is_some_and(|m| m.level == Level::Error);
        match lifecycle::save(self.store.as_ref(), &mut it.ctl) {
            Ok(saved) => {
                if let Some(text) = saved.message(after_failure) {
                    let level = if matches!(saved, Saved::AsCopy { .. }) { Level::Warning } else { Level::Info };
                    self.status = Some(Message::new(level, text));
                }
                it.draft_pending = false;
                self.unsaved = false;
                self.draft_due = None;
                if let Saved::AsCopy { lock, .. } = saved {
                    // This window goes on in the copy, under the copy's lock.
                    it.lock = Some(lock);
                } else {
                    self.time_counted = false;
                    self.time_saved = Some(self.now());
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
    pub(super) fn save_form_draft(&mut self, draft: waypost_core::session::FormDraft) {
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

    /// Keeps what the open interview's inputs hold as its draft (when they may have changed), and
    /// saves drafts at once on leaving a question.
    pub(super) fn sync_draft(&mut self, changes_input: bool) {
        let now = self.now();
        if let Screen::Form(form) = &self.screen {
            if changes_input && form.draft_changed() {
                self.draft_due.get_or_insert_with(|| Instant::now() + DRAFT_DELAY);
            }
            return;
        }
        let Screen::Interview(it) = &mut self.screen else { return };
        if changes_input && it.sync_draft(now) {
            self.draft_due.get_or_insert_with(|| Instant::now() + DRAFT_DELAY);
        }
        let at = it.question().map(|q| q.id.clone());
        if at != self.synced_at {
            // Leaving a question: what was typed there is saved now.
            self.unsaved |= self.draft_due.is_some();
            self.synced_at = at;
        }
        it.draft_pending = self.draft_due.is_some();
    }

    /// How long the event loop may wait for a key before saving is due.
    pub fn patience(&self) -> Duration {
        let retry = Duration::from_secs(2);
        self.draft_due.map_or(retry, |due| due.saturating_duration_since(Instant::now()).min(retry))
    }

    /// Saves everything before the app ends, however it ends; returns whether all is on disk.
    pub fn save_before_exit(&mut self) -> bool {
        self.count_time();
        self.unsaved |= self.time_counted;
        self.sync_draft(true);
        if self.unsaved || self.draft_due.is_some() {
            self.save();
        }
        !self.unsaved
    }
}
