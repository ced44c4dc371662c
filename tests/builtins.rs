//! The built-in questionnaires: valid, faithful to the guidance, and their skip logic and scoring
//! proven by scripted answer paths.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use serde_json::{Value, json};
use waypost_core::interview::{Flow, Input, Refusal, answer};
use waypost_core::questionnaire::catalog::BUILT_IN;
use waypost_core::questionnaire::{Catalog, Questionnaire, parse};
use waypost_core::scoring::score;
use waypost_core::session::Session;
use waypost_core::testing::{built_in, now};

fn session(q: &Questionnaire) -> Session {
    waypost_core::testing::session(q, "s", "")
}

fn give(q: &Questionnaire, s: &mut Session, id: &str, v: Value) {
    answer(q, s, id, Input::Value(v), None, now(), None).unwrap_or_else(|e| panic!("{id}: {e}"));
}

fn visible(q: &Questionnaire, s: &Session) -> BTreeSet<String> {
    Flow::new(q, s.answers()).visible.iter().map(|p| q.at(*p).id.clone()).collect()
}

#[test]
fn every_built_in_validates_without_any_problem() {
    for (name, text) in BUILT_IN {
        let parsed = parse(text.as_bytes());
        assert_eq!(parsed.problems, vec![], "{name}");
        let q = parsed.questionnaire.unwrap();
        assert_eq!(format!("{}.json", q.id), *name);
    }
    let ids: Vec<String> = Catalog::load(&[]).entries().iter().map(|e| e.questionnaire.id.clone()).collect();
    assert_eq!(
        ids,
        ["csr-self-assessment", "learning-review", "partner-screening", "partnership-readiness", "stakeholder-grid"]
    );
}

#[test]
fn every_file_in_the_folder_is_embedded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
    let on_disk: BTreeSet<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let embedded: BTreeSet<String> = BUILT_IN.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(on_disk, embedded);
}

#[test]
fn every_question_cites_the_guidance() {
    for entry in Catalog::load(&[]).entries() {
        let q = &entry.questionnaire;
        for (_, question) in q.places() {
            let help = question.help.as_ref().map(|h| h.get("en", "en")).unwrap_or("");
            let cites = ["Guidance", "§", "The Code", "Principles"].iter().any(|c| help.contains(c));
            assert!(cites, "{}: {} has no citation: {help:?}", q.id, question.id);
        }
    }
}

#[test]
fn every_step_of_the_guidance_is_served() {
    let mut cited = BTreeSet::new();
    for (_, text) in BUILT_IN {
        for part in text.split('§').skip(1) {
            let section: String = part.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
            cited.insert(section.trim_end_matches('.').to_owned());
        }
    }
    for step in ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3"] {
        assert!(cited.contains(step), "no item cites §{step}");
    }
}

#[test]
fn csr_tourism_asks_about_the_code_and_ict_does_not() {
    let q = built_in("csr-self-assessment");
    let mut s = session(&q);
    give(&q, &mut s, "sector", json!("tourism"));
    let shown = visible(&q, &s);
    assert!(shown.contains("code_member") && shown.contains("c4_travellers"));
    assert!(!shown.contains("c4_customers"));
    give(&q, &mut s, "code_member", json!("yes"));
    assert!(visible(&q, &s).contains("code_lcr"));
    give(&q, &mut s, "sector", json!("ict"));
    let shown = visible(&q, &s);
    assert!(!shown.contains("code_member") && !shown.contains("code_lcr") && !shown.contains("c4_travellers"));
    assert!(shown.contains("c4_customers"));
    assert!(s.answers()["code_member"].inactive);
}

#[test]
fn csr_follow_ups_and_evidence_appear_where_they_matter() {
    let q = built_in("csr-self-assessment");
    let mut s = session(&q);
    give(&q, &mut s, "sector", json!("ict"));
    assert!(!visible(&q, &s).contains("policy_board"));
    give(&q, &mut s, "cp_policy", json!("in_place"));
    assert!(visible(&q, &s).contains("policy_board"));
    give(&q, &mut s, "dd_assess", json!("further_attention"));
    assert!(visible(&q, &s).contains("dd_assess_followup"));
    give(&q, &mut s, "c3_clause", json!("in_place"));
    let refused = answer(&q, &mut s, "contracts_with_clause", Input::Value(json!(30)), None, now(), None);
    assert!(matches!(refused, Err(Refusal::NeedsOverride(_))), "{refused:?}");
    give(&q, &mut s, "crbp_child_labour_relevant", json!("no"));
    assert!(!visible(&q, &s).contains("crbp_child_labour"));
    assert!(visible(&q, &s).contains("crbp_protection"), "principle 4 is always asked");
}

#[test]
fn csr_scores_bands_and_suggested_actions() {
    let q = built_in("csr-self-assessment");
    let mut s = session(&q);
    give(&q, &mut s, "sector", json!("tourism"));
    // Commitment: partly 5.0, in place 7.5, board yes 10, public no 0, not involved 0, focal yes 10 → 32.5 / 6
    for (id, v) in [
        ("csr_plan", "partly"),
        ("cp_policy", "in_place"),
        ("policy_board", "yes"),
        ("policy_public", "no"),
        ("management", "not_involved"),
        ("focal_person", "yes"),
    ] {
        give(&q, &mut s, id, json!(v));
    }
    answer(
        &q,
        &mut s,
        "kpi_link",
        Input::State(waypost_core::questionnaire::AnswerState::NotApplicable),
        None,
        now(),
        None,
    )
    .unwrap();
    // Due diligence: yes 10, further attention 0 → 5.0
    give(&q, &mut s, "dd_assess", json!("yes"));
    give(&q, &mut s, "dd_act", json!("further_attention"));
    let scores = score(&q, s.answers(), "en").unwrap();
    let section = |id: &str| scores.sections.iter().find(|x| x.id == id).unwrap().clone();
    let commitment = section("commitment");
    assert!((commitment.score.unwrap() - 32.5 / 6.0).abs() < 1e-9, "{commitment:?}");
    assert_eq!(commitment.band.as_deref(), Some("Achiever"));
    assert_eq!(commitment.items, 6, "N/A is left out");
    let dd = section("due_diligence");
    assert_eq!((dd.score, dd.band.as_deref()), (Some(5.0), Some("Improver")));
    assert!((scores.overall.unwrap() - (32.5 / 6.0 + 5.0) / 2.0).abs() < 1e-9);
    assert_eq!(scores.overall_band.as_deref(), Some("Achiever"));
    let actions: Vec<&str> = scores.actions.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(actions, ["policy_public", "management", "dd_act"]);
    assert_eq!(scores.actions[1].text, "Involve top management: brief them and ask them to lead.");
    assert!(section("code_criteria").score.is_none(), "nothing answered there yet");
}

#[test]
fn learning_review_kind_decides_the_sections() {
    let q = built_in("learning-review");
    let mut s = session(&q);
    give(&q, &mut s, "review_type", json!("after_event"));
    let flow = Flow::new(&q, s.answers());
    let shown: Vec<&str> =
        q.sections.iter().zip(&flow.sections).filter(|(_, f)| f.shown).map(|(x, _)| x.id.as_str()).collect();
    assert_eq!(shown, ["about", "previous_actions", "aar", "results", "lessons", "actions"]);
    assert!(!visible(&q, &s).contains("staff_trained"), "results are numbers of a period, not of one event");
    give(&q, &mut s, "review_type", json!("periodic"));
    let flow = Flow::new(&q, s.answers());
    assert!(flow.sections.iter().all(|f| f.shown));
}

#[test]
fn learning_review_flags_partners_who_differ_by_two() {
    let q = built_in("learning-review");
    let mut s = session(&q);
    give(&q, &mut s, "review_type", json!("periodic"));
    give(&q, &mut s, "health_purpose_cso", json!("3"));
    let flagged = answer(&q, &mut s, "health_purpose_company", Input::Value(json!("1")), None, now(), None);
    assert!(matches!(flagged, Err(Refusal::NeedsOverride(_))), "{flagged:?}");
    give(&q, &mut s, "health_purpose_company", json!("2"));
    assert!(!visible(&q, &s).contains("health_purpose_improve"));
    give(&q, &mut s, "health_roles_cso", json!("1"));
    assert!(visible(&q, &s).contains("health_roles_improve"), "a low score asks what would improve it");
    let scores = score(&q, s.answers(), "en").unwrap();
    let health = &scores.sections[0];
    assert_eq!(health.id, "health");
    // 3, 2, 1 on 0–3 → 10, 6.67, 3.33 → 6.67
    assert!((health.score.unwrap() - 20.0 / 3.0).abs() < 1e-9);
    give(&q, &mut s, "horizon", json!("one_off"));
    assert!(!visible(&q, &s).contains("replicable"), "a one-off skips replication");
}

#[test]
fn partner_screening_excluded_sector_means_no_go() {
    let q = built_in("partner-screening");
    let mut s = session(&q);
    give(&q, &mut s, "company", json!("Smoky Ltd"));
    give(&q, &mut s, "purpose", json!(["funding"]));
    give(&q, &mut s, "excluded_sector", json!(["tobacco"]));
    let shown = visible(&q, &s);
    assert!(shown.contains("no_go_note"));
    for hidden in ["other_exclusions", "other_department", "code_of_conduct", "human_rights_record"] {
        assert!(!shown.contains(hidden), "{hidden}");
    }
    let go = answer(&q, &mut s, "result", Input::Value(json!("go")), None, now(), None);
    assert!(
        matches!(go, Err(Refusal::NeedsOverride(ref w)) if w[0].text("en", "en").contains("excluded sector")),
        "{go:?}"
    );
    give(&q, &mut s, "result", json!("no_go"));

    let mut s = session(&q);
    give(&q, &mut s, "purpose", json!(["funding", "change"]));
    give(&q, &mut s, "excluded_sector", json!(["none"]));
    assert!(visible(&q, &s).contains("funding_and_change"), "funding while pressing for change is asked");
    let conflict = answer(&q, &mut s, "funding_and_change", Input::Value(json!("yes")), None, now(), None);
    assert!(matches!(conflict, Err(Refusal::NeedsOverride(_))));
}

#[test]
fn stakeholder_follow_ups_depend_on_each_stakeholder() {
    let q = built_in("stakeholder-grid");
    let list = q.question("stakeholders").unwrap();
    let mut s = session(&q);
    give(&q, &mut s, "scope", json!("broader"));
    let flow = Flow::new(&q, s.answers());
    let outside = |id: &str| flow.seen(&q, s.answers(), id);
    let fields = |item: Value| -> BTreeSet<String> {
        waypost_core::interview::check::item_fields(&q, list, item.as_object().unwrap(), &outside)
            .iter()
            .map(|f| f.id.clone())
            .collect()
    };
    let blocker = fields(json!({"name": "CEO", "power": "decides", "commitment": "sceptical"}));
    assert!(blocker.contains("concerns") && blocker.contains("arguments") && !blocker.contains("door_opener"));
    let ally = fields(json!({"name": "HR officer", "power": "some", "commitment": "champion"}));
    assert!(ally.contains("door_opener") && !ally.contains("concerns"));
    let police = fields(json!({"name": "Police", "type": "police", "power": "strong", "commitment": "supportive"}));
    assert!(police.contains("acknowledges") && police.contains("involved") && police.contains("chair"));
    let outsider = fields(json!({"name": "School", "involved": "no"}));
    assert!(outsider.contains("invite_why") && outsider.contains("invite_how"));
    assert_eq!(q.views.len(), 1);
}

#[test]
fn readiness_steps_are_scored_without_a_forced_order() {
    let q = built_in("partnership-readiness");
    let mut s = session(&q);
    let steps: Vec<String> = q.places().map(|(_, x)| x.id.clone()).filter(|id| id.starts_with("step_")).collect();
    assert_eq!(steps.len(), 13);
    assert!(steps.iter().all(|id| q.question(id).unwrap().show_if.is_none()), "no step waits for another");
    give(&q, &mut s, "step_4_3", json!("done"));
    give(&q, &mut s, "step_1_1", json!("not_yet"));
    give(&q, &mut s, "step_2_3", json!("not_relevant"));
    let scores = score(&q, s.answers(), "en").unwrap();
    let path = scores.sections.iter().find(|x| x.id == "path").unwrap();
    assert_eq!((path.score, path.items), (Some(5.0), 2), "not relevant is left out");
    assert_eq!(scores.actions.iter().map(|a| a.question.as_str()).collect::<Vec<_>>(), ["step_1_1"]);
}

/// The guidance's parts, in order, with the words that cite each.
const PARTS: [(&str, &[&str]); 15] = [
    ("Editorial", &["Editorial"]),
    ("Introduction, The Code", &["Introduction", "The Code"]),
    ("§1.1 Prepare", &["§1.1"]),
    ("§1.2 Connect", &["§1.2"]),
    ("§1.3 Clarify your purpose", &["§1.3"]),
    ("§2.1 Ensure complementarity", &["§2.1"]),
    ("§2.2 Create value", &["§2.2"]),
    ("§2.3 Consider a formal agreement", &["§2.3"]),
    ("§3.1 Communicate", &["§3.1"]),
    ("§3.2 Continuous learning", &["§3.2"]),
    ("§3.3 Commitment to the partnership", &["§3.3"]),
    ("§3.4 Give credit where it is due", &["§3.4"]),
    ("§4.1 Sustain the effort", &["§4.1"]),
    ("§4.2 Replicate", &["§4.2"]),
    ("§4.3 Broaden the scope", &["§4.3"]),
];

/// The table of docs/content-traceability.md: each part of the guidance with the items whose help
/// (or, for list fields, whose list's help) cites it.
fn traceability_table() -> String {
    let catalog = Catalog::load(&[]);
    let mut out = String::from("| Guidance | Questionnaire items that serve it |\n|---|---|\n");
    for (part, words) in PARTS {
        let mut items = Vec::new();
        for entry in catalog.entries() {
            let q = &entry.questionnaire;
            let ids: Vec<String> = q
                .places()
                .filter(|(_, x)| {
                    let help = x.help.as_ref().map(|h| h.get("en", "en")).unwrap_or("");
                    let fields = x.fields.iter().filter_map(|f| f.help.as_ref()).map(|h| h.get("en", "en"));
                    std::iter::once(help).chain(fields).any(|h| words.iter().any(|w| h.contains(w)))
                })
                .map(|(_, x)| format!("`{}`", x.id))
                .collect();
            if !ids.is_empty() {
                items.push(format!("**{}**: {}", q.id, ids.join(", ")));
            }
        }
        assert!(!items.is_empty(), "nothing serves {part}");
        out.push_str(&format!("| {part} | {} |\n", items.join("<br>")));
    }
    out
}

#[test]
fn the_traceability_doc_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/content-traceability.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    let marker = "<!-- generated by tests/builtins.rs: WAYPOST_UPDATE_DOCS=1 cargo test --test builtins -->\n";
    let head = doc.split(marker).next().unwrap_or_default().to_owned();
    let fresh = format!("{head}{marker}{}", traceability_table());
    if std::env::var_os("WAYPOST_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    assert!(
        doc == fresh,
        "docs/content-traceability.md is out of date: run `WAYPOST_UPDATE_DOCS=1 cargo test --test builtins`"
    );
}
