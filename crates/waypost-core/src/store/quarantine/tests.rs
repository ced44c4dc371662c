//! Files planted in a data folder that was once open to others, and strays where waypost's files
//! go: each is set aside, said once, and the user's data goes on being saved in the user's files.
#![cfg(unix)]

#[cfg(target_os = "linux")]
use std::os::unix::fs::MetadataExt;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::Distrust;
use crate::store::{FileStore, Store, StoreError};

/// The user a planted file belongs to.
const OTHER_USER: u32 = 4242;

fn session(id: &str, organisation: &str) -> crate::session::Session {
    crate::testing::session(&crate::testing::built_in("learning-review"), id, organisation)
}

/// Whether this process can give a file to another user, as the tests of planted files need.
/// The CI machine runs as root; elsewhere these tests say they did not run, and fail under CI.
fn can_plant() -> bool {
    if rustix::process::geteuid().is_root() {
        return true;
    }
    assert!(std::env::var_os("CI").is_none(), "the tests of planted files need root, and CI runs as root");
    eprintln!("not root: the tests of files planted by another user did not run");
    false
}

/// Plants `bytes` at `path` as another user would in a folder open to all: theirs, 0666, with a
/// hard link they keep (returned) to read and change it later.
fn plant(path: &Path, bytes: &[u8]) -> tempfile::TempDir {
    std::fs::write(path, bytes).unwrap();
    std::os::unix::fs::chown(path, Some(OTHER_USER), None).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o666)).unwrap();
    let theirs = tempfile::tempdir().unwrap();
    std::fs::hard_link(path, theirs.path().join("kept")).unwrap();
    theirs
}

/// A store with one saved session, its data folder once opened to all.
fn opened_store(dir: &Path) -> FileStore {
    let store = FileStore::new(dir);
    store.create(&session("s", "Acme")).unwrap();
    for folder in [dir.to_owned(), store.sessions_dir()] {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    store
}

// Only Linux keeps a spare beside each file (see `Folder::write`).
#[cfg(target_os = "linux")]
#[test]
fn a_planted_spare_is_set_aside_and_the_session_stays_the_users() {
    if !can_plant() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = opened_store(dir.path());
    let theirs = plant(&store.sessions_dir().join(".s.json.spare"), b"planted");
    for organisation in ["Acme Two", "Acme Three"] {
        store.save(&session("s", organisation)).unwrap();
    }
    let file = std::fs::metadata(store.path("s").unwrap()).unwrap();
    assert_eq!(file.uid(), rustix::process::geteuid().as_raw(), "the session file is the user's own");
    assert_eq!((file.nlink(), file.mode() & 0o777), (1, 0o600));
    assert_eq!(store.load("s").unwrap().subject.organisation, "Acme Three");
    assert_eq!(std::fs::read(theirs.path().join("kept")).unwrap(), b"planted", "nothing written into theirs");
    let aside = store.set_aside();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(aside[0].why, Distrust::NotOurs);
    assert!(aside[0].to.starts_with(dir.path().join("quarantine")), "{:?}", aside[0].to);
    assert!(aside[0].to.exists(), "set aside, not deleted");
    assert!(store.set_aside().is_empty(), "said once");
}

// Only Linux keeps a spare beside each file (see `Folder::write`).
#[cfg(target_os = "linux")]
#[test]
fn a_planted_index_spare_is_set_aside() {
    if !can_plant() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = opened_store(dir.path());
    let catalog = crate::questionnaire::Catalog::load(&[]);
    store.rows(&catalog).unwrap();
    let theirs = plant(&dir.path().join(".index.json.spare"), b"planted");
    store.create(&session("t", "Bolt")).unwrap();
    assert_eq!(store.rows(&catalog).unwrap().0.len(), 2);
    assert_eq!(std::fs::read(theirs.path().join("kept")).unwrap(), b"planted");
    let index = std::fs::metadata(dir.path().join("index.json")).unwrap();
    assert_eq!(index.uid(), rustix::process::geteuid().as_raw());
    assert_eq!(store.set_aside().len(), 1);
}

#[test]
fn a_planted_lock_file_held_by_another_user_does_not_lock_the_user_out() {
    if !can_plant() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = opened_store(dir.path());
    let locks = dir.path().join("locks");
    std::fs::create_dir(&locks).unwrap();
    std::fs::set_permissions(&locks, std::fs::Permissions::from_mode(0o777)).unwrap();
    let _theirs = plant(&locks.join("s.lock"), b"process 1 since 2026-01-01 00:00");
    // They hold it (`flock`) through a file of their own.
    let held = std::fs::File::open(locks.join("s.lock")).unwrap();
    held.lock().unwrap();
    let guard = store.lock("s").expect("the user's own lock, not theirs");
    assert!(matches!(store.lock("s"), Err(StoreError::Locked { .. })), "and it is a real lock");
    drop(guard);
    assert_eq!(store.set_aside()[0].why, Distrust::NotOurs);
}

#[test]
fn a_planted_questionnaire_never_overrides_one() {
    if !can_plant() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    let folder = dir.path().join("questionnaires");
    std::fs::create_dir_all(&folder).unwrap();
    let built_in =
        crate::questionnaire::catalog::BUILT_IN.iter().find(|(n, _)| *n == "learning-review.json").unwrap().1;
    let _theirs =
        plant(&folder.join("learning-review.json"), built_in.replace("Learning review", "Planted").as_bytes());
    store.vet_questionnaires().unwrap();
    let catalog = crate::questionnaire::Catalog::load(&[folder]);
    assert!(catalog.notices.is_empty(), "no override: {:?}", catalog.notices);
    assert_eq!(store.set_aside().len(), 1);
}

// Only Linux keeps a spare beside each file (see `Folder::write`).
#[cfg(target_os = "linux")]
#[test]
fn a_stray_at_the_spares_place_is_set_aside_and_the_save_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&session("s", "Acme")).unwrap();
    let spare = store.sessions_dir().join(".s.json.spare");
    let outside = dir.path().join("outside");
    std::fs::write(&outside, "keep me").unwrap();
    let strays: [(&str, &dyn Fn()); 3] = [
        ("link", &|| std::os::unix::fs::symlink(&outside, &spare).unwrap()),
        ("folder", &|| std::fs::create_dir(&spare).unwrap()),
        ("fifo", &|| {
            // The command, not a call: `mkfifoat` is not on every Unix.
            assert!(std::process::Command::new("mkfifo").arg(&spare).status().unwrap().success());
        }),
    ];
    for (n, (kind, make)) in strays.iter().enumerate() {
        if std::fs::symlink_metadata(&spare).is_ok() {
            std::fs::remove_file(&spare).unwrap();
        }
        make();
        let organisation = format!("Acme {n}");
        store.save(&session("s", &organisation)).unwrap_or_else(|e| panic!("a {kind} there: {e}"));
        assert_eq!(store.load("s").unwrap().subject.organisation, organisation);
        let aside = store.set_aside();
        assert_eq!(aside.len(), 1, "a {kind}: {aside:?}");
        let expected = if *kind == "link" { Distrust::Link } else { Distrust::NotRegular };
        assert_eq!(aside[0].why, expected);
    }
    assert_eq!(std::fs::read(&outside).unwrap(), b"keep me");
}

#[test]
fn a_link_in_the_trash_never_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::new(dir.path());
    store.create(&session("s", "Acme")).unwrap();
    let elsewhere = dir.path().join("elsewhere.json");
    std::fs::copy(store.path("s").unwrap(), &elsewhere).unwrap();
    store.trash("s").unwrap();
    let trash = dir.path().join("trash");
    std::fs::remove_file(trash.join("s.json")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, trash.join("s.json")).unwrap();
    assert!(matches!(store.restore("s"), Err(StoreError::NotFound(_))));
    assert!(std::fs::symlink_metadata(store.path("s").unwrap()).is_err(), "no link in the sessions");
    assert_eq!(store.set_aside()[0].why, Distrust::Link);
    assert!(elsewhere.exists());
}

#[test]
fn a_planted_session_is_never_listed_or_opened() {
    if !can_plant() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = opened_store(dir.path());
    let planted = serde_json::to_vec(&session("p", "Planted")).unwrap();
    let _theirs = plant(&store.sessions_dir().join("p.json"), &planted);
    let catalog = crate::questionnaire::Catalog::load(&[]);
    let (rows, damaged) = store.rows(&catalog).unwrap();
    assert_eq!((rows.len(), damaged.len()), (1, 0), "only the user's own session");
    assert_eq!(store.set_aside()[0].why, Distrust::NotOurs);
    assert!(matches!(store.load("p"), Err(StoreError::NotFound(_))));
}
