//! The input of one question (or one list field): choices, a text input, or a list of items.
//! It turns what was typed or ticked into a value for the engine to check.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui_textarea::TextArea;
use serde_json::Value;
use waypost_core::interview::Invalid;
use waypost_core::interview::typed::typed_value;
use waypost_core::questionnaire::{Choice, Question, Questionnaire, Shape};

use super::choice_filter::{ChoiceFilter, FILTER_FROM};
use super::list_editor::ListEditor;
use crate::tui::widgets::text_input::{pasted, text_area, type_into, typed};

/// The input of a question.
#[derive(Debug, Clone)]
pub enum Editor {
    /// A note: nothing to enter.
    None,
    /// A list of choices; `picked` marks the ticked ones (one at most for a single choice).
    Choices {
        /// The values of the choices offered, in order: every choice of the question, or those
        /// a cascading select offers after the answers before it.
        values: Vec<String>,
        /// The highlighted choice.
        cursor: usize,
        /// Which choices are ticked.
        picked: Vec<bool>,
        /// Which choices stand alone ("None of the above") in a multi-select.
        alone: Vec<bool>,
        /// Whether several may be ticked.
        multi: bool,
        /// Whether the interviewer has moved or ticked: until then Enter records nothing that was
        /// not already chosen, and no choice is highlighted.
        touched: bool,
        /// The key that picks each choice: the digit of a choice whose value is one (a 0–3
        /// scale is keyed 0–3), else 1–9 in order.
        keys: Vec<Option<char>>,
        /// Stored values that are no longer choices (a newer version of the questionnaire): shown,
        /// and kept until another choice is made.
        stale: Vec<String>,
        /// The filter being typed, on a long list of choices.
        filter: Option<ChoiceFilter>,
    },
    /// A text, number or date input.
    Text(Box<TextArea<'static>>),
    /// A list of items.
    List(ListEditor),
}

/// The key of each choice: its value when every value is a distinct digit (a 0–3 scale is keyed
/// 0–3, so the number heard is the key pressed), else 1–9 in order.
fn keys(choices: &[&Choice]) -> Vec<Option<char>> {
    let digit = |v: &str| v.len() == 1 && v.as_bytes()[0].is_ascii_digit();
    let distinct = choices.iter().map(|c| c.value.as_str()).collect::<std::collections::HashSet<_>>().len();
    if !choices.is_empty() && distinct == choices.len() && choices.iter().all(|c| digit(&c.value)) {
        choices.iter().map(|c| c.value.chars().next()).collect()
    } else {
        (0..choices.len())
            .map(|i| u32::try_from(i + 1).ok().filter(|n| *n <= 9).and_then(|n| char::from_digit(n, 10)))
            .collect()
    }
}

/// The text an input shows for a stored value: a text or date as it is, a number as written.
pub(crate) fn text_of(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

impl Editor {
    /// The input for a question, filled with its current value.
    pub fn new(q: &Questionnaire, question: &Question, current: Option<&Value>) -> Editor {
        Editor::offering(&q.choices(question).iter().collect::<Vec<_>>(), question, current)
    }

    /// The input for a question offering `choices` (those of a cascading select offered now),
    /// filled with its current value.
    pub fn offering(choices: &[&Choice], question: &Question, current: Option<&Value>) -> Editor {
        match question.kind.shape() {
            Shape::Nothing => Editor::None,
            Shape::Choices { multi } => {
                let chosen: Vec<&str> = match current {
                    Some(Value::String(s)) => vec![s.as_str()],
                    Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
                    _ => vec![],
                };
                let picked: Vec<bool> = choices.iter().map(|c| chosen.contains(&c.value.as_str())).collect();
                let cursor = picked.iter().position(|p| *p).unwrap_or(0);
                let stale = chosen
                    .iter()
                    .filter(|v| !choices.iter().any(|c| c.value == **v))
                    .map(|v| (*v).to_owned())
                    .collect();
                Editor::Choices {
                    values: choices.iter().map(|c| c.value.clone()).collect(),
                    cursor,
                    picked,
                    alone: choices.iter().map(|c| c.exclusive).collect(),
                    multi,
                    touched: false,
                    keys: keys(choices),
                    stale,
                    filter: None,
                }
            }
            Shape::Typed => Editor::Text(Box::new(text_area(&text_of(current), question.multiline))),
            Shape::List => {
                let items = match current {
                    Some(Value::Array(items)) => items.iter().filter_map(|i| i.as_object().cloned()).collect(),
                    _ => Vec::new(),
                };
                Editor::List(ListEditor::new(items))
            }
        }
    }

    /// The choices this input offers, in its order (none for another input).
    pub fn choices<'q>(&self, q: &'q Questionnaire, question: &'q Question) -> Vec<&'q Choice> {
        match self {
            Editor::Choices { values, .. } => values.iter().filter_map(|v| q.choice(question, v)).collect(),
            Editor::None | Editor::Text(_) | Editor::List(_) => Vec::new(),
        }
    }

    /// The value of the choice offered at `index`.
    pub fn value_at(&self, index: usize) -> Option<String> {
        match self {
            Editor::Choices { values, .. } => values.get(index).cloned(),
            Editor::None | Editor::Text(_) | Editor::List(_) => None,
        }
    }

    /// How many choices the input on screen offers (a list's field's, while one is entered).
    pub fn offered(&self) -> usize {
        match self {
            Editor::Choices { values, .. } => values.len(),
            Editor::List(ListEditor { editing: Some(edit), .. }) => edit.editor.offered(),
            Editor::None | Editor::Text(_) | Editor::List(_) => 0,
        }
    }

    /// Whether this input takes typed text.
    pub fn is_text(&self) -> bool {
        matches!(self, Editor::Text(_))
    }

    /// What is typed in a text input, exactly; empty for any other input.
    pub fn typed_text(&self) -> String {
        match self {
            Editor::Text(area) => typed(area),
            _ => String::new(),
        }
    }

    /// Moves the highlight up (the first press on untouched choices highlights the first).
    pub fn up(&mut self) {
        self.step(false);
    }

    /// Moves the highlight down (the first press on untouched choices highlights the first).
    pub fn down(&mut self) {
        self.step(true);
    }

    /// Moves the highlight to the next or previous choice shown (only those the filter lets
    /// through, while one is typed).
    fn step(&mut self, forward: bool) {
        if let Editor::List(list) = self {
            if forward {
                list.down();
            } else {
                list.up();
            }
            return;
        }
        let shown = self.shown_choices();
        let Editor::Choices { cursor, picked, touched, .. } = self else { return };
        if !shown.contains(cursor) {
            // The highlight was filtered away: it comes back on the first choice shown.
            *cursor = shown.first().copied().unwrap_or(*cursor);
        } else if *touched || picked.contains(&true) {
            let next =
                if forward { shown.iter().find(|i| **i > *cursor) } else { shown.iter().rev().find(|i| **i < *cursor) };
            *cursor = next.copied().unwrap_or(*cursor);
        }
        *touched = true;
    }

    /// The choices shown (0-based): every one, or those the filter lets through.
    pub fn shown_choices(&self) -> Vec<usize> {
        match self {
            Editor::Choices { filter: Some(filter), .. } => filter.matching(),
            Editor::Choices { picked, .. } => (0..picked.len()).collect(),
            _ => Vec::new(),
        }
    }

    /// Opens the filter on a list of choices long enough to have one; `choices` are each
    /// choice's label (in the session's language) and value.
    pub fn open_filter<'a>(&mut self, choices: impl Iterator<Item = (&'a str, &'a str)>) {
        if let Editor::Choices { filter, picked, .. } = self
            && picked.len() >= FILTER_FROM
        {
            *filter = Some(ChoiceFilter::new(choices));
        }
    }

    /// Whether a filter is being typed.
    pub fn filtering(&self) -> bool {
        matches!(self, Editor::Choices { filter: Some(_), .. })
    }

    /// Closes the filter: every choice is shown again, the highlight where it was.
    pub fn close_filter(&mut self) {
        if let Editor::Choices { filter, .. } = self {
            *filter = None;
        }
    }

    /// The choice a digit key picks, if any.
    pub fn key_index(&self, digit: u8) -> Option<usize> {
        let Editor::Choices { keys, .. } = self else { return None };
        let key = char::from(b'0' + digit);
        keys.iter().position(|k| *k == Some(key))
    }

    /// Whether the choice `index` is drawn when the choices are laid out in `area` (see
    /// [`super::input_view::ChoiceLayout`]).
    pub fn in_view(&self, index: usize, area: Rect) -> bool {
        super::input_view::ChoiceLayout::of(self, area)
            .is_none_or(|(layout, shown)| shown.iter().skip(layout.first).take(layout.shown).any(|i| *i == index))
    }

    /// Whether confirming should keep the stored answer as it is: a value that is no longer a
    /// choice, not replaced by another.
    pub fn keeps_stored(&self) -> bool {
        matches!(self, Editor::Choices { stale, touched: false, .. } if !stale.is_empty())
    }

    /// Ticks or unticks the highlighted choice (a single choice: picks it). A choice that
    /// stands alone clears the others when ticked, and is cleared when another is.
    pub fn toggle(&mut self) {
        if let Editor::Choices { cursor, picked, alone, multi, touched, .. } = self
            && *cursor < picked.len()
        {
            *touched = true;
            let was = picked[*cursor];
            if !*multi {
                picked.iter_mut().for_each(|p| *p = false);
            } else if !was {
                let ticking_alone = alone.get(*cursor).copied().unwrap_or(false);
                for (i, p) in picked.iter_mut().enumerate() {
                    if ticking_alone || alone.get(i).copied().unwrap_or(false) {
                        *p = false;
                    }
                }
            }
            picked[*cursor] = !was || !*multi;
        }
    }

    /// Highlights the n-th choice (0-based); false if there is none.
    pub fn highlight(&mut self, n: usize) -> bool {
        match self {
            Editor::Choices { cursor, picked, touched, .. } if n < picked.len() => {
                *cursor = n;
                *touched = true;
                true
            }
            _ => false,
        }
    }

    /// Passes a key to the text input, or to the filter of the choices.
    pub fn type_key(&mut self, key: KeyEvent) {
        let changed = match self {
            Editor::Text(area) => {
                type_into(area, key);
                false
            }
            Editor::Choices { filter: Some(filter), .. } => filter.type_key(key),
            _ => false,
        };
        if changed {
            self.follow_filter();
        }
    }

    /// Keeps the highlight on a choice the filter shows: the first one, when it was filtered
    /// away.
    fn follow_filter(&mut self) {
        let shown = self.shown_choices();
        if let Editor::Choices { cursor, touched, .. } = self
            && let Some(first) = shown.first()
        {
            if !shown.contains(cursor) {
                *cursor = *first;
            }
            *touched = true;
        }
    }

    /// Inserts text (a paste): its line breaks (`\r\n`, `\r` or `\n`) are new lines in a
    /// multi-line input and spaces in a one-line input; nothing else is changed. Into a filter,
    /// on one line.
    pub fn paste(&mut self, text: &str, multiline: bool) {
        match self {
            Editor::Text(area) => {
                area.insert_str(pasted(text, multiline));
            }
            Editor::Choices { filter: Some(filter), .. } => {
                filter.paste(text);
                self.follow_filter();
            }
            _ => {}
        }
    }

    /// Starts a new line in a multi-line text.
    pub fn new_line(&mut self) {
        if let Editor::Text(area) = self {
            area.insert_newline();
        }
    }

    /// The value entered, or `None` when nothing is: an empty text, no choice ticked. Numbers and
    /// dates are read here; the engine then checks the value against the question.
    pub fn value(&self, question: &Question, language: &str, today: NaiveDate) -> Result<Option<Value>, Invalid> {
        match self {
            Editor::None => Ok(None),
            Editor::Choices { values, cursor, picked, multi, touched, .. } => {
                if *multi {
                    let chosen = values.iter().zip(picked).filter(|(_, p)| **p).map(|(v, _)| Value::from(v.clone()));
                    Ok(Some(Value::Array(chosen.collect())))
                } else {
                    // Untouched, Enter records only what was chosen, never the first choice.
                    let index = picked.iter().position(|p| *p).or(touched.then_some(*cursor));
                    Ok(index.and_then(|i| values.get(i)).map(|v| Value::from(v.clone())))
                }
            }
            Editor::Text(area) => typed_value(question, &typed(area), language, today),
            Editor::List(list) => Ok(Some(Value::Array(list.items.iter().cloned().map(Value::Object).collect()))),
        }
    }
}
