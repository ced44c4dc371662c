//! A filter's small picker: every value the sessions have, with how many sessions have it, and
//! "all"; Enter takes the highlighted one, Esc leaves the filter as it was.

use waypost_core::session::Status;
use waypost_core::store::rows::Row;

/// Which filter a picker sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// The questionnaire.
    Questionnaire,
    /// The status.
    Status,
    /// The organisation.
    Organisation,
    /// Where a session came from: this laptop, or who in the team sent it.
    Origin,
}

/// A value of a filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// No filter.
    All,
    /// A questionnaire's id or an organisation's name.
    Text(String),
    /// A status.
    Status(Status),
    /// This laptop (`None`), or the team member who sent it.
    Origin(Option<String>),
}

/// The picker open over the browser.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The filter it sets.
    pub filter: Filter,
    /// The values, "all" first, each with its number of sessions.
    pub options: Vec<(Choice, usize)>,
    /// The highlighted option.
    pub cursor: usize,
}

impl Picker {
    /// A picker for `filter` over the sessions `all`, highlighting the value in force.
    pub fn new(filter: Filter, all: &[Row], current: &Choice) -> Picker {
        let mut options: Vec<(Choice, usize)> = vec![(Choice::All, all.len())];
        for row in all {
            let value = match filter {
                Filter::Questionnaire => Choice::Text(row.questionnaire.id.clone()),
                Filter::Organisation => Choice::Text(row.organisation.clone()),
                Filter::Status => Choice::Status(row.status),
                Filter::Origin => Choice::Origin(row.from_team.clone()),
            };
            match options.iter_mut().find(|(v, _)| *v == value) {
                Some((_, n)) => *n += 1,
                None => options.push((value, 1)),
            }
        }
        // Sorted by what is shown; "all" stays first.
        options[1..].sort_by(|(a, _), (b, _)| match (a, b) {
            (Choice::Text(x), Choice::Text(y)) => waypost_core::text::fold(x).cmp(&waypost_core::text::fold(y)),
            (Choice::Status(x), Choice::Status(y)) => (*x == Status::Completed).cmp(&(*y == Status::Completed)),
            // This laptop first, then the team by name.
            (Choice::Origin(x), Choice::Origin(y)) => x.cmp(y),
            _ => std::cmp::Ordering::Equal,
        });
        let cursor = options.iter().position(|(v, _)| v == current).unwrap_or(0);
        Picker { filter, options, cursor }
    }

    /// Moves the highlight, staying on the list.
    pub fn step(&mut self, delta: isize) {
        self.cursor = self.cursor.saturating_add_signed(delta).min(self.options.len().saturating_sub(1));
    }

    /// The highlighted value.
    pub fn chosen(&self) -> Choice {
        self.options.get(self.cursor).map_or(Choice::All, |(v, _)| v.clone())
    }
}
