//! XLSForm import: a household visit form as KoboToolbox users write them, the notes for what
//! is not carried over, byte-identical output, and workbooks that are not forms.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Rows and columns of a test workbook are few.
#![allow(clippy::cast_possible_truncation)]

mod common;

use proptest::prelude::Strategy;
use waypost_core::questionnaire::{Kind, parse};
use waypost_core::xlsform::import;

use common::workbook;

/// A session of `q` started in English at a fixed time, and that time.
fn started(
    q: &waypost_core::questionnaire::Questionnaire,
) -> (waypost_core::session::Timestamp, waypost_core::session::Session) {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
    let qref = waypost_core::session::QuestionnaireRef::of(q);
    (at, waypost_core::session::Session::new("s".into(), qref, "en".into(), Default::default(), at))
}

const SURVEY: &[&[&str]] = &[
    &[
        "type",
        "name",
        "label::English (en)",
        "label::Español (es)",
        "hint::English (en)",
        "hint::Español (es)",
        "required",
        "relevant",
        "constraint",
        "constraint_message::English (en)",
        "constraint_message::Español (es)",
        "repeat_count",
        "appearance",
        "calculation",
    ],
    &["text", "head_name", "Head of the household", "Jefe o jefa del hogar", "", "", "yes", "", "", "", "", "", "", ""],
    &[
        "integer",
        "n_children",
        "How many children live here?",
        "¿Cuántos niños viven aquí?",
        "",
        "",
        "yes",
        "",
        ". >= 0 and . <= 20",
        "",
        "",
        "",
        "",
        "",
    ],
    &["begin group", "school", "School", "Escuela", "", "", "", "${n_children} > 0", "", "", "", "", "field-list", ""],
    &[
        "select_one yes_no",
        "all_in_school",
        "Do all the children go to school?",
        "¿Todos van a la escuela?",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    &[
        "select_multiple barriers or_other",
        "barriers",
        "What keeps them away?",
        "¿Qué los aleja?",
        "Tick all that apply",
        "Marque todas las que corresponden",
        "",
        "${all_in_school} = 'no'",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    &["end group", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    &["begin repeat", "child", "Each child", "Cada niño", "", "", "", "", "", "", "", "${n_children}", "", ""],
    &["text", "child_name", "First name", "Nombre", "", "", "yes", "", "", "", "", "", "", ""],
    &[
        "integer",
        "age",
        "Age of ${child_name}",
        "Edad",
        "",
        "",
        "",
        "",
        ". < 18",
        "Children only",
        "Solo niños",
        "",
        "",
        "",
    ],
    &[
        "select_one barriers or_other",
        "away",
        "What keeps ${child_name} away?",
        "¿Qué aleja a ${child_name}?",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    &["end repeat", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    &[
        "date",
        "visit_date",
        "Date of the visit",
        "Fecha de la visita",
        "",
        "",
        "",
        "",
        ". <= today()",
        "",
        "",
        "",
        "",
        "",
    ],
    &["calculate", "total", "", "", "", "", "", "", "", "", "", "", "", "${n_children} * 2"],
    &["geopoint", "where", "Location", "Ubicación", "", "", "", "", "", "", "", "", "", ""],
    &[
        "text",
        "comment",
        "Comments",
        "Comentarios",
        "",
        "",
        "",
        "string-length(${head_name}) > 3",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
];

const CHOICES: &[&[&str]] = &[
    &["list_name", "name", "label::English (en)", "label::Español (es)"],
    &["yes_no", "yes", "Yes", "Sí"],
    &["yes_no", "no", "No", "No"],
    &["barriers", "work", "Work", "Trabajo"],
    &["barriers", "fees", "School fees", "Costos"],
    &["barriers", "distance", "Distance", "Distancia"],
];

const SETTINGS: &[&[&str]] = &[
    &["form_title", "form_id", "version", "default_language"],
    &["Household visit", "household_visit", "2026.1", "English (en)"],
];

fn household() -> Vec<u8> {
    workbook(&[("survey", SURVEY), ("choices", CHOICES), ("settings", SETTINGS)])
}

#[test]
fn a_kobo_form_becomes_a_questionnaire_that_passes_validate() {
    let imported = import(household(), "household.xlsx").unwrap();
    let q = &imported.questionnaire;
    assert_eq!((q.id.as_str(), q.version.as_str()), ("household-visit", "2026.1"));
    assert_eq!(q.languages, ["en", "es"]);
    let problems = parse(imported.json.as_bytes()).problems;
    assert!(problems.is_empty() && imported.warnings.is_empty(), "{problems:#?}");
    let n = q.question("n_children").unwrap();
    assert!(n.integer && n.required);
    assert_eq!(serde_json::to_value(&n.min).unwrap(), serde_json::json!(0.0));
    let school = &q.sections[1];
    assert_eq!((school.title.get("en", "en"), school.title.get("es", "en")), ("School", "Escuela"));
    assert_eq!(q.sections[0].title.get("es", "en"), "Sección 1", "a section outside groups, named in each language");
    assert_eq!(
        serde_json::to_value(&school.show_if).unwrap(),
        serde_json::json!({"all": [{"answer": "n_children", "answered": true}, {"not": {"answer": "n_children", "at_most": 0.0}}]})
    );
    let barriers = q.question("barriers").unwrap();
    assert_eq!(barriers.kind, Kind::Multi);
    assert!(q.choices(barriers).iter().any(|c| c.other), "or_other gives an other choice");
    assert_eq!(
        serde_json::to_value(&barriers.show_if).unwrap(),
        serde_json::json!({"answer": "all_in_school", "equals": "no"})
    );
    let child = q.question("child").unwrap();
    assert_eq!((child.kind, child.count_from.as_deref()), (Kind::List, Some("n_children")));
    assert_eq!(child.fields[1].constraint.len(), 1, "a strict limit stays a rule with its message");
    assert!(q.choices(&child.fields[2]).iter().any(|c| c.other), "or_other inside a repeat too");
    let visit = q.question("visit_date").unwrap();
    assert_eq!(serde_json::to_value(&visit.max).unwrap(), serde_json::json!("today"));
    assert_eq!(q.question("where").unwrap().kind, Kind::Text);
    let total = q.question("total").unwrap();
    assert_eq!((total.kind, total.calculation.as_deref()), (Kind::Calculate, Some("${n_children} * 2")));
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    for expected in [
        "survey row 4, column M: \"appearance\" has no counterpart in waypost: ignored",
        "survey row 15, column A: \"geopoint\" is kept as a text question",
        "survey row 16, column H: not converted (waypost does not read \"string-length\"): string-length(${head_name}) > 3; the question is kept without it",
    ] {
        assert!(notes.iter().any(|n| n == expected), "{expected}\n{notes:#?}");
    }
}

#[test]
fn importing_twice_gives_the_same_bytes() {
    let a = import(household(), "household.xlsx").unwrap().json;
    waypost_core::i18n::set_language("es");
    let b = import(household(), "household.xlsx").unwrap();
    let note = b.notes[0].to_string();
    waypost_core::i18n::set_language("en");
    assert_eq!(a, b.json, "the same bytes whatever the interface's language");
    assert!(note.starts_with("survey fila 4, columna M"), "the notes are in it: {note}");
    assert!(
        a.contains(
            r#""source": {
    "en": "Imported from the XLSForm household.xlsx",
    "es": "Importado del XLSForm household.xlsx"
  }"#
        ),
        "{a}"
    );
}

#[test]
fn what_is_not_a_form_is_said_and_nothing_panics() {
    assert!(import(b"not a workbook".to_vec(), "x.xlsx").unwrap_err().to_string().contains("cannot be read"));
    let no_survey = workbook(&[("Sheet1", &[&["a"], &["b"]])]);
    assert!(import(no_survey, "x.xlsx").unwrap_err().to_string().contains("no \"survey\" sheet"));
    let empty = workbook(&[("survey", &[])]);
    assert!(import(empty, "x.xlsx").is_err());
    let only_header = workbook(&[("survey", &[&["type", "name", "label"]])]);
    assert!(import(only_header, "x.xlsx").is_err());
}

#[test]
fn a_text_missing_in_a_language_is_a_warning_of_the_import() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label::English (en)", "label::Español (es)", "hint::English (en)"],
        &["text", "name", "Name", "Nombre", "As on the ID card"],
    ];
    let imported = import(workbook(&[("survey", survey)]), "f.xlsx").unwrap();
    // Placed by its path: the file the lines and columns would count is not written yet.
    assert_eq!(imported.warnings, [r#"sections[0].questions[0].help: warning: no text in language "es""#]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Any grid of cells on a survey and a choices sheet: the import converts it or says why
    /// not, and never panics; what it makes passes the checks it says it passes.
    #[test]
    fn any_workbook_is_converted_or_refused_without_a_panic(
        cells in proptest::collection::vec(proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just(String::new()),
                proptest::sample::select(vec!["type", "name", "label", "relevant", "constraint", "required", "begin group",
                    "end group", "begin repeat", "end repeat", "select_one yes", "select_multiple yes or_other", "integer",
                    "text", "date", "note", "calculate", "yes", "${a} = 'x'", ". > 3", "${a", "list_name", "label::X (es)"])
                    .prop_map(str::to_owned),
                "[a-z$.{}()' =<>!0-9]{0,12}",
            ],
            0..6,
        ), 0..12),
    ) {
        let rows: Vec<Vec<&str>> = cells.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
        let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
        let choices: &[&[&str]] = &[&["list_name", "name", "label"], &["yes", "y", "Yes"], &["yes", "n", "No"]];
        if let Ok(imported) = import(workbook(&[("survey", &rows), ("choices", choices)]), "p.xlsx") {
            let problems = parse(imported.json.as_bytes()).problems;
            proptest::prop_assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        }
    }
}

#[test]
fn waypost_import_writes_into_the_data_folder_and_never_over_a_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("household.xlsx");
    std::fs::write(&form, household()).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_waypost"))
            .env("WAYPOST_LANG", "en")
            .env("WAYPOST_DATA_DIR", dir.path().join("data"))
            .args(args)
            .output()
            .unwrap()
    };
    let form = form.to_str().unwrap();
    let first = run(&["import", form]);
    let said = String::from_utf8_lossy(&first.stderr).into_owned();
    assert!(first.status.success(), "{said}");
    assert!(
        said.contains("household.xlsx: survey row 15, column A: \"geopoint\" is kept as a text question"),
        "{said}"
    );
    assert!(said.contains("household-visit.json: 9 questions in 3 sections; 3 notes (above)"), "{said}");
    let written = dir.path().join("data/questionnaires/household-visit.json");
    let bytes = std::fs::read(&written).unwrap();
    let again = run(&["import", form]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists: give --force to replace it"));
    assert!(run(&["import", form, "--force"]).status.success());
    assert_eq!(std::fs::read(&written).unwrap(), bytes, "the same form gives the same bytes");
    let listed = run(&["questionnaires"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("household-visit"));
    let checked = run(&["validate", written.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stdout));
}

/// Every question and field of a questionnaire: its id, kind, required, choice values, and
/// whether it has a condition, warnings, flags and allowed states.
fn shape(q: &waypost_core::questionnaire::Questionnaire) -> Vec<String> {
    let mut out = Vec::new();
    for (_, x) in q.places() {
        for f in std::iter::once(x).chain(&x.fields) {
            let values: Vec<&str> = q.choices(f).iter().map(|c| c.value.as_str()).collect();
            out.push(format!(
                "{} {:?} req={} choices={values:?} show_if={} warn={} flag={} allow={}",
                f.id,
                f.kind,
                f.required,
                f.show_if.is_some(),
                f.warn_if.len(),
                f.flag_if.len(),
                f.allow.len()
            ));
        }
    }
    out
}

#[test]
fn every_built_in_goes_out_as_an_xlsform_and_comes_back_the_same() {
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    for entry in catalog.entries() {
        let q = &entry.questionnaire;
        let exported = waypost_core::xlsform::export::export(q).unwrap();
        let back = import(exported.bytes, &format!("{}.xlsx", q.id)).unwrap_or_else(|e| panic!("{}: {e}", q.id));
        assert_eq!(shape(&back.questionnaire), shape(q), "{}", q.id);
        assert_eq!(back.questionnaire.languages, q.languages, "{}", q.id);
        let warnings: Vec<&String> = back.warnings.iter().filter(|w| !w.contains("never")).collect();
        assert!(warnings.is_empty(), "{}: {warnings:#?}", q.id);
    }
}

#[test]
fn every_built_in_exported_converts_with_pyxform() {
    let Some(tool) = common::xls2xform() else { return };
    let dir = tempfile::tempdir().unwrap();
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    for entry in catalog.entries() {
        let q = &entry.questionnaire;
        let form = dir.path().join(format!("{}.xlsx", q.id));
        std::fs::write(&form, waypost_core::xlsform::export::export(q).unwrap().bytes).unwrap();
        let out = std::process::Command::new(&tool)
            .arg(&form)
            .arg(dir.path().join(format!("{}.xml", q.id)))
            .output()
            .unwrap();
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success() && said.contains("Conversion complete"), "{}: {said}", q.id);
    }
}

#[test]
fn a_workshop_s_votes_minutes_dots_and_review_of_time_go_out_and_come_back() {
    let mut q = parse(include_bytes!("fixtures/workshop/workshop.json")).usable().unwrap().clone();
    q.dots = Some(5);
    let exported = waypost_core::xlsform::export::export(&q).unwrap();
    for kept in ["votes: kept as JSON in the column waypost_votes", "sections[0].minutes: kept as JSON"] {
        assert!(exported.notes.iter().any(|n| n.contains(kept)), "{kept}: {:#?}", exported.notes);
    }
    let back = import(exported.bytes.clone(), "workshop.xlsx").unwrap().questionnaire;
    assert_eq!((back.votes, back.dots), (true, Some(5)));
    let minutes =
        |q: &waypost_core::questionnaire::Questionnaire| q.sections.iter().map(|s| s.minutes).collect::<Vec<_>>();
    assert_eq!(minutes(&back), minutes(&q));
    let chair = |q: &waypost_core::questionnaire::Questionnaire| q.question("chair").unwrap().votes;
    assert_eq!(chair(&back), Some(false), "a question kept out of votes stays out");
    let review = waypost_core::testing::built_in("learning-review");
    let back = import(waypost_core::xlsform::export::export(&review).unwrap().bytes, "lr.xlsx").unwrap().questionnaire;
    let period = back.workshop_time.expect("the review of workshops' time");
    assert_eq!((period.from.as_deref(), period.to.as_deref()), (Some("period_from"), Some("period_to")));
    // pyxform takes the workbook with waypost's columns in it.
    let Some(tool) = common::xls2xform() else { return };
    {
        let dir = tempfile::tempdir().unwrap();
        let form = dir.path().join("workshop.xlsx");
        std::fs::write(&form, exported.bytes).unwrap();
        let out = std::process::Command::new(tool).arg(&form).arg(dir.path().join("workshop.xml")).output().unwrap();
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success() && said.contains("Conversion complete"), "{said}");
    }
}

#[test]
fn defaults_come_in_as_their_kind_takes_them_and_a_computed_one_is_noted() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "default"],
        &["text", "district", "District", "Lima Norte"],
        &["integer", "staff", "Staff", "12"],
        &["decimal", "share", "Share", "0.5"],
        &["date", "visit", "Visit", "2026-03-01"],
        &["select_one yes_no", "member", "Member?", "yes"],
        &["select_multiple yes_no", "both", "Both?", "yes no"],
        &["date", "today_visit", "Today", "today()"],
        &["select_one yes_no", "bad_choice", "Bad", "maybe"],
        &["integer", "bad_number", "Bad number", "twelve"],
    ];
    let choices: &[&[&str]] = &[&["list_name", "name", "label"], &["yes_no", "yes", "Yes"], &["yes_no", "no", "No"]];
    let imported = import(common::workbook(&[("survey", survey), ("choices", choices)]), "defaults.xlsx").unwrap();
    let q = &imported.questionnaire;
    let default = |id: &str| q.question(id).unwrap().default_value().cloned();
    assert_eq!(default("district"), Some(serde_json::json!("Lima Norte")));
    assert_eq!(default("staff"), Some(serde_json::json!(12)));
    assert_eq!(default("share"), Some(serde_json::json!(0.5)));
    assert_eq!(default("visit"), Some(serde_json::json!("2026-03-01")));
    assert_eq!(default("member"), Some(serde_json::json!("yes")));
    assert_eq!(default("both"), Some(serde_json::json!(["yes", "no"])));
    for left_out in ["today_visit", "bad_choice", "bad_number"] {
        assert_eq!(default(left_out), None, "{left_out}");
    }
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    for expected in ["survey row 8, column D: not converted: today()", "survey row 9, column D: not converted: maybe"] {
        assert!(notes.iter().any(|n| n == expected), "{expected}\n{notes:#?}");
    }
    assert!(parse(imported.json.as_bytes()).usable().is_some(), "the questionnaire passes validate");
    // Out again: the defaults in XLSForm's column, and in the XForm's primary instance.
    let exported = waypost_core::xlsform::xform::xform(q, None).unwrap();
    let xml = String::from_utf8_lossy(&exported.bytes).into_owned();
    assert!(xml.contains("<district>Lima Norte</district>") && xml.contains("<both>yes no</both>"), "{xml}");
}

#[test]
fn a_regex_constraint_comes_in_with_its_message_holds_in_the_interview_and_goes_out_again() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "constraint", "constraint_message"],
        &["text", "phone", "Phone", "regex(., '^[0-9]{9}$')", "Nine digits, please"],
        &["text", "code", "Code", "regex(., '[0-9')", ""],
    ];
    let imported = import(common::workbook(&[("survey", survey)]), "regex.xlsx").unwrap();
    let q = &imported.questionnaire;
    assert!(parse(imported.json.as_bytes()).usable().is_some(), "the questionnaire passes validate");
    let phone = q.question("phone").unwrap();
    assert_eq!(
        serde_json::to_value(&phone.constraint).unwrap(),
        serde_json::json!([{"when": {"answer": "phone", "matches": "^[0-9]{9}$"}, "message": "Nine digits, please"}])
    );
    assert!(q.question("code").unwrap().constraint.is_empty(), "a pattern waypost cannot read is left out");
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert!(notes.iter().any(|n| n.starts_with("survey row 3, column D")), "{notes:#?}");
    // In the interview: the rule refuses what does not match, with the form's message.
    let (at, mut s) = started(q);
    let input = |v: &str| waypost_core::interview::Input::Value(serde_json::json!(v));
    let refused = waypost_core::interview::answer(q, &mut s, "phone", input("12-34"), None, at, None).unwrap_err();
    assert!(refused.to_string().contains("Nine digits, please"), "{refused}");
    waypost_core::interview::answer(q, &mut s, "phone", input("987654321"), None, at, None).unwrap();
    // And out again as XLSForm's regex().
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(q, None).unwrap().bytes).unwrap();
    assert!(xml.contains("constraint=\"(regex(., &apos;^[0-9]{9}$&apos;))\""), "{xml}");
}

#[test]
fn a_required_expression_makes_a_question_required_only_when_it_holds() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "required"],
        &["select_one yes_no", "works", "Does the child work?", "yes"],
        &["text", "job", "What work?", "${works} = 'yes'"],
        &["text", "why", "Why?", "string-length(${job}) > 3"],
    ];
    let choices: &[&[&str]] = &[&["list_name", "name", "label"], &["yes_no", "yes", "Yes"], &["yes_no", "no", "No"]];
    let imported = import(common::workbook(&[("survey", survey), ("choices", choices)]), "req.xlsx").unwrap();
    let q = &imported.questionnaire;
    assert!(parse(imported.json.as_bytes()).usable().is_some(), "the questionnaire passes validate");
    let job = q.question("job").unwrap();
    assert!(!job.required);
    assert_eq!(
        serde_json::to_value(&job.required_if).unwrap(),
        serde_json::json!({"answer": "works", "equals": "yes"})
    );
    assert!(q.question("why").unwrap().required_if.is_none(), "an expression waypost cannot read is noted");
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert!(notes.iter().any(|n| n.starts_with("survey row 4, column D")), "{notes:#?}");
    // Finishing asks for the job only when the child works.
    let (at, mut s) = started(q);
    let missing = |s: &waypost_core::session::Session| -> Vec<String> {
        let flow = waypost_core::interview::Flow::new(q, s.answers());
        flow.missing_required(q, s.answers()).iter().map(|x| x.id.clone()).collect()
    };
    let yes_no = |v: &str| waypost_core::interview::Input::Value(serde_json::json!(v));
    waypost_core::interview::answer(q, &mut s, "works", yes_no("no"), None, at, None).unwrap();
    assert!(missing(&s).is_empty(), "{:?}", missing(&s));
    waypost_core::interview::answer(q, &mut s, "works", yes_no("yes"), None, at, None).unwrap();
    assert_eq!(missing(&s), ["job"]);
    // Out again: the expression in XLSForm's column and the XForm's bind.
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(q, None).unwrap().bytes).unwrap();
    assert!(xml.contains("required=\" /data/section_1/works  = &apos;yes&apos;\""), "{xml}");
}

#[test]
fn a_date_and_time_comes_in_as_its_own_kind_and_goes_out_as_odk_s_date_time() {
    let survey: &[&[&str]] =
        &[&["type", "name", "label"], &["dateTime", "called", "When did they call?"], &["datetime", "left", "Left at"]];
    let imported = import(common::workbook(&[("survey", survey)]), "calls.xlsx").unwrap();
    let q = &imported.questionnaire;
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    for id in ["called", "left"] {
        assert_eq!(q.question(id).unwrap().kind, Kind::DateTime, "{id}");
    }
    assert!(imported.json.contains("\"kind\": \"datetime\""), "{}", imported.json);
    // Typed as people write it; kept as YYYY-MM-DDTHH:MM.
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
    let called = q.question("called").unwrap();
    let typed = waypost_core::interview::typed::typed_value(called, "28/11/2026 2:30 pm", "en", at.date_naive());
    assert_eq!(typed.unwrap(), Some(serde_json::json!("2026-11-28T14:30")));
    // Out again: dateTime in the survey sheet and the XForm's bind.
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(q, None).unwrap().bytes).unwrap();
    assert!(xml.contains("nodeset=\"/data/section_1/called\" type=\"dateTime\""), "{xml}");
    let again = import(waypost_core::xlsform::export::export(q).unwrap().bytes, "calls.xlsx").unwrap();
    assert_eq!(again.questionnaire.question("left").unwrap().kind, Kind::DateTime);
}

#[test]
fn a_group_inside_a_repeat_keeps_its_title_as_a_note_and_its_condition_on_each_field() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "relevant"],
        &["begin repeat", "children", "Children", ""],
        &["text", "child", "Who?", ""],
        &["select_one yes_no", "works", "Does this child work?", ""],
        &["begin group", "work", "About the work", "${works} = 'yes'"],
        &["text", "job", "What work?", ""],
        &["integer", "hours", "Hours a week", "${job} != ''"],
        &["end group", "", "", ""],
        &["end repeat", "", "", ""],
    ];
    let choices: &[&[&str]] = &[&["list_name", "name", "label"], &["yes_no", "yes", "Yes"], &["yes_no", "no", "No"]];
    let imported = import(common::workbook(&[("survey", survey), ("choices", choices)]), "kids.xlsx").unwrap();
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    let q = &imported.questionnaire;
    assert!(parse(imported.json.as_bytes()).problems.is_empty(), "the questionnaire passes validate");
    let list = q.question("children").unwrap();
    let ids: Vec<&str> = list.fields.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["child", "works", "work", "job", "hours"]);
    assert_eq!(list.fields[2].kind, Kind::Note);
    let condition = |i: usize| serde_json::to_value(&list.fields[i].show_if).unwrap();
    let works = serde_json::json!({"answer": "works", "equals": "yes"});
    assert_eq!(condition(2), works);
    assert_eq!(condition(3), works);
    assert_eq!(
        condition(4),
        serde_json::json!({"all": [works, {"answer": "job", "answered": true}]}),
        "the group's condition and the field's own"
    );
    // In an item: the group's fields are asked only of a child who works.
    let shown = |item: serde_json::Value| -> Vec<String> {
        let item = item.as_object().unwrap().clone();
        let fields = waypost_core::interview::item_fields(q, list, &item, &waypost_core::interview::nothing_outside);
        fields.iter().map(|f| f.id.clone()).collect()
    };
    assert_eq!(shown(serde_json::json!({"child": "Ana", "works": "no"})), ["child", "works"]);
    assert_eq!(shown(serde_json::json!({"child": "Bo", "works": "yes"})), ["child", "works", "work", "job"]);
    assert_eq!(shown(serde_json::json!({"works": "yes", "job": "Market"})), ["child", "works", "work", "job", "hours"]);
}

#[test]
fn a_cascading_select_offers_the_districts_of_the_region_chosen() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "choice_filter"],
        &["select_one region", "region", "Region", ""],
        &["select_one district", "district", "District", "region = ${region}"],
        &["select_one district", "any_district", "Any district", ""],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label", "region"],
        &["region", "lima", "Lima", ""],
        &["region", "cusco", "Cusco", ""],
        &["district", "miraflores", "Miraflores", "lima"],
        &["district", "barranco", "Barranco", "lima"],
        &["district", "wanchaq", "Wanchaq", "cusco"],
    ];
    let imported = import(common::workbook(&[("survey", survey), ("choices", choices)]), "places.xlsx").unwrap();
    // The column the filter names is used, so not said to be ignored.
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    let q = &imported.questionnaire;
    assert!(parse(imported.json.as_bytes()).problems.is_empty(), "the questionnaire passes validate");
    let district = q.question("district").unwrap();
    let when: Vec<serde_json::Value> =
        q.choices(district).iter().map(|c| serde_json::to_value(&c.show_if).unwrap()).collect();
    assert_eq!(when[0], serde_json::json!({"answer": "region", "equals": "lima"}));
    assert_eq!(when[2], serde_json::json!({"answer": "region", "equals": "cusco"}));
    assert!(q.choices(q.question("any_district").unwrap()).iter().all(|c| c.show_if.is_none()));
    // In the interview: only Lima's districts once Lima is chosen; Cusco's is refused.
    let (at, mut s) = started(q);
    let pick = |v: &str| waypost_core::interview::Input::Value(serde_json::json!(v));
    waypost_core::interview::answer(q, &mut s, "region", pick("lima"), None, at, None).unwrap();
    let ctl = waypost_core::interview::Controller::new(q.clone(), s.clone(), true, at);
    let offered: Vec<&str> = ctl.choices(district).iter().map(|c| c.value.as_str()).collect();
    assert_eq!(offered, ["miraflores", "barranco"]);
    let refused = waypost_core::interview::answer(q, &mut s, "district", pick("wanchaq"), None, at, None).unwrap_err();
    assert!(refused.to_string().contains("Wanchaq") && refused.to_string().contains("not offered"), "{refused}");
    waypost_core::interview::answer(q, &mut s, "district", pick("barranco"), None, at, None).unwrap();
    // Out and in again: the conditions kept in waypost's column, and said.
    let exported = waypost_core::xlsform::export::export(q).unwrap();
    assert!(exported.notes.iter().any(|n| n.contains("miraflores")), "{:?}", exported.notes);
    let again = import(exported.bytes, "places.xlsx").unwrap();
    let back = again.questionnaire.question("district").unwrap();
    assert_eq!(serde_json::to_value(&again.questionnaire.choices(back)[1].show_if).unwrap(), when[1]);
}

#[test]
fn a_choice_filter_on_a_choice_s_other_columns_and_constants() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "choice_filter"],
        &["integer", "age", "Age", ""],
        &["select_one help", "help", "Help", "min_age <= ${age} or name = 'none'"],
        &["select_one help", "broken", "Broken", "min_age <= ${age} and"],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label", "min_age"],
        &["help", "school", "School", "0"],
        &["help", "work", "Work", "15"],
        &["help", "none", "None", "99"],
    ];
    let imported = import(common::workbook(&[("survey", survey), ("choices", choices)]), "help.xlsx").unwrap();
    let q = &imported.questionnaire;
    let when: Vec<serde_json::Value> =
        q.choices(q.question("help").unwrap()).iter().map(|c| serde_json::to_value(&c.show_if).unwrap()).collect();
    assert_eq!(when[0], serde_json::json!({"answer": "age", "at_least": 0.0}));
    assert_eq!(when[1], serde_json::json!({"answer": "age", "at_least": 15.0}));
    assert_eq!(when[2], serde_json::Value::Null, "'none' is always offered");
    // A filter that cannot be read is said, and every choice offered.
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert!(notes.iter().any(|n| n.starts_with("survey row 4, column D")), "{notes:#?}");
    let broken = serde_json::to_value(&q.question("broken").unwrap().choices).unwrap();
    assert_eq!(broken, serde_json::json!("help"), "the choice set, every choice offered");
}

#[test]
fn a_read_only_field_shows_its_default_and_takes_no_other_value() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "default", "read_only"],
        &["text", "programme", "Programme", "Down to Zero", "yes"],
        &["integer", "year", "Year", "", "true()"],
    ];
    let imported = import(common::workbook(&[("survey", survey)]), "fixed.xlsx").unwrap();
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    let q = &imported.questionnaire;
    assert!(q.question("programme").unwrap().read_only);
    // Without a default, nothing to show: said by validate.
    let problems = parse(imported.json.as_bytes()).problems;
    assert!(problems.iter().any(|p| p.to_string().contains("without a default")), "{problems:?}");
    let (at, mut s) = started(q);
    let text = |v: &str| waypost_core::interview::Input::Value(serde_json::json!(v));
    let refused = waypost_core::interview::answer(q, &mut s, "programme", text("Other"), None, at, None).unwrap_err();
    assert!(refused.to_string().contains("read-only"), "{refused}");
    waypost_core::interview::answer(q, &mut s, "programme", text("Down to Zero"), None, at, None).unwrap();
    // Out again: the column and the XForm's bind.
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(q, None).unwrap().bytes).unwrap();
    assert!(xml.contains("nodeset=\"/data/section_1/programme\" type=\"string\" readonly=\"true()\""), "{xml}");
    let again = import(waypost_core::xlsform::export::export(q).unwrap().bytes, "fixed.xlsx").unwrap();
    assert!(again.questionnaire.question("programme").unwrap().read_only);
}

#[test]
fn a_calculation_is_worked_out_shown_where_a_label_names_it_compared_and_sent() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "calculation", "relevant"],
        &["integer", "adults", "Adults", "", ""],
        &["integer", "children", "Children", "", ""],
        &["calculate", "people", "", "${adults} + ${children}", ""],
        &["note", "summary", "${people} people live here", "", ""],
        &["text", "crowded", "Why so many?", "", "${people} > 6"],
        &["calculate", "started", "", "now()", ""],
        &["note", "when", "Started ${started}", "", ""],
    ];
    let imported = import(common::workbook(&[("survey", survey)]), "household.xlsx").unwrap();
    let q = &imported.questionnaire;
    assert!(parse(imported.json.as_bytes()).problems.is_empty(), "{:?}", parse(imported.json.as_bytes()).problems);
    let people = q.question("people").unwrap();
    assert_eq!((people.kind, people.calculation.as_deref()), (Kind::Calculate, Some("${adults} + ${children}")));
    // What waypost cannot work out is left out and said, and so is the label naming it.
    assert!(q.question("started").is_none());
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert!(notes.iter().any(|n| n.starts_with("survey row 7, column D") && n.contains("now")), "{notes:#?}");
    assert!(notes.iter().any(|n| n.starts_with("survey row 8")), "{notes:#?}");
    // In the interview: worked out from the answers, shown in the note, compared by the condition.
    let (at, mut s) = started(q);
    let n = |v: i64| waypost_core::interview::Input::Value(serde_json::json!(v));
    waypost_core::interview::answer(q, &mut s, "adults", n(2), None, at, None).unwrap();
    waypost_core::interview::answer(q, &mut s, "children", n(3), None, at, None).unwrap();
    let summary = waypost_core::session::answer_text::session_prompt(q, q.question("summary").unwrap(), &s);
    assert_eq!(summary, "5 people live here");
    let flow = waypost_core::interview::Flow::new(q, s.answers());
    assert!(!flow.is_visible_id(q, "crowded"), "5 is not more than 6");
    assert!(!flow.is_visible_id(q, "people"), "never a stop of the interview");
    waypost_core::interview::answer(q, &mut s, "children", n(6), None, at, None).unwrap();
    assert!(waypost_core::interview::Flow::new(q, s.answers()).is_visible_id(q, "crowded"));
    // The reports show what it came to.
    let md = waypost_core::report::markdown::markdown(q, &s);
    assert!(md.contains("**people**  \n8\n"), "{md}");
    assert!(waypost_core::report::html::html(q, &s).contains("<h3>people</h3><p>8</p>"));
    // Sent with its value; the XForm works it out too.
    let meta = waypost_core::xlsform::instance::Meta {
        instance_id: "uuid:x".into(),
        deprecated_id: None,
        name: "s".into(),
        version: "1".into(),
    };
    let instance = String::from_utf8(waypost_core::xlsform::instance::instance(q, &s, &meta)).unwrap();
    assert!(instance.contains("<people>8</people>"), "{instance}");
    let xml = String::from_utf8(waypost_core::xlsform::xform::xform(q, None).unwrap().bytes).unwrap();
    assert!(xml.contains("calculate=\" /data/section_1/adults  +  /data/section_1/children \""), "{xml}");
    let again = import(waypost_core::xlsform::export::export(q).unwrap().bytes, "household.xlsx").unwrap();
    assert_eq!(again.questionnaire.question("people").unwrap().calculation, people.calculation);
}

#[test]
fn arithmetic_in_a_condition_becomes_a_calculation_the_condition_compares() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "relevant"],
        &["integer", "adults", "Adults", ""],
        &["integer", "children", "Children", ""],
        &["text", "crowded", "Why so many?", "${adults} + ${children} * 2 > 6 and ${adults} > 0"],
        &["text", "own", "Own", ". + 1 > 2"],
    ];
    let imported = import(common::workbook(&[("survey", survey)]), "crowded.xlsx").unwrap();
    let q = &imported.questionnaire;
    assert!(parse(imported.json.as_bytes()).problems.is_empty(), "{:?}", parse(imported.json.as_bytes()).problems);
    let ids: Vec<&str> = q.sections[0].questions.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["adults", "children", "calculation_1", "crowded", "own"]);
    let made = q.question("calculation_1").unwrap();
    assert_eq!(made.calculation.as_deref(), Some("${adults} + ${children} * 2"));
    let (at, mut s) = started(q);
    let n = |v: i64| waypost_core::interview::Input::Value(serde_json::json!(v));
    waypost_core::interview::answer(q, &mut s, "adults", n(2), None, at, None).unwrap();
    waypost_core::interview::answer(q, &mut s, "children", n(3), None, at, None).unwrap();
    assert!(waypost_core::interview::Flow::new(q, s.answers()).is_visible_id(q, "crowded"), "2 + 3 * 2 > 6");
    waypost_core::interview::answer(q, &mut s, "children", n(2), None, at, None).unwrap();
    assert!(!waypost_core::interview::Flow::new(q, s.answers()).is_visible_id(q, "crowded"), "2 + 2 * 2 = 6");
    // Arithmetic on a question's own answer has no place before it: noted, left out.
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert!(notes.iter().any(|n| n.starts_with("survey row 5, column D")), "{notes:#?}");
}

#[test]
fn crafted_calculations_filters_and_arithmetic_are_noted_short_never_followed_down() {
    // Each within a cell's 32,767 characters.
    let chain = vec!["${n}"; 4_000].join(" + ");
    let deep = format!("{}cf = ${{n}}{}", "(".repeat(5_000), ")".repeat(5_000));
    let long = format!("${{n}} {}> 3", "+ 1 ".repeat(7_000));
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "calculation", "choice_filter", "relevant"],
        &["integer", "n", "N", "", "", ""],
        &["calculate", "big", "", &chain, "", ""],
        &["select_one l", "pick", "Pick", "", &deep, ""],
        &["text", "t", "T", "", "", &long],
    ];
    let choices: &[&[&str]] = &[&["list_name", "name", "label", "cf"], &["l", "a", "A", "0"], &["l", "b", "B", "1"]];
    let imported = import(common::workbook(&[("survey", survey), ("choices", choices)]), "crafted.xlsx").unwrap();
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert!(notes.iter().all(|n| n.chars().count() < 600), "each note quotes a start, not the whole: {notes:#?}");
    assert!(imported.questionnaire.question("big").is_none());
}
