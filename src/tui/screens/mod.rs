//! One folder per screen, each holding its state, its update and its view side by side.

pub mod browser;
pub mod compare;
pub mod form;
pub mod grid;
pub mod home;
pub mod interview;
pub mod present;
pub mod summary;
