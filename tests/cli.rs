//! The command line on temporary data folders: exit codes, output, and the JSON shapes.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};
use waypost_core::interview::{Input, answer};
use waypost_core::questionnaire::Catalog;
use waypost_core::session::{QuestionnaireRef, Session, Subject};
use waypost_core::store::{FileStore, Store};

fn waypost(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waypost"))
        .env("WAYPOST_LANG", "en")
        .args(args)
        .env("WAYPOST_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn at(s: &str) -> waypost_core::session::Timestamp {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// Saves a CSR self-assessment with a few answers; returns its id.
fn csr_session(data: &Path, id: &str, org: &str, updated: &str) -> String {
    let catalog = Catalog::load(&[]);
    let q = &catalog.get("csr-self-assessment").unwrap().questionnaire;
    let qref = QuestionnaireRef::of(q);
    let subject = Subject { organisation: org.into(), facilitator: "Ana".into(), ..Subject::default() };
    let mut s = Session::new(id.into(), qref, "en".into(), subject, at("2026-11-28T09:30:00+01:00"));
    let t = at(updated);
    answer(q, &mut s, "sector", Input::Value(json!("tourism")), None, t, None).unwrap();
    answer(q, &mut s, "costs_known", Input::Value(json!("partly")), None, t, None).unwrap();
    answer(q, &mut s, "cp_policy", Input::Value(json!("in_place")), None, t, None).unwrap();
    answer(q, &mut s, "management", Input::Value(json!("not_involved")), None, t, None).unwrap();
    answer(q, &mut s, "policy_board", Input::Value(json!("yes")), None, t, None).unwrap();
    FileStore::new(data).create(&s).unwrap();
    s.id
}

#[test]
fn questionnaires_lists_the_built_ins() {
    let dir = tempfile::tempdir().unwrap();
    let out = waypost(dir.path(), &["questionnaires"]);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("csr-self-assessment") && stdout.contains("learning-review"), "{stdout}");
    assert!(stdout.contains("built-in csr-self-assessment.json"), "{stdout}");
}

#[test]
fn a_user_file_overrides_a_built_in_and_a_bad_one_does_not_stop_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("questionnaires");
    std::fs::create_dir_all(&own).unwrap();
    let mut lr: Value = serde_json::from_str(include_str!("../questionnaires/learning-review.json")).unwrap();
    lr["version"] = json!("9.9.9");
    std::fs::write(own.join("my-review.json"), lr.to_string()).unwrap();
    std::fs::write(own.join("broken.json"), "{\"format\": 1,\n \"id\": }").unwrap();
    let out = waypost(dir.path(), &["questionnaires"]);
    assert!(out.status.success());
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(stdout.contains("9.9.9") && stdout.contains("my-review.json"), "{stdout}");
    assert!(stdout.contains("csr-self-assessment"), "{stdout}");
    assert!(stderr.contains("overrides built-in learning-review.json"), "{stderr}");
    assert!(stderr.contains("broken.json") && stderr.contains("2:8"), "{stderr}");
    // Said where questionnaires are listed or used, not by every command.
    let out = waypost(dir.path(), &["list"]);
    assert!(out.status.success() && !text(&out.stderr).contains("overrides"), "{}", text(&out.stderr));
}

#[test]
fn validate_reports_every_problem_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let out = waypost(dir.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("learning-review.json (built-in): ok"));

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\n  \"format\": 1,\n  \"id\": \"x\",,\n}").unwrap();
    let mut doc: Value = serde_json::from_str(include_str!("fixtures/example.json")).unwrap();
    doc["sections"][0]["questions"][2]["show_if"]["answer"] = json!("sectr");
    let semantic = dir.path().join("semantic.json");
    std::fs::write(&semantic, doc.to_string()).unwrap();
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example.json");
    let out =
        waypost(dir.path(), &["validate", bad.to_str().unwrap(), semantic.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains(&format!("{}:3:13: expected a field name in quotes", bad.display())), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "{}:1:1073: sections[0].questions[2].show_if.answer: unknown question \"sectr\" (did you mean \"sector\"?)",
            semantic.display()
        )),
        "{stdout}"
    );
    assert!(stdout.contains("example.json: ok"), "{stdout}");
    assert!(text(&out.stderr).contains("3 files checked: 2 with problems"), "{}", text(&out.stderr));
}

#[test]
fn list_is_newest_first_with_filters_and_damaged_files_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let out = waypost(dir.path(), &["list"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("No sessions yet"));
    csr_session(dir.path(), "20261101-0900-csr-self-assessment-old", "Old Co", "2026-11-01T09:00:00+01:00");
    csr_session(dir.path(), "20261128-0930-csr-self-assessment-acme", "Acme Hotels", "2026-11-28T10:00:00+01:00");
    std::fs::write(dir.path().join("sessions/20261127-0000-broken.json"), "{\"format\": 1, \"id\"").unwrap();
    let out = waypost(dir.path(), &["list", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["20261128-0930-csr-self-assessment-acme", "20261101-0900-csr-self-assessment-old"]);
    let row = &rows[0];
    assert_eq!(row["questionnaire"], json!({"id": "csr-self-assessment", "version": "2.0.0"}));
    assert_eq!(row["organisation"], "Acme Hotels");
    assert_eq!(row["status"], "in_progress");
    assert_eq!(row["answered"], 5);
    assert!(row["total"].as_u64().unwrap() > 5);
    let stderr = text(&out.stderr);
    assert!(stderr.contains("20261127-0000-broken.json") && stderr.contains("line 1"), "{stderr}");
    let out = waypost(dir.path(), &["list", "--status", "completed", "--json"]);
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), json!([]));
    let out = waypost(dir.path(), &["list", "--questionnaire", "learning-review", "--json"]);
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), json!([]));
    let out = waypost(dir.path(), &["list"]);
    assert!(text(&out.stdout).contains("Acme Hotels"));
}

#[test]
fn show_prints_scores_and_exit_codes_name_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let id =
        csr_session(dir.path(), "20261128-0930-csr-self-assessment-acme", "Acme Hotels", "2026-11-28T10:00:00+01:00");
    let out = waypost(dir.path(), &["show", &id]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Acme Hotels") && stdout.contains("Commitment and governance"), "{stdout}");
    // Commitment: cp_policy in place 7.5, board yes 10, management 0 → 5.8
    assert!(stdout.contains("5.8") && stdout.contains("Largely in place"), "{stdout}");
    assert!(stdout.contains("Suggested actions") && stdout.contains("Involve top management"), "{stdout}");
    let out = waypost(dir.path(), &["show", &id, "--json"]);
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["scores"]["sections"][0]["id"], "commitment");
    assert_eq!(summary["answered"], 5);

    let out = waypost(dir.path(), &["show", "no-such-session"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no session \"no-such-session\""));
    let out = waypost(dir.path(), &["show", "../etc/passwd"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not a valid session id"));
    let out = waypost(dir.path(), &["show"]);
    assert_eq!(out.status.code(), Some(2));
    let out = waypost(dir.path(), &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_json_md_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let id = csr_session(
        dir.path(),
        "20261128-0930-csr-self-assessment-acme",
        "Acme <b>Hotels</b>",
        "2026-11-28T10:00:00+01:00",
    );
    let file = std::fs::read(dir.path().join(format!("sessions/{id}.json"))).unwrap();
    let out = waypost(dir.path(), &["export", &id, "--format", "json"]);
    assert!(out.status.success());
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), serde_json::from_slice::<Value>(&file).unwrap());

    let out = waypost(dir.path(), &["export", &id, "--format", "md"]);
    let md = text(&out.stdout);
    assert!(md.contains("# CSR self-assessment: child protection — Acme &lt;b&gt;Hotels&lt;/b&gt;"), "{md}");
    assert!(md.contains("| Commitment and governance | 5.8 | Largely in place |"), "{md}");

    let target = dir.path().join("out.csv");
    let out = waypost(dir.path(), &["export", &id, "--format", "csv", "-o", target.to_str().unwrap()]);
    assert!(out.status.success());
    let mut reader = csv::Reader::from_path(&target).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>()[..5],
        ["session_id", "organisation", "section", "question_id", "prompt"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    let sector = rows.iter().find(|r| &r[3] == "sector").unwrap();
    assert_eq!((&sector[7], &sector[8]), ("tourism", "Travel and tourism"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // For Excel: the same rows after a UTF-8 byte-order mark, which a CSV reader skips.
    let excel = dir.path().join("excel.csv");
    let out = waypost(dir.path(), &["export", &id, "--format", "csv", "--excel", "-o", excel.to_str().unwrap()]);
    assert!(out.status.success());
    let bytes = std::fs::read(&excel).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    assert!(!std::fs::read(&target).unwrap().starts_with("\u{feff}".as_bytes()), "only with --excel");
    let mut reader = csv::Reader::from_path(&excel).unwrap();
    assert_eq!(&reader.headers().unwrap()[0], "session_id");
    assert_eq!(reader.records().count(), 5);
}

#[test]
fn completions_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let out = waypost(dir.path(), &["completions", "bash"]);
    assert!(out.status.success() && text(&out.stdout).contains("_waypost"));
    for cmd in ["new", "resume", "questionnaires", "list", "show", "export", "validate", "completions"] {
        let out = waypost(dir.path(), &[cmd, "--help"]);
        assert!(out.status.success(), "{cmd} --help");
        assert!(text(&out.stdout).contains(&format!("Usage: waypost {cmd}")), "{cmd}");
        let out = waypost(dir.path(), &["help", cmd]);
        assert!(text(&out.stdout).contains(&format!("Usage: waypost {cmd}")), "help {cmd}");
    }
}

#[test]
fn export_html_compare_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let a =
        csr_session(dir.path(), "20251128-0930-csr-self-assessment-acme", "Acme Hotels", "2025-11-28T10:00:00+01:00");
    let b =
        csr_session(dir.path(), "20261128-0930-csr-self-assessment-acme", "Acme Hotels", "2026-11-28T10:00:00+01:00");
    let out = waypost(dir.path(), &["export", &a, "--format", "html"]);
    assert!(out.status.success());
    let page = text(&out.stdout);
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<svg"), "{page}");

    let out = waypost(dir.path(), &["compare", &a, &b]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("## Changed answers (0)"), "{}", text(&out.stdout));
    let out = waypost(dir.path(), &["compare", &a, &b, "--format", "html"]);
    assert!(text(&out.stdout).contains("<h2>Scores</h2>"));

    let grid = dir.path().join("sessions/other.json");
    let mut other: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join(format!("sessions/{a}.json"))).unwrap()).unwrap();
    other["id"] = json!("other");
    other["questionnaire"]["id"] = json!("learning-review");
    std::fs::write(&grid, other.to_string()).unwrap();
    let out = waypost(dir.path(), &["compare", &a, "other"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("different questionnaires"), "{}", text(&out.stderr));

    let out = waypost(
        dir.path(),
        &["report", "--questionnaire", "csr-self-assessment", "--organisation", "acme hotels", "--format", "csv"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let tourism = rows.iter().find(|r| &r[1] == "sector" && &r[5] == "Travel and tourism").unwrap();
    assert_eq!(&tourism[6], "2");
    let out = waypost(dir.path(), &["report", "--questionnaire", "csr-self-assessment"]);
    assert!(text(&out.stdout).contains("— 2 sessions"), "{}", text(&out.stdout));
    let out = waypost(dir.path(), &["report", "--questionnaire", "nope"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn plain_mode_asks_line_by_line_and_saves_each_answer() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_waypost"))
        .env("WAYPOST_LANG", "en")
        .args(["--plain", "new", "partner-screening", "--organisation", "Smoky Ltd", "--facilitator", "Ana"])
        .env("WAYPOST_DATA_DIR", dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let script = "Smoky Ltd\n5\n\x1b[31mTobacco\n1\n\nHQ\n1\n1,2,3\n1\n1\nMakes cigarettes\n.\n\n\n\n\n\n\n\n1\nGo is our call\n\x1b[31mTobacco\n.\n:q\n";
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("What is the engagement for?") && stdout.contains("  1. Funding for our work"), "{stdout}");
    assert!(stdout.contains("Warning: The company falls under one of your policy's exclusions"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "no escape sequence reaches the terminal");
    let file = std::fs::read_dir(dir.path().join("sessions")).unwrap().next().unwrap().unwrap().path();
    let saved: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(saved["answers"]["exclusions"]["value"], json!(["tobacco", "alcohol", "weapons"]));
    assert_eq!(
        saved["answers"]["sector_other"]["value"], "\u{1b}[31mTobacco",
        "stored as typed, cleaned only on screen"
    );
    assert_eq!(saved["answers"]["result"]["value"], "go");
    assert_eq!(saved["answers"]["result"]["override"], "Go is our call");
}

#[test]
fn a_po_export_imported_back_gives_the_same_json_for_every_built_in() {
    let dir = tempfile::tempdir().unwrap();
    for (name, original) in waypost_core::questionnaire::catalog::BUILT_IN {
        let id = name.trim_end_matches(".json");
        let po = dir.path().join(format!("{id}.es.po"));
        let out = waypost(dir.path(), &["translate", "export", id, "--language", "es", "-o", po.to_str().unwrap()]);
        assert!(out.status.success(), "{id}: {}", text(&out.stderr));
        let po_text = std::fs::read_to_string(&po).unwrap();
        assert!(po_text.contains("Language: es") && po_text.contains("msgctxt \"sections[0].title\""), "{po_text}");
        let back = dir.path().join(format!("{id}.json"));
        let out = waypost(dir.path(), &["translate", "import", po.to_str().unwrap(), "-o", back.to_str().unwrap()]);
        assert!(out.status.success(), "{id}: {}", text(&out.stderr));
        assert_eq!(std::fs::read_to_string(&back).unwrap(), *original, "{id}: the same file, byte for byte");
        assert!(text(&out.stderr).contains("nothing left to do"), "{}", text(&out.stderr));
    }
}

#[test]
fn a_new_language_comes_in_through_a_po_file_and_what_is_left_is_named_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let out = waypost(dir.path(), &["translate", "export", "partner-screening", "--language", "fr"]);
    assert!(out.status.success());
    let po = text(&out.stdout).replacen(
        "msgid \"Partner screening\"\nmsgstr \"\"",
        "msgid \"Partner screening\"\nmsgstr \"Évaluation préalable d'une entreprise\"",
        1,
    );
    let file = dir.path().join("fr.po");
    std::fs::write(&file, po).unwrap();
    let json = dir.path().join("partner-screening.json");
    let out = waypost(dir.path(), &["translate", "import", file.to_str().unwrap(), "-o", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("fr.po: sections[0].questions[0].prompt: not translated yet"), "{stderr}");
    assert!(stderr.contains("1 translation into fr applied"), "{stderr}");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(doc["languages"], json!(["en", "es", "pt-BR", "fr"]));
    assert_eq!(doc["title"]["fr"], "Évaluation préalable d'une entreprise");
    // The result is a questionnaire waypost reads, the missing French reported as warnings.
    let out = waypost(dir.path(), &["validate", json.to_str().unwrap()]);
    assert!(text(&out.stdout).contains("no text in language \"fr\""), "{}", text(&out.stdout));
}

#[test]
fn translating_into_the_source_language_or_from_a_broken_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = waypost(dir.path(), &["translate", "export", "partner-screening", "--language", "en"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("is the language the questionnaire is written in"), "{}", text(&out.stderr));
    let file = dir.path().join("broken.po");
    std::fs::write(&file, "msgid \"unclosed\nmsgstr").unwrap();
    let out = waypost(dir.path(), &["translate", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("broken.po"), "names the file: {}", text(&out.stderr));
}

#[test]
fn a_dash_as_the_output_means_standard_output_and_no_file_named_dash() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path().join("here");
    std::fs::create_dir(&cwd).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_waypost"))
            .current_dir(&cwd)
            .env("WAYPOST_LANG", "en")
            .env("WAYPOST_DATA_DIR", dir.path().join("data"))
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["agenda", "partner-screening", "--format", "html", "-o", "-"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("<html"), "{}", text(&out.stdout));
    let out = run(&["export-form", "partner-screening", "-o", "-"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.starts_with(b"PK"), "the workbook's bytes");
    let out = run(&["translate", "export", "partner-screening", "--language", "fr", "-o", "-"]);
    assert!(text(&out.stdout).contains("msgid \"Partner screening\""), "{}", text(&out.stdout));
    assert_eq!(std::fs::read_dir(&cwd).unwrap().count(), 0, "nothing written where the command ran");
}

#[test]
fn the_interface_s_language_is_given_before_the_command_and_the_interview_s_on_new() {
    let dir = tempfile::tempdir().unwrap();
    // Before the command: the help itself is in it.
    let out = waypost(dir.path(), &["--language", "pt-BR", "--help"]);
    assert!(text(&out.stdout).contains("Uso: waypost [OPÇÕES] [COMANDO]"), "{}", text(&out.stdout));
    // The interface in Portuguese, the questions in Spanish as asked: no word of a fallback.
    let args = ["--language", "pt-BR", "--plain", "new", "partner-screening", "--language", "es"];
    let out = Command::new(env!("CARGO_BIN_EXE_waypost"))
        .env("WAYPOST_LANG", "en")
        .args(args)
        .args(["--organisation", "Acme", "--facilitator", "Ana"])
        .env("WAYPOST_DATA_DIR", dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Comandos: :b voltar") && stdout.contains("¿De qué empresa se trata?"), "{stdout}");
    assert!(!stdout.contains("não está escrito"), "{stdout}");
    // A language the interface does not speak is said, and the command goes on in the next one.
    let out = waypost(dir.path(), &["--language", "fr", "list"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(r#"the interface does not speak "fr" yet: it speaks English"#),
        "{}",
        text(&out.stderr)
    );
    // A language that is no tag is refused before anything is asked.
    let out = waypost(dir.path(), &["--language", "../x", "list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not a language tag"), "{}", text(&out.stderr));
}
