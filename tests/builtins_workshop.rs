//! The built-ins ready for a room, honest in what they score and safe for children: planned
//! minutes that add up to the time each states, questions put to a vote, reports that credit their
//! sources, wording that claims no more than the guidance, and no child named or judged on the
//! projector.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use waypost_core::interview::votes::is_voted;
use waypost_core::interview::{Flow, Input, answer};
use waypost_core::questionnaire::catalog::BUILT_IN;
use waypost_core::questionnaire::{Kind, Questionnaire, View};
use waypost_core::report::stage::Stage;
use waypost_core::scoring::score;
use waypost_core::session::Session;
use waypost_core::testing::{built_in, now};

/// The built-ins' ids.
fn ids() -> Vec<&'static str> {
    BUILT_IN.iter().map(|(name, _)| name.trim_end_matches(".json")).collect()
}

const NO_NAMES: &str = "Do not write children's names";
const NO_NAMES_ES: &str = "identificar a una niña, un niño, un o una adolescente o un caso";
const NO_NAMES_PT: &str = "Não escreva nomes de crianças ou adolescentes nem nada que possa identificar uma criança, um adolescente ou um caso";

fn session(q: &Questionnaire, lang: &str) -> Session {
    let mut s = waypost_core::testing::session(q, "s", "Hotel Sol");
    if !lang.is_empty() {
        s.language = lang.into();
    }
    s
}

fn give(q: &Questionnaire, s: &mut Session, id: &str, v: Value) {
    answer(q, s, id, Input::Value(v), Some("seen"), now(), None).unwrap_or_else(|e| panic!("{id}: {e}"));
}

/// The minutes planned for the sections shown once `choice` is given.
fn planned(q: &Questionnaire, choice: Option<(&str, &str)>) -> u32 {
    let mut s = session(q, "");
    if let Some((id, value)) = choice {
        give(q, &mut s, id, json!(value));
    }
    let flow = Flow::new(q, s.answers());
    q.sections.iter().zip(&flow.sections).filter(|(_, f)| f.shown).map(|(x, _)| x.minutes.unwrap_or(0)).sum()
}

/// A questionnaire, the choice that picks a path through it (a question and a choice's value),
/// and the minutes it states for that path.
type Path = (&'static str, Option<(&'static str, &'static str)>, u32);

#[test]
fn every_built_in_plans_minutes_that_add_up_to_the_time_it_states() {
    let paths: &[Path] = &[
        ("csr-self-assessment", None, 60),
        ("stakeholder-grid", None, 60),
        ("learning-review", Some(("review_type", "periodic")), 120),
        ("learning-review", Some(("review_type", "end_of_phase")), 120),
        ("learning-review", Some(("review_type", "after_event")), 65),
        ("partnership-readiness", Some(("phase", "initiate")), 50),
        ("partnership-readiness", Some(("phase", "engage")), 20),
        ("partnership-readiness", Some(("phase", "sustain")), 20),
        ("partnership-readiness", Some(("phase", "all")), 95),
        ("private-sector-policy", None, 30),
        ("partner-screening", None, 20),
        ("crbp-self-assessment", None, 15),
        ("code-implementation-check", None, 40),
    ];
    for (id, choice, minutes) in paths {
        let q = built_in(id);
        assert!(q.sections.iter().all(|s| s.minutes.is_some()), "{id}: a section without minutes");
        assert_eq!(planned(&q, *choice), *minutes, "{id} {choice:?}");
        let description = q.description.as_ref().unwrap();
        for (lang, word) in [("en", "minutes"), ("es", "minutos")] {
            let text = description.get(lang, "en");
            assert!(text.contains(&format!("{minutes} ")) && text.contains(word), "{id} ({lang}) states {text}");
        }
    }
    let covered: std::collections::BTreeSet<&str> = paths.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(covered.len(), BUILT_IN.len(), "every built-in has its time checked");
}

#[test]
fn every_questionnaire_meant_for_a_room_puts_questions_to_a_vote() {
    for (id, voted) in [
        ("csr-self-assessment", &["cp_policy", "dd_assess", "c2_training", "costs_known", "leadership"][..]),
        ("learning-review", &["health_purpose_cso", "health_equity_company"]),
        ("partnership-readiness", &["laws_exist", "step_2_1", "step_4_3"]),
        ("private-sector-policy", &["policy_status", "who_decides"]),
        ("partner-screening", &["result"]),
    ] {
        let q = built_in(id);
        for question in voted {
            assert!(is_voted(&q, q.question(question).unwrap()), "{id}/{question} is put to a vote");
        }
    }
    let csr = built_in("csr-self-assessment");
    assert!(!is_voted(&csr, csr.question("sector").unwrap()), "the profile is not voted on");
}

#[test]
fn every_report_credits_the_guidance_and_the_frameworks_it_uses() {
    for id in ids() {
        let q = built_in(id);
        for lang in ["en", "es"] {
            let s = session(&q, lang);
            let reports = [
                waypost_core::report::markdown(&q, &s),
                waypost_core::report::html(&q, &s),
                waypost_core::report::summary_text(&q, &s),
            ];
            for report in &reports {
                for words in ["Down to Zero Alliance", "Effective ways to engage the private sector", "2019"] {
                    assert!(report.contains(words), "{id} ({lang}): no \"{words}\" in\n{report}");
                }
            }
            if id == "stakeholder-grid" {
                assert!(reports.iter().all(|r| r.contains("Mendelow")), "the grid names Mendelow");
            }
        }
    }
}

#[test]
fn every_score_says_it_is_the_groups_own_view_and_bands_are_ours() {
    let q = built_in("csr-self-assessment");
    let mut s = session(&q, "");
    give(&q, &mut s, "cp_policy", json!("in_place"));
    let report = waypost_core::report::markdown(&q, &s);
    assert!(report.contains("not a certification") && report.contains("Global Child Forum"), "{report}");
    let mut es = session(&q, "es");
    give(&q, &mut es, "cp_policy", json!("in_place"));
    assert!(waypost_core::report::summary_text(&q, &es).contains("no son una certificación"));
    for id in ids() {
        let q = built_in(id);
        let bands = q.scoring.iter().flat_map(|s| &s.bands).map(|b| b.label.get("en", "en")).collect::<Vec<_>>();
        for theirs in ["Beginner", "Improver", "Achiever", "Leader"] {
            assert!(!bands.contains(&theirs), "{id} uses Global Child Forum's band {theirs} unnamed");
        }
    }
}

#[test]
fn csr_scores_what_the_guidance_supports() {
    let q = built_in("csr-self-assessment");
    let leadership = q.question("leadership").unwrap();
    let choices = q.choices(leadership);
    let public = choices.iter().find(|c| c.value == "public").unwrap();
    let leading = choices.iter().find(|c| c.value == "leading").unwrap();
    assert_eq!(public.score, leading.score, "§4.1: a public institution leading is as good as the company");
    assert!(leadership.help.as_ref().unwrap().get("en", "en").contains("public institution"));
    // "Further attention" is more than a no: half the score of a yes.
    let fa = q.choices(q.question("dd_act").unwrap()).iter().find(|c| c.value == "further_attention").unwrap().score;
    assert_eq!(fa, Some(0.5));
    let mut s = session(&q, "");
    give(&q, &mut s, "dd_assess", json!("further_attention"));
    let scores = score(&q, s.answers(), "en").unwrap();
    let dd = scores.sections.iter().find(|x| x.id == "due_diligence").unwrap();
    assert_eq!(dd.score, Some(5.0));
    assert!(scores.actions.iter().any(|a| a.question == "dd_assess"), "further attention still suggests an action");
    // The business case rests on more than one item, and l.170 stays an open question.
    let business = q.sections.iter().find(|x| x.id == "business_case").unwrap();
    let scored = business.questions.iter().filter(|x| q.choices(x).iter().any(|c| c.score.is_some())).count();
    assert!(scored >= 3, "{scored} scored items in the business case");
    let plan = q.question("csr_plan_needed").unwrap();
    assert!(q.choices(plan).iter().all(|c| c.score.is_none()), "whether a full CSR plan is needed is not scored");
    assert!(!q.question("csr_so_far").unwrap().help.as_ref().unwrap().get("en", "en").contains("not a condition"));
    let member = q.question("code_member").unwrap().help.as_ref().unwrap().get("en", "en");
    assert!(member.contains("90%"), "{member}");
}

#[test]
fn no_rule_claims_more_than_the_guidance() {
    let text = |id: &str, f: &dyn Fn(&Questionnaire) -> String| f(&built_in(id));
    let screening = text("partner-screening", &|q| q.sections[0].guidance.as_ref().unwrap().get("en", "en").to_owned());
    assert!(!screening.contains("before anything else") && screening.contains("not rigid"), "{screening}");
    let scope = text("partner-screening", &|q| {
        q.question("exclusion_scope").unwrap().help.as_ref().unwrap().get("en", "en").to_owned()
    });
    assert!(scope.contains("out of dialogue too"), "{scope}");
    let purpose = text("partner-screening", &|q| {
        q.question("purpose").unwrap().help.as_ref().unwrap().get("en", "en").to_owned()
    });
    assert!(purpose.contains("one member's policy, given as an example"), "{purpose}");
    let status = text("private-sector-policy", &|q| {
        let x = q.question("policy_status").unwrap();
        format!("{} {}", x.help.as_ref().unwrap().get("en", "en"), x.action.as_ref().unwrap().get("en", "en"))
    });
    assert!(status.contains("not a rule") && status.contains("an example"), "{status}");
    let legal = text("partnership-readiness", &|q| {
        q.sections.iter().find(|s| s.id == "legal").unwrap().guidance.as_ref().unwrap().get("en", "en").to_owned()
    });
    assert!(!legal.contains("before talking to companies") && legal.contains("sets no order"), "{legal}");
    let grid = built_in("stakeholder-grid");
    let Some(View::Grid(view)) = grid.views.first() else { panic!("no grid") };
    let key = view.quadrants.high_high.strategy().unwrap().get("en", "en");
    assert!(!key.contains("performance indicators"), "the ECPAT Indonesia example is not a strategy: {key}");
    assert_eq!(view.quadrants.high_high.name().get("es", "en"), "Socios clave");
    let crbp = serde_json::to_string(&built_in("crbp-self-assessment")).unwrap();
    assert!(!crbp.contains("Principles 1, 2 and 4 concern every company") && crbp.contains("its own choice"));
    // The two guidance questions that were missing (l.170, l.216), and lessons not asked before:
    // l.156 (opportunities, the kind of partnership), l.168, l.191 (a sincere commitment on every
    // side), l.206, l.298, l.319, l.328.
    assert!(built_in("csr-self-assessment").question("csr_plan_needed").is_some());
    for (id, question) in [
        ("partnership-readiness", "alignment"),
        ("partnership-readiness", "opportunities"),
        ("partnership-readiness", "shared_commitment"),
        ("partnership-readiness", "public_servants"),
        ("partnership-readiness", "engagement_levels"),
        ("learning-review", "communication_tools"),
        ("learning-review", "recognition"),
        ("stakeholder-grid", "formalise"),
    ] {
        assert!(built_in(id).question(question).is_some(), "{id}/{question}");
    }
    // l.199: the consequences for the industry, among the arguments for a sceptical decision-maker.
    let arguments = grid.question("stakeholders").unwrap().field("arguments").unwrap();
    assert!(grid.choices(arguments).iter().any(|c| c.value == "consequences"));
}

#[test]
fn the_grid_describes_groups_of_children_and_never_names_them() {
    let q = built_in("stakeholder-grid");
    let list = q.question("stakeholders").unwrap();
    assert_eq!(list.fields[0].id, "type", "the type comes first, so a group of children is never asked a name");
    let s = session(&q, "");
    let flow = Flow::new(&q, s.answers());
    let outside = |id: &str| flow.seen(&q, s.answers(), id);
    let shown = |item: Value| -> Vec<String> {
        waypost_core::interview::check::item_fields(&q, list, item.as_object().unwrap(), &outside)
            .iter()
            .map(|f| f.id.clone())
            .collect()
    };
    for group in ["children_youth", "families_communities"] {
        let fields = shown(json!({"type": group}));
        assert!(fields.contains(&"description".to_owned()) && !fields.contains(&"name".to_owned()), "{fields:?}");
    }
    let fields = shown(json!({"type": "manager"}));
    assert!(fields.contains(&"name".to_owned()) && !fields.contains(&"description".to_owned()));
    // A name typed before the type changed is neither shown on the grid nor used as its label.
    let mut s = session(&q, "");
    give(&q, &mut s, "scope", json!("company"));
    let item = json!({"type": "children_youth", "name": "Maria", "description": "Youth council",
                      "power": "some", "commitment": "supportive"});
    give(&q, &mut s, "stakeholders", json!([item]));
    let Some(View::Grid(grid)) = q.views.first() else { panic!("no grid") };
    let plot = waypost_core::report::grid::plot(&q, grid, &s).unwrap();
    assert_eq!(plot.points[0].label, "Youth council");
    assert!(!format!("{:?}", plot.points[0].details).contains("Maria"));
    let csv = String::from_utf8(waypost_core::report::csv(&q, &s).unwrap()).unwrap();
    let compact = format!("{:?}", waypost_core::report::grid::compact(&q, grid, &s).unwrap());
    for report in [waypost_core::report::markdown(&q, &s), waypost_core::report::html(&q, &s), csv, compact] {
        assert!(report.contains("Youth council") && !report.contains("Maria"), "a hidden name is never printed");
    }
    let before = session(&q, "");
    let changes = waypost_core::report::compare::compare(&q, &before, &s);
    let added = format!("{:?}", changes.lists);
    assert!(added.contains("Youth council") && !added.contains("Maria"), "{added}");
    s.position = Some("stakeholders".into());
    let room = Stage::of(&q, &s, true);
    assert!(room.items[0].contains("Youth council") && !room.items[0].contains("Maria"), "{:?}", room.items);
    assert!(
        s.answers()["stakeholders"].value.as_ref().unwrap()[0]["name"] == "Maria",
        "kept in the file, as hidden answers are"
    );
    // Every free text of the grid asks for no child's name, in both languages.
    let texts = list.fields.iter().filter(|f| f.kind == Kind::Text && f.id != "name");
    let top = ["first_contacts", "gaps"].map(|id| q.question(id).unwrap());
    for x in texts.chain(top) {
        let help = x.help.as_ref().unwrap_or_else(|| panic!("{} has no help", x.id));
        assert!(help.get("en", "en").contains(NO_NAMES), "{}", x.id);
        assert!(help.get("es", "en").contains(NO_NAMES_ES), "{}", x.id);
        assert!(help.get("pt-BR", "en").contains(NO_NAMES_PT), "{}", x.id);
    }
}

#[test]
fn free_texts_about_cases_ask_for_no_names_and_spanish_names_adolescents() {
    for (id, questions) in [
        ("csr-self-assessment", &["dd_remedy_followup"][..]),
        ("partner-screening", &["reasons", "excluded_which", "interest", "controversies"]),
    ] {
        let q = built_in(id);
        for question in questions {
            let help = q.question(question).unwrap().help.as_ref().unwrap();
            assert!(help.get("en", "en").contains(NO_NAMES), "{id}/{question}");
            assert!(help.get("es", "en").contains(NO_NAMES_ES), "{id}/{question}");
            assert!(help.get("pt-BR", "en").contains(NO_NAMES_PT), "{id}/{question}");
        }
    }
    for id in ids() {
        let json = serde_json::to_string(&built_in(id)).unwrap();
        let warnings = json.matches("No escriba nombres de").count();
        assert_eq!(json.matches(NO_NAMES_ES).count(), warnings, "{id}: a Spanish warning that forgets adolescents");
        // In Portuguese too, as in English: one warning for every English one, never only children.
        assert_eq!(
            json.matches(NO_NAMES_PT).count(),
            json.matches(NO_NAMES).count(),
            "{id}: a Portuguese warning missing"
        );
    }
    let review = built_in("learning-review");
    let participant = &review.question("participants").unwrap().fields[0];
    assert_eq!(participant.id, "role");
    assert!(participant.prompt.get("en", "en").contains("not a name"));
}

#[test]
fn the_spanish_of_the_built_ins_reads_as_the_reviewer_asked() {
    let spanish = |id: &str| {
        let mut all = Vec::new();
        collect_spanish(&serde_json::to_value(built_in(id)).unwrap(), &mut all);
        all.join("\n")
    };
    let grid = spanish("stakeholder-grid");
    for wrong in ["le invitará", "convencerle", "invitarles", "cuadrante", "Aliados clave"] {
        assert!(!grid.contains(wrong), "the grid says \"{wrong}\"");
    }
    // One form of address per questionnaire: usted where one organisation answers, ustedes in the
    // joint review.
    for id in ["private-sector-policy", "partnership-readiness", "csr-self-assessment"] {
        let text = spanish(id);
        for plural in ["ustedes", "¿Saben", "presentarán", "¿Han "] {
            assert!(!text.contains(plural), "{id} says \"{plural}\" beside usted");
        }
    }
    let review = spanish("learning-review");
    for singular in ["Marque ", "diga por qué", "Anote "] {
        assert!(!review.contains(singular), "the joint review says \"{singular}\" beside ustedes");
    }
    let csr = spanish("csr-self-assessment");
    assert!(!csr.contains("mecanismo de quejas") && csr.contains("mecanismo de reclamación"));
    assert!(csr.contains("¿Comunica sobre esto"));
    let review = spanish("learning-review");
    assert!(!review.contains("puntúa bajo") && review.contains("le da un puntaje bajo al propósito compartido"));
    for id in ids() {
        assert!(!spanish(id).contains("cadena de negocio"), "{id}: the value chain is \"cadena de valor\"");
        assert!(!spanish(id).contains(" retrospect "), "{id}: an English word left in Spanish");
        assert!(!spanish(id).contains("'Ninguna'"), "{id}: a warning naming a label that does not exist");
    }
}

fn collect_spanish(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                match x {
                    Value::String(s) if k == "es" => out.push(s.clone()),
                    _ => collect_spanish(x, out),
                }
            }
        }
        Value::Array(xs) => xs.iter().for_each(|x| collect_spanish(x, out)),
        _ => {}
    }
}

#[test]
fn the_projector_keeps_judgements_and_one_sides_scores_from_the_room() {
    // The grid: a stakeholder's commitment and roles stay off the wall unless the facilitator
    // shows everything.
    let q = built_in("stakeholder-grid");
    let mut s = session(&q, "");
    give(&q, &mut s, "scope", json!("company"));
    let item = json!({"type": "manager", "name": "CFO", "power": "decides", "commitment": "opposed",
                      "roles": ["block"]});
    give(&q, &mut s, "stakeholders", json!([item]));
    s.position = Some("stakeholders".into());
    let room = Stage::of(&q, &s, false);
    assert_eq!(room.items.len(), 1);
    assert!(room.items[0].contains("CFO") && room.items[0].contains("Decides"), "{:?}", room.items);
    assert!(!room.items[0].contains("Opposed") && !room.items[0].contains("Could block it"), "{:?}", room.items);
    let everything = Stage::of(&q, &s, true);
    assert!(everything.items[0].contains("Opposed") && everything.items[0].contains("Could block it"));
    // The learning review: no score shows until both sides have scored.
    let q = built_in("learning-review");
    let mut s = session(&q, "");
    give(&q, &mut s, "review_type", json!("periodic"));
    give(&q, &mut s, "health_purpose_cso", json!("3"));
    s.position = Some("health_purpose_cso".into());
    let room = Stage::of(&q, &s, false);
    assert!(room.answer.is_none() && room.choices.iter().all(|c| !c.chosen), "{room:?}");
    assert!(!room.choices.is_empty(), "the question and its choices still show");
    assert!(Stage::of(&q, &s, true).answer.is_some());
    for item in ["roles", "fit", "value", "communication", "decision_makers", "credit", "core_business", "equity"] {
        give(&q, &mut s, &format!("health_{item}_cso"), json!("2"));
    }
    let room = Stage::of(&q, &s, false);
    assert!(room.answer.is_none(), "the company has not scored yet");
    for item in
        ["purpose", "roles", "fit", "value", "communication", "decision_makers", "credit", "core_business", "equity"]
    {
        give(&q, &mut s, &format!("health_{item}_company"), json!("2"));
    }
    let room = Stage::of(&q, &s, false);
    assert!(room.answer.is_some(), "both sides have scored: the room sees the scores");
}

#[test]
fn a_unit_agrees_with_its_number() {
    let q = built_in("learning-review");
    let staff = q.question("staff_trained").unwrap();
    let text = |n: i64, lang: &str| {
        let a = waypost_core::session::Answer { value: Some(json!(n)), ..Default::default() };
        waypost_core::session::answer_text::answer_text(&q, staff, Some(&a), lang)
    };
    assert_eq!(text(1, "en"), "1 person");
    assert_eq!(text(12, "en"), "12 people");
    assert_eq!(text(1, "es"), "1 persona");
    assert_eq!(text(0, "es"), "0 personas");
}

#[test]
fn the_readiness_speaks_as_usted_in_every_question_and_action() {
    // One organisation answers it: "usted" in every question and action, never "ustedes" beside it.
    let text = serde_json::to_string(&built_in("partnership-readiness")).unwrap();
    for plural in [
        "¿Conocen",
        "¿Investigaron",
        "¿Contactaron",
        "¿Construyeron",
        "medirán",
        "trabajarán",
        "Conversen",
        "Realicen",
        "Consideraron",
    ] {
        assert!(!text.contains(plural), "{plural:?} in the readiness");
    }
    assert!(text.contains("¿Conoce las leyes") && text.contains("Realice una revisión"));
}
