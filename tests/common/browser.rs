//! Headless Chromium and pdftotext for the tests that look at a report as a reader would: found
//! on this machine, or a failure in CI (`.ci/run` installs both).

use std::path::Path;
use std::process::Command;

/// The first program of `names` that runs with `arg`; in CI a missing one is a failure.
pub(crate) fn tool(names: &[&'static str], arg: &str, package: &str) -> Option<&'static str> {
    let found = names.iter().copied().find(|b| Command::new(b).arg(arg).output().is_ok_and(|o| o.status.success()));
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI is set but {package} is not installed: .ci/run must install it");
        eprintln!("SKIPPED: {package} is not installed (.ci/run installs it)");
    }
    found
}

/// Chromium, under one of the names distributions give it.
pub(crate) fn chromium() -> Option<&'static str> {
    tool(&["chromium", "chromium-browser", "google-chrome"], "--version", "Chromium (Debian's `chromium`)")
}

/// A headless Chromium with its own profile in `profile`, quiet (no network of its own, no first
/// run): the caller adds what to do and the page.
pub(crate) fn headless(browser: &str, profile: &Path) -> Command {
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()));
    command
}
