//! The interview engine, with no UI in it: what is shown for the answers so far, navigation,
//! checks, progress, the recorded changes, votes and dots, and the [`Controller`] every shell
//! drives.

pub mod check;
mod controller;
pub(crate) mod flow;
pub(crate) mod follow_up;
mod invalid;
pub(crate) mod item;
pub mod item_votes;
pub(crate) mod record;
pub mod typed;
pub mod votes;

pub use check::{Outside, check_value, check_value_with, item_fields, item_limits, nothing_outside, warnings};
pub use controller::{Changes, Confirmed, Controller, Counted, Moved};
pub use flow::observe_value;
pub use flow::{Flow, Progress, SectionFlow};
pub use follow_up::{carry_over, follow_up};
pub use invalid::{Invalid, Warning};
pub use item::{FieldStep, Item, ItemEntry, items};
pub use record::{Input, Refusal, answer, clear, complete, confirm_copied, note, other_choice, refresh};

#[cfg(test)]
mod tests;
