//! One folder per screen, each holding its state, its update and its view side by side.

pub(crate) mod browser;
pub(crate) mod compare;
pub(crate) mod form;
pub(crate) mod grid;
pub(crate) mod home;
pub(crate) mod interview;
pub(crate) mod present;
pub(crate) mod summary;
