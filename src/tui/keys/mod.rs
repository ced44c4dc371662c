//! Key tables, one per mode: each binding maps keys to an action and carries the hint shown in
//! the hint bar and the help overlay, so the help can never drift from the real bindings.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use waypost_core::questionnaire::AnswerState;

use super::action::Action;

/// One key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt… (Shift is ignored for characters).
    pub mods: KeyModifiers,
}

/// When a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Always.
    Always,
    /// On a multi-select question.
    Multi,
    /// On a question with choices.
    Choices,
    /// On a question with a long list of choices (ten or more), which can be filtered.
    LongChoices,
    /// On a text-like question (text, number, date).
    Typed,
    /// When the question allows this state.
    Allows(AnswerState),
    /// On a multi-line text.
    Multiline,
    /// On a completed session opened to look at, which this window may edit.
    Reopenable,
    /// Where answers can be changed.
    Editable,
    /// Where they cannot: a read-only view.
    ReadOnly,
    /// Where the questionnaire is written in more than one language and answers can be changed.
    Languages,
    /// On a question put to a vote, where answers can be changed.
    Votes,
    /// On a summary whose questionnaire has a grid.
    Grid,
}

/// A binding: keys, the action, its hint, whether the hint bar shows it, and when it applies.
#[derive(Debug, Clone)]
pub(crate) struct Binding {
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// What it does.
    pub action: Action,
    /// The words in the hint bar and the help.
    pub hint: &'static str,
    /// Shown in the hint bar (all bindings show in the help).
    pub bar: bool,
    /// When it applies.
    pub need: Need,
}

/// The modes, each with its table. `Mode::VARIANTS` lists every one (the tests that go through
/// all the tables walk it, so a new mode is covered the moment it exists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum Mode {
    /// The home screen.
    Home,
    /// A form field or a prompt (note, reason) being typed in.
    Form,
    /// A question whose input is not a text being typed: choices, or a text input left with Esc.
    Command,
    /// Typing a filter over a long list of choices.
    Filter,
    /// Typing into a question's text, number or date input.
    Typing,
    /// A list question's table of items.
    ListTable,
    /// Asking whether to keep a list item left with fields filled.
    ConfirmItem,
    /// The review of every answer.
    Review,
    /// The help overlay.
    Help,
    /// A question asked before quitting with unsaved changes.
    ConfirmQuit,
    /// The session browser.
    Browser,
    /// Asking before a session goes to the trash.
    ConfirmTrash,
    /// The sessions in the trash.
    Trash,
    /// A filter's picker over the session browser.
    Picker,
    /// A session's summary.
    Summary,
    /// A session's grid.
    Grid,
    /// Two sessions compared.
    Compare,
    /// The audience view.
    Present,
    /// Entering the participants' votes.
    Vote,
    /// A dot vote on the suggested actions.
    DotVote,
}

mod tables;

use tables::{
    BROWSER, COMMAND, COMPARE, CONFIRM_ITEM, CONFIRM_QUIT, CONFIRM_TRASH, DOT_VOTE, FILTER, FORM, GRID, HELP, HOME,
    LIST_TABLE, PICKER, PRESENT, REVIEW, SUMMARY, TRASH, TYPING, VOTE,
};

/// The table of a mode.
pub(crate) fn table(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Home => HOME,
        Mode::Form => FORM,
        Mode::Command => COMMAND,
        Mode::Typing => TYPING,
        Mode::ListTable => LIST_TABLE,
        Mode::ConfirmItem => CONFIRM_ITEM,
        Mode::Review => REVIEW,
        Mode::Help => HELP,
        Mode::ConfirmQuit => CONFIRM_QUIT,
        Mode::Browser => BROWSER,
        Mode::ConfirmTrash => CONFIRM_TRASH,
        Mode::Trash => TRASH,
        Mode::Picker => PICKER,
        Mode::Filter => FILTER,
        Mode::Summary => SUMMARY,
        Mode::Grid => GRID,
        Mode::Compare => COMPARE,
        Mode::Present => PRESENT,
        Mode::Vote => VOTE,
        Mode::DotVote => DOT_VOTE,
    }
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let mods =
        if matches!(event.code, KeyCode::Char(_)) { event.modifiers - KeyModifiers::SHIFT } else { event.modifiers };
    key.code == event.code && key.mods == mods
}

/// The action of a key in a mode: a binding that applies, else, where text is typed, the key
/// itself; digits pick choices in command mode.
pub(crate) fn lookup(mode: Mode, event: &KeyEvent, applies: &dyn Fn(Need) -> bool) -> Option<Action> {
    if let Some(binding) = table(mode).iter().find(|b| applies(b.need) && b.keys.iter().any(|key| matches(key, event)))
    {
        return Some(binding.action.clone());
    }
    match (mode, event.code) {
        (Mode::Form | Mode::Typing | Mode::Filter, _) => Some(Action::Type(*event)),
        (Mode::Command | Mode::Vote | Mode::DotVote, KeyCode::Char(d @ '0'..='9'))
            if event.modifiers - KeyModifiers::SHIFT == KeyModifiers::NONE =>
        {
            Some(Action::Pick(d as u8 - b'0'))
        }
        // In a dot vote, the tenth thing on and after has a letter.
        (Mode::DotVote, KeyCode::Char(l @ 'a'..='z'))
            if event.modifiers - KeyModifiers::SHIFT == KeyModifiers::NONE =>
        {
            Some(Action::Pick(10 + (l as u8 - b'a')))
        }
        // A letter that does nothing here says so, rather than being silently lost.
        (_, KeyCode::Char(ch)) if event.modifiers - KeyModifiers::SHIFT == KeyModifiers::NONE => {
            Some(Action::Stray(ch))
        }
        _ => None,
    }
}

/// The key that picks the `n`th thing (from 1) in a dot vote: `1`–`9`, then `a`–`z`.
pub(crate) fn pick_key(n: usize) -> Option<char> {
    match n {
        1..=9 => char::from_digit(u32::try_from(n).ok()?, 10),
        10..=35 => Some(char::from(b'a' + u8::try_from(n - 10).ok()?)),
        _ => None,
    }
}

/// How a key reads in hints: `Enter`, `Ctrl-C`, `↑`, `Space`.
pub(crate) fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        // As the keyboards of the interface language print them (Supr, AvPág on a Spanish one).
        KeyCode::PageUp => waypost_core::tr!("keyname-page-up"),
        KeyCode::PageDown => waypost_core::tr!("keyname-page-down"),
        KeyCode::Insert => waypost_core::tr!("keyname-insert"),
        KeyCode::Delete => waypost_core::tr!("keyname-delete"),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => waypost_core::tr!("keyname-space"),
        KeyCode::Char(ch) => ch.to_string(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}

/// A hint in the interface language: the tables hold the English words, which name the
/// message (`key-` and the words, lower case, joined by dashes: "don't know" is `key-don-t-know`).
pub(crate) fn hint_text(hint: &str) -> String {
    let mut id = String::from("key");
    let mut gap = true;
    for ch in hint.chars().flat_map(char::to_lowercase) {
        if ch.is_ascii_alphanumeric() {
            if gap {
                id.push('-');
            }
            id.push(ch);
            gap = false;
        } else {
            gap = true;
        }
    }
    waypost_core::i18n::message(&id, &[])
}

/// Every binding of a mode that applies, as (keys, hint) for the help overlay.
pub(crate) fn help_lines(mode: Mode, applies: &dyn Fn(Need) -> bool) -> Vec<(String, String)> {
    table(mode)
        .iter()
        .filter(|b| applies(b.need))
        .map(|b| (b.keys.iter().map(key_name).collect::<Vec<_>>().join(" "), hint_text(b.hint)))
        .collect()
}

/// Keys handled outside the tables, as (keys, hint) for the help overlay: the digits that pick a
/// choice, and the line-editing keys of text inputs.
pub(crate) fn unlisted_keys(mode: Mode, applies: &dyn Fn(Need) -> bool) -> Vec<(String, String)> {
    let keys: &[(&str, &str)] = match mode {
        Mode::Command if applies(Need::Choices) => &[("0–9", "pick the choice with that key")],
        Mode::Typing | Mode::Form => &[
            ("Ctrl-U", "clear to the start of the line"),
            ("Ctrl-W", "delete the word before the cursor"),
            ("Ctrl-A Ctrl-E", "go to the start, the end"),
            ("Ctrl-Z Ctrl-R", "undo, redo"),
        ],
        _ => &[],
    };
    keys.iter().map(|(k, hint)| ((*k).to_owned(), hint_text(hint))).collect()
}

/// The hint bar of a mode: the first key of each shown binding that applies.
pub(crate) fn hint_bar(mode: Mode, applies: &dyn Fn(Need) -> bool) -> Vec<(String, String)> {
    table(mode).iter().filter(|b| b.bar && applies(b.need)).map(|b| (key_name(&b.keys[0]), hint_text(b.hint))).collect()
}

/// The first key bound to an action in a mode, as hints show it (for messages that name a key).
pub(crate) fn key_for(mode: Mode, action: &Action) -> String {
    table(mode).iter().find(|b| b.action == *action).map(|b| key_name(&b.keys[0])).unwrap_or_default()
}

#[cfg(test)]
mod tests;
