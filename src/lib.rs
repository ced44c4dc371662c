//! The `waypost` shells over [`waypost_core`]: the command line ([`cli`]), line-by-line mode
//! ([`plain`]) and the full-screen app ([`tui`]). No shell imports another; what they all need
//! (the data folder, the exit outcome, the theme choice) is in [`setup`]. They live in a library
//! beside `main.rs` so that benchmarks and tests can drive them.

pub mod cli;
pub mod plain;
pub mod setup;
pub mod tui;
