//! What actions do in an interview: answering, moving, notes, states, lists, the review.

use waypost_core::session::Timestamp;

use super::editor::Editor;
use super::list_editor::ListEditor;
use super::{Hit, Interview, Layer, Prompt};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::messages as msg;
use crate::tui::widgets::text_input::pasted;
use crate::tui::widgets::{Level, Message};

/// The input keys go to: a list item's field while one is entered, else the question's.
pub(super) fn active(it: &mut Interview) -> &mut Editor {
    match &mut it.editor {
        Editor::List(ListEditor { editing: Some(edit), .. }) => &mut edit.editor,
        editor => editor,
    }
}

/// Whether the input keys go to is a text input.
fn active_is_text(it: &mut Interview) -> bool {
    active(it).is_text()
}

/// Updates an interview for an action; returns whether the session changed, and an effect.
pub(crate) fn update(it: &mut Interview, action: Action, now: Timestamp) -> (bool, Option<Effect>) {
    match &it.layer {
        Layer::Prompt(_) => return (prompt(it, action, now), None),
        Layer::Review(_) => return review(it, action, now),
        Layer::Voting(_) => return (super::vote::update(it, action, now), None),
        Layer::Dotting(_) => return (super::dot_vote::update(it, action, now), None),
        Layer::Question => {}
    }
    if active(it).filtering() {
        return (filter(it, action, now), None);
    }
    if let Some(changed) = super::list_update::update(it, &action, now) {
        return (changed, None);
    }
    let multiline = match (&it.editor, it.question()) {
        (Editor::List(l), Some(list)) => l.field(list).is_some_and(|f| f.multiline),
        (_, question) => question.is_some_and(|q| q.multiline),
    };
    let changed = match action {
        Action::Type(key) => {
            active(it).type_key(key);
            false
        }
        Action::Paste(text) => {
            if !active_is_text(it) || it.question().is_some_and(|q| q.read_only) {
                return (false, None);
            }
            it.typing = true;
            active(it).paste(&text, multiline);
            false
        }
        Action::NewLine => {
            active(it).new_line();
            false
        }
        Action::Up => {
            active(it).up();
            false
        }
        Action::Down => {
            active(it).down();
            false
        }
        Action::Toggle => {
            active(it).toggle();
            false
        }
        Action::Pick(n) => {
            // Keys typed faster than frames are drawn go to an input no frame showed yet: its
            // layout is not known, and its digits are taken as typed.
            let key = it.choices_key();
            let area = it.choices_area.borrow().as_ref().filter(|(_, drawn)| *drawn == key).map(|(area, _)| *area);
            let editor = active(it);
            let Some(index) = editor.key_index(n) else { return (false, None) };
            // A choice scrolled out of view is not picked by its digit: the answer would change
            // where the facilitator cannot see it.
            if let Some(area) = area
                && !editor.in_view(index, area)
            {
                it.message = Some(Message::new(Level::Info, msg::choice_not_in_view(n)));
                return (false, None);
            }
            let editor = active(it);
            // A single choice is confirmed at once; in a multi-select a digit ticks, as Space does.
            let single = matches!(editor, Editor::Choices { multi: false, .. });
            editor.highlight(index);
            editor.toggle();
            single && it.confirm(now)
        }
        Action::Confirm => it.confirm(now),
        Action::Previous => it.back(now),
        Action::Skip => it.advance(now),
        Action::Edit => {
            if let Some(question) = it.question().cloned()
                && let Editor::List(list) = &mut it.editor
            {
                list.edit(it.ctl.questionnaire(), &question);
            }
            let fixed = it.question().is_some_and(|q| q.read_only) && !matches!(it.editor, Editor::List(_));
            it.typing = active_is_text(it) && !it.read_only() && !fixed;
            false
        }
        Action::AddItem => {
            if it.read_only() {
                return (false, None);
            }
            if let Some(question) = it.question().cloned()
                && let Editor::List(list) = &mut it.editor
            {
                list.add(it.ctl.questionnaire(), &question);
            }
            it.typing = active_is_text(it);
            false
        }
        Action::Note => {
            it.open_note();
            false
        }
        Action::Vote => {
            it.start_votes();
            false
        }
        Action::DotVote => it.start_dot_vote(),
        Action::HideNotes => {
            it.hide_notes = !it.hide_notes;
            it.show_help &= !it.hide_notes;
            it.message = Some(Message::new(Level::Info, msg::notes_hidden(it.hide_notes)));
            false
        }
        Action::Filter => {
            let field = match (&it.editor, it.question()) {
                (Editor::List(list), Some(question)) => list.field(question).cloned(),
                _ => None,
            };
            let Some(question) = field.or_else(|| it.question().cloned()) else { return (false, None) };
            let q = it.ctl.questionnaire().clone();
            let choices = active(it).choices(&q, &question);
            let (l, d) = it.languages();
            let labels: Vec<(String, &str)> =
                choices.iter().map(|c| (c.label.get(l, d).to_owned(), c.value.as_str())).collect();
            active(it).open_filter(labels.iter().map(|(label, value)| (label.as_str(), *value)));
            false
        }
        Action::State(state) => it.set_state(state, now),
        Action::ToggleHelp => {
            it.show_help = !it.show_help;
            false
        }
        Action::Reopen => {
            if it.read_only() && it.lock.is_some() {
                it.ctl.set_read_only(false);
                it.go(it.ctl.place(), now);
                it.message = Some(Message::new(Level::Info, msg::reopened()));
            }
            false
        }
        Action::Review => {
            it.layer = Layer::Review(0);
            false
        }
        Action::SwitchLanguage => match it.ctl.next_language(now) {
            Ok(Some(language)) => {
                it.message = Some(Message::new(Level::Info, msg::language_switched(&language)));
                true
            }
            Ok(None) => false,
            Err(refusal) => {
                it.refused(&refusal);
                false
            }
        },
        Action::Back => {
            if it.typing {
                it.typing = false;
                return (false, None);
            }
            return (false, Some(Effect::Home));
        }
        Action::Click(col, row) => click(it, col, row, now),
        _ => false,
    };
    (changed, None)
}

fn click(it: &mut Interview, col: u16, row: u16, now: Timestamp) -> bool {
    match it.hit(col, row) {
        Some(Hit::Section(s)) => {
            let position = it.session().position.clone();
            if it.ctl.go_to_section(s, now).is_some() {
                it.go(it.ctl.place(), now);
                it.session().position != position
            } else {
                it.message = Some(Message::new(Level::Info, msg::section_skipped()));
                false
            }
        }
        Some(Hit::Choice(n)) => {
            let editor = active(it);
            if editor.highlight(n) {
                editor.toggle();
            }
            false
        }
        None => false,
    }
}

/// What keys do while the choices are filtered: typed text narrows them, Enter picks and
/// confirms the highlighted one (ticks it and closes the filter, in a multi-select), Esc closes
/// the filter.
fn filter(it: &mut Interview, action: Action, now: Timestamp) -> bool {
    let editor = active(it);
    match action {
        Action::Type(key) => editor.type_key(key),
        Action::Paste(text) => editor.paste(&text, false),
        Action::Up => editor.up(),
        Action::Down => editor.down(),
        Action::Confirm => {
            let shown = editor.shown_choices();
            let mut picked_single = false;
            if let Editor::Choices { cursor, multi, .. } = editor
                && shown.contains(cursor)
            {
                let (at, single) = (*cursor, !*multi);
                editor.highlight(at);
                editor.toggle();
                picked_single = single;
            }
            editor.close_filter();
            // A single choice found is confirmed at once, as its digit would: what is typed
            // next goes to the next question or field, never to this list of choices.
            if picked_single {
                return it.confirm(now);
            }
        }
        Action::Back => editor.close_filter(),
        Action::Click(col, row) => return click(it, col, row, now),
        _ => {}
    }
    false
}

fn prompt(it: &mut Interview, action: Action, now: Timestamp) -> bool {
    let Layer::Prompt(p) = &mut it.layer else { return false };
    let is_note = matches!(p, Prompt::Note(_));
    let area = match p {
        Prompt::Note(area) | Prompt::Reason { area, .. } | Prompt::Other { area, .. } => area,
    };
    match action {
        Action::Type(key) => {
            crate::tui::widgets::text_input::type_into(area, key);
        }
        Action::Paste(text) => {
            area.insert_str(pasted(&text, is_note));
        }
        Action::NewLine if is_note => area.insert_newline(),
        Action::Confirm => return it.confirm_prompt(now),
        Action::Back => {
            if !is_note {
                it.message = Some(Message::new(Level::Info, msg::reason_cancelled()));
            }
            it.layer = Layer::Question;
        }
        _ => {}
    }
    false
}

fn review(it: &mut Interview, action: Action, now: Timestamp) -> (bool, Option<Effect>) {
    let rows = it.ctl.review_rows();
    let Layer::Review(at) = it.layer else { return (false, None) };
    let cursor = at.min(rows.len().saturating_sub(1));
    match action {
        Action::Up => it.layer = Layer::Review(cursor.saturating_sub(1)),
        Action::Down => it.layer = Layer::Review((cursor + 1).min(rows.len().saturating_sub(1))),
        Action::Confirm => {
            it.layer = Layer::Question;
            if let Some(p) = rows.get(cursor) {
                return (it.go(Some(*p), now), None);
            }
        }
        Action::Finish => {
            let done = it.finish(now);
            return (done, done.then(|| Effect::Finished(it.session().id.clone())));
        }
        Action::ConfirmCopied => match it.ctl.confirm_copied(now) {
            Ok(n) => {
                it.message = Some(Message::new(Level::Info, msg::copied_confirmed(n)));
                return (n > 0, None);
            }
            Err(_) => it.message = Some(Message::new(Level::Info, msg::read_only())),
        },
        Action::Back => it.layer = Layer::Question,
        _ => {}
    }
    (false, None)
}
