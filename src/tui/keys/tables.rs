//! The key tables, one per mode. Each binding carries its hint, so the hint bar and the help
//! overlay are made from the tables that handle the keys.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use waypost_core::questionnaire::AnswerState;

use super::{Binding, Key, Need};
use crate::tui::action::Action;

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

const fn b(keys: &'static [Key], action: Action, hint: &'static str, bar: bool, need: Need) -> Binding {
    Binding { keys, action, hint, bar, need }
}

use Need::Always;

const QUIT: Binding = b(&[ctrl('c')], Action::Quit, "save and quit", true, Always);

/// The home screen.
pub(super) const HOME: &[Binding] = &[
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
pub(super) const FORM: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "cancel", true, Always),
    b(&[k(KeyCode::Tab), k(KeyCode::Down)], Action::Down, "next field", false, Always),
    b(&[k(KeyCode::BackTab), k(KeyCode::Up)], Action::Up, "previous field", false, Always),
    b(&[alt(KeyCode::Enter), ctrl('j')], Action::NewLine, "new line", false, Always),
    b(&[k(KeyCode::F(1))], Action::Help, "help", false, Always),
    QUIT,
];

/// A question in command mode.
pub(super) const COMMAND: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm", true, Need::Editable),
    b(&[k(KeyCode::Enter)], Action::Confirm, "next", true, Need::ReadOnly),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Need::Choices),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Need::Choices),
    b(&[c(' ')], Action::Toggle, "tick", true, Need::Multi),
    b(&[c('/')], Action::Filter, "filter", true, Need::LongChoices),
    b(&[c('e'), c('i')], Action::Edit, "type", true, Need::Typed),
    b(&[k(KeyCode::Left), c('p'), k(KeyCode::PageUp)], Action::Previous, "previous", true, Always),
    b(&[k(KeyCode::Right), k(KeyCode::PageDown)], Action::Skip, "skip", false, Always),
    b(&[c('n')], Action::Note, "note", true, Always),
    b(&[c('d')], Action::State(AnswerState::DontKnow), "don't know", true, Need::Allows(AnswerState::DontKnow)),
    b(&[c('x')], Action::State(AnswerState::Declined), "declined", true, Need::Allows(AnswerState::Declined)),
    b(&[c('a')], Action::State(AnswerState::NotApplicable), "N/A", true, Need::Allows(AnswerState::NotApplicable)),
    b(&[c('h')], Action::ToggleHelp, "question help", true, Always),
    b(&[c('r')], Action::Review, "review", true, Always),
    b(&[c('L'), k(KeyCode::F(2))], Action::SwitchLanguage, "switch language", false, Need::Languages),
    b(&[c('v')], Action::Vote, "votes", true, Need::Votes),
    b(&[c('P')], Action::DotVote, "dot vote", false, Need::Editable),
    b(&[c('s')], Action::HideNotes, "hide notes", false, Always),
    b(&[c('o')], Action::Reopen, "reopen to change", true, Need::Reopenable),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "home", false, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "save and quit", false, Always),
];

/// Typing a filter over a long list of choices.
pub(super) const FILTER: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "pick", true, Always),
    b(&[k(KeyCode::Up)], Action::Up, "up", true, Always),
    b(&[k(KeyCode::Down)], Action::Down, "down", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "all choices", true, Always),
    b(&[k(KeyCode::F(1))], Action::Help, "help", false, Always),
    QUIT,
];

/// Typing into a question's input.
pub(super) const TYPING: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "leave input", true, Always),
    b(&[alt(KeyCode::Enter), ctrl('j')], Action::NewLine, "new line", true, Need::Multiline),
    b(&[k(KeyCode::PageUp)], Action::Previous, "previous", true, Always),
    b(&[k(KeyCode::PageDown)], Action::Skip, "skip", false, Always),
    b(&[k(KeyCode::F(2))], Action::SwitchLanguage, "switch language", false, Need::Languages),
    b(&[k(KeyCode::F(1))], Action::Help, "help", true, Always),
    QUIT,
];

/// A list question's table of items.
pub(super) const LIST_TABLE: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "confirm list", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[c('+'), k(KeyCode::Insert)], Action::AddItem, "add", true, Always),
    b(&[c('e')], Action::Edit, "edit item", true, Always),
    b(&[c('-'), k(KeyCode::Delete)], Action::RemoveItem, "remove item", true, Always),
    b(&[c('u')], Action::Undo, "undo remove", false, Always),
    b(&[k(KeyCode::Left), c('p'), k(KeyCode::PageUp)], Action::Previous, "previous", true, Always),
    b(&[k(KeyCode::Right), k(KeyCode::PageDown)], Action::Skip, "skip", false, Always),
    b(&[c('n')], Action::Note, "note", false, Always),
    b(&[c('d')], Action::State(AnswerState::DontKnow), "don't know", false, Need::Allows(AnswerState::DontKnow)),
    b(&[c('x')], Action::State(AnswerState::Declined), "declined", false, Need::Allows(AnswerState::Declined)),
    b(&[c('a')], Action::State(AnswerState::NotApplicable), "N/A", false, Need::Allows(AnswerState::NotApplicable)),
    b(&[c('h')], Action::ToggleHelp, "question help", false, Always),
    b(&[c('r')], Action::Review, "review", false, Always),
    b(&[c('L'), k(KeyCode::F(2))], Action::SwitchLanguage, "switch language", false, Need::Languages),
    // At a list of actions, as at any question: a dot vote, and notes hidden from the room.
    b(&[c('P')], Action::DotVote, "dot vote", false, Need::Editable),
    b(&[c('s')], Action::HideNotes, "hide notes", false, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "home", false, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "save and quit", false, Always),
];

/// Leaving a list item that has fields filled.
pub(super) const CONFIRM_ITEM: &[Binding] = &[
    b(&[k(KeyCode::Enter), c('k')], Action::Yes, "keep the item", true, Always),
    b(&[c('d')], Action::Discard, "discard it", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "go on entering it", true, Always),
    QUIT,
];

/// The review screen.
pub(super) const REVIEW: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "go to question", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[c('f')], Action::Finish, "finish session", true, Always),
    b(&[c('C')], Action::ConfirmCopied, "confirm every copied answer", false, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "save and quit", true, Always),
];

/// The help overlay.
pub(super) const HELP: &[Binding] = &[
    b(
        &[k(KeyCode::Esc), c('?'), c('q'), k(KeyCode::Enter), k(KeyCode::F(1))],
        Action::Back,
        "close help",
        true,
        Always,
    ),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "scroll up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "scroll down", false, Always),
    QUIT,
];

/// Quitting with changes that could not be saved.
pub(super) const CONFIRM_QUIT: &[Binding] = &[
    b(&[c('y'), ctrl('c')], Action::Quit, "quit anyway", true, Always),
    b(&[k(KeyCode::Esc), c('n')], Action::Back, "stay", true, Always),
];

/// Entering votes: a digit is the voter's choice, then the next voter comes.
pub(super) const VOTE: &[Binding] = &[
    b(&[k(KeyCode::Right), k(KeyCode::Tab)], Action::Skip, "next voter", true, Always),
    b(&[k(KeyCode::Left), k(KeyCode::Backspace)], Action::Previous, "previous voter", true, Always),
    b(&[c('-'), k(KeyCode::Delete)], Action::RemoveItem, "take back the vote", true, Always),
    b(&[k(KeyCode::Enter), k(KeyCode::Esc)], Action::Back, "done", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", false, Always),
    QUIT,
];

/// A dot vote: a digit (then a letter, from the tenth on) gives the voter's next dot to that
/// action or item.
pub(super) const DOT_VOTE: &[Binding] = &[
    b(&[c('-'), k(KeyCode::Backspace)], Action::RemoveItem, "take back the last dot", true, Always),
    b(&[k(KeyCode::Up)], Action::Up, "scroll up", false, Always),
    b(&[k(KeyCode::Down)], Action::Down, "scroll down", false, Always),
    b(&[k(KeyCode::Right), k(KeyCode::Tab)], Action::Skip, "next voter", true, Always),
    b(&[k(KeyCode::Left)], Action::Previous, "previous voter", true, Always),
    b(&[k(KeyCode::Enter), k(KeyCode::Esc)], Action::Back, "done", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", false, Always),
    QUIT,
];

/// The audience view (`waypost present`): it only closes.
pub(super) const PRESENT: &[Binding] = &[b(&[c('q'), k(KeyCode::Esc), ctrl('c')], Action::Quit, "quit", false, Always)];

/// The session browser.
pub(super) const BROWSER: &[Binding] = &[
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
    b(&[ctrl('z')], Action::Undo, "bring back from the trash", false, Always),
    b(&[c('T')], Action::ShowTrash, "the trash", false, Always),
    b(&[c('/')], Action::Search, "search", true, Always),
    b(&[c('f')], Action::FilterQuestionnaire, "questionnaire filter", false, Always),
    b(&[c('i')], Action::FilterStatus, "status filter", false, Always),
    b(&[c('r')], Action::FilterOrganisation, "organisation filter", false, Always),
    b(&[c('w')], Action::FilterOrigin, "origin filter", false, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "home", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];

/// The sessions in the trash.
pub(super) const TRASH: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "bring back", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[k(KeyCode::Esc), c('T')], Action::Back, "sessions", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    QUIT,
];

/// A filter's picker.
pub(super) const PICKER: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Confirm, "pick", true, Always),
    b(&[k(KeyCode::Up), c('k')], Action::Up, "up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "down", false, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "keep the filter", true, Always),
    b(&[k(KeyCode::F(1))], Action::Help, "help", false, Always),
    QUIT,
];

/// Asking before a session goes to the trash.
pub(super) const CONFIRM_TRASH: &[Binding] = &[
    // `s` for a Spanish (sí) or Portuguese (sim) speaker, `y` for an English one: either says yes.
    b(&[c('y'), c('s')], Action::Yes, "move to trash", true, Always),
    b(&[k(KeyCode::Esc), c('n')], Action::Back, "keep it", true, Always),
    QUIT,
];

/// A session's summary.
pub(super) const SUMMARY: &[Binding] = &[
    b(&[k(KeyCode::Up), c('k')], Action::Up, "scroll up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "scroll down", false, Always),
    b(&[c('g')], Action::Grid, "grid", true, Need::Grid),
    b(&[c('e')], Action::Export, "export Markdown and HTML", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];

/// A session's grid.
pub(super) const GRID: &[Binding] = &[
    b(&[k(KeyCode::Up), c('k')], Action::Up, "previous point", true, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "next point", true, Always),
    b(&[c('s')], Action::Summary, "summary", true, Always),
    b(&[c('e')], Action::Export, "export Markdown and HTML", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];

/// Two sessions compared.
pub(super) const COMPARE: &[Binding] = &[
    b(&[k(KeyCode::Up), c('k')], Action::Up, "scroll up", false, Always),
    b(&[k(KeyCode::Down), c('j')], Action::Down, "scroll down", false, Always),
    b(&[c('e')], Action::Export, "export Markdown and HTML", true, Always),
    b(&[k(KeyCode::Esc)], Action::Back, "back", true, Always),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, "help", true, Always),
    b(&[c('q'), ctrl('c')], Action::Quit, "quit", false, Always),
];
