//! A JSON number, typed with the decimal mark of the interview's language; whole numbers only
//! when the question says `integer`.

use super::{Shape, Spec};

pub(super) const SPEC: Spec = Spec {
    name: "number",
    shape: Shape::Typed,
    xlsform: |question| if question.integer { "integer" } else { "decimal" },
    format: None,
};
