//! Driving the binary in a real terminal (tmux), shared by the terminal and crash tests.
#![allow(dead_code)] // each test crate uses a part of these helpers

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

/// The binary under test: WAYPOST_BIN, else the one cargo built for the tests.
pub(crate) fn binary() -> PathBuf {
    std::env::var_os("WAYPOST_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_waypost")))
}

/// The binary cargo built for the tests, with the core's `testing` feature (fault injection),
/// which a release binary never has.
pub(crate) fn test_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_waypost"))
}

/// Whether a test that needs something this machine lacks may be skipped: never under CI, where
/// `.ci/run` installs what the tests need, so a skip there would hide a missing install.
pub(crate) fn skip(what: &str) -> bool {
    assert!(std::env::var_os("CI").is_none(), "CI is set but {what}: .ci/run must install it");
    eprintln!("SKIPPED: {what} (.ci/run installs what the tests need)");
    true
}

/// Whether tmux is here; says why the test is skipped when it is not (and fails under CI).
pub(crate) fn have_tmux() -> bool {
    Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success()) || !skip("tmux is not installed")
}

/// A name no other test of this run uses: the test's own, the process and a counter.
fn unique(name: &str) -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{name}-{}-{n}", std::process::id())
}

/// A tmux server of its own running one command, killed when dropped: parallel tests never share
/// a server, so one never meets another's server shutting down. The shell around the command
/// writes its exit status to a file (tmux itself does not always learn it), then stays, so the
/// terminal the command left behind can still be read.
pub(crate) struct Tmux {
    /// The tmux session's name (and its server's socket name).
    pub name: String,
    status_file: PathBuf,
}

impl Tmux {
    /// Starts `BINARY ARGS` on a data folder, with `env` (`NAME=value ...`) set.
    pub(crate) fn start_binary(name: &str, data: &Path, env: &str, binary: &Path, args: &str) -> Tmux {
        let name = unique(name);
        let status_file = data.with_file_name(format!("{name}.status"));
        let _ = std::fs::remove_file(&status_file);
        let command = format!(
            "env WAYPOST_DATA_DIR='{}' WAYPOST_LANG=en NO_COLOR=1 TERM=xterm-256color {env} '{}' {args}; echo $? > '{}'; sleep 60",
            data.display(),
            binary.display(),
            status_file.display()
        );
        let tmux = Tmux { name, status_file };
        let status = tmux
            .command()
            .args(["new-session", "-d", "-s", &tmux.name, "-x", "100", "-y", "30", &command])
            .status()
            .expect("tmux runs");
        assert!(status.success());
        tmux
    }

    /// Starts `waypost ARGS` on a data folder, with `env` (`NAME=value ...`) set.
    pub(crate) fn start_with(name: &str, data: &Path, env: &str, args: &str) -> Tmux {
        Tmux::start_binary(name, data, env, &binary(), args)
    }

    /// Starts `waypost ARGS` on a data folder.
    pub(crate) fn start(name: &str, data: &Path, args: &str) -> Tmux {
        Tmux::start_with(name, data, "", args)
    }

    /// A tmux command on this test's own server.
    fn command(&self) -> Command {
        let mut command = Command::new("tmux");
        command.args(["-L", &self.name]);
        command
    }

    /// Sends keys, one `send-keys` each, with a pause after each as a typist makes.
    pub(crate) fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.send(k);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Sends one key, with no pause after it.
    pub(crate) fn send(&self, key: &str) {
        let status = self.command().args(["send-keys", "-t", &self.name, key]).status().expect("send-keys");
        assert!(status.success());
    }

    /// Resizes the window, as a user dragging its corner.
    pub(crate) fn resize(&self, columns: u16, rows: u16) {
        let (x, y) = (columns.to_string(), rows.to_string());
        let status = self.command().args(["resize-window", "-t", &self.name, "-x", &x, "-y", &y]).status();
        assert!(status.is_ok_and(|s| s.success()), "tmux resize failed");
    }

    /// Pastes text as a terminal paste does (bracketed, one event).
    pub(crate) fn paste(&self, text: &str) {
        let ok = self.command().args(["set-buffer", "-b", &self.name, text]).status().is_ok_and(|s| s.success())
            && self
                .command()
                .args(["paste-buffer", "-p", "-d", "-b", &self.name, "-t", &self.name])
                .status()
                .is_ok_and(|s| s.success());
        assert!(ok, "tmux paste failed");
    }

    /// The screen as text.
    pub(crate) fn screen(&self) -> String {
        let out = self.command().args(["capture-pane", "-p", "-t", &self.name]).output().expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen shows `text`.
    pub(crate) fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "never saw {text:?} on:\n{screen}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Closes the terminal window: the tmux server and its terminals go away.
    pub(crate) fn close_window(&self) {
        let _ = self.command().arg("kill-server").status();
    }

    /// A tmux format of the pane, such as `#{alternate_on}`.
    pub(crate) fn pane(&self, format: &str) -> String {
        let out = self.command().args(["display-message", "-p", "-t", &self.name, format]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// The pid of waypost: the child of the pane's shell.
    pub(crate) fn pid(&self) -> String {
        let out = self.command().args(["display-message", "-p", "-t", &self.name, "#{pane_pid}"]).output().unwrap();
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap_or_default();
        children.split_whitespace().next().expect("waypost runs under the shell").to_owned()
    }

    /// Waits for waypost to end and returns its exit status (137 after kill -9).
    pub(crate) fn wait_exit(&self) -> i32 {
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
        let quiet = std::process::Stdio::null();
        let _ = self.command().arg("kill-server").stderr(quiet).status();
    }
}

/// The one session file of a data folder, parsed.
pub(crate) fn session_file(data: &Path) -> (PathBuf, Value) {
    let dir = data.join("sessions");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let value = serde_json::from_slice(&std::fs::read(&path).unwrap()).expect("the session file parses");
    (path, value)
}

/// Waits until `ok` holds.
pub(crate) fn wait_until(mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// pyxform's converter, the reference for XLSForm and XForm, on the path: CI installs it (see
/// .ci/run) and a test without it fails there; elsewhere the test says so and checks nothing.
pub(crate) fn xls2xform() -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .and_then(|path| std::env::split_paths(&path).map(|dir| dir.join("xls2xform")).find(|p| p.is_file()));
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI must have xls2xform (pip install pyxform): see .ci/run");
        eprintln!("xls2xform is not installed here: pip install pyxform to run this check");
    }
    found
}

/// A workbook with these sheets, each a header row and its rows.
#[allow(clippy::unwrap_used)] // a test's helper: a failed unwrap is the test's failure
pub(crate) fn workbook(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
                match cell.parse::<f64>() {
                    Ok(n) if !cell.starts_with('0') || *cell == "0" => sheet.write_number(r, c, n).unwrap(),
                    _ => sheet.write_string(r, c, *cell).unwrap(),
                };
            }
        }
    }
    book.save_to_buffer().unwrap()
}
