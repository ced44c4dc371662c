//! What opens over any screen: the help, and the question before quitting with unsaved changes.

pub(crate) mod confirm_quit;
pub(crate) mod help;
