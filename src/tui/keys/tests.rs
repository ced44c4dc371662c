//! The key tables keep their contract.

use super::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
        assert_eq!(lookup(mode, &key(KeyCode::Char('c'), KeyModifiers::CONTROL), &all), Some(Action::Quit), "{mode:?}");
    }
    for mode in [Mode::Form, Mode::Typing, Mode::Review, Mode::Help] {
        assert_eq!(lookup(mode, &key(KeyCode::Esc, KeyModifiers::NONE), &all), Some(Action::Back), "{mode:?}");
    }
    assert_eq!(lookup(Mode::Command, &key(KeyCode::Char('3'), KeyModifiers::NONE), &all), Some(Action::Pick(3)));
}

#[test]
fn bindings_that_do_not_apply_are_not_taken() {
    let none = |n| n == Need::Always;
    // Not "don't know" where the question does not allow it: the letter only says it does nothing.
    assert_eq!(lookup(Mode::Command, &key(KeyCode::Char('d'), KeyModifiers::NONE), &none), Some(Action::Stray('d')));
    assert!(!hint_bar(Mode::Command, &none).iter().any(|(_, h)| *h == "don't know"));
}

#[test]
fn no_key_is_bound_twice_in_a_mode() {
    // Twice only under needs that exclude each other (Enter confirms, or goes on when read-only).
    let exclusive =
        |a: Need, b: Need| matches!((a, b), (Need::Editable, Need::ReadOnly) | (Need::ReadOnly, Need::Editable));
    for &mode in <Mode as strum::VariantArray>::VARIANTS {
        let keys: Vec<(Key, Need)> = table(mode).iter().flat_map(|b| b.keys.iter().map(|k| (*k, b.need))).collect();
        for (i, (a, need)) in keys.iter().enumerate() {
            let twice = keys[i + 1..].iter().any(|(b, other)| a == b && !exclusive(*need, *other));
            assert!(!twice, "{mode:?}: {a:?} bound twice");
        }
    }
}

#[test]
fn every_hint_has_a_message_in_the_catalogue() {
    for &mode in <Mode as strum::VariantArray>::VARIANTS {
        let all = |_: Need| true;
        for (_, hint) in super::help_lines(mode, &all).into_iter().chain(super::unlisted_keys(mode, &all)) {
            assert!(!hint.starts_with("key-"), "{mode:?}: no message {hint}");
        }
    }
}
