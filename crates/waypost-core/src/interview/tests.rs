//! Engine tests on the format's documented example.

use serde_json::{Value, json};

use super::*;
use crate::questionnaire::{AnswerState, Place, Questionnaire, parse};
use crate::session::{EventKind, Session, Status};
use crate::testing::{example, now};

fn session(q: &Questionnaire) -> Session {
    crate::testing::session(q, "s", "")
}

fn give(q: &Questionnaire, s: &mut Session, id: &str, v: Value) {
    answer(q, s, id, Input::Value(v), None, now(), Some(1.0)).unwrap_or_else(|e| panic!("{id}: {e}"));
}

fn visible_ids(q: &Questionnaire, s: &Session) -> Vec<String> {
    Flow::new(q, s.answers()).visible.iter().map(|p| q.at(*p).id.clone()).collect()
}

#[test]
fn skip_logic_follows_the_answers() {
    let q = example();
    let mut s = session(&q);
    assert!(!visible_ids(&q, &s).contains(&"member".to_string()));
    give(&q, &mut s, "sector", json!("tourism"));
    let ids = visible_ids(&q, &s);
    assert!(ids.contains(&"member".into()) && ids.contains(&"plan".into()), "{ids:?}");
    give(&q, &mut s, "sector", json!("ict"));
    let ids = visible_ids(&q, &s);
    assert!(!ids.contains(&"member".into()) && !ids.contains(&"plan".into()), "{ids:?}");
    assert!(!Flow::new(&q, s.answers()).sections[1].shown);
}

#[test]
fn hidden_answers_are_kept_inactive_and_come_back() {
    let q = example();
    let mut s = session(&q);
    give(&q, &mut s, "sector", json!("tourism"));
    give(&q, &mut s, "member", json!("partly"));
    give(&q, &mut s, "sector", json!("ict"));
    assert_eq!(s.answers()["member"].value, Some(json!("partly")));
    assert!(s.answers()["member"].inactive);
    assert!(s.events().iter().any(|e| e.action == EventKind::Hidden && e.question.as_deref() == Some("member")));
    give(&q, &mut s, "sector", json!("tourism"));
    assert!(!s.answers()["member"].inactive);
    assert_eq!(Flow::new(&q, s.answers()).progress().answered, 2);
}

#[test]
fn a_hidden_answer_does_not_drive_conditions() {
    let q = example();
    let mut s = session(&q);
    give(&q, &mut s, "sector", json!("tourism"));
    give(&q, &mut s, "plan", json!("no"));
    assert!(!visible_ids(&q, &s).contains(&"plan_detail".into()));
    give(&q, &mut s, "sector", json!("ict"));
    // plan is hidden, so "not plan = no" holds for nothing: the section is hidden anyway.
    assert!(!visible_ids(&q, &s).contains(&"plan_detail".into()));
}

#[test]
fn navigation_moves_over_visible_questions() {
    let q = example();
    let mut s = session(&q);
    let flow = Flow::new(&q, s.answers());
    let sector = Place { section: 0, question: 1 };
    assert_eq!(flow.next(sector), Some(Place { section: 0, question: 3 }), "member is skipped");
    assert_eq!(flow.previous(Place { section: 0, question: 3 }), Some(sector));
    assert_eq!(flow.previous(Place { section: 0, question: 0 }), None);
    assert_eq!(flow.next(Place { section: 0, question: 7 }), None, "section 1 is hidden");
    give(&q, &mut s, "sector", json!("tourism"));
    let flow = Flow::new(&q, s.answers());
    assert_eq!(flow.next(sector), Some(Place { section: 0, question: 2 }));
    assert_eq!(flow.next(Place { section: 0, question: 7 }), Some(Place { section: 1, question: 0 }));
    assert_eq!(flow.first_unanswered(&q, s.answers()), Some(Place { section: 0, question: 2 }));
    // Resuming at a question now hidden goes on to the next one shown.
    give(&q, &mut s, "sector", json!("ict"));
    let flow = Flow::new(&q, s.answers());
    assert_eq!(flow.resume_at(&q, s.answers(), Some("member")), Some(Place { section: 0, question: 3 }));
    assert_eq!(flow.resume_at(&q, s.answers(), Some("nope")), Some(Place { section: 0, question: 3 }));
}

#[test]
fn hard_checks_block_with_their_message() {
    let q = example();
    let mut s = session(&q);
    let refuse = |s: &mut Session, id: &str, v: Value| match answer(&q, s, id, Input::Value(v), None, now(), None) {
        Err(Refusal::Invalid(m)) => m.to_string(),
        other => panic!("{id}: {other:?}"),
    };
    assert_eq!(refuse(&mut s, "sector", json!("mining")), "\"mining\" is not one of the choices");
    assert_eq!(refuse(&mut s, "staff_trained", json!(-1)), "the smallest allowed is 0 people");
    assert_eq!(refuse(&mut s, "staff_trained", json!(2.5)), "enter a whole number");
    assert_eq!(refuse(&mut s, "last_report", json!("2026-02-30")), "enter a date as YYYY-MM-DD, e.g. 2026-11-28");
    assert_eq!(refuse(&mut s, "channels", json!(["web", "web"])), "\"web\" is selected twice");
    assert_eq!(refuse(&mut s, "summary", json!("x".repeat(4001))), "4001 characters is too long: at most 4000");
    assert_eq!(refuse(&mut s, "stakeholders", json!([])), "add at least 1 stakeholder");
    assert_eq!(refuse(&mut s, "stakeholders", json!([{"power": "high"}])), "stakeholder 1, Name: required");
    assert_eq!(
        refuse(&mut s, "stakeholders", json!([{"name": "A", "power": "mid"}])),
        "stakeholder 1, Power: \"mid\" is not one of the choices"
    );
    assert_eq!(
        refuse(&mut s, "stakeholders", json!([{"name": "A", "rank": 1}])),
        "stakeholder 1: unknown field \"rank\""
    );
    assert!(matches!(
        answer(&q, &mut s, "member", Input::Value(json!("yes")), None, now(), None),
        Err(Refusal::Hidden(_))
    ));
    assert!(matches!(answer(&q, &mut s, "nope", Input::Value(json!(1)), None, now(), None), Err(Refusal::Unknown(_))));
    assert!(s.answers().is_empty(), "nothing refused was saved");
    give(&q, &mut s, "staff_trained", json!(12.0));
    assert_eq!(s.answers()["staff_trained"].value, Some(json!(12)));
}

#[test]
fn soft_warnings_need_a_reason_which_is_saved() {
    let q = example();
    let mut s = session(&q);
    let big = Input::Value(json!(20000));
    match answer(&q, &mut s, "staff_trained", big.clone(), None, now(), None) {
        Err(Refusal::NeedsOverride(warnings)) => {
            let texts: Vec<String> = warnings.iter().map(|w| w.text("en", "en")).collect();
            assert_eq!(texts, ["That is a lot of people: check the number."]);
        }
        other => panic!("{other:?}"),
    }
    assert!(answer(&q, &mut s, "staff_trained", big.clone(), Some("  "), now(), None).is_err());
    answer(&q, &mut s, "staff_trained", big, Some("All branches"), now(), None).unwrap();
    assert_eq!(s.answers()["staff_trained"].override_reason.as_deref(), Some("All branches"));
    assert!(s.events().iter().any(|e| e.action == EventKind::Override));
    give(&q, &mut s, "staff_trained", json!(5));
    assert_eq!(s.answers()["staff_trained"].override_reason, None);
}

#[test]
fn answer_states_only_where_allowed() {
    let q = example();
    let mut s = session(&q);
    answer(&q, &mut s, "staff_trained", Input::State(AnswerState::DontKnow), None, now(), None).unwrap();
    assert!(s.answers()["staff_trained"].is_answered());
    let err = answer(&q, &mut s, "summary", Input::State(AnswerState::Declined), None, now(), None).unwrap_err();
    assert_eq!(err.to_string(), "this question does not allow \"Declined\"");
}

#[test]
fn progress_and_completion() {
    let q = example();
    let mut s = session(&q);
    let flow = Flow::new(&q, s.answers());
    assert_eq!(flow.progress(), Progress { answered: 0, total: 6 });
    assert_eq!(complete(&q, &mut s, now()), Err(vec!["sector".to_string()]));
    give(&q, &mut s, "sector", json!("tourism"));
    assert_eq!(Flow::new(&q, s.answers()).progress(), Progress { answered: 1, total: 9 });
    assert_eq!(complete(&q, &mut s, now()), Err(vec!["plan".to_string()]));
    give(&q, &mut s, "plan", json!("yes"));
    complete(&q, &mut s, now()).unwrap();
    assert_eq!(s.status, Status::Completed);
    assert_eq!(Flow::new(&q, s.answers()).section_progress(1), Progress { answered: 1, total: 2 });
    clear(&q, &mut s, "plan", now()).unwrap();
    assert_eq!(s.status, Status::InProgress, "a change that makes it incomplete reopens it");
    assert!(s.events().iter().any(|e| e.action == EventKind::Cleared && e.from == json!("yes")));
}

#[test]
fn notes_and_the_audit_trail() {
    let q = example();
    let mut s = session(&q);
    note(&q, &mut s, "staff_trained", "HR will confirm", now()).unwrap();
    assert_eq!(s.answers()["staff_trained"].note.as_deref(), Some("HR will confirm"));
    assert!(!s.answers()["staff_trained"].is_answered());
    give(&q, &mut s, "sector", json!("ict"));
    give(&q, &mut s, "sector", json!("tourism"));
    let answered: Vec<_> = s.events().iter().filter(|e| e.action == EventKind::Answered).collect();
    assert_eq!(answered.len(), 2);
    assert_eq!((answered[1].from.clone(), answered[1].to.clone()), (json!("ict"), json!("tourism")));
    assert_eq!(answered[1].seconds, Some(1.0));
    note(&q, &mut s, "staff_trained", "", now()).unwrap();
    assert_eq!(s.answers()["staff_trained"].note, None);
}

#[test]
fn list_item_fields_follow_sibling_conditions() {
    let q = example();
    let list = q.question("stakeholders").unwrap();
    let item = json!({"name": "A", "power": "high", "commitment": "opposed"});
    let shown: Vec<&str> = check::item_fields(&q, list, item.as_object().unwrap(), &check::nothing_outside)
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(shown, ["name", "power", "commitment", "concerns"]);
    let item = json!({"name": "A", "power": "low"});
    let shown: Vec<&str> = check::item_fields(&q, list, item.as_object().unwrap(), &check::nothing_outside)
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(shown, ["name", "power", "commitment"]);
}

#[test]
fn editing_a_long_text_keeps_a_summary_in_events_not_the_text_twice() {
    let q = parse(
        br#"{"format": 1, "id": "long", "version": "1", "title": "Long", "sections": [{"id": "s",
        "title": "S", "questions": [{"id": "minutes", "kind": "text", "prompt": "Minutes", "multiline": true}]}]}"#,
    )
    .usable()
    .unwrap()
    .clone();
    let mut s = session(&q);
    let mut text = "x".repeat(3_000_000);
    for round in 0..3 {
        text.push_str(&format!(" edit {round}"));
        give(&q, &mut s, "minutes", json!(text));
    }
    let bytes = crate::store::encode::Encoder::default().encode(&s).len();
    assert!(bytes < text.len() + 100_000, "{bytes} bytes for a {} byte text", text.len());
    let last = s.events().iter().rev().find(|e| e.action == EventKind::Answered).unwrap();
    assert_eq!(last.to["bytes"], json!(text.len()));
    assert_eq!(last.to["sha256"].as_str().map(str::len), Some(64));
    assert!(last.to["start"].as_str().unwrap().starts_with("xxx"));
    assert_eq!(s.answers()["minutes"].value, Some(json!(text)), "the answer itself is whole");
}

#[test]
fn an_other_choice_waits_for_what_it_stands_for() {
    let text = br#"{"format": 1, "id": "o", "version": "1", "title": "T", "sections": [{"id": "s", "title": "S",
      "questions": [{"id": "who", "kind": "single", "prompt": "Who?",
        "choices": [{"value": "staff", "label": "Staff"}, {"value": "other", "label": "Someone else", "other": true}]},
        {"id": "end", "kind": "text", "prompt": "End"}]}]}"#;
    let q = parse(text).usable().cloned().expect("parses");
    let mut ctl = Controller::new(q.clone(), session(&q), false, now());
    let asked = ctl.confirm(Some(Input::Value(json!("other"))), None, now()).unwrap();
    assert_eq!(asked, Confirmed::NeedsOther { label: "Someone else".into(), said: None });
    assert!(ctl.session().answers().get("who").is_none(), "nothing recorded before it is said");
    let done = ctl.confirm(Some(Input::Other(json!("other"), "the mayor".into())), None, now()).unwrap();
    assert!(matches!(done, Confirmed::Recorded(_)), "{done:?}");
    assert_eq!(ctl.session().answers()["who"].other.as_deref(), Some("the mayor"));
    // Coming back, what it stood for is offered again.
    ctl.back(now());
    let again = ctl.confirm(Some(Input::Value(json!("other"))), None, now()).unwrap();
    assert_eq!(again, Confirmed::NeedsOther { label: "Someone else".into(), said: Some("the mayor".into()) });
}
