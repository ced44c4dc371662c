//! The interview screen's state and what each action does to it. Every change to the session goes
//! through the engine; the app saves after each one.

use crate::interview::{self, Flow, Input, Refusal};
use crate::questionnaire::{AnswerState, Kind, Place, Question, Questionnaire};
use crate::session::{Session, Timestamp};
use crate::store::LockGuard;
use ratatui_textarea::TextArea;

use super::editor::{Editor, text_area};
use super::list_editor::FieldOutcome;

/// How a message reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// For information.
    Info,
    /// A soft warning.
    Warning,
    /// Something went wrong or was refused.
    Error,
}

/// A message under the question or in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// How it reads.
    pub level: Level,
    /// What it says.
    pub text: String,
}

impl Message {
    /// A message of a level.
    pub fn new(level: Level, text: impl Into<String>) -> Message {
        Message { level, text: text.into() }
    }
}

/// A text asked for on top of the question.
#[derive(Debug, Clone)]
pub enum Prompt {
    /// The note on the question.
    Note(Box<TextArea<'static>>),
    /// The reason to go on past soft warnings.
    Reason {
        /// The warnings that hold.
        warnings: Vec<String>,
        /// The answer waiting for the reason.
        input: Input,
        /// The reason being typed.
        area: Box<TextArea<'static>>,
    },
}

/// An interview in progress.
pub struct Interview {
    /// The questionnaire.
    pub q: Questionnaire,
    /// The session, as last changed (saved by the app after each change).
    pub session: Session,
    /// The question shown; `None` when nothing is visible.
    pub place: Option<Place>,
    /// Its input.
    pub editor: Editor,
    /// Whether keys go into the text input.
    pub typing: bool,
    /// A note or reason being typed.
    pub prompt: Option<Prompt>,
    /// The message under the question.
    pub message: Option<Message>,
    /// Whether the question's help is shown.
    pub show_help: bool,
    /// When the question was reached, for the time spent on it.
    pub since: Timestamp,
    /// The review screen's highlighted row, while it is open.
    pub review: Option<usize>,
    /// Opened to look at only: nothing is changed or saved.
    pub read_only: bool,
    /// The edit lock, held while the interview is open.
    pub lock: Option<LockGuard>,
    /// The flow for the answers as they were when it was last worked out, keyed by the length of
    /// the audit trail (every change to the answers appends an event).
    flow_cache: std::cell::RefCell<Option<(usize, std::rc::Rc<Flow>)>>,
}

impl Interview {
    /// Opens a session at its saved position.
    pub fn new(q: Questionnaire, session: Session, lock: Option<LockGuard>, now: Timestamp) -> Interview {
        let place = Flow::new(&q, &session.answers).resume_at(&q, &session.answers, session.position.as_deref());
        let mut it = Interview {
            q,
            session,
            place: None,
            editor: Editor::None,
            typing: false,
            prompt: None,
            message: None,
            show_help: false,
            since: now,
            review: None,
            read_only: lock.is_none(),
            lock,
            flow_cache: std::cell::RefCell::new(None),
        };
        it.go(place, now);
        it
    }

    /// The question shown.
    pub fn question(&self) -> Option<&Question> {
        self.place.map(|p| self.q.at(p))
    }

    /// The visible questions and progress for the current answers, worked out once per change
    /// (drawing a frame asks for it several times).
    pub fn flow(&self) -> std::rc::Rc<Flow> {
        let key = self.session.events.len();
        let mut cache = self.flow_cache.borrow_mut();
        match cache.as_ref() {
            Some((k, flow)) if *k == key => flow.clone(),
            _ => {
                let flow = std::rc::Rc::new(Flow::new(&self.q, &self.session.answers));
                *cache = Some((key, flow.clone()));
                flow
            }
        }
    }

    /// Shows a question; returns whether the saved position changed.
    pub fn go(&mut self, place: Option<Place>, now: Timestamp) -> bool {
        self.place = place;
        self.since = now;
        self.message = None;
        self.prompt = None;
        let Some(place) = place else {
            self.editor = Editor::None;
            self.typing = false;
            return false;
        };
        let question = self.q.at(place);
        let current = self.session.answers.get(&question.id).and_then(|a| a.value.as_ref());
        self.editor = Editor::new(&self.q, question, current);
        self.typing = self.editor.is_text() && !self.read_only;
        let id = question.id.clone();
        let changed = self.session.position.as_deref() != Some(id.as_str());
        if changed && !self.read_only {
            self.session.position = Some(id);
        }
        changed && !self.read_only
    }

    fn seconds(&self, now: Timestamp) -> Option<f64> {
        let ms = (now - self.since).num_milliseconds();
        (ms >= 0).then(|| ms as f64 / 1000.0)
    }

    fn refuse_read_only(&mut self) -> bool {
        if self.read_only {
            self.message = Some(Message::new(Level::Info, "Opened read-only: nothing can be changed here."));
        }
        self.read_only
    }

    /// Moves to the next visible question, or to the review after the last one.
    pub fn advance(&mut self, now: Timestamp) -> bool {
        let flow = self.flow();
        let next = match self.place {
            Some(p) => flow.next(p),
            None => flow.visible.first().copied(),
        };
        match next {
            Some(p) => self.go(Some(p), now),
            None => {
                self.review = Some(0);
                self.message = Some(Message::new(
                    Level::Info,
                    "That was the last question. Check the answers, then press f to finish.",
                ));
                false
            }
        }
    }

    /// Moves to the previous visible question.
    pub fn back(&mut self, now: Timestamp) -> bool {
        match self.place.and_then(|p| self.flow().previous(p)) {
            Some(p) => self.go(Some(p), now),
            None => {
                self.message = Some(Message::new(Level::Info, "This is the first question."));
                false
            }
        }
    }

    /// Confirms what is entered and moves on; returns whether the session changed.
    pub fn confirm(&mut self, now: Timestamp) -> bool {
        let Some(place) = self.place else { return false };
        let question = self.q.at(place).clone();
        let flow = self.flow();
        if let Editor::List(list) = &mut self.editor
            && list.editing.is_some()
        {
            let outside = |id: &str| flow.seen(&self.q, &self.session.answers, id);
            match list.confirm_field(&self.q, &question, &outside) {
                Ok(FieldOutcome::Next) => self.message = None,
                Ok(FieldOutcome::ItemDone) => {
                    self.message = Some(Message::new(
                        Level::Info,
                        "Item added to the list: press Enter to confirm the list, + to add another.",
                    ))
                }
                Err(e) => self.message = Some(Message::new(Level::Error, e)),
            }
            self.typing =
                matches!(&self.editor, Editor::List(l) if l.editing.as_ref().is_some_and(|e| e.editor.is_text()));
            return false;
        }
        if question.kind == Kind::Note {
            return self.advance(now);
        }
        if self.read_only {
            return self.advance(now);
        }
        let value = match self.editor.value(&self.q, &question) {
            Ok(v) => v,
            Err(e) => {
                self.message = Some(Message::new(Level::Error, e));
                return false;
            }
        };
        match value {
            None => {
                let had = self.session.answers.get(&question.id).is_some_and(|a| a.value.is_some());
                if had {
                    let _ = interview::clear(&self.q, &mut self.session, &question.id, now);
                }
                let moved = self.advance(now);
                had || moved
            }
            Some(v) => self.submit(Input::Value(v), None, now),
        }
    }

    /// Gives an answer to the engine; on soft warnings asks for a reason first.
    fn submit(&mut self, input: Input, reason: Option<&str>, now: Timestamp) -> bool {
        let Some(question) = self.question() else { return false };
        let id = question.id.clone();
        let seconds = self.seconds(now);
        match interview::answer(&self.q, &mut self.session, &id, input.clone(), reason, now, seconds) {
            Ok(()) => {
                self.advance(now);
                true
            }
            Err(Refusal::NeedsOverride(warnings)) => {
                self.prompt = Some(Prompt::Reason { warnings, input, area: Box::new(text_area("", false)) });
                false
            }
            Err(other) => {
                self.message = Some(Message::new(Level::Error, other.to_string()));
                false
            }
        }
    }

    /// Confirms the prompt being typed (note or reason).
    pub fn confirm_prompt(&mut self, now: Timestamp) -> bool {
        let Some(prompt) = self.prompt.take() else { return false };
        match prompt {
            Prompt::Note(area) => {
                let Some(id) = self.question().map(|q| q.id.clone()) else { return false };
                let before = self.session.answers.get(&id).and_then(|a| a.note.clone());
                let _ = interview::note(&self.q, &mut self.session, &id, &area.lines().join("\n"), now);
                let after = self.session.answers.get(&id).and_then(|a| a.note.clone());
                self.message =
                    Some(Message::new(Level::Info, if after.is_some() { "Note saved." } else { "Note removed." }));
                before != after
            }
            Prompt::Reason { warnings, input, area } => {
                let reason = area.lines().join(" ");
                if reason.trim().is_empty() {
                    self.message =
                        Some(Message::new(Level::Warning, "Give a reason to go on, or Esc to change the answer."));
                    self.prompt = Some(Prompt::Reason { warnings, input, area });
                    return false;
                }
                self.submit(input, Some(&reason), now)
            }
        }
    }

    /// Opens the note prompt.
    pub fn open_note(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        if let Some(q) = self.question() {
            let note = self.session.answers.get(&q.id).and_then(|a| a.note.clone()).unwrap_or_default();
            self.prompt = Some(Prompt::Note(Box::new(text_area(&note, true))));
        }
    }

    /// Gives an answer state instead of an answer.
    pub fn set_state(&mut self, state: AnswerState, now: Timestamp) -> bool {
        if self.refuse_read_only() {
            return false;
        }
        self.submit(Input::State(state), None, now)
    }

    /// The rows of the review: every visible question that takes an answer.
    pub fn review_rows(&self) -> Vec<Place> {
        self.flow().visible.iter().copied().filter(|p| self.q.at(*p).takes_answer()).collect()
    }

    /// Finishes the session if the engine allows it; says what is missing otherwise.
    pub fn finish(&mut self, now: Timestamp) -> bool {
        if self.refuse_read_only() {
            return false;
        }
        match interview::complete(&self.q, &mut self.session, now) {
            Ok(()) => {
                self.message = Some(Message::new(Level::Info, "The session is completed and saved."));
                true
            }
            Err(missing) => {
                let lang = self.session.language.clone();
                let names: Vec<String> = missing
                    .iter()
                    .filter_map(|id| self.q.question(id))
                    .map(|q| crate::text::line(q.prompt.get(&lang, self.q.default_language())).into_owned())
                    .collect();
                self.message =
                    Some(Message::new(Level::Error, format!("Still missing ({}): {}", names.len(), names.join(" · "))));
                false
            }
        }
    }

    /// The answer shown for a question in the review.
    pub fn answer_text(&self, question: &Question) -> String {
        let answer = self.session.answers.get(&question.id);
        crate::report::values::answer_text(&self.q, question, answer, &self.session.language)
    }

    /// Whether a question has a value or state.
    pub fn is_answered(&self, id: &str) -> bool {
        self.session.answers.get(id).is_some_and(|a| a.is_answered())
    }
}
