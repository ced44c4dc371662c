//! Any number of choices; the value is an array of choice values.

use super::{Shape, Spec};

pub(super) const SPEC: Spec =
    Spec { name: "multi", shape: Shape::Choices { multi: true }, xlsform: |_| "select_multiple", format: None };
