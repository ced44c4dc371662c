//! Merging a session changed in this window with the same session changed on disk by another
//! program since this window read it: what only one side changed is taken from that side;
//! where both changed the same thing differently, nothing is merged and the places are named.

use indexmap::IndexMap;

use super::Session;

/// Merges `mine` and `theirs`, both grown from `base`; the names of what both changed otherwise.
pub(crate) fn merge(base: &Session, mine: &Session, theirs: &Session) -> Result<Session, Vec<String>> {
    let mut conflicts = Vec::new();
    let mut pick = |name: &str, b: bool, m: bool, t: bool| -> bool {
        // Which side to take: true for theirs. `b`: mine is as in base; `m`: theirs as in base;
        // `t`: both the same.
        match (b, m, t) {
            (true, _, _) => true,
            (false, true, _) | (false, false, true) => false,
            (false, false, false) => {
                conflicts.push(name.to_owned());
                false
            }
        }
    };
    let mut merged = mine.clone();
    if pick("subject", mine.subject == base.subject, theirs.subject == base.subject, mine.subject == theirs.subject) {
        merged.subject = theirs.subject.clone();
    }
    if pick(
        "language",
        mine.language == base.language,
        theirs.language == base.language,
        mine.language == theirs.language,
    ) {
        merged.language = theirs.language.clone();
    }
    if pick("fields", mine.extra == base.extra, theirs.extra == base.extra, mine.extra == theirs.extra) {
        merged.extra = theirs.extra.clone();
    }
    let mut answers = IndexMap::new();
    let ids = theirs.answers.keys().chain(mine.answers.keys()).chain(base.answers.keys());
    for id in ids {
        if answers.contains_key(id) {
            continue;
        }
        let (b, m, t) = (base.answers.get(id), mine.answers.get(id), theirs.answers.get(id));
        let chosen = if pick(id, m == b, t == b, m == t) { t } else { m };
        if let Some(answer) = chosen {
            answers.insert(id.clone(), answer.clone());
        }
    }
    merged.answers = answers;
    if pick("dots", mine.dots == base.dots, theirs.dots == base.dots, mine.dots == theirs.dots) {
        merged.dots = theirs.dots.clone();
    }
    // A dot vote going on is this window's own; another program's is taken only while this
    // window has none of its own to say.
    if mine.dot_vote == base.dot_vote {
        merged.dot_vote = theirs.dot_vote.clone();
    }
    // Time spent: theirs, and what this window counted since the base.
    merged.spent = theirs.spent.clone();
    for (section, seconds) in &mine.spent {
        let added = seconds.saturating_sub(base.spent.get(section).copied().unwrap_or(0));
        *merged.spent.entry(section.clone()).or_insert(0) += added;
    }
    // The audit trail: theirs, then what this window added since the base.
    let mine_new = mine.events.get(base.events.len()..).unwrap_or_default();
    merged.events = theirs.events.iter().chain(mine_new).cloned().collect();
    merged.updated_at = mine.updated_at.max(theirs.updated_at);
    if conflicts.is_empty() { Ok(merged) } else { Err(conflicts) }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::testing::{example, give, session};

    #[test]
    fn each_side_keeps_what_only_it_changed_and_both_sides_of_one_answer_are_a_conflict() {
        let q = example();
        let mut base = session(&q, "s", "Acme");
        give(&q, &mut base, &[("sector", json!("tourism"))]);
        let mut theirs = base.clone();
        theirs.subject.participants.push("Bo".into());
        theirs.extra.insert("site".into(), json!("Lima"));
        give(&q, &mut theirs, &[("channels", json!(["web"]))]);
        let mut mine = base.clone();
        give(&q, &mut mine, &[("staff_trained", json!(12))]);
        let merged = merge(&base, &mine, &theirs).unwrap();
        assert_eq!(merged.subject.participants, ["Bo"]);
        assert_eq!(merged.extra["site"], json!("Lima"));
        assert_eq!(merged.answers["channels"].value, Some(json!(["web"])));
        assert_eq!(merged.answers["staff_trained"].value, Some(json!(12)));
        assert_eq!(merged.events.len(), theirs.events.len() + 1);

        let mut other = base.clone();
        give(&q, &mut other, &[("staff_trained", json!(30))]);
        assert_eq!(merge(&base, &mine, &other).unwrap_err(), ["staff_trained"]);
    }
}
