//! A date and a time of day, typed as the date and the time would be (`28/11/2026 14:30`,
//! `today 9.05`) and kept as `YYYY-MM-DDTHH:MM` (local time, 24 hours).

use super::{Shape, Spec};

pub(super) const SPEC: Spec =
    Spec { name: "datetime", shape: Shape::Typed, xlsform: |_| "dateTime", format: Some("kind-datetime-format") };
