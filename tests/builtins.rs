//! The built-in questionnaires: valid, faithful to the guidance, and their skip logic and scoring
//! proven by scripted answer paths.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use serde_json::{Value, json};
use waypost_core::interview::{Flow, Input, Refusal, answer};
use waypost_core::questionnaire::catalog::BUILT_IN;
use waypost_core::questionnaire::{Catalog, Kind, Questionnaire, parse};
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
        [
            "code-implementation-check",
            "crbp-self-assessment",
            "csr-self-assessment",
            "learning-review",
            "partner-screening",
            "partnership-readiness",
            "private-sector-policy",
            "stakeholder-grid"
        ]
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

/// The guidance's numbered sections: the only § a help text may cite (besides its four chapters,
/// §1 to §4).
const SECTIONS: [&str; 13] =
    ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3"];

/// Every § cited anywhere in a text, as "1.1", "3.4"…
fn cited_sections(text: &str) -> Vec<String> {
    text.split('§')
        .skip(1)
        .map(|part| part.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect::<String>())
        .map(|s| s.trim_end_matches('.').to_owned())
        .collect()
}

#[test]
fn every_section_cited_exists_in_the_guidance() {
    for (name, text) in BUILT_IN {
        for cited in cited_sections(text) {
            let known = SECTIONS.contains(&cited.as_str()) || ["1", "2", "3", "4"].contains(&cited.as_str());
            assert!(known, "{name} cites §{cited}, which the guidance does not have");
        }
    }
}

#[test]
fn every_step_of_the_guidance_is_served() {
    let cited: BTreeSet<String> = BUILT_IN.iter().flat_map(|(_, text)| cited_sections(text)).collect();
    for step in SECTIONS {
        assert!(cited.contains(step), "no item cites §{step}");
    }
}

/// The help of a question or of a list's field.
fn help_of(q: &Questionnaire, id: &str) -> String {
    let question = q
        .question(id)
        .or_else(|| q.places().find_map(|(_, x)| x.field(id)))
        .unwrap_or_else(|| panic!("{}: no question {id}", q.id));
    question.help.as_ref().map(|h| h.get("en", "en").to_owned()).unwrap_or_default()
}

#[test]
fn outside_material_is_named_by_its_own_source() {
    // Items a review found crediting the guidance with what it does not say: each now names
    // its own source, and cites a § only where the guidance says it.
    let cases: &[(&str, &str, &str)] = &[
        ("csr-self-assessment", "staff_size", "EU's definition"),
        ("csr-self-assessment", "child_contact", "Global Child Forum"),
        ("csr-self-assessment", "csr_so_far", "§1.1"),
        ("csr-self-assessment", "cp_policy", "The Code's six criteria"),
        ("csr-self-assessment", "focal_person", "not a rule"),
        ("csr-self-assessment", "dd_assess", "UN Guiding Principles, principle 18"),
        ("csr-self-assessment", "dd_remedy", "UN Guiding Principles"),
        ("stakeholder-grid", "reassess_date", "Mendelow"),
        ("stakeholder-grid", "commitment_needed", "PMBOK"),
        ("learning-review", "review_type", "USAID"),
        ("learning-review", "planned", "After-action question 1 (USAID)"),
        ("learning-review", "health_equity_cso", "The Partnering Initiative"),
        ("partner-screening", "partnership_kind", "Austin"),
        ("partner-screening", "exclusions", "UNICEF's corporate selection criteria, not the guidance"),
        ("partnership-readiness", "step_4_1", "not a result to have reached"),
    ];
    for (qid, id, source) in cases {
        let help = help_of(&built_in(qid), id);
        assert!(help.contains(source), "{qid}/{id}: {help:?} does not name {source:?}");
    }
    // The due-diligence steps and the after-action questions are not put under a §.
    let csr = built_in("csr-self-assessment");
    let dd = &csr.sections.iter().find(|s| s.id == "due_diligence").unwrap().guidance;
    let dd = dd.as_ref().unwrap().get("en", "en");
    assert!(dd.contains("come from the UN Guiding Principles") && dd.contains("not from the guidance"), "{dd}");
    let code = &csr.sections.iter().find(|s| s.id == "practice").unwrap().guidance;
    assert!(!code.as_ref().unwrap().get("en", "en").contains("any company"), "no claim that The Code fits any company");
    for (_, text) in BUILT_IN {
        assert!(!text.contains("Guidance §1.1 Prepare: know who is doing what"), "the old countries claim is gone");
    }
}

#[test]
fn free_text_about_events_and_cases_asks_for_no_names() {
    let cases: &[(&str, &[&str])] = &[
        ("learning-review", &["happened", "why_different", "went_well", "could_be_better", "results_other", "lessons"]),
        ("partner-screening", &["controversies"]),
        ("code-implementation-check", &["findings", "c1_evidence", "c6_evidence"]),
    ];
    for (qid, ids) in cases {
        let q = built_in(qid);
        for id in *ids {
            assert!(help_of(&q, id).contains("Do not write children's names"), "{qid}/{id}");
        }
    }
    let grid = built_in("stakeholder-grid");
    let intro = grid.question("intro").unwrap().prompt.get("en", "en");
    assert!(intro.contains("judgement of named people"), "{intro}");
}

/// Walks a questionnaire as an interviewer would, answering each question shown from `answers`
/// (leaving the others empty), and returns the questions asked that take an answer.
fn walk(q: &Questionnaire, answers: &[(&str, Value)]) -> Vec<String> {
    let mut s = session(q);
    let mut asked: Vec<String> = Vec::new();
    loop {
        let flow = Flow::new(q, s.answers());
        let next = flow.visible.iter().map(|p| q.at(*p)).find(|x| x.takes_answer() && !asked.contains(&x.id));
        let Some(question) = next else { break };
        asked.push(question.id.clone());
        if let Some((_, v)) = answers.iter().find(|(id, _)| *id == question.id) {
            answer(q, &mut s, &question.id, Input::Value(v.clone()), Some("typical path"), now(), None)
                .unwrap_or_else(|e| panic!("{}: {e}", question.id));
        }
    }
    asked
}

/// The minutes a path takes, from a plain estimate per kind of question: a choice half a minute,
/// a number or date a third, a text two minutes, a list three.
fn minutes(q: &Questionnaire, asked: &[String]) -> f64 {
    asked
        .iter()
        .map(|id| match q.question(id).unwrap().kind {
            Kind::Single | Kind::Multi => 0.5,
            Kind::Number | Kind::Date | Kind::Time | Kind::DateTime => 1.0 / 3.0,
            Kind::Text => 2.0,
            Kind::List => 3.0,
            Kind::Note | Kind::Calculate => 0.0,
        })
        .sum()
}

#[test]
fn a_typical_csr_self_assessment_asks_no_more_than_38_questions() {
    let q = built_in("csr-self-assessment");
    let typical = [
        ("sector", json!("tourism")),
        ("staff_size", json!("medium")),
        ("countries", json!([{"country": "Bolivia"}])),
        ("child_contact", json!(["customers", "communities"])),
        ("code_member", json!("yes")),
        ("csr_so_far", json!("Donations to a local school")),
        ("cp_policy", json!("in_place")),
        ("policy_board", json!("yes")),
        ("management", json!("informed")),
        ("focal_person", json!("HR manager")),
        ("dd_assess", json!("further_attention")),
        ("dd_act", json!("no")),
        ("dd_track", json!("no")),
        ("dd_report", json!("yes")),
        ("dd_remedy", json!("further_attention")),
        ("c1_procedures", json!("in_progress")),
        ("c2_training", json!("in_progress")),
        ("staff_trained", json!(40)),
        ("c3_clause", json!("planned")),
        ("c4_travellers", json!("in_place")),
        ("channels", json!(["on_site"])),
        ("c5_stakeholders", json!("in_progress")),
        ("c6_code", json!("in_place")),
        ("last_report", json!("2026-03-31")),
        ("benefits", json!(["reputation", "compliance"])),
        ("costs_known", json!("partly")),
        ("standard_policies", json!("in_progress")),
        ("horizon", json!("long_term")),
        ("replicable", json!("partly")),
        ("leadership", json!("sharing")),
    ];
    let asked = walk(&q, &typical);
    assert!(asked.len() <= 38, "{} questions: {asked:?}", asked.len());
    assert!(q.description.as_ref().unwrap().get("en", "en").contains("no more than 38 questions"));
    let estimate = minutes(&q, &asked);
    assert!(estimate <= 60.0, "a typical path takes {estimate} minutes, more than the 60 planned");
}

#[test]
fn a_periodic_learning_review_fits_in_120_minutes_and_an_after_event_one_in_65() {
    let q = built_in("learning-review");
    let mut typical: Vec<(&str, Value)> = vec![
        ("review_type", json!("periodic")),
        ("review_date", json!("2026-11-28")),
        ("phase", json!("consolidate")),
        (
            "participants",
            json!([{"role": "Programme officer", "side": "cso"}, {"role": "Hotel manager", "side": "company", "decision_maker": "yes"}]),
        ),
        ("decision_maker_present", json!("yes")),
        ("planned", json!("Train 20 staff")),
        ("happened", json!("12 trained")),
        ("next_time", json!("Plan earlier")),
        ("horizon", json!("long_term")),
        ("replicable", json!("no")),
        ("leadership", json!("shared")),
    ];
    for item in
        ["purpose", "roles", "fit", "value", "communication", "decision_makers", "credit", "core_business", "equity"]
    {
        typical.push((Box::leak(format!("health_{item}_cso").into_boxed_str()), json!("2")));
        typical.push((Box::leak(format!("health_{item}_company").into_boxed_str()), json!("2")));
    }
    let periodic = minutes(&q, &walk(&q, &typical));
    assert!(periodic <= 120.0, "a periodic review takes {periodic} minutes");
    typical[0].1 = json!("after_event");
    let event = minutes(&q, &walk(&q, &typical));
    assert!(event <= 65.0, "an after-event review takes {event} minutes");
}

#[test]
fn csr_tourism_asks_about_the_code_and_other_sectors_about_their_own_code() {
    let q = built_in("csr-self-assessment");
    let mut s = session(&q);
    give(&q, &mut s, "sector", json!("tourism"));
    let shown = visible(&q, &s);
    assert!(shown.contains("code_member") && shown.contains("c4_travellers"));
    assert!(!shown.contains("c4_customers") && !shown.contains("sector_code"));
    give(&q, &mut s, "code_member", json!("yes"));
    assert!(visible(&q, &s).contains("c6_code") && !visible(&q, &s).contains("c6_reporting"));
    give(&q, &mut s, "sector", json!("ict"));
    let shown = visible(&q, &s);
    assert!(!shown.contains("code_member") && !shown.contains("c4_travellers") && !shown.contains("c6_code"));
    assert!(shown.contains("c4_customers") && shown.contains("sector_code") && shown.contains("c6_reporting"));
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
    assert!(visible(&q, &s).contains("contracts_with_clause"));
    let refused = answer(&q, &mut s, "contracts_with_clause", Input::Value(json!(130)), None, now(), None);
    assert!(matches!(refused, Err(Refusal::Invalid(_))), "a share is at most 100 per cent: {refused:?}");
    let crbp = built_in("crbp-self-assessment");
    let mut s = session(&crbp);
    for always in ["respect", "child_labour", "protection"] {
        assert!(visible(&crbp, &s).contains(always) && !visible(&crbp, &s).contains(&format!("{always}_relevant")));
    }
    give(&crbp, &mut s, "marketing_relevant", json!("no"));
    assert!(!visible(&crbp, &s).contains("marketing"));
}

#[test]
fn csr_scores_bands_and_suggested_actions() {
    let q = built_in("csr-self-assessment");
    let mut s = session(&q);
    give(&q, &mut s, "sector", json!("tourism"));
    // Commitment: in place 7.5, board yes 10, not involved 0 → 17.5 / 3; text answers are not
    // scored.
    for (id, v) in [("cp_policy", "in_place"), ("policy_board", "yes"), ("management", "not_involved")] {
        give(&q, &mut s, id, json!(v));
    }
    // Due diligence: yes 10, further attention (it exists but needs work) 5 → 7.5
    give(&q, &mut s, "dd_assess", json!("yes"));
    give(&q, &mut s, "dd_act", json!("further_attention"));
    give(&q, &mut s, "dd_act_followup", json!("Ana maps the risks with the hotels by March."));
    let scores = score(&q, s.answers(), "en").unwrap();
    let section = |id: &str| scores.sections.iter().find(|x| x.id == id).unwrap().clone();
    let commitment = section("commitment");
    assert!((commitment.score.unwrap() - 17.5 / 3.0).abs() < 1e-9, "{commitment:?}");
    assert_eq!((commitment.band.as_deref(), commitment.items), (Some("Largely in place"), 3));
    let dd = section("due_diligence");
    assert_eq!((dd.score, dd.band.as_deref()), (Some(7.5), Some("Largely in place")));
    assert!((scores.overall.unwrap() - (17.5 / 3.0 + 7.5) / 2.0).abs() < 1e-9);
    let actions: Vec<&str> = scores.actions.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(actions, ["management", "dd_act"]);
    assert_eq!(scores.actions[0].text, "Involve top management: brief them and ask them to lead.");
    assert_eq!(
        scores.actions[1].text, "Act on the risks found. Ana maps the risks with the hotels by March.",
        "the group's own follow-up goes with the suggestion"
    );
    assert!(section("practice").score.is_none(), "nothing answered there yet");
}

#[test]
fn learning_review_kind_decides_the_sections() {
    let q = built_in("learning-review");
    let mut s = session(&q);
    give(&q, &mut s, "review_type", json!("after_event"));
    let flow = Flow::new(&q, s.answers());
    let shown: Vec<&str> =
        q.sections.iter().zip(&flow.sections).filter(|(_, f)| f.shown).map(|(x, _)| x.id.as_str()).collect();
    assert_eq!(shown, ["about", "previous_actions", "aar", "lessons", "actions"]);
    assert!(!visible(&q, &s).contains("staff_trained"), "results are numbers of a period, not of one event");
    assert!(!visible(&q, &s).contains("went_well"), "the retrospect's questions are for the end of a phase");
    give(&q, &mut s, "review_type", json!("end_of_phase"));
    let flow = Flow::new(&q, s.answers());
    assert!(flow.sections.iter().all(|f| f.shown));
    assert!(visible(&q, &s).contains("went_well"));
}

#[test]
fn learning_review_scores_each_side_on_its_own_and_flags_gaps_of_two() {
    let q = built_in("learning-review");
    let order: Vec<String> = q.places().map(|(_, x)| x.id.clone()).filter(|id| id.starts_with("health_")).collect();
    let last_cso = order.iter().rposition(|id| id.ends_with("_cso")).unwrap();
    let first_company = order.iter().position(|id| id.ends_with("_company")).unwrap();
    assert!(last_cso < first_company, "the CSO scores every item before the company scores any");
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
    let actions: Vec<&str> = scores.actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(actions.len(), 1);
    assert!(actions[0].starts_with("The CSO scores roles and responsibilities low"), "{actions:?}");
    let texts: BTreeSet<String> =
        q.places().filter_map(|(_, x)| x.action.as_ref().map(|a| a.get("en", "en").to_owned())).collect();
    let with_action = q.places().filter(|(_, x)| x.action.is_some()).count();
    assert_eq!(texts.len(), with_action, "no two suggested actions read the same");
    give(&q, &mut s, "horizon", json!("one_off"));
    assert!(!visible(&q, &s).contains("replicable"), "a one-off skips replication");
    give(&q, &mut s, "leadership", json!("company"));
    assert!(visible(&q, &s).contains("own_role"), "§4.1: what a shift of leadership means for your own role");
}

#[test]
fn partner_screening_follows_the_users_own_policy_and_purpose() {
    let q = built_in("partner-screening");
    let mut s = session(&q);
    give(&q, &mut s, "company", json!("Smoky Ltd"));
    give(&q, &mut s, "purpose", json!(["change"]));
    give(&q, &mut s, "exclusions", json!(["tobacco", "alcohol", "weapons"]));
    give(&q, &mut s, "exclusion_scope", json!("funding"));
    give(&q, &mut s, "excluded_hit", json!("yes"));
    // Excluded from funding only, and engaged for advocacy: the organisation may go ahead.
    give(&q, &mut s, "result", json!("go"));
    give(&q, &mut s, "purpose", json!(["funding"]));
    let go = answer(&q, &mut s, "result", Input::Value(json!("conditions")), None, now(), None);
    assert!(
        matches!(go, Err(Refusal::NeedsOverride(ref w)) if w[0].text("en", "en").contains("your policy's exclusions")),
        "{go:?}"
    );
    give(&q, &mut s, "result", json!("no_go"));

    let mut s = session(&q);
    give(&q, &mut s, "purpose", json!(["funding", "change"]));
    give(&q, &mut s, "exclusions", json!(["none"]));
    assert!(!visible(&q, &s).contains("excluded_hit"), "nothing to check against");
    assert!(visible(&q, &s).contains("funding_and_change") && visible(&q, &s).contains("interest"));
    let conflict = answer(&q, &mut s, "funding_and_change", Input::Value(json!("yes")), None, now(), None);
    assert!(matches!(conflict, Err(Refusal::NeedsOverride(_))));
    give(&q, &mut s, "human_rights_record", json!("serious"));
    give(&q, &mut s, "criteria_checked", json!("partly"));
    let go = answer(&q, &mut s, "result", Input::Value(json!("go")), None, now(), None);
    let Err(Refusal::NeedsOverride(warnings)) = go else { panic!("{go:?}") };
    assert_eq!(warnings.len(), 2, "serious concerns and unchecked criteria are both said");
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
    let blocker = fields(json!({"name": "CEO", "type": "owner", "power": "decides", "commitment": "sceptical"}));
    assert!(blocker.contains("concerns") && blocker.contains("arguments") && !blocker.contains("door_opener"));
    assert!(!blocker.contains("formality"), "formal or informal is asked of outside actors only");
    let ally = fields(json!({"name": "HR officer", "power": "some", "commitment": "champion"}));
    assert!(ally.contains("door_opener") && !ally.contains("concerns"));
    let police = fields(json!({"name": "Police", "type": "police", "power": "strong", "commitment": "supportive"}));
    assert!(police.contains("acknowledges") && police.contains("involved") && police.contains("chair"));
    assert!(police.contains("formality"));
    let outsider = fields(json!({"name": "School", "involved": "no"}));
    assert!(outsider.contains("invite_why") && outsider.contains("invite_how"));
    assert_eq!(q.views.len(), 1);
}

#[test]
fn the_grid_places_every_power_and_commitment_and_warns_about_roles() {
    let q = built_in("stakeholder-grid");
    let Some(waypost_core::questionnaire::View::Grid(grid)) = q.views.first() else { panic!("no grid") };
    let powers = ["none", "some", "strong", "decides"];
    let commitments = ["opposed", "sceptical", "neutral", "supportive", "champion"];
    let mut table = String::from("| power | commitment | role | box | warnings |\n|---|---|---|---|---|\n");
    for power in powers {
        for commitment in commitments {
            for role in ["", "implement", "block"] {
                let mut item = json!({"name": "X", "power": power, "commitment": commitment});
                if !role.is_empty() {
                    item["roles"] = json!([role]);
                }
                let mut s = session(&q);
                let warnings = match answer(&q, &mut s, "stakeholders", Input::Value(json!([item])), None, now(), None)
                {
                    Err(Refusal::NeedsOverride(w)) => {
                        w.iter().map(|w| w.text("en", "en")).collect::<Vec<_>>().join(" / ")
                    }
                    other => {
                        other.unwrap();
                        String::new()
                    }
                };
                if !warnings.is_empty() {
                    answer(&q, &mut s, "stakeholders", Input::Value(json!([item])), Some("seen"), now(), None).unwrap();
                }
                let plot = waypost_core::report::grid::plot(&q, grid, &s).unwrap();
                let corner = plot.points[0].corner.of_grid(grid).name().get("en", "en").to_owned();
                table.push_str(&format!("| {power} | {commitment} | {role} | {corner} | {warnings} |\n"));
            }
        }
    }
    insta::assert_snapshot!("grid_placement", table);
}

#[test]
fn readiness_asks_and_scores_only_the_chosen_phase() {
    let q = built_in("partnership-readiness");
    let steps: Vec<String> = q.places().map(|(_, x)| x.id.clone()).filter(|id| id.starts_with("step_")).collect();
    // §1.1, §1.3 and §2.3 are asked in detail by their own sections, not once more as a step.
    assert_eq!(
        steps,
        [
            "step_1_2", "step_2_1", "step_2_2", "step_3_1", "step_3_2", "step_3_3", "step_3_4", "step_4_1", "step_4_2",
            "step_4_3"
        ]
    );
    let mut s = session(&q);
    give(&q, &mut s, "phase", json!("consolidate"));
    let shown = visible(&q, &s);
    assert!(shown.contains("step_3_1") && !shown.contains("step_4_1") && !shown.contains("laws_exist"));
    give(&q, &mut s, "step_3_1", json!("done"));
    give(&q, &mut s, "step_3_2", json!("not_yet"));
    answer(
        &q,
        &mut s,
        "step_3_3",
        Input::State(waypost_core::questionnaire::AnswerState::NotApplicable),
        None,
        now(),
        None,
    )
    .unwrap();
    let scores = score(&q, s.answers(), "en").unwrap();
    let phase = scores.sections.iter().find(|x| x.id == "consolidate").unwrap();
    assert_eq!((phase.score, phase.items), (Some(5.0), 2), "N/A is left out");
    assert_eq!(scores.actions.iter().map(|a| a.question.as_str()).collect::<Vec<_>>(), ["step_3_2"]);
    // "Don't know" the law is a gap.
    let mut s = session(&q);
    give(&q, &mut s, "phase", json!("initiate"));
    give(&q, &mut s, "laws_exist", json!("no"));
    let scores = score(&q, s.answers(), "en").unwrap();
    assert_eq!(scores.actions[0].question, "laws_exist");
    // Every scored item can become an action.
    for (_, x) in q.places() {
        let scored = q.choices(x).iter().any(|c| c.score.is_some());
        assert!(!scored || x.action.is_some(), "{} has no action text", x.id);
    }
}

#[test]
fn summaries_from_known_answers() {
    let cases: &[(&str, &[(&str, Value)])] = &[
        (
            "stakeholder-grid",
            &[
                ("scope", json!("company")),
                ("subject", json!("Acme Hotels")),
                (
                    "stakeholders",
                    json!([
                        {"name": "Eva", "role": "Owner", "power": "decides", "commitment": "sceptical", "next_step": "Meet with the business case", "next_date": "2026-12-10"},
                        {"name": "Bo", "role": "HR officer", "power": "some", "commitment": "champion", "next_step": "Ask for an introduction to Eva"},
                        {"name": "Cy", "role": "Front desk", "power": "none", "commitment": "neutral", "roles": ["implement"]},
                        {"name": "Di", "role": "Manager", "power": "strong", "commitment": "supportive"}
                    ]),
                ),
            ],
        ),
        (
            "learning-review",
            &[
                ("review_type", json!("periodic")),
                (
                    "previous_actions",
                    json!([
                        {"what": "Sign the clause", "owner": "Ana", "due": "2027-02-01", "status": "in_progress"},
                        {"what": "Print posters", "owner": "Bo", "status": "done"}
                    ]),
                ),
                ("health_purpose_cso", json!("3")),
                ("health_purpose_company", json!("1")),
                (
                    "actions",
                    json!([
                        {"what": "Train night staff", "owner": "Eva", "due": "2026-12-15", "status": "open"},
                        {"what": "Brief the board", "owner": "Eva"}
                    ]),
                ),
            ],
        ),
        (
            "partner-screening",
            &[
                ("company", json!("Acme Hotels")),
                ("purpose", json!(["change"])),
                ("own_policy", json!("yes")),
                ("exclusions", json!(["tobacco", "alcohol", "weapons"])),
                ("exclusion_scope", json!("all")),
                ("excluded_hit", json!("no")),
                ("criteria_checked", json!("yes")),
                ("human_rights_record", json!("no_concerns")),
                ("result", json!("go")),
                ("reasons", json!("A hotel chain ready to train its staff")),
            ],
        ),
        (
            "private-sector-policy",
            &[
                ("policy_status", json!("adopted")),
                ("all_departments", json!("partly")),
                ("purpose_first", json!("yes")),
                ("funding_vs_change", json!("no")),
                ("criteria", json!("yes")),
            ],
        ),
        (
            "code-implementation-check",
            &[
                ("member", json!("Hotel Sol")),
                ("visit_date", json!("2026-11-20")),
                ("c1_policy", json!("in_place")),
                ("c2_training", json!("in_progress")),
                ("c6_report", json!("not_started")),
                ("report_on_time", json!("no")),
            ],
        ),
    ];
    for (qid, answers) in cases {
        let q = built_in(qid);
        let mut s = session(&q);
        for (id, v) in *answers {
            answer(&q, &mut s, id, Input::Value(v.clone()), Some("agreed"), now(), None)
                .unwrap_or_else(|e| panic!("{id}: {e}"));
        }
        insta::assert_snapshot!(format!("summary_{qid}"), waypost_core::report::summary_text(&q, &s));
    }
}

/// One element: the part of the guidance, the element, the items serving it (questionnaire, item),
/// and why none does when none does.
type Element = (&'static str, &'static str, &'static [(&'static str, &'static str)], &'static str);

/// The guidance's elements (its recommendations, by part) and the items that serve each, or
/// why none does. docs/content-traceability.md's coverage table is made from this list, and a
/// test checks that every item named exists.
const ELEMENTS: &[Element] = &[
    (
        "Editorial",
        "The order of the steps is not rigid; not every step is needed",
        &[("partnership-readiness", "phase"), ("partnership-readiness", "next_step")],
        "",
    ),
    (
        "Editorial, note 1",
        "Commitment to the Children's Rights and Business Principles",
        &[("crbp-self-assessment", "respect"), ("partner-screening", "child_commitment")],
        "",
    ),
    (
        "Editorial, note 1",
        "The Luxembourg Terminology Guidelines",
        &[],
        "Terminology for the wording and its translations, not a question to ask.",
    ),
    (
        "Introduction",
        "Down to Zero's four actors: children, families and communities, governments and justice, businesses",
        &[("stakeholder-grid", "type")],
        "",
    ),
    ("Introduction", "Codes of conduct developed with industries", &[("csr-self-assessment", "sector_code")], ""),
    (
        "Introduction",
        "The Code's six criteria",
        &[
            ("csr-self-assessment", "c1_procedures"),
            ("csr-self-assessment", "c6_code"),
            ("code-implementation-check", "c1_policy"),
        ],
        "",
    ),
    (
        "§1.1",
        "Define your reason for engaging and the kind of partnership that fits",
        &[
            ("partnership-readiness", "reason"),
            ("partner-screening", "purpose"),
            ("partner-screening", "partnership_kind"),
        ],
        "",
    ),
    (
        "§1.1",
        "An organisation-wide private sector policy (the Terre des Hommes example)",
        &[("private-sector-policy", "policy_status"), ("partner-screening", "own_policy")],
        "",
    ),
    (
        "§1.1",
        "Assess possible partners: who does what, their interest in child protection",
        &[("partner-screening", "interest"), ("partnership-readiness", "others_working")],
        "",
    ),
    (
        "§1.1",
        "Research the company's background: CSR so far, human rights, due diligence",
        &[
            ("partner-screening", "csr_so_far"),
            ("partner-screening", "human_rights_record"),
            ("csr-self-assessment", "csr_so_far"),
            ("csr-self-assessment", "dd_assess"),
            ("partnership-readiness", "background_research"),
        ],
        "",
    ),
    (
        "§1.1",
        "The right person to talk to: allies first, then decision-makers (the Bolivia example)",
        &[
            ("stakeholder-grid", "stakeholders"),
            ("stakeholder-grid", "first_contacts"),
            ("partnership-readiness", "right_person"),
        ],
        "",
    ),
    (
        "§1.1",
        "Private sector allies, federations and associations",
        &[("partnership-readiness", "allies"), ("stakeholder-grid", "type")],
        "",
    ),
    (
        "§1.1",
        "A discourse built on facts, linked to the company's interests",
        &[("partnership-readiness", "evidence_base"), ("stakeholder-grid", "arguments")],
        "",
    ),
    ("§1.1", "A message shaped to the local context", &[("partnership-readiness", "framing")], ""),
    (
        "§1.1",
        "Government brought in, acknowledging the problem, kept connected",
        &[
            ("partnership-readiness", "government"),
            ("partnership-readiness", "government_acknowledges"),
            ("stakeholder-grid", "acknowledges"),
        ],
        "",
    ),
    (
        "§1.1",
        "The national legal framework, known inside out",
        &[
            ("partnership-readiness", "laws_exist"),
            ("partnership-readiness", "laws_companies"),
            ("partnership-readiness", "monitoring_reports"),
        ],
        "",
    ),
    (
        "§1.2",
        "Interpersonal relations with owners and decision-makers",
        &[("partnership-readiness", "step_1_2"), ("stakeholder-grid", "contact_by")],
        "",
    ),
    (
        "§1.2",
        "Their responsibility, the benefits, the consequences for the industry, examples from other companies",
        &[("stakeholder-grid", "arguments"), ("stakeholder-grid", "concerns")],
        "",
    ),
    (
        "§1.3",
        "Clear objectives and measurable goals",
        &[
            ("partnership-readiness", "objectives"),
            ("learning-review", "planned"),
            ("learning-review", "health_purpose_cso"),
        ],
        "",
    ),
    ("§1.3", "Your own role and position", &[("partnership-readiness", "own_role")], ""),
    (
        "§1.3",
        "A common purpose statement; needs, resources and responsibilities on each side",
        &[
            ("partnership-readiness", "purpose_statement"),
            ("partnership-readiness", "responsibilities"),
            ("learning-review", "health_roles_cso"),
        ],
        "",
    ),
    (
        "§2.1",
        "Each other's business, mission, strategy and values; areas of alignment",
        &[("partnership-readiness", "step_2_1"), ("learning-review", "health_fit_cso")],
        "",
    ),
    (
        "§2.2",
        "Resources and benefits for each partner; value for society",
        &[("partnership-readiness", "step_2_2"), ("learning-review", "health_value_cso")],
        "",
    ),
    (
        "§2.2",
        "An investment, not an expense: what it costs and what it brings",
        &[("csr-self-assessment", "costs_known")],
        "",
    ),
    (
        "§2.2",
        "ECPAT's business case for children's rights",
        &[("csr-self-assessment", "benefits"), ("stakeholder-grid", "arguments")],
        "",
    ),
    (
        "§2.2",
        "Child protection in the company's core activities",
        &[("csr-self-assessment", "standard_policies"), ("learning-review", "health_core_business_cso")],
        "",
    ),
    (
        "§2.3",
        "A formal agreement: contract, MoU, letter of support, joint mission statement",
        &[("partnership-readiness", "agreement_type"), ("partnership-readiness", "agreement_status")],
        "",
    ),
    (
        "§2.3",
        "The Code as a way to formalise, with Local Code Representatives",
        &[("csr-self-assessment", "code_member"), ("csr-self-assessment", "code_interest")],
        "",
    ),
    (
        "§3.1",
        "Communication based on trust",
        &[("learning-review", "health_communication_cso"), ("partnership-readiness", "step_3_1")],
        "",
    ),
    (
        "§3.1",
        "A record of agreements, progress and learning",
        &[("learning-review", "review_date"), ("partner-screening", "reasons")],
        "",
    ),
    (
        "§3.1",
        "Communicate the collaboration; share positive stories",
        &[("learning-review", "results_other"), ("learning-review", "lessons")],
        "",
    ),
    (
        "§3.2",
        "Assess learning routinely; evaluate successes and failures jointly",
        &[("learning-review", "happened"), ("partnership-readiness", "step_3_2")],
        "",
    ),
    (
        "§3.2",
        "Do what you can together and refine the actions from experience",
        &[("learning-review", "next_time"), ("learning-review", "previous_actions"), ("learning-review", "actions")],
        "",
    ),
    (
        "§3.3",
        "Owners and management involved",
        &[
            ("csr-self-assessment", "management"),
            ("learning-review", "decision_maker_present"),
            ("stakeholder-grid", "gaps"),
        ],
        "",
    ),
    (
        "§3.3",
        "Results replicable to other products or parts of the company",
        &[("csr-self-assessment", "replicable"), ("learning-review", "replicable")],
        "",
    ),
    (
        "§3.3",
        "One-off or long-term; plans for more investment",
        &[("csr-self-assessment", "horizon"), ("learning-review", "horizon"), ("learning-review", "more_investment")],
        "",
    ),
    (
        "§3.4",
        "Recognition for the company; communicate success",
        &[("learning-review", "health_credit_cso"), ("partnership-readiness", "step_3_4")],
        "",
    ),
    (
        "§4.1",
        "The work in the core business and standard policies",
        &[("csr-self-assessment", "standard_policies"), ("learning-review", "health_core_business_cso")],
        "",
    ),
    (
        "§4.1",
        "Leadership shifted to the company or a public institution; your own role",
        &[("csr-self-assessment", "leadership"), ("learning-review", "leadership"), ("learning-review", "own_role")],
        "",
    ),
    ("§4.1", "Financial sustainability", &[("learning-review", "funding")], ""),
    (
        "§4.1",
        "Monitoring criteria and inspection visits (the RENACER example)",
        &[("code-implementation-check", "previous_visit"), ("code-implementation-check", "findings")],
        "",
    ),
    (
        "§4.2",
        "Other branch members and companies; advantages and disadvantages for business and child protection",
        &[("learning-review", "replicate_pros_cons"), ("csr-self-assessment", "replicate_where")],
        "",
    ),
    (
        "§4.2",
        "Roles in replicating; who starts and funds it; the CSO's role in informing new partnerships",
        &[("learning-review", "replicate_how"), ("learning-review", "inform_new")],
        "",
    ),
    (
        "§4.2",
        "Communication tools; learning documented for new members",
        &[("learning-review", "lessons"), ("partnership-readiness", "step_4_2")],
        "",
    ),
    (
        "§4.3",
        "Other stakeholders, starting with a stakeholder analysis",
        &[("stakeholder-grid", "scope"), ("partnership-readiness", "step_4_3")],
        "",
    ),
    (
        "§4.3",
        "Which stakeholders to invite, for what, how, and who invites them",
        &[("stakeholder-grid", "invite_why"), ("stakeholder-grid", "invite_how")],
        "",
    ),
    ("§4.3", "The partnership formalised with all; who chairs", &[("stakeholder-grid", "chair")], ""),
    ("Resources", "The reading list", &[], "References to read, nothing to ask."),
];

/// Outside sources a help text may name, as they are named there.
const OUTSIDE: &[&str] = &[
    "UN Guiding Principles",
    "USAID",
    "ODI",
    "Lisbon tool",
    "The Partnering Initiative",
    "Austin",
    "Mendelow",
    "PMBOK",
    "Global Child Forum",
    "EU's definition",
    "UNICEF",
    "The Code's criterion",
    "Children's Rights and Business Principles",
];

/// Whether a questionnaire has a question or list field with this id.
fn has_item(q: &Questionnaire, id: &str) -> bool {
    q.question(id).is_some() || q.places().any(|(_, x)| x.field(id).is_some())
}

/// The guidance parts a help text cites: its § and its named parts.
fn guidance_cited(help: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in ["Editorial", "Introduction"] {
        if help.contains(part) {
            out.push(part.to_owned());
        }
    }
    for section in cited_sections(help) {
        let section = format!("§{section}");
        if !out.contains(&section) {
            out.push(section);
        }
    }
    out
}

/// docs/content-traceability.md's generated part: the coverage of the guidance's elements, then
/// every item with the guidance part its help cites and the outside source it names.
fn traceability_tables() -> String {
    let catalog = Catalog::load(&[]);
    let mut out = String::from(
        "## Coverage of the guidance\n\nEach recommendation of the guidance, and the items that serve it (or why none does).\n\n\
         | Part | Element | Served by |\n|---|---|---|\n",
    );
    for (part, element, items, why) in ELEMENTS {
        let served = if items.is_empty() {
            format!("Not asked: {why}")
        } else {
            items.iter().map(|(q, id)| format!("`{q}` `{id}`")).collect::<Vec<_>>().join(", ")
        };
        out.push_str(&format!("| {part} | {element} | {served} |\n"));
    }
    out.push_str(
        "\n## Every item and its sources\n\nThe guidance column lists what an item's help cites from the guidance; the outside column \
         the other source it names. An item with neither is a follow-up of the question before it.\n",
    );
    for entry in catalog.entries() {
        let q = &entry.questionnaire;
        out.push_str(&format!("\n### {}\n\n| Item | Guidance | Outside source |\n|---|---|---|\n", q.id));
        for (_, x) in q.places() {
            let items = std::iter::once(x).chain(x.fields.iter());
            for item in items {
                let help = item.help.as_ref().map(|h| h.get("en", "en")).unwrap_or("");
                let guidance = guidance_cited(help).join(", ");
                let outside: Vec<&str> = OUTSIDE.iter().copied().filter(|s| help.contains(s)).collect();
                let name =
                    if item.id == x.id { format!("`{}`", x.id) } else { format!("`{}` › `{}`", x.id, item.id) };
                let dash = |s: String| if s.is_empty() { "—".to_owned() } else { s };
                out.push_str(&format!("| {name} | {} | {} |\n", dash(guidance), dash(outside.join(", "))));
            }
        }
    }
    out
}

#[test]
fn every_element_named_in_the_coverage_table_exists() {
    for (part, element, items, why) in ELEMENTS {
        assert!(!items.is_empty() || !why.is_empty(), "{part} {element}: neither items nor a reason");
        for (qid, id) in *items {
            assert!(has_item(&built_in(qid), id), "{part} {element}: {qid} has no item {id}");
        }
    }
    // Every numbered section of the guidance has at least one element served.
    for section in SECTIONS {
        let part = format!("§{section}");
        assert!(ELEMENTS.iter().any(|(p, _, items, _)| *p == part && !items.is_empty()), "{part}");
    }
}

#[test]
fn the_traceability_doc_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/content-traceability.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    let marker = "<!-- generated by tests/builtins.rs: WAYPOST_UPDATE_DOCS=1 cargo test --test builtins -->\n";
    let head = doc.split(marker).next().unwrap_or_default().to_owned();
    let fresh = format!("{head}{marker}{}", traceability_tables());
    if std::env::var_os("WAYPOST_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    assert!(
        doc == fresh,
        "docs/content-traceability.md is out of date: run `WAYPOST_UPDATE_DOCS=1 cargo test --test builtins`"
    );
}

/// The places of `doc`'s texts that have nothing in `language`.
fn texts_missing_in(doc: &Value, language: &str) -> Vec<String> {
    fn walk(value: &Value, path: &str, language: &str, missing: &mut Vec<String>) {
        const TEXTS: [&str; 13] = [
            "title",
            "description",
            "source",
            "guidance",
            "prompt",
            "help",
            "label",
            "message",
            "item_label",
            "unit",
            "action",
            "name",
            "strategy",
        ];
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    let here = format!("{path}.{key}");
                    let text = v.is_string() || v.is_object();
                    let given = v.get(language).and_then(Value::as_str).is_some_and(|s| !s.trim().is_empty());
                    if TEXTS.contains(&key.as_str()) && text {
                        if !given {
                            missing.push(here);
                        }
                    } else {
                        walk(v, &here, language, missing);
                    }
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), language, missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(doc, "", language, &mut missing);
    missing
}

#[test]
fn every_built_in_has_every_text_in_spanish_and_in_portuguese() {
    for language in ["es", "pt-BR"] {
        for (name, text) in BUILT_IN {
            let doc: Value = serde_json::from_str(text).unwrap();
            let languages = doc["languages"].as_array().unwrap();
            assert!(languages.iter().any(|x| x == language), "{name} does not speak {language}");
            let missing = texts_missing_in(&doc, language);
            assert!(missing.is_empty(), "{name}: no {language} for {missing:?}");
        }
    }
}

#[test]
fn the_portuguese_of_each_built_in_is_its_translators_po_file_imported() {
    // Made with `waypost translate export ID --language pt-BR` and filled in: importing it again
    // changes nothing and leaves nothing to report (no entry missing, fuzzy or out of date).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("translations/pt-BR");
    for (name, text) in BUILT_IN {
        let q = parse(text.as_bytes()).questionnaire.unwrap();
        let po = std::fs::read(dir.join(format!("{}.po", q.id))).unwrap();
        let imported = waypost_core::questionnaire::translate::import(&q, text.as_bytes(), &po).unwrap();
        assert_eq!(imported.language, "pt-BR");
        assert!(imported.notes.is_empty(), "{name}: {:?}", imported.notes);
        assert_eq!(imported.json, *text, "{name}: the built-in is its PO file imported");
    }
}

#[test]
fn a_spanish_session_reports_in_spanish() {
    let q = built_in("partner-screening");
    let mut s = session(&q);
    s.language = "es".into();
    for (id, v) in [("company", json!("Hotel Sol")), ("purpose", json!(["change"])), ("exclusions", json!(["none"]))] {
        give(&q, &mut s, id, v);
    }
    answer(&q, &mut s, "result", Input::Value(json!("go")), Some("acordado"), now(), None).unwrap();
    let text = waypost_core::report::summary_text(&q, &s);
    assert!(text.contains("¿Cuál es el resultado de la evaluación?") && text.contains("Secciones"), "{text}");
    let md = waypost_core::report::markdown(&q, &s);
    assert!(md.contains("- Sesión: s") && md.contains("- Cuestionario: partner-screening"), "{md}");
    assert!(!md.contains("Questionnaire:"), "{md}");
}

/// A value any question of this kind takes: the last choice (often the one that opens
/// follow-ups and actions), a number in range, a date, a text, one item of a list.
fn any_value(q: &Questionnaire, question: &waypost_core::questionnaire::Question) -> Option<Value> {
    let choice = || q.choices(question).last().map(|c| c.value.clone());
    Some(match question.kind {
        Kind::Single => json!(choice()?),
        Kind::Multi => json!([q.choices(question).first()?.value.clone()]),
        Kind::Number => {
            let number = |b: &Option<waypost_core::questionnaire::Bound>| {
                b.as_ref().and_then(waypost_core::questionnaire::Bound::number)
            };
            json!(number(&question.min).unwrap_or(1.0).max(1.0).min(number(&question.max).unwrap_or(f64::MAX)))
        }
        Kind::Date => json!("2026-11-28"),
        Kind::Time => json!("14:30"),
        Kind::DateTime => json!("2026-11-28T14:30"),
        Kind::Text => json!("Respuesta de prueba"),
        Kind::List => {
            let item: serde_json::Map<String, Value> =
                question.fields.iter().filter_map(|f| Some((f.id.clone(), any_value(q, f)?))).collect();
            json!([item])
        }
        Kind::Note | Kind::Calculate => return None,
    })
}

/// Every English text of the catalogue file `name` that reads otherwise in Spanish, long enough
/// not to be part of other words (messages with arguments left out).
fn english_only_messages(name: &str) -> Vec<String> {
    let read = |lang: &str| -> std::collections::BTreeMap<String, String> {
        let path = format!("{}/locales/{lang}/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once(" = "))
            .filter(|(id, v)| !id.starts_with([' ', '#', '.']) && !v.contains('{') && v.len() >= 8)
            .map(|(id, v)| (id.to_owned(), v.trim().to_owned()))
            .collect()
    };
    let spanish = read("es");
    read("en").into_iter().filter(|(id, v)| spanish.get(id).is_some_and(|es| es != v)).map(|(_, v)| v).collect()
}

#[test]
fn a_spanish_session_of_every_built_in_exports_with_no_english_heading_or_text() {
    let catalogue = english_only_messages("report.ftl");
    assert!(catalogue.len() > 10, "the report catalogue is read: {catalogue:?}");
    for (name, text) in BUILT_IN {
        let q = parse(text.as_bytes()).questionnaire.unwrap();
        let mut s = session(&q);
        s.language = "es".into();
        let mut asked = Vec::new();
        loop {
            let flow = Flow::new(&q, s.answers());
            let next = flow.visible.iter().map(|p| q.at(*p)).find(|x| x.takes_answer() && !asked.contains(&x.id));
            let Some(question) = next.cloned() else { break };
            asked.push(question.id.clone());
            if let Some(v) = any_value(&q, &question) {
                // A hard check (a past date, a range) may refuse the value: the question stays open.
                let _ = answer(&q, &mut s, &question.id, Input::Value(v), Some("acordado"), now(), None);
            }
        }
        assert!(s.answers().len() > 3, "{name}: answered {:?}", s.answers().keys().collect::<Vec<_>>());
        let english: Vec<String> = texts_in_english_only(&q).into_iter().chain(catalogue.iter().cloned()).collect();
        let md = waypost_core::report::markdown(&q, &s);
        let html = waypost_core::report::html(&q, &s);
        for (format, out) in [("Markdown", &md), ("HTML", &html)] {
            let found: Vec<&String> = english.iter().filter(|e| out.contains(e.as_str())).collect();
            let lines: Vec<&str> = out.lines().filter(|l| found.iter().any(|e| l.contains(e.as_str()))).collect();
            assert!(found.is_empty(), "{name}: the Spanish {format} report has English: {found:?} in {lines:#?}");
        }
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
        assert!(headings.len() > 2, "{name}: {headings:?}");
    }
}

/// Every text of a questionnaire whose English differs from its Spanish, long enough to find.
fn texts_in_english_only(q: &Questionnaire) -> Vec<String> {
    let doc = serde_json::to_value(q).unwrap();
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let (Some(Value::String(en)), Some(Value::String(es))) = (map.get("en"), map.get("es")) {
                    if en != es && en.len() >= 12 {
                        out.push(en.clone());
                    }
                    return;
                }
                map.values().for_each(|x| walk(x, out));
            }
            Value::Array(items) => items.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(&doc, &mut out);
    out
}
