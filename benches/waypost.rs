//! Speed of the things a user waits for: loading a big questionnaire, a key press in the app,
//! saving an answer, listing many sessions. Figures and targets: docs/performance.md.

// A test, benchmark or example: a failed unwrap is its failure report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/central/mod.rs"]
mod central;
mod generate;

use std::hint::black_box;
use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use serde_json::json;
use waypost::App;
use waypost_core::interview::{Input, answer};
use waypost_core::questionnaire::{Catalog, parse};
use waypost_core::store::{FileStore, MemoryStore, Store};

fn load(c: &mut Criterion) {
    let bytes = generate::questionnaire_json(2000);
    let mut group = c.benchmark_group("load 2,000-question questionnaire");
    group.bench_function("parse + validate", |b| b.iter(|| parse(black_box(&bytes))));
    group.bench_function("serde_json::Value parse only", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&bytes)).unwrap());
    });
    group.finish();
}

fn key_press(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.json"), generate::questionnaire_json(2000)).unwrap();
    let catalog = Catalog::load(&[dir.path().to_owned()]);
    let q = catalog.get("big").unwrap().questionnaire.clone();
    let mut session = generate::session(&q, "big-session", 200, 500);
    session.position = Some("people".into());
    let store = std::rc::Rc::new(MemoryStore::default());
    store.create(&session).unwrap();
    let theme = waypost::Theme::new(waypost::ThemeChoice::Default, false);
    let clock = Box::new(|| chrono::DateTime::parse_from_rfc3339("2026-11-28T09:30:00+01:00").unwrap());
    let mut app = App::new(Box::new(store.clone()), catalog, theme, clock);
    app.resume("big-session");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut group = c.benchmark_group("key press, update and full render at 120x40");
    for (name, code) in [("list of 200 items: Down", KeyCode::Down), ("list of 200 items: Up", KeyCode::Up)] {
        group.bench_function(name, |b| {
            b.iter(|| {
                app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
                terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
            });
        });
    }
    app.resume("big-session");
    app.dispatch(waypost::Action::Skip);
    group.bench_function("choice question: Down", |b| {
        b.iter(|| {
            app.handle(Event::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)));
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        });
    });
    group.finish();
}

fn autosave(c: &mut Criterion) {
    let q = generate::questionnaire(2000);
    let session = generate::session(&q, "big-session", 20, 5000);
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&session).unwrap();
    let mut s = store.load("big-session").unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T10:00:00+01:00").unwrap();
    let mut group = c.benchmark_group("autosave, 2,000 answers and 5,000 events");
    group.sample_size(50);
    let mut n = 0u64;
    group.bench_function("answer + atomic save", |b| {
        b.iter(|| {
            n += 1;
            answer(&q, &mut s, "q3", Input::Value(json!(format!("answer {n}"))), None, at, Some(1.0)).unwrap();
            store.save(&s).unwrap();
        });
    });
    group.bench_function("atomic save after one answer", |b| {
        b.iter_custom(|iters| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                answer(&q, &mut s, "q3", Input::Value(json!(format!("answer {n}"))), None, at, Some(1.0)).unwrap();
                let start = std::time::Instant::now();
                store.save(&s).unwrap();
                spent += start.elapsed();
            }
            spent
        });
    });
    let bytes = std::fs::read(store.path("big-session").unwrap()).unwrap();
    let raw = dir.path().join("raw.json");
    group.bench_function("raw write + fsync of the same bytes", |b| {
        b.iter(|| {
            let mut f = std::fs::File::create(&raw).unwrap();
            f.write_all(&bytes).unwrap();
            f.sync_all().unwrap();
        });
    });
    group.finish();
}

fn listing(c: &mut Criterion) {
    let catalog = Catalog::load(&[]);
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    generate::csr_folder(&store, 10_000);
    let files: Vec<_> = std::fs::read_dir(store.sessions_dir()).unwrap().map(|e| e.unwrap().path()).collect();
    // Sessions listed are mostly older than the last listing: date the files an hour back.
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for f in &files {
        std::fs::File::options().write(true).open(f).unwrap().set_modified(hour_ago).unwrap();
    }
    let index = dir.path().join("index.json");
    let mut group = c.benchmark_group("list 10,000 sessions");
    group.sample_size(10);
    group.bench_function("waypost list, no index yet (reads every session)", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&index);
            waypost_core::store::rows::collect(&store, &catalog, None, None).unwrap()
        });
    });
    group.bench_function("waypost list, with the index", |b| {
        b.iter(|| waypost_core::store::rows::collect(&store, &catalog, None, None).unwrap());
    });
    group.bench_function("read every file once", |b| {
        b.iter(|| files.iter().map(|f| std::fs::read(f).unwrap().len()).sum::<usize>());
    });
    group.finish();
}

/// Listing 10,000 sessions of this laptop and 10,000 pulled from the team, against 20,000 of
/// this laptop's (the target: within 1.2x), both with the listing index in place.
fn listing_with_team(c: &mut Criterion) {
    let catalog = Catalog::load(&[]);
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let folder = |team: bool| {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path());
        generate::csr_sessions(&store, 0..10_000, None);
        generate::csr_sessions(&store, 10_000..20_000, team.then_some("laptop-ana"));
        for f in std::fs::read_dir(store.sessions_dir()).unwrap() {
            std::fs::File::options().write(true).open(f.unwrap().path()).unwrap().set_modified(hour_ago).unwrap();
        }
        // The index written once, as the first listing after a pull does.
        waypost_core::store::rows::collect(&store, &catalog, None, None).unwrap();
        (dir, store)
    };
    let (_mixed_dir, mixed) = folder(true);
    let (_local_dir, local) = folder(false);
    let mut group = c.benchmark_group("list 20,000 sessions");
    group.sample_size(10);
    group.bench_function("20,000 of this laptop's", |b| {
        b.iter(|| waypost_core::store::rows::collect(&local, &catalog, None, None).unwrap());
    });
    group.bench_function("10,000 of this laptop's and 10,000 pulled", |b| {
        b.iter(|| waypost_core::store::rows::collect(&mixed, &catalog, None, None).unwrap());
    });
    group.finish();
}

/// Pulling 1,000 submissions from the loopback stand-in for ODK Central into an empty data
/// folder (the target: 2 s, 64 MB), and the peak memory of `waypost pull` doing it.
fn pull(c: &mut Criterion) {
    let server = central::Central::start();
    for n in 0..1000 {
        let (id, xml, file) = generate::team_submission(n);
        server.plant(central::Kept {
            id,
            xml,
            form: "learning_review".into(),
            files: vec![("waypost-session.json".into(), file)],
            submitter: 7,
            at: central::submissions::stamp(n),
            ..central::Kept::default()
        });
    }
    let catalog = Catalog::load(&[]);
    let q = &catalog.get("learning-review").unwrap().questionnaire;
    let staff =
        waypost_core::team::staff::Staff::login(&server.base, central::staff::EMAIL, central::staff::PASSWORD).unwrap();
    let pulling = waypost_core::team::pull::Pulling {
        project: 1,
        questionnaires: vec![q],
        since: None,
        key: None,
        passphrase: None,
    };
    let now = chrono::Local::now().fixed_offset();
    let mut group = c.benchmark_group("pull, 1,000 submissions");
    group.sample_size(10);
    group.bench_function("into an empty data folder", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let store = FileStore::new(dir.path());
                let outbox = store.outbox().unwrap();
                let pulled =
                    waypost_core::team::pull::pull(&staff, &store, &outbox, &pulling, now, &mut |_, _| {}).unwrap();
                assert_eq!(pulled.new, 1000);
                dir
            },
            criterion::BatchSize::PerIteration,
        );
    });
    group.finish();
    peak_memory_of_pull(&server);
}

/// The peak resident memory of `waypost pull` (the release binary the benchmark is built with)
/// pulling the 1,000 submissions, read from /proc while it runs.
#[cfg(target_os = "linux")]
fn peak_memory_of_pull(server: &central::Central) {
    let home = tempfile::tempdir().unwrap();
    let login = central::waypost_env(
        home.path(),
        &["team", "login", "--server", &server.base, "--email", central::staff::EMAIL],
        &[("WAYPOST_CENTRAL_PASSWORD", central::staff::PASSWORD)],
    );
    assert!(login.status.success());
    let mut child = central::command(home.path(), &["pull", "--questionnaire", "learning-review"], &[])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    while child.try_wait().unwrap().is_none() {
        if let Ok(text) = std::fs::read_to_string(&status)
            && let Some(kb) = text.lines().find_map(|l| l.strip_prefix("VmHWM:"))
        {
            peak_kb = peak_kb.max(kb.trim().trim_end_matches(" kB").trim().parse().unwrap_or(0));
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    println!("waypost pull, 1,000 submissions: peak resident memory {:.1} MB", peak_kb as f64 / 1024.0);
}

#[cfg(not(target_os = "linux"))]
fn peak_memory_of_pull(_: &central::Central) {}

/// Importing a 2,000-question XLSForm. The workbook is also written to
/// `target/xlsform-2000.xlsx`, so pyxform can be timed on the very same file (see
/// docs/performance.md).
fn xlsform_import(c: &mut Criterion) {
    let bytes = generate::xlsform(2000);
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/xlsform-2000.xlsx");
    let _ = std::fs::write(&target, &bytes);
    let imported = waypost_core::xlsform::import(bytes.clone(), "xlsform-2000.xlsx").unwrap();
    assert_eq!(imported.questionnaire.sections.iter().map(|s| s.questions.len()).sum::<usize>(), 2000);
    let mut group = c.benchmark_group("xlsform import, 2,000 questions");
    group.bench_function("import + validate", |b| {
        b.iter(|| waypost_core::xlsform::import(black_box(bytes.clone()), "xlsform-2000.xlsx").unwrap());
    });
    group.finish();
}

/// Turning a session into the instance XML a submission sends (the target: 20 ms for
/// 2,000 answers).
fn instance_xml(c: &mut Criterion) {
    let q = generate::questionnaire(2000);
    let session = generate::session(&q, "big-session", 200, 5000);
    let meta = waypost_core::xlsform::instance::Meta {
        instance_id: "uuid:0193c1a2-7b40-7c3e-9d51-4be0a1f2c3d4".into(),
        deprecated_id: None,
        name: "big-session".into(),
        version: q.version.clone(),
    };
    let bytes = waypost_core::xlsform::instance::instance(&q, &session, &meta);
    assert!(bytes.len() > 10_000);
    let key =
        waypost_core::team::seal::public_key(include_str!("../tests/fixtures/keys/team-test-public.b64")).unwrap();
    let mut group = c.benchmark_group("send, 2,000 answers and 200 list items");
    group.bench_function("instance XML", |b| {
        b.iter(|| waypost_core::xlsform::instance::instance(black_box(&q), black_box(&session), &meta));
    });
    // The target: encrypted, at most twice the plaintext build.
    group.bench_function("instance XML, encrypted", |b| {
        b.iter(|| {
            let xml = waypost_core::xlsform::instance::instance(black_box(&q), black_box(&session), &meta);
            waypost_core::team::seal::seal(&key, ("big", "1"), &meta.instance_id, &[], &xml).unwrap()
        });
    });
    group.finish();
}

/// The audience view's path: a save by the facilitator's window, the file-change notification,
/// the session read again and what the room sees worked out.
fn present(c: &mut Criterion) {
    let catalog = Catalog::load(&[std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop")]);
    let q = catalog.get("partner-workshop").unwrap().questionnaire.clone();
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T10:00:00+01:00").unwrap();
    let subject = waypost_core::session::Subject {
        participants: (1..=10).map(|n| format!("Table {n}")).collect(),
        ..waypost_core::session::Subject::default()
    };
    let mut s = waypost_core::session::Session::new(
        "workshop".into(),
        waypost_core::session::QuestionnaireRef::of(&q),
        "en".into(),
        subject,
        at,
    );
    s.position = Some("ready".into());
    store.create(&s).unwrap();
    let mut follower = waypost::Follower::new(&store.path("workshop").unwrap());
    let mut room = waypost::Audience::default();
    let mut group = c.benchmark_group("present");
    group.sample_size(50);
    let mut n = 0usize;
    group.bench_function("a vote saved, seen and shown by the audience view", |b| {
        b.iter_custom(|iters| {
            let start = std::time::Instant::now();
            for _ in 0..iters {
                n += 1;
                let choice = ["yes", "partly", "no"][n % 3];
                waypost_core::interview::votes::vote(
                    &q,
                    &mut s,
                    "ready",
                    &format!("Table {}", n % 10 + 1),
                    Some(choice),
                    at,
                )
                .unwrap();
                store.save(&s).unwrap();
                while !follower.wait(std::time::Duration::from_millis(1)) {}
                room.load(&store, &catalog, "workshop").unwrap();
            }
            start.elapsed()
        });
    });
    group.finish();
    // What the room saw shows the votes (when the benchmark ran: a filter may pass it by).
    assert!(n == 0 || room.stage.is_some_and(|s| s.votes.is_some()));
}

criterion_group!(
    benches,
    load,
    key_press,
    autosave,
    listing,
    listing_with_team,
    pull,
    xlsform_import,
    instance_xml,
    present
);
criterion_main!(benches);
