//! Comparing two sessions of one questionnaire, the earlier one first.

use super::{LifecycleError, open};
use crate::questionnaire::{Catalog, Questionnaire};
use crate::report::compare::{Comparison, compare as compare_answers};
use crate::store::Store;

/// Two sessions compared.
#[derive(Debug, Clone)]
pub struct Compared {
    /// The questionnaire both answer.
    pub questionnaire: Questionnaire,
    /// A title: the questionnaire and the organisation of the later session.
    pub title: String,
    /// What changed from the earlier to the later session.
    pub comparison: Comparison,
    /// Whether the sessions were given later one first (and were put in date order).
    pub reordered: bool,
}

/// Compares two sessions; whichever order they are given in, the one started earlier is
/// "before", so that score changes read as progress over time.
pub fn compare(store: &dyn Store, catalog: &Catalog, first: &str, second: &str) -> Result<Compared, LifecycleError> {
    let a = open(store, catalog, first)?;
    let b = open(store, catalog, second)?;
    if a.session.questionnaire.id != b.session.questionnaire.id {
        return Err(LifecycleError::DifferentQuestionnaires {
            first: a.session.questionnaire.id,
            second: b.session.questionnaire.id,
        });
    }
    let reordered = b.session.created_at < a.session.created_at;
    let (before, after) = if reordered { (b, a) } else { (a, b) };
    let q = after.questionnaire;
    let title = format!(
        "{} — {}",
        q.title.get(&after.session.language, q.default_language()),
        after.session.subject.organisation
    );
    let comparison = compare_answers(&q, &before.session, &after.session);
    Ok(Compared { questionnaire: q, title, comparison, reordered })
}
