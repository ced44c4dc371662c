//! A list of items, each an object keyed by field id, entered field by field.

use super::{Shape, Spec};

pub(super) const SPEC: Spec = Spec { name: "list", shape: Shape::List, xlsform: |_| "begin_repeat", format: None };
