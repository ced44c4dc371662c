//! What opens over any screen: the help, and the question before quitting with unsaved changes.

pub mod confirm_quit;
pub mod help;
