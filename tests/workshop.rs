//! Workshops in the files and every report: votes beside the agreed answer, time spent against
//! the agenda. They survive a save and a load, show in `show`, Markdown, HTML, CSV and JSON, in a
//! comparison and a report over many sessions; a follow-up's room votes again.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use waypost_core::interview::follow_up;
use waypost_core::interview::votes::vote;
use waypost_core::questionnaire::{Questionnaire, parse};
use waypost_core::report::aggregate::Aggregate;
use waypost_core::report::{self, Summary, compare::compare, cross};
use waypost_core::session::Session;
use waypost_core::store::{FileStore, Store};
use waypost_core::testing::{give, now, session};

fn workshop() -> Questionnaire {
    parse(include_bytes!("fixtures/workshop/workshop.json")).usable().expect("the fixture is valid").clone()
}

/// A session where ten participants voted 7 yes, 2 partly, 1 no and agreed on yes, after 12
/// minutes on the opening and 25 on the priorities.
fn voted(q: &Questionnaire, id: &str, votes: &[&str]) -> Session {
    let mut s = session(q, id, "Hotel Sol");
    s.subject.participants = (1..=votes.len()).map(|n| format!("Table {n}")).collect();
    for (n, choice) in votes.iter().enumerate() {
        vote(q, &mut s, "ready", &format!("Table {}", n + 1), Some(choice), now()).unwrap();
    }
    give(q, &mut s, &[("ready", json!("yes"))]);
    s.spent.insert("opening".into(), 12 * 60);
    s.spent.insert("priorities".into(), 25 * 60 + 20);
    s
}

const TEN: [&str; 10] = ["yes", "yes", "partly", "yes", "no", "yes", "partly", "yes", "yes", "yes"];

#[test]
fn votes_and_time_are_kept_in_the_file_and_read_back() {
    let q = workshop();
    let s = voted(&q, "w1", &TEN);
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path().to_owned());
    store.save(&s).unwrap();
    let back = store.load("w1").unwrap();
    assert_eq!(back, s);
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(store.path("w1").unwrap()).unwrap()).unwrap();
    assert_eq!(file["answers"]["ready"]["votes"]["Table 3"], "partly");
    assert_eq!(file["spent"], json!({"opening": 720, "priorities": 1520}));
    let voted = file["events"].as_array().unwrap().iter().filter(|e| e["action"] == "voted").count();
    assert_eq!(voted, 10, "every vote is in the audit trail");
}

#[test]
fn every_report_shows_the_votes_and_the_time_against_the_plan() {
    let q = workshop();
    let s = voted(&q, "w1", &TEN);
    let spread = "Yes 7 · Partly 2 · No 1 (10 votes)";
    let text = report::summary_text(&q, &s);
    assert!(
        text.contains("Is the partnership ready for its next phase? — agreed: Yes") && text.contains(spread),
        "{text}"
    );
    assert!(text.contains("Opening: planned 10 min, spent 12 min (+2 min)"), "{text}");
    assert!(text.contains("Total: planned 45 min, spent 37 min (−8 min)"), "{text}");
    let md = report::markdown(&q, &s);
    assert!(md.contains(spread) && md.contains("| Priorities | 0:10 | 30 min | 25 min | −5 min |"), "{md}");
    let html = report::html(&q, &s);
    assert!(html.contains("<svg") && html.contains(&format!("aria-label=\"{spread}\"")), "{html}");
    assert!(html.contains("<td>+2 min</td>"));
    let csv = String::from_utf8(report::csv(&q, &s).unwrap()).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",active,voter"), "{csv}");
    assert!(csv.contains(",vote,partly,Partly,,,,true,Table 3"), "{csv}");
    let json = serde_json::to_value(Summary::new(&q, &s)).unwrap();
    assert_eq!(json["votes"][0]["spread"]["votes"], 10);
    assert_eq!(json["sections"][0]["spent"], 720);
    assert_eq!(json["sections"][0]["minutes"], 10);
}

#[test]
fn a_divided_room_is_said_in_every_report() {
    let q = workshop();
    let s = voted(&q, "w1", &["yes", "no", "partly", "no", "yes"]);
    assert!(report::summary_text(&q, &s).contains("(5 votes); the room was divided"));
    assert!(report::html(&q, &s).contains("The room was divided"));
}

#[test]
fn comparison_report_over_sessions_and_follow_up_treat_votes_as_each_room_s() {
    let q = workshop();
    let before = voted(&q, "w1", &TEN);
    let after = voted(&q, "w2", &["yes", "yes", "yes"]);
    let c = compare(&q, &before, &after);
    let change = c.changes.iter().find(|ch| ch.question == "ready").expect("the votes changed");
    assert!(change.before.ends_with("Yes 7 · Partly 2 · No 1 (10 votes)"), "{change:?}");
    assert!(change.after.ends_with("Yes 3 · Partly 0 · No 0 (3 votes)"), "{change:?}");
    let mut all = Aggregate::new(&q);
    all.add(&q, &before);
    all.add(&q, &after);
    let ready = all.questions.iter().find(|x| x.id == "ready").unwrap();
    assert_eq!(ready.votes.as_ref().unwrap().votes, 13);
    assert!(cross::aggregate_markdown("W", &all).contains("Votes: Yes 10 · Partly 2 · No 1 (13 votes)"));
    let csv = String::from_utf8(cross::aggregate_csv(&all).unwrap()).unwrap();
    assert!(csv.contains("votes for Yes,10"), "{csv}");
    let chair = all.questions.iter().find(|x| x.id == "chair").unwrap();
    assert!(chair.votes.is_none(), "a question kept out of votes");

    let mut next = session(&q, "w3", "Hotel Sol");
    follow_up(&q, &before, &mut next, now());
    let copied = &next.answers()["ready"];
    assert_eq!((copied.value.clone(), copied.to_confirm), (Some(json!("yes")), true));
    assert!(copied.votes.is_empty(), "the new room votes again");
    assert!(next.spent.is_empty(), "and its time starts from nothing");
}

/// A review's actions: two open, the second of them named `clause`, and one done.
fn actions(clause: &str) -> serde_json::Value {
    json!([
        {"what": "Train night staff", "owner": "Eva", "status": "open"},
        {"what": clause, "owner": "Ana", "status": "open"},
        {"what": "Old task", "owner": "Bo", "status": "done"},
    ])
}

#[test]
fn a_dot_vote_on_open_items_ranks_the_table_and_adds_their_dots() {
    use waypost_core::interview::votes::dot_key;
    use waypost_core::interview::votes::{give_dot, take_back_dot};
    use waypost_core::report::item_table::fill;
    let q = waypost_core::testing::built_in("learning-review");
    let mut s = session(&q, "r", "Hotel Sol");
    s.subject.participants = vec!["Ana".into(), "Bo".into()];
    give(&q, &mut s, &[("actions", actions("Sign the clause"))]);
    let waypost_core::questionnaire::View::Table(table) =
        q.views.iter().find(|v| matches!(v, waypost_core::questionnaire::View::Table(_))).unwrap()
    else {
        unreachable!()
    };
    let before = fill(&q, table, &s);
    assert_eq!(before.keys, [dot_key("actions", "Train night staff"), dot_key("actions", "Sign the clause")]);
    let clause = dot_key("actions", "Sign the clause");
    give_dot(&q, &mut s, "Ana", &clause, now()).unwrap();
    give_dot(&q, &mut s, "Bo", &clause, now()).unwrap();
    give_dot(&q, &mut s, "Bo", &dot_key("actions", "Train night staff"), now()).unwrap();
    let after = fill(&q, table, &s);
    assert_eq!(after.rows[0][0], "Sign the clause", "most dots first");
    assert_eq!((after.header.last().unwrap().as_str(), after.rows[0].last().unwrap().as_str()), ("Dots", "2"));
    let md = report::markdown(&q, &s);
    assert!(md.contains("| Sign the clause | Ana |"), "{md}");
    // `report` adds the dots of every room: the clause twice here and once in the other room,
    // which also gave a dot to an open action of the health check.
    let mut other = s.clone();
    other.dots.clear();
    give_dot(&q, &mut other, "Ana", &clause, now()).unwrap();
    give_dot(&q, &mut other, "Bo", "health_purpose_cso", now()).unwrap();
    let mut all = Aggregate::new(&q);
    all.add(&q, &s);
    all.add(&q, &other);
    let purpose = q.question("health_purpose_cso").unwrap();
    let purpose = purpose.action.as_ref().unwrap_or(&purpose.prompt).get("en", "en").to_owned();
    assert_eq!(all.priorities(), [("Sign the clause", 3), (purpose.as_str(), 1), ("Train night staff", 1)]);
    let md = cross::aggregate_markdown("Reviews", &all);
    assert!(md.contains("## Priorities (dot votes)\n\n1. Sign the clause — 3 dots\n2. The CSO scores"), "{md}");
    assert!(cross::aggregate_html("Reviews", &all).contains("<li>Sign the clause — 3 dots</li>"));
    let csv = String::from_utf8(cross::aggregate_csv(&all).unwrap()).unwrap();
    assert!(csv.contains("dots for Sign the clause,3"), "{csv}");

    // Dots follow an item whose text is corrected, and stay behind when an item is removed.
    let mut edited = s.clone();
    give(&q, &mut edited, &[("actions", actions("Sign the child-protection clause"))]);
    let table_after = fill(&q, table, &edited);
    assert_eq!(table_after.rows[0][0], "Sign the child-protection clause", "{table_after:?}");
    assert_eq!(table_after.rows[0].last().unwrap(), "2");
    give(&q, &mut edited, &[("actions", json!([{"what": "Old task", "owner": "Bo", "status": "done"}]))]);
    let gone = dot_key("actions", "Train night staff");
    assert_eq!(edited.dots["Bo"].iter().filter(|d| **d == gone).count(), 1, "no other item takes a removed one's dots");

    assert!(take_back_dot(&mut s, "Bo", now()));
    assert!(give_dot(&q, &mut s, "Zed", &clause, now()).is_err(), "a stranger has no dots");
    assert!(give_dot(&q, &mut s, "Ana", "nowhere#x", now()).is_err(), "an unknown list");
}

#[test]
fn a_learning_review_reads_the_time_kept_by_the_organisation_s_workshops_in_its_period() {
    use waypost_core::testing::{at, built_in};
    let (q, review_q) = (workshop(), built_in("learning-review"));
    let workshop_at = |id: &str, org: &str, when: &str| {
        let mut s = voted(&q, id, &TEN);
        s.subject.organisation = org.into();
        s.created_at = at(when);
        s
    };
    let in_period = workshop_at("w-may", "Hotel Sol", "2026-05-12T09:30:00+02:00");
    let mut untimed = workshop_at("w-june", "Hotel Sol", "2026-06-02T09:30:00+02:00");
    untimed.spent.clear();
    let before_period = workshop_at("w-jan", "Hotel Sol", "2026-01-20T09:30:00+01:00");
    let elsewhere = workshop_at("w-other", "Hotel Luna", "2026-05-13T09:30:00+02:00");
    let mut review = session(&review_q, "review", "hotel sol ");
    give(&review_q, &mut review, &[("period_from", json!("2026-03-01")), ("period_to", json!("2026-08-31"))]);
    let dir = tempfile::tempdir().unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop");
    let catalog = waypost_core::questionnaire::Catalog::load(&[fixtures]);
    let store = FileStore::new(dir.path().to_owned());
    for s in [&in_period, &untimed, &before_period, &elsewhere, &review] {
        store.create(s).unwrap();
    }
    let history = waypost_core::lifecycle::history(&store, &catalog, &review);
    let found: Vec<&str> = history.workshops.iter().map(|w| w.session.as_str()).collect();
    assert_eq!(found, ["w-may"], "only the organisation's timed workshops within the period");
    let line = "2026-05-12 · Partner workshop (test fixture) (w-may): 37 min spent of 45 min planned (−8 min)";
    let text = report::summary_text_with_history(&review_q, &review, &history);
    assert!(text.contains("Time kept in this organisation's workshops in the period reviewed"), "{text}");
    assert!(text.contains(line), "{text}");
    assert!(report::markdown_with_history(&review_q, &review, &history).contains(&format!("- {line}")));
    assert!(report::html_with_history(&review_q, &review, &history).contains(&format!("<li>{line}")));
    let json =
        serde_json::to_value(Summary::new(&review_q, &review).with_history(&review_q, &review, &history)).unwrap();
    assert_eq!(json["workshops"][0]["agenda"]["spent"], 37 * 60 + 20);
    // Without the period's dates, the period is since the last review: every timed workshop
    // before this review began, and none after it.
    let mut open_review = session(&review_q, "review-2", "Hotel Sol");
    open_review.created_at = at("2026-05-20T09:30:00+02:00");
    store.create(&open_review).unwrap();
    let history = waypost_core::lifecycle::history(&store, &catalog, &open_review);
    let found: Vec<&str> = history.workshops.iter().map(|w| w.session.as_str()).collect();
    assert_eq!(found, ["w-jan", "w-may"], "oldest first, up to when this review began");
    // A questionnaire that does not review workshops shows none.
    let other = workshop_at("w-later", "Hotel Sol", "2026-12-01T09:30:00+01:00");
    assert!(waypost_core::lifecycle::history(&store, &catalog, &other).workshops.is_empty());
}
