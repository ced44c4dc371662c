//! A text to read out; it takes no answer.

use super::{Shape, Spec};

pub(super) const SPEC: Spec = Spec { name: "note", shape: Shape::Nothing, xlsform: |_| "note", format: None };
