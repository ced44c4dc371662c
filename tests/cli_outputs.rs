//! Whole outputs of the command line as snapshots: standard output, standard error and the exit
//! code together, with the temporary data folder's path filtered out. Sessions are made with
//! fixed times, so every byte else is the same on every run.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::json;
use waypost_core::interview::{Input, answer, note};
use waypost_core::questionnaire::Catalog;
use waypost_core::session::{QuestionnaireRef, Session, Subject};
use waypost_core::store::{FileStore, Store};

fn at(s: &str) -> waypost_core::session::Timestamp {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// Runs waypost on a data folder; its exit code, standard output and standard error as one text.
fn run(data: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_waypost"))
        .env("WAYPOST_LANG", "en")
        .args(args)
        .env("WAYPOST_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().map_or("signal".into(), |c| c.to_string()),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Snapshots an output with the data folder's path replaced by `[DATA]`.
macro_rules! snapshot {
    ($data:expr, $output:expr) => {
        let path = regex_escape(&$data.display().to_string());
        insta::with_settings!({filters => vec![(path.as_str(), "[DATA]")]}, {
            insta::assert_snapshot!($output);
        });
    };
}

fn regex_escape(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '/' { c.to_string() } else { format!("\\{c}") }).collect()
}

/// Two CSR self-assessments of Acme Hotels a year apart, with a note and a warning overridden.
fn two_sessions(data: &Path) -> (String, String) {
    let catalog = Catalog::load(&[]);
    let q = &catalog.get("csr-self-assessment").unwrap().questionnaire;
    let store = FileStore::new(data);
    let mut ids = Vec::new();
    for (id, when, plan) in [
        ("20251128-0930-csr-self-assessment-acme-hotels", "2025-11-28T09:30:00+01:00", "no"),
        ("20261128-0930-csr-self-assessment-acme-hotels", "2026-11-28T09:30:00+01:00", "partly"),
    ] {
        let subject = Subject { organisation: "Acme Hotels".into(), facilitator: "Ana".into(), ..Subject::default() };
        let t = at(when);
        let mut s = Session::new(id.into(), QuestionnaireRef::of(q), "en".into(), subject, t);
        answer(q, &mut s, "sector", Input::Value(json!("tourism")), None, t, None).unwrap();
        answer(q, &mut s, "costs_known", Input::Value(json!(plan)), None, t, None).unwrap();
        answer(q, &mut s, "cp_policy", Input::Value(json!("in_place")), None, t, None).unwrap();
        note(q, &mut s, "cp_policy", "HR will send the policy", t).unwrap();
        store.create(&s).unwrap();
        ids.push(s.id);
    }
    (ids.remove(0), ids.remove(0))
}

#[test]
fn list_show_export_compare_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let (before, after) = two_sessions(data);
    snapshot!(data, run(data, &["list"]));
    snapshot!(data, run(data, &["show", &after]));
    snapshot!(data, run(data, &["export", &after, "--format", "md"]));
    snapshot!(data, run(data, &["export", &after, "--format", "csv"]));
    // Given later one first: compared in date order, and said so.
    snapshot!(data, run(data, &["compare", &after, &before]));
    snapshot!(data, run(data, &["report", "--questionnaire", "csr-self-assessment", "--format", "csv"]));
}

#[test]
fn questionnaires_and_validate() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    snapshot!(data, run(data, &["questionnaires"]));
    let bad = data.join("bad.json");
    std::fs::write(&bad, "{\n  \"format\": 1,\n  \"id\": \"x\",,\n}").unwrap();
    snapshot!(data, run(data, &["validate", bad.to_str().unwrap()]));
}

#[test]
fn errors_are_one_clean_line_with_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    snapshot!(data, run(data, &["show", "no-such-session"]));
    snapshot!(data, run(data, &["show", "../etc/passwd"]));
    snapshot!(data, run(data, &["--plain"]));
    snapshot!(data, run(data, &["new", "no-such-questionnaire", "--organisation", "Acme"]));
    snapshot!(data, run(data, &["report", "--questionnaire", "nope"]));
    snapshot!(data, run(data, &["list", "--status", "maybe"]));
    snapshot!(data, run(data, &["show", "a", "--jsn\u{1b}]0;owned\u{7}"]));
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    two_sessions(data);
    // The reader closes the pipe at once, as `waypost completions bash | head -1` does.
    let mut child = Command::new(env!("CARGO_BIN_EXE_waypost"))
        .env("WAYPOST_LANG", "en")
        .args(["completions", "bash"])
        .env("WAYPOST_DATA_DIR", data)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "", "nothing is said about the closed pipe");
}

#[test]
fn the_command_line_speaks_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let spanish = |args: &[&str], env: (&str, &str)| -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_waypost"))
            .args(args)
            .env("WAYPOST_DATA_DIR", dir.path())
            .env_remove("WAYPOST_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env(env.0, env.1)
            .output()
            .unwrap();
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    };
    let builtins = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/partner-screening.json");
    let file = builtins.to_str().unwrap();
    assert!(
        spanish(&["validate", file], ("WAYPOST_LANG", "es"))
            .contains("1 archivo revisado: 0 con problemas (0 errores, 0 advertencias)")
    );
    assert!(spanish(&["list"], ("LANG", "es_PE.UTF-8")).contains("Todavía no hay sesiones"), "the locale counts too");
    assert!(
        spanish(&["list"], ("LANG", "fr_FR.UTF-8")).contains("No sessions yet"),
        "an unknown language falls back to English"
    );
    let help = spanish(&["export", "--help"], ("LANG", "es_BO.UTF-8"));
    assert!(
        help.starts_with("Exportar una sesión")
            && help.contains("Uso: waypost export [OPCIONES] --format <FORMATO> <SESIÓN>"),
        "{help}"
    );
    assert!(help.contains("Argumentos:") && help.contains("Opciones:") && help.contains("-h, --help"), "{help}");
    let said = spanish(&["shw"], ("WAYPOST_LANG", "es"));
    assert!(said.starts_with("waypost: error: comando desconocido \"shw\"; ¿quiso decir \"show\"?"), "{said}");
    assert!(said.contains("Para más información, pruebe 'waypost --help'."), "{said}");
}

#[test]
fn the_agenda_of_a_workshop_and_of_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    std::fs::create_dir_all(data.join("questionnaires")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop/workshop.json");
    std::fs::copy(&fixture, data.join("questionnaires/workshop.json")).unwrap();
    snapshot!(data, run(data, &["agenda", "partner-workshop"]));
    let catalog = Catalog::load(&[data.join("questionnaires")]);
    let q = &catalog.get("partner-workshop").unwrap().questionnaire;
    let subject = Subject { organisation: "Hotel Sol".into(), ..Subject::default() };
    let mut s = Session::new(
        "20261128-0930-partner-workshop-hotel-sol".into(),
        QuestionnaireRef::of(q),
        "es".into(),
        subject,
        at("2026-11-28T09:30:00+01:00"),
    );
    s.spent.insert("opening".into(), 14 * 60);
    s.spent.insert("priorities".into(), 29 * 60);
    FileStore::new(data).create(&s).unwrap();
    // A session's agenda is in the session's language, with the time it spent.
    snapshot!(data, run(data, &["agenda", &s.id]));
    let page = data.join("agenda.html");
    let out = run(data, &["agenda", &s.id, "--format", "html", "-o", page.to_str().unwrap()]);
    assert!(out.starts_with("exit: 0"), "{out}");
    assert!(std::fs::read_to_string(&page).unwrap().contains("<td>+4 min</td>"));
    snapshot!(data, run(data, &["agenda", "no-such-workshop"]));
    // Every built-in plans its time: the grid's sections add up to the hour it states.
    let out = run(data, &["agenda", "stakeholder-grid"]);
    assert!(out.contains("| Total |  | 60 min |"), "{out}");
}

#[test]
fn in_spanish_the_tables_speak_spanish_and_a_filter_that_leaves_nothing_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    two_sessions(&data);
    let spanish = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_waypost"))
            .env("WAYPOST_LANG", "es")
            .args(args)
            .env("WAYPOST_DATA_DIR", &data)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let listed = spanish(&["list"]);
    let questionnaires = spanish(&["questionnaires"]);
    for english in ["UPDATED", "STATUS", "DONE", "ORGANISATION", "in_progress", "completed", "in progress"] {
        assert!(!listed.contains(english), "{english} in: {listed}");
    }
    for english in ["VERSION", "TITLE", "FROM", "built-in"] {
        assert!(!questionnaires.contains(english), "{english} in: {questionnaires}");
    }
    assert!(listed.contains("ACTUALIZADA") && listed.contains("ORGANIZACIÓN"), "{listed}");
    // Ids are never cut, as other commands take them; scripts have --json.
    assert!(questionnaires.contains("code-implementation-check "), "{questionnaires}");
    let json: serde_json::Value = serde_json::from_str(&spanish(&["questionnaires", "--json"])).unwrap();
    assert!(json.as_array().unwrap().iter().any(|q| q["id"] == "code-implementation-check"));
    assert_eq!(
        spanish(&["list", "--questionnaire", "learning-review"]),
        "Ninguna sesión coincide con estos filtros.\n"
    );
}

#[test]
fn in_spanish_show_agenda_and_usage_errors_leave_no_english_word_of_the_interface() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let spanish = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_waypost"))
            .env("WAYPOST_LANG", "es")
            .env("WAYPOST_DATA_DIR", &data)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    };
    // A session started in Spanish (plain mode, nothing answered).
    spanish(&["new", "--plain", "partner-screening", "--organisation", "Minera Andina", "--facilitator", "Ana"]);
    let id = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .find_map(|n| n.strip_suffix(".json").filter(|_| !n.starts_with('.')).map(str::to_owned))
        .expect("a session");
    let outputs = [
        spanish(&["show", &id]),
        spanish(&["agenda", "partner-screening"]),
        spanish(&["agenda", &id]),
        spanish(&["show"]),
        spanish(&["list", "--status", "bogus"]),
        spanish(&["shw"]),
    ];
    let english = [
        "  session",
        "  questionnaire",
        "organisation",
        "facilitator",
        "  status",
        "updated",
        "Section",
        "Starts",
        "Planned",
        "Usage",
        "error: missing",
        "missing",
        "For more information",
        "note:",
        "in progress",
        "answered",
    ];
    for out in &outputs {
        for word in english {
            assert!(!out.contains(word), "{word:?} in:\n{out}");
        }
    }
    assert!(outputs[0].contains("Minera Andina") && outputs[3].contains("Uso:"), "{outputs:#?}");
}
