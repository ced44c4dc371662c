//! Votes on a list item's field: the room votes on a stakeholder's power and commitment as the
//! item is entered. Each voter's choice is kept in the item beside the field, under
//! `<field>.votes` (field ids have no dot), so the votes go wherever their item goes.

use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::{Invalid, Item};
use crate::questionnaire::{Kind, Question, Questionnaire};

/// The key of an item that holds the votes on one of its fields.
pub fn votes_key(field: &str) -> String {
    format!("{field}.votes")
}

/// Whether a list's field is put to a vote: a single-choice field marked `"votes": true` (a
/// section's or the questionnaire's `votes` is for its questions, not for the fields of lists).
pub fn is_voted_field(field: &Question) -> bool {
    field.kind == Kind::Single && field.votes == Some(true)
}

/// Each voter's choice on a field of an item, in the order given.
pub fn item_votes(item: &Item, field: &str) -> IndexMap<String, String> {
    let votes = item.get(&votes_key(field)).and_then(Value::as_object);
    votes.into_iter().flatten().filter_map(|(voter, c)| Some((voter.clone(), c.as_str()?.to_owned()))).collect()
}

/// Whether a value stands as the votes on a single-choice field: each voter's choice. Votes are
/// kept when the questionnaire later stops putting the field to a vote, or drops a choice, as
/// hidden answers are.
pub(crate) fn are_votes(field: &Question, value: &Value) -> bool {
    field.kind == Kind::Single && value.as_object().is_some_and(|o| o.values().all(Value::is_string))
}

/// Gives (or with `None` takes back) a voter's choice on a field of an item; returns whether
/// the item changed. Voters are the session's participants.
pub fn vote_in_item(
    q: &Questionnaire,
    field: &Question,
    item: &mut Item,
    participants: &[String],
    voter: &str,
    choice: Option<&str>,
) -> Result<bool, Invalid> {
    if !is_voted_field(field) {
        return Err(Invalid::NotPutToVote);
    }
    if !participants.iter().any(|p| p == voter) {
        return Err(Invalid::UnknownVoter(voter.to_owned()));
    }
    if let Some(c) = choice
        && q.choice(field, c).is_none()
    {
        return Err(Invalid::NotAChoice(c.to_owned()));
    }
    let key = votes_key(&field.id);
    let mut votes = item.get(&key).and_then(Value::as_object).cloned().unwrap_or_else(Map::new);
    let before = votes.get(voter).and_then(Value::as_str).map(str::to_owned);
    if before.as_deref() == choice {
        return Ok(false);
    }
    match choice {
        Some(c) => {
            votes.insert(voter.to_owned(), Value::from(c));
        }
        None => {
            votes.shift_remove(voter);
        }
    }
    if votes.is_empty() {
        item.remove(&key);
    } else {
        item.insert(key, Value::Object(votes));
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::built_in;

    #[test]
    fn votes_on_a_field_are_kept_in_the_item_by_voter_and_taken_back() {
        let q = built_in("stakeholder-grid");
        let list = q.question("stakeholders").unwrap();
        let power = list.field("power").unwrap();
        assert!(is_voted_field(power));
        let people = ["Ana".to_owned(), "Bo".to_owned()];
        let mut item = Item::new();
        assert!(vote_in_item(&q, power, &mut item, &people, "Ana", Some("strong")).unwrap());
        assert!(vote_in_item(&q, power, &mut item, &people, "Bo", Some("some")).unwrap());
        assert!(!vote_in_item(&q, power, &mut item, &people, "Bo", Some("some")).unwrap(), "the same vote again");
        assert_eq!(
            item_votes(&item, "power").into_iter().collect::<Vec<_>>(),
            [("Ana".to_owned(), "strong".to_owned()), ("Bo".to_owned(), "some".to_owned())]
        );
        assert!(are_votes(power, &item["power.votes"]));
        assert!(matches!(
            vote_in_item(&q, power, &mut item, &people, "Cy", Some("strong")),
            Err(Invalid::UnknownVoter(_))
        ));
        assert!(matches!(
            vote_in_item(&q, power, &mut item, &people, "Ana", Some("huge")),
            Err(Invalid::NotAChoice(_))
        ));
        vote_in_item(&q, power, &mut item, &people, "Ana", None).unwrap();
        vote_in_item(&q, power, &mut item, &people, "Bo", None).unwrap();
        assert!(!item.contains_key("power.votes"), "no votes, no key");
        // A questionnaire that no longer puts the field to a vote keeps the votes given.
        let mut unvoted = q.clone();
        let fields = &mut unvoted
            .sections
            .iter_mut()
            .flat_map(|s| s.questions.iter_mut())
            .find(|x| x.id == list.id)
            .unwrap()
            .fields;
        fields.iter_mut().filter(|f| f.id == "power").for_each(|f| f.votes = None);
        let mut voted_item = item.clone();
        vote_in_item(&q, power, &mut voted_item, &people, "Ana", Some("strong")).unwrap();
        voted_item.insert("type".into(), Value::from("manager"));
        voted_item.insert("name".into(), Value::from("Rosa"));
        voted_item.insert("power".into(), Value::from("strong"));
        voted_item.insert("commitment".into(), Value::from("supportive"));
        let unvoted_list = unvoted.question(&list.id).unwrap();
        let kept =
            crate::interview::check_value(&unvoted, unvoted_list, &Value::Array(vec![Value::Object(voted_item)]));
        assert_eq!(kept.unwrap()[0]["power.votes"]["Ana"], "strong");
        let name = list.field("name").unwrap();
        assert!(matches!(vote_in_item(&q, name, &mut item, &people, "Ana", Some("x")), Err(Invalid::NotPutToVote)));
    }
}
