//! The binary in a real terminal (tmux): answer, kill -9, resume. Set WAYPOST_BIN to test another
//! build (CI sets it to the release binary); without tmux these tests say so and pass.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

fn binary() -> PathBuf {
    std::env::var_os("WAYPOST_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_waypost")))
}

fn have_tmux() -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("SKIPPED: tmux is not installed (CI installs it; `apt-get install tmux` here)");
    }
    ok
}

/// A tmux session running one command, killed when dropped. The shell around the command writes
/// its exit status to a file (tmux itself does not always learn it).
struct Tmux {
    name: String,
    status_file: PathBuf,
}

impl Tmux {
    fn start(name: &str, data: &Path, args: &str) -> Tmux {
        let name = format!("{name}-{}", std::process::id());
        let status_file = data.with_file_name(format!("{name}.status"));
        let _ = std::fs::remove_file(&status_file);
        let command = format!(
            "env WAYPOST_DATA_DIR='{}' NO_COLOR=1 TERM=xterm-256color '{}' {args}; echo $? > '{}'",
            data.display(),
            binary().display(),
            status_file.display()
        );
        let status = Command::new("tmux")
            .args(["new-session", "-d", "-s", &name, "-x", "100", "-y", "30", &command])
            .status()
            .expect("tmux runs");
        assert!(status.success());
        Tmux { name, status_file }
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let status = Command::new("tmux").args(["send-keys", "-t", &self.name, k]).status().expect("send-keys");
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux").args(["capture-pane", "-p", "-t", &self.name]).output().expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "never saw {text:?} on:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The pid of waypost: the child of the pane's shell.
    fn pid(&self) -> String {
        let out =
            Command::new("tmux").args(["display-message", "-p", "-t", &self.name, "#{pane_pid}"]).output().unwrap();
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap_or_default();
        children.split_whitespace().next().expect("waypost runs under the shell").to_owned()
    }

    /// Waits for waypost to end and returns its exit status (137 after kill -9).
    fn wait_exit(&self) -> i32 {
        let start = Instant::now();
        loop {
            if let Ok(text) = std::fs::read_to_string(&self.status_file)
                && let Ok(code) = text.trim().parse()
            {
                return code;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "still running:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.name]).status();
    }
}

fn session_file(data: &Path) -> (PathBuf, Value) {
    let dir = data.join("sessions");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let value = serde_json::from_slice(&std::fs::read(&path).unwrap()).expect("the session file parses");
    (path, value)
}

fn wait_until(mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn answers_survive_kill_9_and_resume_at_the_right_place() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = Tmux::start("wp-kill", &data, "new learning-review --organisation 'Acme Hotels' --facilitator Ana");
    app.wait_for("What kind of review is this?");
    app.keys(&["2"]);
    app.wait_for("On what date is the review held?");
    app.keys(&["2026-11-28", "Enter"]);
    app.wait_for("Which phase is the partnership in?");
    app.keys(&["3"]);
    app.wait_for("The period reviewed starts on");
    app.keys(&["2026-05-01", "Enter"]);
    app.wait_for("and ends on");
    wait_until(|| session_file(&data).1["answers"].get("period_from").is_some());
    let status = Command::new("kill").args(["-9", &app.pid()]).status().unwrap();
    assert!(status.success());
    assert_eq!(app.wait_exit(), 137);

    let (path, saved) = session_file(&data);
    assert_eq!(saved["answers"]["review_type"]["value"], "periodic");
    assert_eq!(saved["answers"]["review_date"]["value"], "2026-11-28");
    assert_eq!(saved["answers"]["phase"]["value"], "consolidate");
    assert_eq!(saved["answers"]["period_from"]["value"], "2026-05-01");
    assert_eq!(saved["position"], "period_to");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }

    let id = saved["id"].as_str().unwrap().to_owned();
    let again = Tmux::start("wp-resume", &data, &format!("resume {id}"));
    let screen = again.wait_for("and ends on");
    assert!(!screen.contains("read-only"), "the dead process's lock is recovered:\n{screen}");
    assert!(screen.contains("4 of "), "{screen}");
    again.keys(&["2026-10-31", "Enter"]);
    again.wait_for("Who takes part?");
    again.keys(&["C-c"]);
    assert_eq!(again.wait_exit(), 0, "quits cleanly after saving");
    assert_eq!(session_file(&data).1["answers"]["period_to"]["value"], "2026-10-31");
}

#[test]
fn a_second_window_gets_the_session_read_only() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let first = Tmux::start("wp-first", &data, "new csr-self-assessment --organisation Acme");
    first.wait_for("There are no wrong answers");
    let (_, saved) = session_file(&data);
    let id = saved["id"].as_str().unwrap().to_owned();
    let second = Tmux::start("wp-second", &data, &format!("resume {id}"));
    let screen = second.wait_for("read-only");
    assert!(screen.contains("open in another window"), "{screen}");
    second.keys(&["q"]);
    first.keys(&["q"]);
    assert_eq!(first.wait_exit(), 0);
    assert_eq!(second.wait_exit(), 0);
}

#[test]
fn a_tiny_terminal_shows_a_message_and_resizing_is_fine() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let app = Tmux::start("wp-small", &dir.path().join("data"), "");
    app.wait_for("Questionnaires");
    let _ = Command::new("tmux").args(["resize-window", "-t", &app.name, "-x", "40", "-y", "10"]).status();
    app.wait_for("Terminal too small");
    let _ = Command::new("tmux").args(["resize-window", "-t", &app.name, "-x", "120", "-y", "40"]).status();
    app.wait_for("Questionnaires");
    app.keys(&["q"]);
    assert_eq!(app.wait_exit(), 0);
}
