//! Every text the full-screen app shows of its own, by id: one function per message, so that the
//! next step (translations) replaces this one folder. A message that names a key takes the key from
//! the key tables ([`key`]), never from a typed-in letter. Texts from files and answers are passed
//! in and cleaned only when drawn.

mod interview;
mod screens;
mod sessions;
mod workshop;

pub(crate) use interview::*;
pub(crate) use screens::*;
pub(crate) use sessions::*;
pub(crate) use workshop::*;

use super::action::Action;
use super::keys::{Mode, key_for};

/// The first key bound to an action in a mode, as the hint bar shows it; "yes" is the
/// interface language's letter for it (both are bound).
fn key(mode: Mode, action: &Action) -> String {
    match action {
        Action::Yes if mode == Mode::ConfirmTrash => waypost_core::tr!("key-letter-yes"),
        _ => key_for(mode, action),
    }
}
