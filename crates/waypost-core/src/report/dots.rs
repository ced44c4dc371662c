//! Dot votes in reports: what the room can give dots to (the suggested actions for the answers
//! so far, then the open items of the table views), and the actions ranked by their dots.

use crate::questionnaire::{Questionnaire, View};
use crate::scoring::Suggestion;
use crate::session::Session;

/// What a dot vote can go to now: the suggested actions for the answers so far (by their dots
/// already given), then the open items of the table views; each one's key (as kept in `dots`)
/// and text (not yet made safe for any output).
pub fn dot_targets(q: &Questionnaire, session: &Session, lang: &str) -> Vec<(String, String)> {
    let mut actions = crate::scoring::score(q, session.answers(), lang).map(|s| s.actions).unwrap_or_default();
    rank(session, &mut actions);
    let items = q.views.iter().filter_map(|v| match v {
        View::Table(table) => Some((table.columns.len(), super::item_table::fill(q, table, session))),
        View::Grid(_) => None,
    });
    let rows = items.flat_map(|(columns, t)| {
        t.keys.into_iter().zip(t.rows).map(move |(key, row)| {
            // The table's own columns only, not the column of dots an earlier vote added.
            let cells: Vec<String> = row.into_iter().take(columns).filter(|c| !c.is_empty()).collect();
            (key, cells.join(" · "))
        })
    });
    actions.into_iter().map(|a| (a.question, a.text)).chain(rows).collect()
}

/// Ranks suggested actions by the dots they got (most first; equal ones keep their order) and
/// notes each one's dots.
pub fn rank(session: &Session, actions: &mut [Suggestion]) {
    if session.dots.is_empty() {
        return;
    }
    for action in actions.iter_mut() {
        action.dots = session.dots.values().flatten().filter(|id| **id == action.question).count();
    }
    actions.sort_by_key(|a| std::cmp::Reverse(a.dots));
}
