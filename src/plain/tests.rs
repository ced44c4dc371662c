//! Plain mode driven by typed lines on an in-memory store with a fixed clock: whole transcripts
//! as snapshots, and the session each one leaves.

use std::path::Path;
use std::rc::Rc;

use serde_json::json;
use waypost_core::lifecycle::{self, NewSession, Opened};
use waypost_core::questionnaire::Catalog;
use waypost_core::session::{Subject, Timestamp};
use waypost_core::store::{MemoryStore, Store};

use super::{Lines, interview};
use crate::setup::outcome::Done;

fn clock() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").expect("valid")
}

fn catalog() -> Catalog {
    catalog_of("tests/fixtures")
}

fn catalog_of(folder: &str) -> Catalog {
    Catalog::load(&[Path::new(env!("CARGO_MANIFEST_DIR")).join(folder)])
}

/// Starts a session of the format's example and answers it with `input`; returns the transcript
/// (piped, so every answer is echoed), the result, and the store.
fn run(input: &[u8], fail_saves: bool) -> (String, Done, Rc<MemoryStore>, String) {
    run_on(&catalog(), "learning-review-example", input, fail_saves)
}

/// [`run`] on a questionnaire of a catalogue.
fn run_on(
    catalog: &Catalog,
    questionnaire: &str,
    input: &[u8],
    fail_saves: bool,
) -> (String, Done, Rc<MemoryStore>, String) {
    waypost_core::testing::count_uuids();
    let store = Rc::new(MemoryStore::default());
    let subject = Subject { organisation: "Acme Hotels".into(), facilitator: "Ana".into(), ..Subject::default() };
    let new = NewSession { questionnaire: questionnaire.into(), subject, language: None };
    let started = lifecycle::start(store.as_ref(), catalog, new, clock()).expect("starts");
    let id = started.opened.session.id.clone();
    store.fail_saves.set(fail_saves);
    let mut out = Vec::new();
    let result = interview(store.as_ref(), started.opened, &mut Lines::new(input, &mut out, true), &clock);
    let done = result.unwrap_or_else(|e| {
        out.extend_from_slice(format!("error: {e}\n").as_bytes());
        Done::Problems
    });
    (String::from_utf8(out).expect("the transcript is text"), done, store, id)
}

#[test]
fn a_whole_interview_with_notes_warnings_lists_and_a_finish() {
    let script = "\n:n Mostly hotels\n1\n2\n1,2\n:none known\n12000\nBig group\nWorkshop notes\n.\ntoday\ny\nEva\n2\n1\nyes is no command\ny\nBo\n\n\nn\n1\n::colon first\n";
    let (transcript, done, store, id) = run(script.as_bytes(), false);
    insta::assert_snapshot!(transcript);
    assert_eq!(done, Done::Ok);
    let saved = store.get(&id).expect("saved");
    let answers = saved.answers();
    assert_eq!(answers["sector"].note.as_deref(), Some("Mostly hotels"));
    assert_eq!(answers["staff_trained"].value, Some(json!(12000)));
    assert_eq!(answers["staff_trained"].override_reason.as_deref(), Some("Big group"));
    assert_eq!(answers["summary"].value, Some(json!("Workshop notes")));
    assert_eq!(answers["last_report"].value, Some(json!("2026-11-28")));
    let people = answers["stakeholders"].value.as_ref().and_then(|v| v.as_array()).expect("a list");
    assert_eq!(people.len(), 2, "{people:?}");
    assert_eq!(people[0]["name"], "Eva");
    assert_eq!(people[0]["concerns"], "yes is no command");
    assert_eq!(answers["plan_detail"].value, Some(json!(":colon first")));
    assert_eq!(saved.status, waypost_core::session::Status::Completed);
}

#[test]
fn a_line_that_is_not_utf8_is_asked_again_and_quit_names_the_session() {
    let (transcript, done, store, id) = run(b"\n\xff\xfe\n1\n:q\n", false);
    insta::assert_snapshot!(transcript);
    assert_eq!(done, Done::Ok);
    assert!(transcript.contains(&format!("waypost --plain resume {id}")), "{transcript}");
    assert_eq!(store.get(&id).expect("saved").answers()["sector"].value, Some(json!("tourism")));
}

#[test]
fn the_end_of_the_input_saves_and_says_how_to_resume() {
    let (transcript, _, store, id) = run(b"\n2\n", false);
    assert!(transcript.ends_with(&format!("Saved. Resume with `waypost --plain resume {id}`.\n")), "{transcript}");
    assert_eq!(store.get(&id).expect("saved").answers()["sector"].value, Some(json!("ict")));
}

#[test]
fn a_failed_save_is_said_and_no_note_is_reported_saved() {
    let (transcript, done, _, _) = run(b"\n:n kept in memory\n:q\n", true);
    insta::assert_snapshot!(transcript);
    assert_eq!(done, Done::Problems);
    assert!(!transcript.contains("Note saved."), "{transcript}");
    assert!(transcript.contains("Not saved: "), "{transcript}");
}

#[test]
fn a_resumed_session_shows_its_answers_and_goes_on_where_it_was_left() {
    waypost_core::testing::count_uuids();
    let store = Rc::new(MemoryStore::default());
    let catalog = catalog();
    let subject = Subject { organisation: "Acme Hotels".into(), ..Subject::default() };
    let new = NewSession { questionnaire: "learning-review-example".into(), subject, language: None };
    let started = lifecycle::start(store.as_ref(), &catalog, new, clock()).expect("starts");
    let id = started.opened.session.id.clone();
    let mut out = Vec::new();
    interview(store.as_ref(), started.opened, &mut Lines::new(&b"\n1\n:q\n"[..], &mut out, true), &clock)
        .expect("runs");
    let opened: Opened = lifecycle::open(store.as_ref(), &catalog, &id).expect("opens");
    let mut out = Vec::new();
    interview(store.as_ref(), opened, &mut Lines::new(&b":b\n:q\n"[..], &mut out, true), &clock).expect("runs");
    let transcript = String::from_utf8(out).expect("text");
    insta::assert_snapshot!(transcript);
    assert!(transcript.contains("current answer: Travel and tourism"), "{transcript}");
    assert!(store.load(&id).is_ok());
}

#[test]
fn list_items_typed_before_the_input_ends_are_kept() {
    // Sector, then skip to the list: one whole item and the input ends in the second.
    let (transcript, _, store, id) = run(b"\n1\n\n\n\n\n\ny\nEva\n2\n2\ny\nBo", false);
    let saved = store.get(&id).expect("saved");
    let people = saved.answers()["stakeholders"].value.clone().expect("the list is kept");
    assert_eq!(people, json!([{"name": "Eva", "power": "high", "commitment": "champion"}]), "{transcript}");
}

#[test]
fn plain_mode_speaks_spanish_with_spanish_plurals_and_yes() {
    waypost_core::i18n::set_language("es");
    let script = "\n1\n2\n1,2\n\n\n\ns\nEva\n2\n1\n\nn\n:q\n";
    let (transcript, _, store, id) = run(script.as_bytes(), false);
    waypost_core::i18n::set_language("en");
    insta::assert_snapshot!(transcript);
    assert!(transcript.contains("Comandos: :b atrás") && transcript.contains("¿Añadir otro? (s/n)"), "{transcript}");
    let saved = store.get(&id).expect("saved");
    let people = saved.answers()["stakeholders"].value.as_ref().and_then(|v| v.as_array()).map(Vec::len);
    assert_eq!(people, Some(1), "'s' (sí) adds an item");
}

#[test]
fn a_questionnaire_without_the_interface_s_language_says_which_it_asks_in() {
    waypost_core::i18n::set_language("pt-BR");
    let (transcript, _, store, id) = run(b":q\n", false);
    waypost_core::i18n::set_language("en");
    assert_eq!(store.get(&id).expect("saved").language, "en", "the example has no Portuguese");
    assert!(
        transcript.contains("As perguntas estão em inglês: este questionário não está escrito em português."),
        "never silently:\n{transcript}"
    );
}

#[test]
fn an_other_choice_in_a_list_item_asks_what_it_stands_for() {
    // Head, one child: Luz, not in school, "Other" said empty then said; no more children.
    let script = "Rosa\n1\ny\nLuz\n2\n3\n\nhelps at home\n";
    let (transcript, _, store, id) =
        run_on(&catalog_of("tests/fixtures/forms"), "household-visit", script.as_bytes(), false);
    assert!(transcript.contains("say what \"Other\" stands for"), "{transcript}");
    let items = store.get(&id).expect("saved").answers()["children"].value.clone();
    let expected = json!([{"name": "Luz", "in_school": "no", "why_not": "other", "why_not.other": "helps at home"}]);
    assert_eq!(items, Some(expected), "{transcript}");
}

#[test]
fn plain_mode_takes_each_participant_s_vote_then_the_agreed_answer() {
    let store = Rc::new(MemoryStore::default());
    let catalog = catalog_of("tests/fixtures/workshop");
    let people = ["Ana", "Bo", "Cy"].map(String::from).to_vec();
    let subject = Subject { organisation: "Hotel Sol".into(), participants: people, ..Subject::default() };
    let new = NewSession { questionnaire: "partner-workshop".into(), subject, language: None };
    let started = lifecycle::start(store.as_ref(), &catalog, new, clock()).expect("starts");
    let id = started.opened.session.id.clone();
    let mut out = Vec::new();
    // The welcome note; then votes: Ana yes, Bo "maybe" (refused) then partly, Cy by label; then
    // the agreed answer; then quit.
    let script = "\n:v\n1\nmaybe\n2\nYes\n1\n:q\n";
    interview(store.as_ref(), started.opened, &mut Lines::new(script.as_bytes(), &mut out, true), &clock)
        .expect("runs");
    let transcript = String::from_utf8(out).expect("text");
    assert!(transcript.contains("\"maybe\" is not one of the choices"), "{transcript}");
    assert!(transcript.contains("votes: Yes 2 · Partly 1 · No 0 (3 votes)"), "{transcript}");
    let saved = store.get(&id).expect("saved");
    let ready = &saved.answers()["ready"];
    assert_eq!(ready.value, Some(json!("yes")));
    assert_eq!(ready.votes.values().collect::<Vec<_>>(), ["yes", "partly", "yes"]);
}

#[test]
fn plain_mode_runs_a_dot_vote_and_saves_it_at_once() {
    let store = Rc::new(MemoryStore::default());
    let q = catalog().get("learning-review").expect("built in").questionnaire.clone();
    let mut s = waypost_core::testing::session(&q, "20261128-0930-learning-review-hotel-sol", "Hotel Sol");
    s.subject.participants = vec!["Ana".into(), "Bo".into()];
    let items = json!([
        {"what": "Train night staff", "owner": "Eva", "status": "open"},
        {"what": "Sign the clause", "owner": "Ana", "status": "open"},
    ]);
    waypost_core::testing::give(&q, &mut s, &[("actions", items)]);
    store.create(&s).expect("stored");
    // Ana: two dots on the clause, too many numbers (refused), the last on the training. Bo: a
    // number that is no item (refused), one dot on the clause, then the next participant; the
    // input then ends, as when the terminal is closed.
    let script = ":p\n2 2\n1 1\n1\n9\n2\n\n";
    let mut out = Vec::new();
    let opened = Opened { questionnaire: q, session: s.clone() };
    interview(store.as_ref(), opened, &mut Lines::new(script.as_bytes(), &mut out, true), &clock).expect("runs");
    let transcript = String::from_utf8(out).expect("text");
    insta::assert_snapshot!(transcript);
    let saved = store.get(&s.id).expect("saved");
    assert_eq!(saved.dots["Ana"], ["actions#Sign the clause", "actions#Sign the clause", "actions#Train night staff"]);
    assert_eq!(saved.dots["Bo"], ["actions#Sign the clause"]);
    assert_eq!(saved.dot_vote, None, "the vote's end is said, so the projector leaves it");
}

#[test]
fn plain_mode_adds_items_after_a_list_s_own_and_a_closed_terminal_keeps_a_half_item() {
    let store = Rc::new(MemoryStore::default());
    let q = catalog().get("learning-review").expect("built in").questionnaire.clone();
    let mut s = waypost_core::testing::session(&q, "20261128-0930-learning-review-hotel-sol", "Hotel Sol");
    let first = json!([{"what": "Train night staff", "owner": "Eva", "status": "open"}]);
    waypost_core::testing::give(&q, &mut s, &[("actions", first)]);
    // Resumed at the list.
    s.position = Some("actions".into());
    store.create(&s).expect("stored");
    let run = |script: &str| {
        let session = store.get(&s.id).expect("stored");
        let opened = Opened { questionnaire: q.clone(), session };
        let mut out = Vec::new();
        interview(store.as_ref(), opened, &mut Lines::new(script.as_bytes(), &mut out, true), &clock).expect("runs");
        String::from_utf8(out).expect("text")
    };
    // A second action, and a third begun: its text typed, then the input ends (a closed
    // terminal) in the middle of the item.
    run("y\nSign the clause\nAna\n\n\n\ny\nBrief the night shift\n");
    let saved = store.get(&s.id).expect("saved");
    let items = |session: &waypost_core::session::Session| {
        let value = session.answers()["actions"].value.clone().unwrap_or_default();
        value.as_array().unwrap().iter().map(|i| i["what"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(items(&saved), ["Train night staff", "Sign the clause"], "the first action is kept");
    // The item the input ended in is the list's draft, field by field as it was kept.
    let draft = saved.drafts().get("actions").and_then(|d| d.item.clone()).expect("the half item");
    assert_eq!((draft.fields["what"].as_str(), draft.field.as_str()), (Some("Brief the night shift"), "owner"));
    // Resumed after the list (the question it was left at), back to it with :b.
    let transcript = run(":b\ny\nBo\n\n\n\nn\n:q\n");
    assert!(transcript.contains("An item was half entered before: y goes on with it"), "{transcript}");
    let saved = store.get(&s.id).expect("saved");
    assert_eq!(items(&saved), ["Train night staff", "Sign the clause", "Brief the night shift"]);
    assert!(saved.drafts().get("actions").is_none(), "the confirmed list leaves no draft");
}

/// Typed lines, one per read, that look at the stored session before giving each: what a
/// closed terminal would leave on disk at that moment.
struct Probe {
    lines: std::collections::VecDeque<String>,
    store: Rc<MemoryStore>,
    id: String,
    /// The question whose draft is looked at.
    question: &'static str,
    /// Before each line: the stored draft of the question.
    seen: Vec<Option<waypost_core::session::Draft>>,
}

impl std::io::Read for Probe {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let stored = self.store.get(&self.id).and_then(|s| s.drafts().get(self.question).cloned());
        self.seen.push(stored);
        let Some(line) = self.lines.pop_front() else { return Ok(0) };
        let bytes = format!("{line}\n").into_bytes();
        buf[..bytes.len()].copy_from_slice(&bytes);
        Ok(bytes.len())
    }
}

#[test]
fn every_field_of_a_list_item_is_on_disk_as_soon_as_it_is_kept() {
    let store = Rc::new(MemoryStore::default());
    let q = catalog().get("learning-review").expect("built in").questionnaire.clone();
    let mut s = waypost_core::testing::session(&q, "20261128-0930-learning-review-hotel-sol", "Hotel Sol");
    waypost_core::testing::give(&q, &mut s, &[("actions", json!([]))]);
    s.position = Some("actions".into());
    store.create(&s).expect("stored");
    let lines = ["y", "Sign the clause", "Ana"].map(String::from).into_iter().collect();
    let mut probe = Probe { lines, store: Rc::clone(&store), id: s.id.clone(), question: "actions", seen: Vec::new() };
    let opened = Opened { questionnaire: q, session: s.clone() };
    let mut out = Vec::new();
    let mut reader = std::io::BufReader::with_capacity(64, &mut probe);
    interview(store.as_ref(), opened, &mut Lines::new(&mut reader, &mut out, true), &clock).expect("runs");
    let what = |draft: &Option<waypost_core::session::Draft>| {
        draft.as_ref().and_then(|d| d.item.as_ref()).map(|i| i.fields.keys().cloned().collect::<Vec<_>>())
    };
    let seen: Vec<_> = probe.seen.iter().map(what).collect();
    // Before "y", before the action, before the owner, and at the end: the action is stored
    // before the owner is typed, and the owner before the next field is.
    assert_eq!(
        seen[..4],
        [None, None, Some(vec!["what".to_owned()]), Some(vec!["what".to_owned(), "owner".to_owned()])]
    );
}

#[test]
fn a_multi_line_text_is_on_disk_line_by_line_before_its_closing_dot() {
    let store = Rc::new(MemoryStore::default());
    let q = catalog().get("stakeholder-grid").expect("built in").questionnaire.clone();
    let mut s = waypost_core::testing::session(&q, "20261128-0930-stakeholder-grid-acme", "Acme");
    s.position = Some("gaps".into());
    store.create(&s).expect("stored");
    let lines = ["The board is missing.", "Nobody from the night shift."].map(String::from).into_iter().collect();
    let mut probe = Probe { lines, store: Rc::clone(&store), id: s.id.clone(), question: "gaps", seen: Vec::new() };
    let opened = Opened { questionnaire: q, session: s.clone() };
    let mut out = Vec::new();
    let mut reader = std::io::BufReader::with_capacity(64, &mut probe);
    interview(store.as_ref(), opened, &mut Lines::new(&mut reader, &mut out, true), &clock).expect("runs");
    let typed: Vec<Option<String>> =
        probe.seen.iter().map(|d| d.as_ref().and_then(|d| d.answer.as_ref()?.as_str().map(str::to_owned))).collect();
    assert_eq!(
        typed[..3],
        [
            None,
            Some("The board is missing.".to_owned()),
            Some("The board is missing.\nNobody from the night shift.".to_owned())
        ]
    );
    // The input ended before the dot: the text is the answer, and no draft is left of it.
    let saved = store.get(&s.id).expect("saved");
    assert_eq!(saved.answers()["gaps"].value, Some(json!("The board is missing.\nNobody from the night shift.")));
    assert!(saved.drafts().get("gaps").is_none());
    // Killed before that, the draft is shown when the question comes again.
    let mut killed = saved.clone();
    let draft = serde_json::from_value(json!({"answer": "Half a thought", "at": "2026-11-28T09:31:00+01:00"}));
    killed.set_draft("gaps", Some(draft.expect("a draft")));
    store.save(&killed).expect("saved");
    let opened =
        Opened { questionnaire: catalog().get("stakeholder-grid").unwrap().questionnaire.clone(), session: killed };
    let mut out = Vec::new();
    interview(store.as_ref(), opened, &mut Lines::new(":q\n".as_bytes(), &mut out, true), &clock).expect("runs");
    let transcript = String::from_utf8(out).expect("text");
    assert!(transcript.contains("Typed before and not yet confirmed (type it again to keep it; an empty line leaves the answer as it is): Half a thought"), "{transcript}");
}

#[test]
fn items_a_list_refuses_when_the_input_ends_stay_its_draft() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(
        dir.path().join("pair.json"),
        r#"{"format": 1, "id": "pair", "version": "1", "title": "Pair", "sections": [
            {"id": "s", "title": "S", "questions": [
                {"id": "people", "kind": "list", "prompt": "Who?", "min_items": 2,
                 "fields": [{"id": "name", "kind": "text", "prompt": "Name", "required": true},
                            {"id": "role", "kind": "text", "prompt": "Role"}]}]}]}"#,
    )
    .expect("written");
    let catalog = Catalog::load(&[dir.path().to_owned()]);
    // One person, and the next one's name, then the input ends: two are needed, so the list is
    // refused.
    let (_, _, store, id) = run_on(&catalog, "pair", b"y\nAna\nChair\ny\nBo\n", false);
    let saved = store.get(&id).expect("saved");
    assert!(saved.answers().get("people").is_none_or(|a| a.value.is_none()), "nothing confirmed");
    let draft = saved.drafts().get("people").expect("a draft");
    assert_eq!(draft.answer, Some(json!([{"name": "Ana", "role": "Chair"}])), "Ana stays the list's draft");
    assert_eq!(draft.item.as_ref().map(|i| i.fields.clone()), serde_json::from_value(json!({"name": "Bo"})).ok());
}

#[test]
fn at_a_note_commands_work_and_an_answer_is_not_swallowed() {
    let catalog = catalog_of("tests/fixtures/workshop");
    // At the welcome note: an answer typed too early is said and not taken, then Enter goes on,
    // then the first question takes the same answer; :b twice goes back to the note, and :q
    // there quits.
    let script = "1\n\n1\n:b\n:b\n:q\n";
    let (transcript, _, store, id) = run_on(&catalog, "partner-workshop", script.as_bytes(), false);
    assert!(transcript.contains("This is a note: nothing to answer here."), "{transcript}");
    assert_eq!(store.get(&id).unwrap().answers()["ready"].value, Some(json!("yes")), "{transcript}");
    assert_eq!(transcript.matches("(Enter to go on)").count(), 3, "the note again after :b: {transcript}");
    assert!(
        transcript
            .trim_end()
            .ends_with(&format!("(Enter to go on) :q\nSaved. Resume with `waypost --plain resume {id}`.")),
        "{transcript}"
    );
}

#[test]
fn a_list_as_long_as_an_answer_stops_asking_when_full_and_asks_again_for_y_or_n() {
    let catalog = catalog_of("tests/fixtures/forms");
    // Two children: the first, then "maybe" (asked again), then y for the second; the list is
    // then full, and says so instead of asking for another.
    let script = "Rosa\n2\ny\nAna\n1\nmaybe\ny\nLuis\n1\n:q\n";
    let (transcript, _, store, id) = run_on(&catalog, "household-visit", script.as_bytes(), false);
    assert!(transcript.contains("Answer y or n."), "{transcript}");
    assert_eq!(transcript.matches("Add another? (y/n)").count(), 2, "{transcript}");
    assert!(transcript.contains("The list holds at most 2 items."), "{transcript}");
    let saved = store.get(&id).unwrap();
    let children = saved.drafts().get("children").and_then(|d| d.answer.clone());
    let children = children.or_else(|| saved.answers().get("children").and_then(|a| a.value.clone())).unwrap();
    assert_eq!(children.as_array().map(Vec::len), Some(2), "{transcript}");
}

#[test]
fn plain_mode_offers_a_default_and_an_empty_line_takes_it() {
    let store = Rc::new(MemoryStore::default());
    let q = catalog().get("stakeholder-grid").expect("built in").questionnaire.clone();
    let s = waypost_core::testing::session(&q, "20261128-0930-stakeholder-grid-hotel-sol", "Hotel Sol");
    store.create(&s).expect("stored");
    // The intro, the scope, then the company: an empty line takes the session's organisation.
    let script = "\n1\n\n:q\n";
    let mut out = Vec::new();
    let opened = Opened { questionnaire: q, session: s.clone() };
    interview(store.as_ref(), opened, &mut Lines::new(script.as_bytes(), &mut out, true), &clock).expect("runs");
    let transcript = String::from_utf8(out).expect("text");
    assert!(transcript.contains("Enter takes: Hotel Sol (:s leaves it unanswered)"), "{transcript}");
    let saved = store.get(&s.id).expect("saved");
    assert_eq!(saved.answers()["subject"].value, Some(json!("Hotel Sol")));
}

#[test]
fn plain_mode_puts_a_stakeholder_s_power_to_the_room_s_vote() {
    let store = Rc::new(MemoryStore::default());
    let q = catalog().get("stakeholder-grid").expect("built in").questionnaire.clone();
    let mut s = waypost_core::testing::session(&q, "20261128-0930-stakeholder-grid-hotel-sol", "Hotel Sol");
    s.subject.participants = vec!["Ana".into(), "Bo".into()];
    store.create(&s).expect("stored");
    // The intro, the scope, the company (the default), two dates left; then one stakeholder: a
    // manager, her name, role and unit left, then `:v` on her power (Ana: strong, Bo: some), the
    // agreed power, and the input ends with the item half entered.
    let script = "\n1\n\n\n\ny\n3\nRosa Quispe\n\n\n:v\n3\n2\n3\n";
    let mut out = Vec::new();
    let opened = Opened { questionnaire: q, session: s.clone() };
    interview(store.as_ref(), opened, &mut Lines::new(script.as_bytes(), &mut out, true), &clock).expect("runs");
    let transcript = String::from_utf8(out).expect("text");
    assert!(transcript.contains("Vote of Bo"), "{transcript}");
    assert!(transcript.contains("Some say 1 · Strong say 1"), "{transcript}");
    let saved = store.get(&s.id).expect("saved");
    let item = saved.drafts()["stakeholders"].item.clone().expect("the item half entered");
    assert_eq!(item.fields["power"], "strong");
    assert_eq!(item.fields["power.votes"], json!({"Ana": "strong", "Bo": "some"}));
}

#[test]
fn plain_mode_offers_only_the_choices_a_cascading_select_offers_and_keeps_a_read_only_value() {
    let catalog = catalog_of("tests/fixtures/cascading");
    // Cusco; then its districts only (2 is San Jerónimo, not Barranco); a typed source is
    // refused, an empty line keeps the one shown.
    let script = "2\n2\nmine\n\n:q\n";
    let (transcript, _, store, id) = run_on(&catalog, "places", script.as_bytes(), false);
    assert!(transcript.contains("1. Wanchaq") && transcript.contains("2. San Jerónimo"), "{transcript}");
    assert!(!transcript.contains("Barranco"), "{transcript}");
    assert!(transcript.contains("(read-only: an empty line keeps the value shown)"), "{transcript}");
    assert!(transcript.contains("this question is read-only: it keeps the value shown"), "{transcript}");
    let saved = store.get(&id).unwrap();
    assert_eq!(saved.answers()["district"].value, Some(json!("san_jeronimo")));
    assert_eq!(saved.answers()["source"].value, Some(json!("INEI 2017")));
}
