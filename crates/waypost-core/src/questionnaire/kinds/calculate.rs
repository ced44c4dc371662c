//! A value worked out from earlier answers (`${adults} + ${children}`): never asked, shown where
//! a text names it.

use super::{Shape, Spec};

pub(super) const SPEC: Spec = Spec { name: "calculate", shape: Shape::Nothing, xlsform: |_| "calculate", format: None };
