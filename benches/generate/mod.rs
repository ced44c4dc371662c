//! Generators of large questionnaires, sessions and session folders for the benchmarks.

use serde_json::{Value, json};
use waypost_core::questionnaire::{Questionnaire, parse};
use waypost_core::session::{Event, EventKind, QuestionnaireRef, Session, Subject};

/// A questionnaire of `n` questions in sections of 50: scored single choices, multi-selects,
/// numbers, texts and dates, every tenth question shown only for some answer of an earlier one,
/// soft warnings, and one list question (`people`) with four fields.
pub(crate) fn questionnaire_json(n: usize) -> Vec<u8> {
    let mut sections = Vec::new();
    let mut questions = Vec::new();
    for i in 0..n {
        let id = format!("q{i}");
        let mut q = match i % 5 {
            0 => {
                json!({"id": id, "kind": "single", "prompt": format!("Question {i}: how far along is it?"), "choices": "status",
                        "help": "Guidance §1.1 Prepare", "allow": ["not_applicable"]})
            }
            1 => json!({"id": id, "kind": "multi", "prompt": format!("Question {i}: which apply?"),
                        "choices": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}, {"value": "c", "label": "C"}]}),
            2 => {
                json!({"id": id, "kind": "number", "prompt": format!("Question {i}: how many?"), "min": 0, "max": 100000, "integer": true,
                        "warn_if": {"when": {"answer": id, "at_least": 5000}, "message": "That is a lot."}})
            }
            3 => {
                json!({"id": id, "kind": "text", "prompt": format!("Question {i}: describe it."), "multiline": true, "max_length": 4000})
            }
            _ => json!({"id": id, "kind": "date", "prompt": format!("Question {i}: since when?")}),
        };
        if i % 10 == 6 {
            q["show_if"] = json!({"answer": format!("q{}", i - 1 - (i - 1) % 5), "at_least": 1});
        }
        questions.push(q);
        if questions.len() == 50 || i + 1 == n {
            sections.push(json!({"id": format!("s{}", sections.len()), "title": format!("Section {}", sections.len()),
                                 "questions": std::mem::take(&mut questions)}));
        }
    }
    sections[0]["questions"].as_array_mut().unwrap().insert(0, json!({
        "id": "people", "kind": "list", "prompt": "Who is involved?", "item_label": "person",
        "fields": [
            {"id": "name", "kind": "text", "prompt": "Name", "required": true},
            {"id": "power", "kind": "single", "prompt": "Power", "choices": [{"value": "low", "label": "Low", "score": 0}, {"value": "high", "label": "High", "score": 1}]},
            {"id": "commitment", "kind": "single", "prompt": "Commitment", "choices": [{"value": "low", "label": "Low", "score": 0}, {"value": "high", "label": "High", "score": 1}]},
            {"id": "next", "kind": "text", "prompt": "Next step", "show_if": {"answer": "power", "equals": "high"}}
        ]}));
    let doc = json!({
        "format": 1, "id": "big", "version": "1.0.0", "title": "A big questionnaire",
        "choice_sets": {"status": [
            {"value": "0", "label": "Not started", "score": 0}, {"value": "1", "label": "Planned", "score": 1},
            {"value": "2", "label": "In progress", "score": 2}, {"value": "3", "label": "In place", "score": 3},
            {"value": "4", "label": "Monitored", "score": 4}]},
        "scoring": {"bands": [{"label": "Low", "max": 5}, {"label": "High", "max": 10}]},
        "sections": sections,
        "views": [{"kind": "grid", "list": "people", "x": "commitment", "y": "power",
                   "quadrants": {"high_high": "Key", "high_low": "Allies", "low_high": "Persuade", "low_low": "Monitor"}}]
    });
    serde_json::to_vec_pretty(&doc).unwrap()
}

/// The generated questionnaire, parsed.
pub(crate) fn questionnaire(n: usize) -> Questionnaire {
    let parsed = parse(&questionnaire_json(n));
    assert!(parsed.problems.iter().all(|p| !p.is_error()), "{:?}", parsed.problems);
    parsed.questionnaire.unwrap()
}

/// A session of the generated questionnaire with every question answered, `items` people in the
/// list, and `events` events in the audit trail.
pub(crate) fn session(q: &Questionnaire, id: &str, items: usize, events: usize) -> Session {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
    let qref = QuestionnaireRef::of(q);
    let subject =
        Subject { organisation: format!("Organisation {id}"), facilitator: "Ana".into(), ..Default::default() };
    let started = Session::new(id.into(), qref, "en".into(), subject, at);
    // Answers change only through the interview engine; a generated session is written as the
    // file it would be, then read like one.
    let mut answers = serde_json::Map::new();
    for (_, question) in q.places() {
        let value = match question.kind {
            waypost_core::questionnaire::Kind::Single => json!("2"),
            waypost_core::questionnaire::Kind::Multi => json!(["a", "c"]),
            waypost_core::questionnaire::Kind::Number => json!(42),
            waypost_core::questionnaire::Kind::Text => json!("A few words about how this went, as typed in a workshop."),
            waypost_core::questionnaire::Kind::Date => json!("2026-11-28"),
            waypost_core::questionnaire::Kind::Time => json!("14:30"),
            waypost_core::questionnaire::Kind::DateTime => json!("2026-11-28T14:30"),
            waypost_core::questionnaire::Kind::List => Value::Array(
                (0..items)
                    .map(|i| json!({"name": format!("Person {i}"), "power": if i % 2 == 0 { "high" } else { "low" }, "commitment": "high", "next": "Call"}))
                    .collect(),
            ),
            waypost_core::questionnaire::Kind::Note | waypost_core::questionnaire::Kind::Calculate => continue,
        };
        answers.insert(question.id.clone(), json!({"value": value, "answered_at": at}));
    }
    let ids: Vec<String> = answers.keys().cloned().collect();
    let events: Vec<Value> = (0..events)
        .map(|i| {
            let event = Event {
                at,
                question: Some(ids[i % ids.len()].clone()),
                action: EventKind::Answered,
                from: Value::Null,
                to: json!("2"),
                seconds: Some(3.5),
                extra: Default::default(),
            };
            serde_json::to_value(event).unwrap()
        })
        .collect();
    let mut file = serde_json::to_value(&started).unwrap();
    file["answers"] = Value::Object(answers);
    file["events"] = Value::Array(events);
    serde_json::from_value(file).unwrap()
}

/// Fills a store with `n` CSR self-assessments of different organisations, four answers each.
pub(crate) fn csr_folder(store: &waypost_core::store::FileStore, n: usize) {
    csr_sessions(store, 0..n, None);
}

/// Fills a store with the CSR self-assessments numbered `range`, four answers each; with a
/// sender, each as `waypost pull` keeps a session of the team's (its `origin` set).
pub(crate) fn csr_sessions(
    store: &waypost_core::store::FileStore,
    range: std::ops::Range<usize>,
    sender: Option<&str>,
) {
    use waypost_core::store::Store;
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    let q = &catalog.get("csr-self-assessment").unwrap().questionnaire;
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
    for i in range {
        let qref = QuestionnaireRef::of(q);
        let subject = Subject { organisation: format!("Organisation {i}"), ..Default::default() };
        let mut s = Session::new(format!("s-{i:05}"), qref, "en".into(), subject, at);
        for (id, v) in
            [("sector", "tourism"), ("staff_size", "small"), ("code_member", "yes"), ("cp_policy", "in_place")]
        {
            waypost_core::interview::answer(
                q,
                &mut s,
                id,
                waypost_core::interview::Input::Value(json!(v)),
                None,
                at,
                Some(2.0),
            )
            .unwrap();
        }
        if let Some(sender) = sender {
            let instance = format!("uuid:0193c1a2-0000-7000-8000-{i:012x}");
            s.origin = Some(waypost_core::session::Origin {
                server: "https://central.example.org".into(),
                project: 1,
                form: "csr_self_assessment".into(),
                submission: instance.clone(),
                version: instance,
                submitter: sender.into(),
                device: None,
                review_state: None,
                submitted_at: at,
                pulled_at: at,
                versions: Vec::new(),
                from_instance: false,
                unread: None,
                extra: serde_json::Map::new(),
            });
        }
        store.create(&s).unwrap();
    }
}

/// A learning review as a laptop sends it to the team's server: its instance XML and the
/// session's whole file, under the instance id numbered `n`.
pub(crate) fn team_submission(n: usize) -> (String, String, Vec<u8>) {
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    let q = &catalog.get("learning-review").unwrap().questionnaire;
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap();
    let subject = Subject { organisation: format!("Organisation {n}"), ..Default::default() };
    let mut s = Session::new(
        format!("20261128-0930-learning-review-{n:012x}"),
        QuestionnaireRef::of(q),
        "en".into(),
        subject,
        at,
    );
    for (id, v) in [("review_type", json!("after_event")), ("event", json!(format!("Workshop {n}")))] {
        waypost_core::interview::answer(q, &mut s, id, waypost_core::interview::Input::Value(v), None, at, None)
            .unwrap();
    }
    let id = format!("uuid:0193c1a2-1111-7000-8000-{n:012x}");
    let meta = waypost_core::xlsform::instance::Meta {
        instance_id: id.clone(),
        deprecated_id: None,
        name: s.id.clone(),
        version: q.version.clone(),
    };
    let xml = String::from_utf8(waypost_core::xlsform::instance::instance(q, &s, &meta)).unwrap();
    (id, xml, serde_json::to_vec(&s).unwrap())
}

/// An XLSForm of `n` questions in groups of 50, as KoboToolbox forms are made: select_one
/// questions with `relevant` on the one before, integers with a `constraint`, texts and dates,
/// labels and hints in English and Spanish.
#[allow(clippy::cast_possible_truncation, reason = "a few dozen columns and rows below 2^32")]
pub(crate) fn xlsform(n: usize) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let survey = book.add_worksheet();
    survey.set_name("survey").unwrap();
    let header = [
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
    ];
    for (c, h) in header.iter().enumerate() {
        survey.write_string(0, c as u16, *h).unwrap();
    }
    let mut row = 1u32;
    let mut put = |cells: &[String]| {
        for (c, cell) in cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            survey.write_string(row, c as u16, cell).unwrap();
        }
        row += 1;
    };
    let s = String::new;
    for i in 0..n {
        if i % 50 == 0 {
            if i > 0 {
                put(&["end group".into()]);
            }
            put(&[
                "begin group".into(),
                format!("g{}", i / 50),
                format!("Part {}", i / 50 + 1),
                format!("Parte {}", i / 50 + 1),
            ]);
        }
        let name = format!("q{i}");
        let (kind, relevant, constraint) = match i % 4 {
            0 => ("select_one yes_no".to_owned(), String::new(), String::new()),
            1 => ("select_one level".to_owned(), format!("${{q{}}} = 'yes'", i - 1), String::new()),
            2 => ("integer".to_owned(), String::new(), ". >= 0 and . <= 500".to_owned()),
            _ => (if i % 8 == 3 { "text" } else { "date" }.to_owned(), format!("${{q{}}} > 10", i - 1), String::new()),
        };
        put(&[
            kind,
            name.clone(),
            format!("Question {i} about the company's practice"),
            format!("Pregunta {i} sobre la práctica de la empresa"),
            format!("Hint for {name}"),
            format!("Ayuda para {name}"),
            if i % 5 == 0 { "yes".into() } else { s() },
            relevant,
            constraint.clone(),
            if constraint.is_empty() { s() } else { "0 to 500".into() },
            if constraint.is_empty() { s() } else { "0 a 500".into() },
        ]);
    }
    put(&["end group".into()]);
    let choices = book.add_worksheet();
    choices.set_name("choices").unwrap();
    let rows = [
        ["list_name", "name", "label::English (en)", "label::Español (es)"],
        ["yes_no", "yes", "Yes", "Sí"],
        ["yes_no", "no", "No", "No"],
        ["level", "none", "Not started", "Sin empezar"],
        ["level", "some", "Started", "Empezado"],
        ["level", "full", "In place", "En marcha"],
    ];
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            choices.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    let settings = book.add_worksheet();
    settings.set_name("settings").unwrap();
    for (c, (h, v)) in
        [("form_title", "Big form"), ("form_id", "big_form"), ("default_language", "English (en)")].iter().enumerate()
    {
        settings.write_string(0, c as u16, *h).unwrap();
        settings.write_string(1, c as u16, *v).unwrap();
    }
    book.save_to_buffer().unwrap()
}
