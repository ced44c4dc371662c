//! The one interview controller that every shell drives: where the interview stands, moving
//! between questions, confirming answers, states, notes and override reasons, finishing, and the
//! seconds spent on each question. Shells turn keys or typed lines into these calls and show what
//! comes back; none of them changes a session any other way.

use std::cell::RefCell;
use std::rc::Rc;

use super::Flow;
use super::invalid::Warning;
use super::record::{self, Input, Refusal};
use crate::questionnaire::{AnswerState, Place, Question, Questionnaire};
use serde_json::Value;

use crate::session::{Draft, Session, Timestamp};

mod offered;
mod texts;
mod workshop;

/// The longest gap between two counts of time that is counted in full, in seconds: a longer one
/// means the computer slept or the program was stopped, which is no time spent in the room.
pub(super) const LONGEST_GAP: i64 = 120;

/// What counting the time on the section shown did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// No whole second more.
    Nothing,
    /// Seconds were added to the section's time.
    Seconds,
    /// Seconds were added, and the section (by its index) has now used the minutes it planned.
    PlannedEnd(usize),
}

/// Where a move led.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    /// To this question.
    To(Place),
    /// Past the last visible question: time to review and finish.
    PastLast,
    /// Nowhere: this is the first visible question.
    AtFirst,
}

/// What confirming an answer did.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirmed {
    /// The answer was recorded (or was already so), then the interview moved on.
    Recorded(Moved),
    /// Soft warnings hold: the answer waits for a reason to go on (give it with
    /// [`Controller::confirm`] again, with the reason).
    NeedsReason(Vec<Warning>),
    /// The value chooses an "other" choice: the answer waits for what it stands for ("please
    /// specify"; give it with [`Controller::confirm`] again, as [`Input::Other`]).
    NeedsOther {
        /// The "other" choice's label.
        label: String,
        /// What it stood for in the answer kept, to start from.
        said: Option<String>,
    },
}

/// What a save writes that can change: the audit trail (every answer, note, vote and dot logs
/// an event), the position, the drafts, and a dot vote going on. Two are equal when nothing to save changed between
/// them, so a shell asks the controller instead of counting events itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    events: usize,
    position: Option<String>,
    drafts: Vec<(String, crate::session::Draft)>,
    dot_vote: Option<crate::session::OpenDotVote>,
}

/// An interview in progress over one session.
#[derive(Debug)]
pub struct Controller {
    q: Questionnaire,
    session: Session,
    place: Option<Place>,
    since: Timestamp,
    /// When time was last counted for the section shown.
    counted: Timestamp,
    read_only: bool,
    /// The flow for the answers as they were when it was last worked out, keyed by the length of
    /// the audit trail (every change to the answers appends an event).
    flow_cache: RefCell<Option<(usize, Rc<Flow>)>>,
}

impl Controller {
    /// Opens a session at its saved position (read-only: nothing can be changed).
    pub fn new(mut q: Questionnaire, session: Session, read_only: bool, now: Timestamp) -> Controller {
        // Defaults taken from the session are filled in once: the inputs start from them.
        q.fill_defaults(&session.subject);
        let place = Flow::new(&q, session.answers()).resume_at(&q, session.answers(), session.position.as_deref());
        let mut c =
            Controller { q, session, place: None, since: now, counted: now, read_only, flow_cache: RefCell::new(None) };
        c.go(place, now);
        c
    }

    /// What the input of `question` starts with: its answer's value, else (neither a value nor an
    /// answer state given) its default.
    pub fn starting_value<'a>(&'a self, question: &'a Question) -> Option<&'a Value> {
        match self.session.answers().get(&question.id) {
            Some(answer) if answer.value.is_some() || answer.state.is_some() => answer.value.as_ref(),
            _ => question.default_value(),
        }
    }

    /// The questionnaire.
    pub fn questionnaire(&self) -> &Questionnaire {
        &self.q
    }

    /// The session as last changed.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Whether nothing may be changed.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Goes on from the session as saved when the store merged it with another program's changes
    /// (same id); the question shown stays.
    pub fn adopt(&mut self, merged: Session) {
        if merged.id == self.session.id {
            self.session = merged;
            *self.flow_cache.borrow_mut() = None;
        }
    }

    /// Goes on in a copy of the session saved under another id (the lifecycle's `save_copy`
    /// makes it): the same answers, position and drafts.
    pub fn continue_in(&mut self, copy: Session) {
        self.session = copy;
        *self.flow_cache.borrow_mut() = None;
    }

    /// Shows the session read-only, or (with `false`) allows changes again; a shell allows them
    /// only while it holds the session's lock.
    pub fn set_read_only(&mut self, read_only: bool) {
        self.read_only = read_only;
    }

    /// The question shown, if any is visible.
    pub fn place(&self) -> Option<Place> {
        self.place
    }

    /// The question shown.
    pub fn question(&self) -> Option<&Question> {
        self.place.map(|p| self.q.at(p))
    }

    /// The session's language.
    pub fn language(&self) -> &str {
        &self.session.language
    }

    /// The visible questions and progress for the current answers, worked out once per change
    /// (drawing a frame asks for it several times).
    pub fn flow(&self) -> Rc<Flow> {
        let key = self.session.events().len();
        let mut cache = self.flow_cache.borrow_mut();
        match cache.as_ref() {
            Some((k, flow)) if *k == key => flow.clone(),
            _ => {
                let flow = Rc::new(Flow::new(&self.q, self.session.answers()));
                *cache = Some((key, flow.clone()));
                flow
            }
        }
    }

    /// Shows a question (or none); returns whether the saved position changed.
    pub fn go(&mut self, place: Option<Place>, now: Timestamp) -> bool {
        // The time up to now belongs to the section being left.
        self.count_time(now);
        self.place = place;
        self.since = now;
        let Some(place) = place else { return false };
        let id = &self.q.at(place).id;
        let changed = self.session.position.as_deref() != Some(id.as_str());
        if changed && !self.read_only {
            self.session.position = Some(id.clone());
        }
        changed && !self.read_only
    }

    /// Moves to the next visible question (or the first, when none is shown).
    pub fn advance(&mut self, now: Timestamp) -> Moved {
        let flow = self.flow();
        let next = match self.place {
            Some(p) => flow.next(p),
            None => flow.visible.first().copied(),
        };
        match next {
            Some(p) => {
                self.go(Some(p), now);
                Moved::To(p)
            }
            None => Moved::PastLast,
        }
    }

    /// Moves to the previous visible question.
    pub fn back(&mut self, now: Timestamp) -> Moved {
        match self.place.and_then(|p| self.flow().previous(p)) {
            Some(p) => {
                self.go(Some(p), now);
                Moved::To(p)
            }
            None => Moved::AtFirst,
        }
    }

    /// Goes to the first visible question of a section; `None` when the section is skipped.
    pub fn go_to_section(&mut self, section: usize, now: Timestamp) -> Option<Place> {
        let place = self.flow().visible.iter().copied().find(|p| p.section == section)?;
        self.go(Some(place), now);
        Some(place)
    }

    fn writable(&self) -> Result<(), Refusal> {
        if self.read_only { Err(Refusal::ReadOnly) } else { Ok(()) }
    }

    fn current_id(&self) -> Result<String, Refusal> {
        self.question().map(|q| q.id.clone()).ok_or(Refusal::NothingShown)
    }

    /// Confirms an answer (a value, a state, or with `None` no answer) to the question shown and
    /// moves on. An answer equal to the one stored records nothing. With soft warnings holding,
    /// the answer is recorded only with a reason.
    pub fn confirm(
        &mut self,
        input: Option<Input>,
        reason: Option<&str>,
        now: Timestamp,
    ) -> Result<Confirmed, Refusal> {
        let Some(question) = self.question() else { return Err(Refusal::NothingShown) };
        if !question.takes_answer() || self.read_only {
            return Ok(Confirmed::Recorded(self.advance(now)));
        }
        let id = question.id.clone();
        if let Some(Input::Value(value)) = &input
            && let Some(label) = record::other_choice(&self.q, question, value)
        {
            let said = self.session.answers().get(&id).and_then(|a| a.other.clone());
            return Ok(Confirmed::NeedsOther { label, said });
        }
        let recorded = match input {
            None => {
                if self.session.answers().get(&id).is_some_and(|a| a.value.is_some()) {
                    record::clear(&self.q, &mut self.session, &id, now)?;
                }
                Ok(())
            }
            Some(input) => {
                let seconds = self.seconds(now);
                record::answer(&self.q, &mut self.session, &id, input, reason, now, seconds)
            }
        };
        match recorded {
            Ok(()) => {
                // What was typed is now the answer: its draft has done its work.
                self.change_draft(&id, |d| {
                    d.answer = None;
                    d.item = None;
                    d.pending = None;
                    d.reason = None;
                });
                Ok(Confirmed::Recorded(self.advance(now)))
            }
            Err(Refusal::NeedsOverride(warnings)) => Ok(Confirmed::NeedsReason(warnings)),
            Err(e) => Err(e),
        }
    }

    /// Where the session stands, to tell later whether anything to save changed (see
    /// [`Changes`]).
    pub fn changes(&self) -> Changes {
        Changes {
            events: self.session.events().len(),
            position: self.session.position.clone(),
            drafts: self.session.drafts().iter().map(|(id, d)| (id.clone(), d.clone())).collect(),
            dot_vote: self.session.dot_vote.clone(),
        }
    }

    /// The draft of the question shown: what was entered there and not yet confirmed.
    pub fn draft(&self) -> Option<&Draft> {
        self.session.drafts().get(&self.question()?.id)
    }

    /// Keeps what is entered for the question shown but not confirmed (or, with `None`, nothing);
    /// returns whether the draft changed. A draft is never an answer.
    pub fn set_draft(&mut self, draft: Option<Draft>) -> bool {
        match self.question().map(|q| q.id.clone()) {
            Some(id) => self.set_draft_of(&id, draft),
            None => false,
        }
    }

    /// Keeps a draft for a question by its id (one just left, say); see [`Controller::set_draft`].
    pub fn set_draft_of(&mut self, id: &str, draft: Option<Draft>) -> bool {
        !self.read_only && self.session.set_draft(id, draft)
    }

    fn change_draft(&mut self, id: &str, change: impl FnOnce(&mut Draft)) {
        if let Some(mut draft) = self.session.drafts().get(id).cloned() {
            change(&mut draft);
            self.session.set_draft(id, Some(draft));
        }
    }

    /// Gives an answer state to the question shown, then moves on.
    pub fn set_state(&mut self, state: AnswerState, now: Timestamp) -> Result<Confirmed, Refusal> {
        self.writable()?;
        self.confirm(Some(Input::State(state)), None, now)
    }

    /// Sets (or with an empty text removes) the note on the question shown; returns whether it
    /// changed.
    pub fn note(&mut self, text: &str, now: Timestamp) -> Result<bool, Refusal> {
        self.writable()?;
        let id = self.current_id()?;
        let before = self.session.events().len();
        record::note(&self.q, &mut self.session, &id, text, now)?;
        self.change_draft(&id, |d| d.note = None);
        Ok(self.session.events().len() != before)
    }

    /// The note on the question shown.
    pub fn current_note(&self) -> Option<&str> {
        let id = &self.question()?.id;
        self.session.answers().get(id)?.note.as_deref()
    }

    /// Switches the session to the questionnaire's next language (round to the first), logged
    /// in the session; returns the new language, or `None` when the questionnaire has only one.
    pub fn next_language(&mut self, now: Timestamp) -> Result<Option<String>, Refusal> {
        self.writable()?;
        let Some(next) = self.q.next_language(&self.session.language).map(str::to_owned) else { return Ok(None) };
        record::switch_language(&self.q, &mut self.session, &next, now)?;
        Ok(Some(next))
    }

    /// Finishes the session, or returns the visible required questions still without an answer.
    pub fn finish(&mut self, now: Timestamp) -> Result<(), Vec<String>> {
        if self.read_only {
            return Err(Vec::new());
        }
        record::complete(&self.q, &mut self.session, now)
    }

    /// The rows of a review: every visible question that takes an answer.
    pub fn review_rows(&self) -> Vec<Place> {
        self.flow().visible.iter().copied().filter(|p| self.q.at(*p).takes_answer()).collect()
    }

    /// Whether a question has a value or state.
    pub fn is_answered(&self, id: &str) -> bool {
        self.session.answers().get(id).is_some_and(crate::session::Answer::is_answered)
    }

    /// Whether a question's answer was copied from an earlier session and waits to be confirmed.
    pub fn to_confirm(&self, id: &str) -> bool {
        self.session.answers().get(id).is_some_and(|a| a.to_confirm)
    }

    /// Confirms, on purpose, every copied answer still to confirm; returns how many.
    pub fn confirm_copied(&mut self, now: Timestamp) -> Result<usize, Refusal> {
        self.writable()?;
        Ok(record::confirm_copied(&self.q, &mut self.session, now))
    }
}
