//! What XLSForm has no place for, kept as JSON in waypost's own `waypost_…` columns (which
//! pyxform ignores), each noted, so an import of the export gives the questionnaire back.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::Writer;
use crate::questionnaire::Question;
use crate::tr;
use crate::xlsform::waypost_column;

impl Writer<'_> {
    /// What XLSForm has no place for, as JSON in waypost's own columns.
    pub(super) fn kept(&mut self, row: &mut BTreeMap<String, String>, path: &str, question: &Question) {
        if !self.full {
            return;
        }
        let choices = self.q.choices(question);
        let kept = [
            ("warn_if", (!question.warn_if.is_empty()).then(|| as_json(&question.warn_if))),
            ("flag_if", (!question.flag_if.is_empty()).then(|| as_json(&question.flag_if))),
            ("allow", (!question.allow.is_empty()).then(|| as_json(&question.allow))),
            ("action", question.action.as_ref().map(as_json)),
            ("choices", choices.iter().any(|c| c.other || c.exclusive || c.help.is_some()).then(|| as_json(choices))),
            ("votes", question.votes.map(|v| json!(v))),
            ("max_length", question.max_length.map(|n| json!(n))),
            ("multiline", question.multiline.then(|| json!(true))),
            ("item_label", question.item_label.as_ref().map(as_json)),
            ("unit", question.unit.as_ref().map(as_json)),
            ("unit_one", question.unit_one.as_ref().map(as_json)),
            ("min_items", question.min_items.map(|n| json!(n))),
            ("max_items", question.max_items.map(|n| json!(n))),
            ("min_selected", question.min_selected.map(|n| json!(n))),
            ("max_selected", question.max_selected.map(|n| json!(n))),
            ("weight", question.weight.map(|w| json!(w))),
            ("action_from", question.action_from.as_ref().map(|a| json!(a))),
            ("carry_over", question.carry_over.as_ref().map(as_json)),
            ("headline", question.headline.then(|| json!(true))),
            ("projector", question.projector.map(|p| json!(p))),
            ("default", question.default.as_ref().filter(|_| question.default_value().is_none()).map(as_json)),
            // Beside rules, whose message takes XLSForm's column (or with no limit the constraint
            // holds, as a longest text), the limits' own message.
            (
                "limits_message",
                question
                    .limits_message
                    .as_ref()
                    .filter(|_| !question.constraint.is_empty() || (question.min.is_none() && question.max.is_none()))
                    .map(as_json),
            ),
        ];
        self.keep(row, path, kept);
    }

    /// Keeps fields as JSON in waypost's own columns of a row, each noted.
    pub(super) fn keep<const N: usize>(
        &mut self,
        row: &mut BTreeMap<String, String>,
        path: &str,
        fields: [(&str, Option<Value>); N],
    ) {
        for (field, value) in fields {
            let Some(value) = value else { continue };
            let column = waypost_column(field);
            let place = if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
            self.notes.push(tr!("xf-kept", place = place, column = column));
            row.insert(column.to_owned(), value.to_string());
        }
    }
}

/// A field of the questionnaire as JSON, for a `waypost_…` column.
pub(super) fn as_json<T: serde::Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or_default()
}
