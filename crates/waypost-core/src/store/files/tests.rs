//! The file store against real folders: privacy, atomic saves, damaged files, merges.

use super::*;

fn session(id: &str) -> Session {
    crate::testing::session(&crate::testing::example(), id, "")
}

#[test]
fn round_trip_and_private_folders() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path().join("data"));
    store.create(&session("a-1")).unwrap();
    assert_eq!(store.load("a-1").unwrap(), session("a-1"));
    assert!(matches!(store.create(&session("a-1")), Err(StoreError::Exists(_))));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&store.sessions_dir()), 0o700);
        assert_eq!(mode(store.data_dir()), 0o700);
        assert_eq!(mode(&store.path("a-1").unwrap()), 0o600);
    }
}

#[test]
fn bad_ids_never_reach_the_file_system() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    assert!(matches!(store.load("../x"), Err(StoreError::BadId(_))));
    assert!(matches!(store.lock("a/b"), Err(StoreError::BadId(_))));
    assert!(matches!(store.load("nope"), Err(StoreError::NotFound(_))));
}

#[test]
fn a_failed_save_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let mut s = session("a");
    store.create(&s).unwrap();
    let before = std::fs::read(store.path("a").unwrap()).unwrap();
    s.position = Some("q2".into());
    store.inject(Some(Fault::PartialWrite));
    assert!(store.save(&s).is_err());
    assert_eq!(std::fs::read(store.path("a").unwrap()).unwrap(), before);
    store.inject(None);
    store.save(&s).unwrap();
    assert_eq!(store.load("a").unwrap().position.as_deref(), Some("q2"));
}

#[test]
fn damaged_files_are_listed_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&session("good")).unwrap();
    let cases: [(&str, &[u8]); 5] = [
        ("empty", b""),
        ("truncated", b"{\"format\": 1, \"id\": \"trunc"),
        ("utf8", b"\"\xff\xfe\""),
        ("types", b"{\"format\": \"one\"}"),
        ("other-id", b""),
    ];
    for (id, bytes) in cases {
        std::fs::write(store.path(id).unwrap(), bytes).unwrap();
    }
    let mut other = serde_json::to_value(session("x")).unwrap();
    other["id"] = "someone-else".into();
    std::fs::write(store.path("other-id").unwrap(), other.to_string()).unwrap();
    let mut good = 0;
    let mut damaged = Vec::new();
    store
        .scan(&mut |l| match l {
            Listed::Session(_) => good += 1,
            Listed::Damaged { path, message } => damaged.push((path, message)),
        })
        .unwrap();
    assert_eq!(good, 1);
    assert_eq!(damaged.len(), 5);
    assert!(damaged.iter().any(|(_, m)| m.contains("line 1 column")), "{damaged:?}");
    for (id, _) in cases {
        let before = std::fs::read(store.path(id).unwrap()).unwrap();
        let err = store.save(&session(id)).unwrap_err();
        assert!(matches!(err, StoreError::Damaged { .. }), "{id}: {err}");
        assert_eq!(std::fs::read(store.path(id).unwrap()).unwrap(), before, "{id} was changed");
    }
}

#[test]
fn a_file_damaged_after_loading_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&session("a")).unwrap();
    let s = store.load("a").unwrap();
    std::fs::write(store.path("a").unwrap(), b"{ broken").unwrap();
    assert!(matches!(store.save(&s), Err(StoreError::Damaged { .. })));
    assert_eq!(std::fs::read(store.path("a").unwrap()).unwrap(), b"{ broken");
}

#[test]
fn the_lock_refuses_a_second_editor() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let guard = store.lock("a").unwrap();
    let err = store.lock("a").unwrap_err();
    assert!(err.to_string().contains("open in another window"), "{err}");
    drop(guard);
    store.lock("a").unwrap();
}

#[test]
fn temporary_files_left_by_a_crash_go_when_the_session_is_next_opened() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&session("a")).unwrap();
    let leftover = store.sessions_dir().join(".a.json.x7Yq2B.tmp");
    let other = store.sessions_dir().join(".b.json.x7Yq2B.tmp");
    let mine = store.sessions_dir().join("notes.tmp");
    for f in [&leftover, &other, &mine] {
        std::fs::write(f, "half").unwrap();
    }
    let _lock = store.lock("a").unwrap();
    assert!(!leftover.exists(), "waypost's own leftover of this session is removed");
    assert!(other.exists() && mine.exists(), "nothing else is touched");
}

#[test]
fn another_programs_edit_is_merged_and_a_clash_is_refused() {
    use serde_json::json;
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let q = crate::testing::example();
    store.create(&session("a")).unwrap();
    let mut mine = store.load("a").unwrap();
    // Another program adds a participant, an unknown field and an answer.
    let path = store.path("a").unwrap();
    let mut file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    file["subject"]["participants"] = json!(["Bo"]);
    file["site"] = json!("Lima");
    file["answers"]["sector"] = json!({"value": "ict"});
    std::fs::write(&path, file.to_string()).unwrap();
    crate::testing::give(&q, &mut mine, &[("staff_trained", json!(12))]);
    store.save(&mine).unwrap();
    let merged = store.take_merged("a").expect("merged");
    let on_disk = store.load("a").unwrap();
    assert_eq!(on_disk, merged);
    assert_eq!(on_disk.subject.participants, ["Bo"]);
    assert_eq!(on_disk.extra["site"], json!("Lima"));
    assert_eq!(on_disk.answers()["sector"].value, Some(json!("ict")));
    assert_eq!(on_disk.answers()["staff_trained"].value, Some(json!(12)));

    // Both change the same answer: refused, the file keeps the other version.
    let mut mine = on_disk;
    let mut file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    file["answers"]["staff_trained"] = json!({"value": 30});
    std::fs::write(&path, file.to_string()).unwrap();
    let before = std::fs::read(&path).unwrap();
    crate::testing::give(&q, &mut mine, &[("staff_trained", json!(14))]);
    assert!(matches!(store.save(&mine), Err(StoreError::Conflict { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn one_size_limit_for_listing_opening_and_restoring() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&session("big")).unwrap();
    // Over the limit by a byte (a sparse file: nothing is written to make it).
    let file = std::fs::OpenOptions::new().write(true).open(store.path("big").unwrap()).unwrap();
    file.set_len(MAX_SESSION_BYTES + 1).unwrap();
    drop(file);
    let catalog = crate::questionnaire::Catalog::load(&[]);
    assert!(matches!(store.load("big"), Err(StoreError::Damaged { .. })), "opening refuses it");
    let (rows, damaged) = store.rows(&catalog).unwrap();
    assert!(rows.is_empty() && damaged.len() == 1, "listing calls it damaged too");
    let mut scanned = Vec::new();
    store.scan(&mut |l| scanned.push(matches!(l, Listed::Damaged { .. }))).unwrap();
    assert_eq!(scanned, [true]);
    // Within the limit, all of them read it.
    let file = std::fs::OpenOptions::new().write(true).open(store.path("big").unwrap()).unwrap();
    file.set_len(0).unwrap();
    drop(file);
    std::fs::write(store.path("big").unwrap(), serde_json::to_vec(&session("big")).unwrap()).unwrap();
    assert!(store.load("big").is_ok());
    assert_eq!(store.rows(&catalog).unwrap().0.len(), 1);
}

/// `cp -al`: a copy of every folder whose files are new names of the same files.
#[cfg(unix)]
fn hard_linked_copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (path, target) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().unwrap().is_dir() {
            hard_linked_copy(&path, &target);
        } else {
            std::fs::hard_link(&path, &target).unwrap();
        }
    }
}

/// Every file under a folder with its bytes.
#[cfg(unix)]
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(contents(&path));
        } else {
            found.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    found.sort();
    found
}

#[cfg(unix)]
#[test]
fn a_hard_linked_backup_of_the_data_folder_keeps_what_it_had() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = FileStore::new(&data);
    let catalog = crate::questionnaire::Catalog::load(&[]);
    let mut s = session("a");
    store.create(&s).unwrap();
    for organisation in ["One", "Two"] {
        let _lock = store.lock("a").unwrap();
        s.subject.organisation = organisation.into();
        store.save(&s).unwrap();
        store.rows(&catalog).unwrap();
    }
    // A lock file that says another holder than this process would write.
    std::fs::write(data.join("locks/a.lock"), "process 1 since 2026-01-01 00:00").unwrap();
    let backup = dir.path().join("backup");
    hard_linked_copy(&data, &backup);
    let kept = contents(&backup);
    for organisation in ["Three", "Four"] {
        let _lock = store.lock("a").unwrap();
        s.subject.organisation = organisation.into();
        store.save(&s).unwrap();
        store.create(&session(&format!("b-{organisation}").to_lowercase())).unwrap();
        store.rows(&catalog).unwrap();
    }
    assert_eq!(store.load("a").unwrap().subject.organisation, "Four");
    assert_eq!(contents(&backup), kept, "the backup holds what it held");
}
