//! A time of day, typed as `14:30`, `9.05` or `2:30 pm` and kept as `HH:MM` (24 hours).

use super::{Shape, Spec};

pub(super) const SPEC: Spec =
    Spec { name: "time", shape: Shape::Typed, xlsform: |_| "time", format: Some("kind-time-format") };
