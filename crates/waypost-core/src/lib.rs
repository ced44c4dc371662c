//! The waypost library: guided assessment interviews with crash-safe session files, and no UI in
//! it.
//!
//! [`questionnaire`] (the format, loading, validation), [`interview`] (what is shown, checks,
//! progress, recorded changes, and the one [`interview::Controller`] every shell drives),
//! [`session`] (the session file; starting, opening and comparing sessions), [`store`] (saving
//! without losing anything), [`scoring`], [`report`], [`text`] (cleaning and measuring text for a
//! terminal) and [`xlsform`] (forms from KoboToolbox and ODK). The `waypost` binary's shells (command line, plain mode, full-screen app) are thin
//! layers over it.
//!
//! ```
//! use waypost_core::questionnaire::parse;
//! let parsed = parse(br#"{"format": 1, "id": "demo", "version": "1.0.0", "title": "Demo",
//!   "sections": [{"id": "s", "title": "S", "questions": [
//!     {"id": "name", "kind": "text", "prompt": "Your name?", "required": true}]}]}"#);
//! assert!(parsed.usable().is_some());
//! ```

pub mod i18n;
pub mod interview;
pub mod lifecycle;
pub mod questionnaire;
mod quiet_panic;
pub mod report;
pub mod safe_read;
pub mod scoring;
pub mod session;
pub mod store;
pub mod team;
#[cfg(feature = "testing")]
pub mod testing;
pub mod text;
pub mod xlsform;
