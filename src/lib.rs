//! waypost: guided assessment interviews with crash-safe session files.
//!
//! The core has no UI in it: [`questionnaire`] (the format, loading, validation), [`interview`]
//! (what is shown, checks, progress, recorded changes), [`session`] (the session file), [`store`]
//! (saving without losing anything), [`scoring`] and [`report`]; none of them imports ratatui or
//! crossterm. [`cli`] and [`tui`] are the thin shells the `waypost` binary runs (they live in the
//! library so that benchmarks can drive them).
//!
//! ```
//! use waypost::questionnaire::parse;
//! let parsed = parse(br#"{"format": 1, "id": "demo", "version": "1.0.0", "title": "Demo",
//!   "sections": [{"id": "s", "title": "S", "questions": [
//!     {"id": "name", "kind": "text", "prompt": "Your name?", "required": true}]}]}"#);
//! assert!(parsed.usable().is_some());
//! ```

pub mod cli;
pub mod interview;
pub mod questionnaire;
pub mod report;
pub mod scoring;
pub mod session;
pub mod store;
pub mod text;
pub mod tui;
