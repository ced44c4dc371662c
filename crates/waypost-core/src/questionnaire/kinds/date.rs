//! A date, typed as people of the interview's language write it and kept as `YYYY-MM-DD`.

use super::{Shape, Spec};

pub(super) const SPEC: Spec =
    Spec { name: "date", shape: Shape::Typed, xlsform: |_| "date", format: Some("kind-date-format") };
