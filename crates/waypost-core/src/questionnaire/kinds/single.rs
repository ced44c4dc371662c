//! One choice from a list; the value is the choice's `value`.

use super::{Shape, Spec};

pub(super) const SPEC: Spec =
    Spec { name: "single", shape: Shape::Choices { multi: false }, xlsform: |_| "select_one", format: None };
