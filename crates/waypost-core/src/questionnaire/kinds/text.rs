//! A string, typed on one line or several.

use super::{Shape, Spec};

pub(super) const SPEC: Spec = Spec { name: "text", shape: Shape::Typed, xlsform: |_| "text", format: None };
