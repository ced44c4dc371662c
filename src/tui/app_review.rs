//! The app's review actions: the browser, read-only views, reports, follow-ups, comparisons,
//! exports.

use crate::interview::follow_up;
use crate::report::compare::compare;
use crate::session::{QuestionnaireRef, Session, Subject, new_session_id};
use crate::store::create_unique;

use super::app::{App, Screen};
use super::browser::Browser;
use super::interview::{Interview, Level};
use super::reports::{Compared, Page, Report};

impl App {
    /// Opens the session browser: as it was left, with the sessions read again.
    pub fn open_browser(&mut self) {
        let opened = match self.stashed_browser.take() {
            Some(mut b) => b.reload(self.store.as_ref(), &self.catalog).map(|()| b),
            None => Browser::load(self.store.as_ref(), &self.catalog).map(Box::new),
        };
        match opened {
            Ok(b) => self.screen = Screen::Browser(b),
            Err(e) => self.tell(Level::Error, format!("Could not list the sessions: {e}")),
        }
    }

    /// Loads a session with its questionnaire, saying what is wrong when it cannot.
    fn load(&mut self, id: &str) -> Option<(Session, crate::questionnaire::Questionnaire)> {
        let session = match self.store.load(id) {
            Ok(s) => s,
            Err(e) => {
                self.tell(Level::Error, e.to_string());
                return None;
            }
        };
        match self.catalog.get(&session.questionnaire.id) {
            Some(entry) => Some((session, entry.questionnaire.clone())),
            None => {
                let text = format!(
                    "Session {id} uses questionnaire \"{}\", which is not known here.",
                    session.questionnaire.id
                );
                self.tell(Level::Error, text);
                None
            }
        }
    }

    /// Opens a session read-only.
    pub fn view(&mut self, id: &str) {
        if let Some((session, q)) = self.load(id) {
            let now = self.now();
            self.screen = Screen::Interview(Box::new(Interview::new(q, session, None, now)));
            self.tell(Level::Info, format!("Viewing {id} read-only."));
        }
    }

    /// Opens a session's summary or grid.
    pub fn open_report(&mut self, id: &str, page: Page) {
        if let Some((session, q)) = self.load(id) {
            let report = Report { q, session, page, scroll: 0 };
            let page = if page != Page::Summary && report.grid().is_none() {
                self.tell(Level::Info, "This questionnaire has no grid view: showing the summary.");
                Page::Summary
            } else {
                page
            };
            self.screen = Screen::Report(Box::new(Report { page, ..report }));
        }
    }

    /// Starts a follow-up of a session: same organisation and people, answers copied to be
    /// confirmed, open items carried over.
    pub fn follow_up(&mut self, id: &str) {
        let Some((previous, q)) = self.load(id) else { return };
        let now = self.now();
        let qref = QuestionnaireRef::of(&q);
        let subject = Subject { extra: Default::default(), ..previous.subject.clone() };
        let new_id = new_session_id(now, &q.id, &subject.organisation);
        let mut session = Session::new(new_id, qref, previous.language.clone(), subject, now);
        follow_up(&q, &previous, &mut session, now);
        let opened = create_unique(self.store.as_ref(), &mut session).and_then(|()| self.store.lock(&session.id));
        match opened {
            Ok(lock) => {
                self.tell(Level::Info, format!("Follow-up of {id} started as {}: check each answer.", session.id));
                self.screen = Screen::Interview(Box::new(Interview::new(q, session, Some(lock), now)));
            }
            Err(e) => self.tell(Level::Error, e.to_string()),
        }
    }

    /// Compares two sessions of one questionnaire.
    pub fn compare(&mut self, before: &str, after: &str) {
        let (Some((a, q)), Some((b, _))) = (self.load(before), self.load(after)) else { return };
        if a.questionnaire.id != b.questionnaire.id {
            self.tell(Level::Error, "Only sessions of the same questionnaire can be compared.");
            return;
        }
        // The earlier one goes first, whichever was marked.
        let (a, b) = if a.created_at <= b.created_at { (a, b) } else { (b, a) };
        let title = format!("{} — {}", q.title.get(&b.language, q.default_language()), b.subject.organisation);
        self.screen = Screen::Compared(Box::new(Compared { title, comparison: compare(&q, &a, &b), scroll: 0 }));
    }

    /// Writes the report shown (Markdown and HTML) to the exports folder.
    pub fn export(&mut self) {
        let Some(dir) = self.exports.clone() else {
            self.tell(Level::Error, "No exports folder is set.");
            return;
        };
        let (name, md, html) = match &self.screen {
            Screen::Report(r) => {
                (r.session.id.clone(), crate::report::markdown(&r.q, &r.session), crate::report::html(&r.q, &r.session))
            }
            Screen::Compared(c) => (
                format!("{}--{}", c.comparison.before, c.comparison.after),
                crate::report::cross::compare_markdown(&c.title, &c.comparison),
                crate::report::cross::compare_html(&c.title, &c.comparison),
            ),
            _ => return,
        };
        let written = crate::store::private_dir(&dir).and_then(|()| {
            crate::store::write_atomic(&dir.join(format!("{name}.md")), md.as_bytes(), None)?;
            crate::store::write_atomic(&dir.join(format!("{name}.html")), html.as_bytes(), None)
        });
        match written {
            Ok(()) => self.tell(Level::Info, format!("Wrote {name}.md and {name}.html in {}", dir.display())),
            Err(e) => self.tell(Level::Error, format!("Could not export to {}: {e}", dir.display())),
        }
    }
}
