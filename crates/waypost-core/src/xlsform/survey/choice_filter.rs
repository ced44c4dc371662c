//! A `choice_filter` (cascading selects: the districts of the region chosen) read into a
//! condition on each choice of the question, under which it is offered.

use super::*;

impl Form<'_> {
    /// The choices of `list` for a question whose `choice_filter` is `filter`: each with the
    /// condition under which it is offered, those always offered without one, those never offered
    /// left out. What cannot be read is the part of the filter that was not understood.
    pub(super) fn filtered(&mut self, list: &str, filter: &str) -> Result<Vec<Value>, expression::Unread> {
        self.filters.push(filter.to_owned());
        let (Some(choices), Some(columns)) = (self.choice_lists.get(list), self.choice_columns.get(list)) else {
            return Ok(Vec::new());
        };
        let mut offered = Vec::new();
        for (choice, columns) in choices.iter().zip(columns) {
            match expression::choice_filter(filter, self, columns)? {
                Value::Bool(false) => {}
                Value::Bool(true) => offered.push(choice.clone()),
                when => {
                    let mut choice = choice.clone();
                    if let Some(choice) = choice.as_object_mut() {
                        choice.insert("show_if".into(), when);
                    }
                    offered.push(choice);
                }
            }
        }
        Ok(offered)
    }

    /// Notes each column of the choices sheet waypost has no field for and no `choice_filter`
    /// names.
    pub(super) fn note_unfiltered_columns(&mut self) {
        let named = |column: &str| {
            self.filters
                .iter()
                .any(|f| f.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')).any(|w| w == column))
        };
        let unnamed: Vec<(String, Row, String)> =
            self.choice_extras.iter().filter(|(_, _, column)| !named(column)).cloned().collect();
        for (sheet, row, column) in unnamed {
            self.note(&sheet, &row, &column, tr!("imp-column-ignored", column = column.as_str()));
        }
    }
}
