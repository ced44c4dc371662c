//! The interview engine, with no UI in it: what is shown for the answers so far, navigation,
//! checks, progress, and the recorded changes.

pub mod check;
pub mod flow;
pub mod follow_up;
pub mod record;

pub use check::{Outside, check_value, check_value_with, nothing_outside, warnings};
pub use flow::{Flow, Progress, SectionFlow};
pub use follow_up::{carry_over, follow_up};
pub use record::{Input, Refusal, answer, clear, complete, note, refresh};

#[cfg(test)]
mod tests;
