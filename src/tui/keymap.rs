//! Key tables, one per mode: each binding maps keys to an action and carries the hint shown in
//! the hint bar and the help overlay, so the help can never drift from the real bindings.

use crate::questionnaire::AnswerState;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// One key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt… (Shift is ignored for characters).
    pub mods: KeyModifiers,
}

const fn k(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::NONE }
}

const fn c(ch: char) -> Key {
    Key { code: KeyCode::Char(ch), mods: KeyModifiers::NONE }
}

const fn ctrl(ch: char) -> Key {
    Key { code: KeyCode::Char(ch), mods: KeyModifiers::CONTROL }
}

const fn alt(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::ALT }
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
    /// On a text-like question (text, number, date).
    Typed,
    /// When the question allows this state.
    Allows(AnswerState),
    /// On a multi-line text.
    Multiline,
}

/// A binding: keys, the action, its hint, whether the hint bar shows it, and when it applies.
#[derive(Debug, Clone)]
pub struct Binding {
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

const fn b(keys: &'static [Key], action: Action, hint: &'static str, bar: bool, need: Need) -> Binding {
    Binding { keys, action, hint, bar, need }
}

use Need::Always;

/// The modes, each with its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The home screen.
    Home,
    /// A form field or a prompt (note, reason) being typed in.
    Form,
    /// A question whose input is not a text being typed: choices, or a text input left with Esc.
    Command,
    /// Typing into a question's text, number or date input.
    Typing,
    /// A list question's table of items.
    ListTable,
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
    /// A session's summary.
    Summary,
    /// A session's grid.
    Grid,
    /// Two sessions compared.
    Compare,
}

const QUIT: Binding = b(&[ctrl('c')], Action::Quit, "save and quit", true, Always);

/// The home screen.
pub const HOME: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "open", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[k(KeyCode::Tab), k(KeyCode::BackTab)], Action::SwitchPane, "switch list", true, Always),
    b(&[c('n')], Action::NewSession, "new session", true, Always),
    b(&[c('b')], Action::Browse, "browse sessions", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", true, Always),
];

/// Typing in a form field or a prompt.
pub const FORM: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "cancel", true, Always),
    b(&[k(KeyCode::Tab), k(KeyCode::Down)], Action::Down, "next field", false, Always),
    b(&[k(KeyCode::BackTab), k(KeyCode::Up)], Action::Up, "previous field", false, Always),
    b(&[alt(KeyCode::Enter), ctrl('j')], Action::NewLine, "new line", false, Always),
    b(&[k(KeyCode::F(1))], Action::Help, "help", false, Always),
    QUIT,
];

/// A question in command mode.
pub const COMMAND: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Need::Choices),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Need::Choices),
    b(&[c(' ')], Action::Toggle, "tick", true, Need::Multi),
    b(&[c('e'), c('i')], Action::Edit, "type", true, Need::Typed),
    b(&[k(KeyCode::Left), c('p'), k(KeyCode::PageUp)], Action::Previous, "previous", true, Always),
    b(&[k(KeyCode::Right), k(KeyCode::PageDown)], Action::Skip, "skip", false, Always),
    b(&[c('n')], Action::Note, "note", true, Always),
    b(&[c('d')], Action::State(AnswerState::DontKnow), "don't know", true, Need::Allows(AnswerState::DontKnow)),
    b(&[c('x')], Action::State(AnswerState::Declined), "declined", true, Need::Allows(AnswerState::Declined)),
    b(&[c('a')], Action::State(AnswerState::NotApplicable), "N/A", true, Need::Allows(AnswerState::NotApplicable)),
    b(&[c('h')], Action::ToggleHelp, "question help", true, Always),
    b(&[c('r')], Action::Review, "review", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "home", false, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "save and quit", false, Always),
];

/// Typing into a question's input.
pub const TYPING: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "leave input", true, Always),
    b(&[alt(KeyCode::Enter), ctrl('j')], Action::NewLine, "new line", true, Need::Multiline),
    b(&[k(KeyCode::PageUp)], Action::Previous, "previous", true, Always),
    b(&[k(KeyCode::PageDown)], Action::Skip, "skip", false, Always),
    b(&[k(KeyCode::F(1))], Action::Help, "help", true, Always),
    QUIT,
];

/// A list question's table of items.
pub const LIST_TABLE: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm list", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[c('+'), k(KeyCode::Insert)], Action::AddItem, "add", true, Always),
    b(&[c('e')], Action::Edit, "edit item", true, Always),
    b(&[c('-'), k(KeyCode::Delete)], Action::RemoveItem, "remove item", true, Always),
    b(&[k(KeyCode::Left), c('p'), k(KeyCode::PageUp)], Action::Previous, "previous", true, Always),
    b(&[k(KeyCode::Right), k(KeyCode::PageDown)], Action::Skip, "skip", false, Always),
    b(&[c('n')], Action::Note, "note", false, Always),
    b(&[c('d')], Action::State(AnswerState::DontKnow), "don't know", false, Need::Allows(AnswerState::DontKnow)),
    b(&[c('x')], Action::State(AnswerState::Declined), "declined", false, Need::Allows(AnswerState::Declined)),
    b(&[c('a')], Action::State(AnswerState::NotApplicable), "N/A", false, Need::Allows(AnswerState::NotApplicable)),
    b(&[c('h')], Action::ToggleHelp, "question help", false, Always),
    b(&[c('r')], Action::Review, "review", false, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "home", false, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "save and quit", false, Always),
];

/// The review screen.
pub const REVIEW: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "go to question", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[c('f')], Action::Finish, "finish session", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "save and quit", true, Always),
];

/// The help overlay.
pub const HELP: &[Binding] = &[
    b(
        &[k(KeyCode::Esc), c('?'), c('q'), k(KeyCode::Enter), k(KeyCode::F(1))],
        Action::Back,
        "close help",
        true,
        Always,
    ),
    QUIT,
];

/// Quitting with changes that could not be saved.
pub const CONFIRM_QUIT: &[Binding] = &[
    b(&[c('y'), ctrl('c')], Action::Quit, "quit anyway", true, Always),
    b(&[k(KeyCode::Esc), c('n')], Action::Back, "stay", true, Always),
];

/// The session browser.
pub const BROWSER: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "resume", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[c('o')], Action::View, "view read-only", false, Always),
    b(&[c('s')], Action::Summary, "summary", true, Always),
    b(&[c('g')], Action::Grid, "grid", false, Always),
    b(&[c('u')], Action::FollowUp, "follow-up", true, Always),
    b(&[c('m')], Action::Mark, "mark", false, Always),
    b(&[c('c')], Action::Compare, "compare with marked", true, Always),
    b(&[c('t'), k(KeyCode::Delete)], Action::Trash, "to trash", false, Always),
    b(&[c('/')], Action::Search, "search", true, Always),
    b(&[c('f')], Action::FilterQuestionnaire, "questionnaire filter", false, Always),
    b(&[c('i')], Action::FilterStatus, "status filter", false, Always),
    b(&[c('r')], Action::FilterOrganisation, "organisation filter", false, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "home", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];

/// Asking before a session goes to the trash.
pub const CONFIRM_TRASH: &[Binding] = &[
    b(&[c('y')], Action::Yes, "move to trash", true, Always),
    b(&[k(KeyCode::Esc), c('n')], Action::Back, "keep it", true, Always),
    QUIT,
];

/// A session's summary.
pub const SUMMARY: &[Binding] = &[
    b(&[k(KeyCode::Up), c('k')], Action::Up, "scroll up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "scroll down", false, Always),
    b(&[c('g')], Action::Grid, "grid", true, Always),
    b(&[c('e')], Action::Export, "export Markdown and HTML", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];

/// A session's grid.
pub const GRID: &[Binding] = &[
    b(&[k(KeyCode::Up), c('k')], Action::Up, "previous point", true, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "next point", true, Always),
    b(&[c('s')], Action::Summary, "summary", true, Always),
    b(&[c('e')], Action::Export, "export Markdown and HTML", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];

/// Two sessions compared.
pub const COMPARE: &[Binding] = &[
    b(&[k(KeyCode::Up), c('k')], Action::Up, "scroll up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "scroll down", false, Always),
    b(&[c('e')], Action::Export, "export Markdown and HTML", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];

/// The table of a mode.
pub fn table(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Home => HOME,
        Mode::Form => FORM,
        Mode::Command => COMMAND,
        Mode::Typing => TYPING,
        Mode::ListTable => LIST_TABLE,
        Mode::Review => REVIEW,
        Mode::Help => HELP,
        Mode::ConfirmQuit => CONFIRM_QUIT,
        Mode::Browser => BROWSER,
        Mode::ConfirmTrash => CONFIRM_TRASH,
        Mode::Summary => SUMMARY,
        Mode::Grid => GRID,
        Mode::Compare => COMPARE,
    }
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let mods =
        if matches!(event.code, KeyCode::Char(_)) { event.modifiers - KeyModifiers::SHIFT } else { event.modifiers };
    key.code == event.code && key.mods == mods
}

/// The action of a key in a mode: a binding that applies, else, where text is typed, the key
/// itself; digits pick choices in command mode.
pub fn lookup(mode: Mode, event: &KeyEvent, applies: &dyn Fn(Need) -> bool) -> Option<Action> {
    if let Some(binding) = table(mode).iter().find(|b| applies(b.need) && b.keys.iter().any(|key| matches(key, event)))
    {
        return Some(binding.action.clone());
    }
    match (mode, event.code) {
        (Mode::Form | Mode::Typing, _) => Some(Action::Type(*event)),
        (Mode::Command, KeyCode::Char(d @ '1'..='9'))
            if event.modifiers - KeyModifiers::SHIFT == KeyModifiers::NONE =>
        {
            Some(Action::Pick(d as u8 - b'0'))
        }
        _ => None,
    }
}

/// How a key reads in hints: `Enter`, `Ctrl-C`, `↑`, `Space`.
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Insert => "Ins".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".into(),
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

/// Every binding of a mode that applies, as (keys, hint) for the help overlay.
pub fn help_lines(mode: Mode, applies: &dyn Fn(Need) -> bool) -> Vec<(String, &'static str)> {
    table(mode)
        .iter()
        .filter(|b| applies(b.need))
        .map(|b| (b.keys.iter().map(key_name).collect::<Vec<_>>().join(" "), b.hint))
        .collect()
}

/// The hint bar of a mode: the first key of each shown binding that applies.
pub fn hint_bar(mode: Mode, applies: &dyn Fn(Need) -> bool) -> Vec<(String, &'static str)> {
    table(mode).iter().filter(|b| b.bar && applies(b.need)).map(|b| (key_name(&b.keys[0]), b.hint)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn the_contract_keys() {
        let all = |_| true;
        assert_eq!(lookup(Mode::Command, &key(KeyCode::Enter, KeyModifiers::NONE), &all), Some(Action::Confirm));
        assert_eq!(lookup(Mode::Command, &key(KeyCode::Char(' '), KeyModifiers::NONE), &all), Some(Action::Toggle));
        assert_eq!(lookup(Mode::Command, &key(KeyCode::Char('?'), KeyModifiers::SHIFT), &all), Some(Action::Help));
        assert_eq!(
            lookup(Mode::Typing, &key(KeyCode::Char('?'), KeyModifiers::SHIFT), &all),
            Some(Action::Type(key(KeyCode::Char('?'), KeyModifiers::SHIFT)))
        );
        for mode in [Mode::Home, Mode::Form, Mode::Command, Mode::Typing, Mode::ListTable, Mode::Review, Mode::Help] {
            assert_eq!(
                lookup(mode, &key(KeyCode::Char('c'), KeyModifiers::CONTROL), &all),
                Some(Action::Quit),
                "{mode:?}"
            );
        }
        for mode in [Mode::Form, Mode::Typing, Mode::Review, Mode::Help] {
            assert_eq!(lookup(mode, &key(KeyCode::Esc, KeyModifiers::NONE), &all), Some(Action::Back), "{mode:?}");
        }
        assert_eq!(lookup(Mode::Command, &key(KeyCode::Char('3'), KeyModifiers::NONE), &all), Some(Action::Pick(3)));
    }

    #[test]
    fn bindings_that_do_not_apply_are_not_taken() {
        let none = |n| n == Need::Always;
        assert_eq!(lookup(Mode::Command, &key(KeyCode::Char('d'), KeyModifiers::NONE), &none), None);
        assert!(!hint_bar(Mode::Command, &none).iter().any(|(_, h)| *h == "don't know"));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in [
            Mode::Home,
            Mode::Form,
            Mode::Command,
            Mode::Typing,
            Mode::ListTable,
            Mode::Review,
            Mode::Help,
            Mode::ConfirmQuit,
        ] {
            let keys: Vec<Key> = table(mode).iter().flat_map(|b| b.keys.iter().copied()).collect();
            for (i, a) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(a), "{mode:?}: {a:?} bound twice");
            }
        }
    }
}
