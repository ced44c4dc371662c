//! Reports from known answers: comparisons and their deltas, the spread over many sessions,
//! escaping in every format, carry-over and follow-ups, and the HTML report rendered by Chromium.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/browser.rs"]
mod browser;

use serde_json::json;
use waypost_core::interview::{Input, answer, carry_over, follow_up};
use waypost_core::questionnaire::Questionnaire;
use waypost_core::report::aggregate::Aggregate;
use waypost_core::report::compare::compare;
use waypost_core::report::{cross, csv, html, markdown};
use waypost_core::session::{EventKind, Session};

use waypost_core::testing::{at, built_in, give, session};

fn csr_pair() -> (Questionnaire, Session, Session) {
    let q = built_in("csr-self-assessment");
    let mut before = session(&q, "2025-acme", "Acme Hotels");
    give(
        &q,
        &mut before,
        &[
            ("sector", json!("tourism")),
            ("countries", json!([{"country": "Bolivia"}, {"country": "Peru"}])),
            ("cp_policy", json!("planned")),
            ("c5_stakeholders", json!("in_progress")),
            ("costs_known", json!("no")),
        ],
    );
    let mut after = session(&q, "2026-acme", "Acme Hotels");
    give(
        &q,
        &mut after,
        &[
            ("sector", json!("tourism")),
            ("countries", json!([{"country": "Bolivia"}, {"country": "Colombia"}])),
            ("cp_policy", json!("planned")),
            ("c5_stakeholders", json!("in_place")),
            ("costs_known", json!("yes")),
        ],
    );
    (q, before, after)
}

#[test]
fn comparison_shows_changed_answers_score_deltas_and_list_changes() {
    let (q, before, after) = csr_pair();
    let c = compare(&q, &before, &after);
    let changed: Vec<&str> = c.changes.iter().map(|x| x.question.as_str()).collect();
    assert_eq!(changed, ["c5_stakeholders", "costs_known"]);
    assert_eq!((c.changes[1].before.as_str(), c.changes[1].after.as_str()), ("No", "Yes"));
    // The business case: 0 → 10; protection in practice: in progress 5.0 → in place 7.5.
    let business = c.sections.iter().find(|s| s.id == "business_case").unwrap();
    assert_eq!((business.before, business.after), (Some(0.0), Some(10.0)));
    assert_eq!(business.arrow("en"), "▲ 10.0");
    let practice = c.sections.iter().find(|s| s.id == "practice").unwrap();
    assert_eq!(practice.arrow("en"), "▲ 2.5");
    let commitment = c.sections.iter().find(|s| s.id == "commitment").unwrap();
    assert_eq!(commitment.arrow("en"), "= 0.0");
    assert_eq!(c.lists.len(), 1);
    assert_eq!(c.lists[0].added, ["Colombia"]);
    assert_eq!(c.lists[0].removed, ["Peru"]);
    let md = cross::compare_markdown("CSR", &c);
    assert!(md.contains("| The business case | 0.0 | 10.0 | ▲ 10.0 |"), "{md}");
    assert!(md.contains("- removed: Peru"));
}

#[test]
fn the_spread_of_answers_over_sessions() {
    let q = built_in("csr-self-assessment");
    let mut agg = Aggregate::new(&q);
    for (i, (sector, plan)) in [("tourism", "yes"), ("tourism", "no"), ("ict", "yes")].iter().enumerate() {
        let mut s = session(&q, &format!("s{i}"), "Group");
        give(
            &q,
            &mut s,
            &[("sector", json!(sector)), ("costs_known", json!(plan)), ("staff_trained", json!(null))][..2],
        );
        agg.add(&q, &s);
    }
    assert_eq!(agg.sessions, 3);
    let sector = agg.questions.iter().find(|x| x.id == "sector").unwrap();
    assert_eq!(
        sector.counts[..2],
        [("Travel and tourism".to_string(), 2), ("Information and communication technology".to_string(), 1)]
    );
    let member = agg.questions.iter().find(|x| x.id == "code_member").unwrap();
    assert_eq!((member.shown, member.answered), (2, 0), "asked only of the tourism groups");
    let bytes = cross::aggregate_csv(&agg).unwrap();
    let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let plan_yes = rows.iter().find(|r| &r[1] == "costs_known" && &r[5] == "Yes").unwrap();
    assert_eq!(&plan_yes[6], "2");
}

fn hostile_session() -> (Questionnaire, Session) {
    let q = built_in("stakeholder-grid");
    let mut s = session(&q, "hostile", "<script>alert('org')</script>");
    give(
        &q,
        &mut s,
        &[
            ("scope", json!("company")),
            ("subject", json!("Acme\u{1b}]0;pwned\u{7} & <b>co</b>")),
            (
                "stakeholders",
                json!([{"name": "<img src=x onerror=alert(1)>", "power": "decides", "commitment": "champion"}]),
            ),
        ],
    );
    waypost_core::interview::note(
        &q,
        &mut s,
        "subject",
        "=HYPERLINK(\"http://x\")\u{202e}",
        at("2026-11-28T10:00:00+01:00"),
    )
    .unwrap();
    (q, s)
}

#[test]
fn every_format_escapes_what_was_typed() {
    let (q, s) = hostile_session();
    let page = html(&q, &s);
    assert!(!page.contains("<script>alert") && !page.contains("<img src=x"), "raw markup in the HTML");
    assert!(page.contains("&lt;script&gt;alert(&#x27;org&#x27;)&lt;/script&gt;") || page.contains("&lt;script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page.contains("Content-Security-Policy"));
    for text in [page.clone(), markdown(&q, &s)] {
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'),
            "a control character got through"
        );
    }
    let md = markdown(&q, &s);
    assert!(md.contains("&lt;script&gt;"), "{md}");
    let bytes = csv(&q, &s).unwrap();
    let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let note = rows.iter().find(|r| &r[3] == "subject").unwrap();
    assert!(note[10].starts_with("'="), "a formula is not run by spreadsheets: {:?}", &note[10]);
    let item = rows.iter().find(|r| &r[3] == "stakeholders" && &r[6] == "name").unwrap();
    assert_eq!((&item[5], &item[7]), ("1", "<img src=x onerror=alert(1)>"), "CSV keeps the text itself");
}

#[test]
fn open_actions_are_carried_over_to_the_next_review() {
    let q = built_in("learning-review");
    let mut previous = session(&q, "review-1", "Acme Hotels");
    give(
        &q,
        &mut previous,
        &[
            ("review_type", json!("after_event")),
            (
                "actions",
                json!([
                    {"what": "Train night staff", "owner": "Eva", "status": "open", "due": "2027-01-31"},
                    {"what": "Print posters", "owner": "Bo", "status": "done"},
                    {"what": "Sign the clause", "owner": "Ana", "status": "in_progress"},
                    {"what": "Call the police unit", "owner": "Cy"},
                    {"what": "Rent a hall", "owner": "Di", "status": "dropped"}
                ]),
            ),
        ],
    );
    let mut next = session(&q, "review-2", "Acme Hotels");
    assert_eq!(carry_over(&q, &previous, &mut next, at("2026-12-01T09:00:00+01:00")), 3);
    // Carried with their last status, owner and due date, to be confirmed.
    assert_eq!(
        next.answers()["previous_actions"].value,
        Some(json!([
            {"what": "Train night staff", "owner": "Eva", "status": "open", "due": "2027-01-31"},
            {"what": "Sign the clause", "owner": "Ana", "status": "in_progress"},
            {"what": "Call the police unit", "owner": "Cy"}
        ]))
    );
    assert!(next.answers()["previous_actions"].to_confirm && !next.answers()["previous_actions"].is_confirmed());
    // An action without a status must be marked before the list is accepted.
    let unmarked = next.answers()["previous_actions"].value.clone().unwrap();
    let refused =
        answer(&q, &mut next, "previous_actions", Input::Value(unmarked), None, at("2026-12-01T09:05:00+01:00"), None);
    assert_eq!(refused.unwrap_err().to_string(), "action 3, Status: required");
    give(
        &q,
        &mut next,
        &[
            (
                "previous_actions",
                json!([
                    {"what": "Train night staff", "owner": "Eva", "status": "done"},
                    {"what": "Sign the clause", "owner": "Ana", "status": "not_done", "reason": "Legal review"},
                    {"what": "Call the police unit", "owner": "Cy", "status": "dropped"}
                ]),
            ),
            ("actions", json!([{"what": "Brief the board", "owner": "Eva", "status": "in_progress"}])),
        ],
    );
    // The third review still tracks what is not done or dropped from both earlier reviews.
    let mut third = session(&q, "review-3", "Acme Hotels");
    assert_eq!(carry_over(&q, &next, &mut third, at("2027-03-01T09:00:00+01:00")), 2);
    assert_eq!(
        third.answers()["previous_actions"].value,
        Some(json!([
            {"what": "Brief the board", "owner": "Eva", "status": "in_progress"},
            {"what": "Sign the clause", "owner": "Ana", "status": "not_done"}
        ]))
    );
    assert!(next.events().iter().any(|e| e.action == EventKind::CarriedOver && e.from == json!("review-1")));
}

#[test]
fn a_follow_up_copies_answers_to_confirm() {
    let (q, before, _) = csr_pair();
    let mut next = session(&q, "2027-acme", "Acme Hotels");
    follow_up(&q, &before, &mut next, at("2027-11-28T09:00:00+01:00"));
    assert_eq!(next.answers()["costs_known"].value, Some(json!("no")));
    assert_eq!(next.answers()["costs_known"].answered_at, None, "not yet confirmed this time");
    assert!(next.answers()["costs_known"].to_confirm, "copied answers wait to be confirmed");
    assert_eq!(next.extra["follows"], json!("2025-acme"));
    // A copy does not count as answered, and finishing names it, until it is confirmed.
    let flow = waypost_core::interview::Flow::new(&q, next.answers());
    assert_eq!(flow.progress().answered, 0, "nothing confirmed yet");
    let later = at("2027-11-28T09:05:00+01:00");
    let events = next.events().len();
    answer(&q, &mut next, "costs_known", Input::Value(json!("no")), None, later, None).unwrap();
    assert!(!next.answers()["costs_known"].to_confirm, "confirming the same value confirms it");
    assert_eq!(next.events().len(), events + 1, "and is recorded");
    let confirmed = waypost_core::interview::confirm_copied(&q, &mut next, later);
    assert!(confirmed > 0);
    assert!(next.answers().values().all(|a| !a.to_confirm), "all confirmed at once, on purpose");
    let review = built_in("learning-review");
    let mut previous = session(&review, "r1", "Acme");
    give(&review, &mut previous, &[("review_type", json!("after_event")), ("planned", json!("Train staff"))]);
    let mut again = session(&review, "r2", "Acme");
    follow_up(&review, &previous, &mut again, at("2027-11-28T09:00:00+01:00"));
    assert!(again.answers().get("planned").is_none(), "a learning review does not copy last time's story");
}

#[test]
fn the_html_report_renders_in_chromium() {
    let Some(browser) = browser::chromium() else { return };
    let (q, s) = hostile_session();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, html(&q, &s)).unwrap();
    let png = dir.path().join("report.png");
    let profile = dir.path().join("profile");
    let out = browser::headless(browser, &profile)
        .arg("--window-size=1000,1400")
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let bytes =
        std::fs::read(&png).unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(&bytes[1..4], b"PNG");
    assert!(bytes.len() > 10_000, "the page rendered as a near-empty image ({} bytes)", bytes.len());
    if let Some(keep) = std::env::var_os("WAYPOST_KEEP_SCREENSHOT") {
        std::fs::copy(&png, keep).unwrap();
    }
}

#[test]
fn a_crowded_grid_keeps_every_name_apart_and_on_the_page() {
    let q = built_in("stakeholder-grid");
    let mut s = session(&q, "g", "Hotel Sol");
    // Twenty people in two cells, long names among them.
    let people: Vec<serde_json::Value> = (0..20)
        .map(|i| {
            let (power, commitment) = if i % 2 == 0 { ("decides", "champion") } else { ("strong", "supportive") };
            json!({"name": format!("Stakeholder number {i} of the hotel"), "power": power, "commitment": commitment})
        })
        .collect();
    give(&q, &mut s, &[("stakeholders", json!(people))]);
    let page = html(&q, &s);
    let svg = &page[page.find("<svg").unwrap()..];
    let svg = &svg[..svg.find("</svg>").unwrap()];
    let width: f64 = svg.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
    assert!(width <= 700.0, "fits an A4 page in portrait: {width}");
    // The names drawn (11 px) and the quadrants' names (13 px), as boxes the way the report
    // measures them.
    let mut boxes = Vec::new();
    for part in svg.split("<text ").skip(1).filter(|t| t.contains("font-size=\"13\" font-weight=\"bold\"")) {
        let attr = |name: &str| -> f64 {
            part.split(&format!("{name}=\"")).nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
        };
        let text = part.split('>').nth(1).unwrap().split('<').next().unwrap();
        let w = waypost_core::report::grid_svg::label_width(text) * 13.0 / 11.0;
        boxes.push((
            waypost_core::report::grid_svg::Box2 { x: attr("x"), y: attr("y") - 12.0, w, h: 15.0 },
            text.to_owned(),
        ));
    }
    for part in svg.split("<text ").skip(1).filter(|t| t.contains("font-size=\"11\"")) {
        let attr = |name: &str| -> f64 {
            part.split(&format!("{name}=\"")).nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
        };
        let text = part.split('>').nth(1).unwrap().split('<').next().unwrap();
        let (x, y) = (attr("x"), attr("y") - 10.0);
        boxes.push((
            waypost_core::report::grid_svg::Box2 {
                x,
                y,
                w: waypost_core::report::grid_svg::label_width(text),
                h: 12.0,
            },
            text.to_owned(),
        ));
    }
    for (i, (a, name)) in boxes.iter().enumerate() {
        assert!(a.x >= 0.0 && a.x + a.w <= width, "{name} leaves the drawing");
        for (b, other) in &boxes[i + 1..] {
            assert!(!a.overlaps(b), "{name} and {other} collide");
        }
    }
    // Every name is drawn, or numbered on the grid and listed under it.
    for i in 0..20 {
        let name = format!("Stakeholder number {i} of t");
        assert!(page.contains(&name), "{name}");
    }
    assert!(boxes.len() < 24 && page.contains("<p class=\"meta\">1: "), "the rest are numbered");
}

#[test]
fn a_follow_up_s_summary_shows_the_trend_since_the_session_it_follows() {
    let (q, before, mut after) = csr_pair();
    after.extra.insert("follows".into(), json!(before.id.clone()));
    let dir = tempfile::tempdir().unwrap();
    let store = waypost_core::store::FileStore::new(dir.path());
    use waypost_core::store::Store;
    store.create(&before).unwrap();
    store.create(&after).unwrap();
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    let history = waypost_core::lifecycle::history(&store, &catalog, &after);
    assert_eq!(history.previous.as_ref().expect("the session it follows").id, before.id);
    let text = waypost_core::report::summary_text_with_history(&q, &after, &history);
    assert!(text.contains(&format!("Since {}", before.id)), "{text}");
    assert!(text.contains("▲"), "{text}");
    let md = waypost_core::report::markdown_with_history(&q, &after, &history);
    assert!(md.contains(&format!("### Since {}", before.id)), "{md}");
    assert!(waypost_core::report::html_with_history(&q, &after, &history).contains("▲"));
    // Without a session to follow, or one that is gone, nothing is claimed.
    assert!(!waypost_core::report::summary_text(&q, &after).contains("Since "));
    std::fs::remove_file(store.path(&before.id).unwrap()).unwrap();
    assert!(waypost_core::lifecycle::history(&store, &catalog, &after).previous.is_none());
}

#[test]
fn without_a_follow_up_the_trend_is_against_the_organisation_s_last_earlier_session() {
    use waypost_core::store::Store;
    let (q, mut before, mut after) = csr_pair();
    before.created_at = at("2025-11-28T09:30:00+01:00");
    after.created_at = at("2026-11-28T09:30:00+01:00");
    let mut other = session(&q, "2024-other", "Another Org");
    other.created_at = at("2026-01-10T09:30:00+01:00");
    let dir = tempfile::tempdir().unwrap();
    let store = waypost_core::store::FileStore::new(dir.path());
    for s in [&before, &after, &other] {
        store.create(s).unwrap();
    }
    let catalog = waypost_core::questionnaire::Catalog::load(&[]);
    let previous = waypost_core::lifecycle::history(&store, &catalog, &after).previous.expect("last year's");
    assert_eq!(previous.id, before.id);
    assert!(waypost_core::lifecycle::history(&store, &catalog, &before).previous.is_none(), "nothing came before it");
}

#[test]
fn thai_bengali_and_devanagari_answers_reach_every_report_byte_for_byte() {
    // Bengali's র‍্য (a ZWJ) and Hindi's क्‌ष (a ZWNJ keeps the halant visible) are written
    // with joiners a report must keep.
    let texts = ["เด็กที่นี่ได้รับการคุ้มครอง", "র\u{200D}্যাব শিশুদের সুরক্ষা", "क्\u{200C}ष बच्चों की सुरक्षा"];
    let q = built_in("stakeholder-grid");
    for text in texts {
        let mut s = session(&q, "scripts", "Acme");
        give(&q, &mut s, &[("scope", json!("company")), ("subject", json!(text))]);
        assert!(html(&q, &s).contains(text), "HTML: {text}");
        assert!(markdown(&q, &s).contains(text), "Markdown: {text}");
        // As written for Excel: with the byte-order mark without which it reads UTF-8 as ANSI.
        let bytes = waypost_core::report::for_excel(csv(&q, &s).unwrap());
        assert!(bytes.starts_with("\u{feff}".as_bytes()));
        let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
        let found = reader.records().map(Result::unwrap).any(|r| r.iter().any(|field| field == text));
        assert!(found, "CSV: {text}");
    }
}
