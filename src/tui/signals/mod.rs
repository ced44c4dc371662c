//! What ends the app from outside: a closed terminal or console window, an interrupt, a request
//! to stop. Each system tells it its own way (Unix signals; the Windows console's control
//! events); the app sees one number in both, and the event loop saves and ends on it.

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Duration;

#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;

/// The terminal or the console window was closed. The numbers are Unix's on every system, so
/// the exit code is 128 + the number everywhere, as shells expect.
pub(crate) const HANG_UP: i32 = 1;
/// Ctrl-C outside the app's own keys (the app reads Ctrl-C as a key while it runs).
pub(crate) const INTERRUPT: i32 = 2;
/// A request to stop (SIGTERM; Ctrl-Break, logging off or shutting down on Windows).
pub(crate) const TERMINATE: i32 = 15;

/// Notes in `signal` what ends the app, for the event loop, which saves and ends.
pub(crate) fn watch(signal: Arc<AtomicUsize>) -> std::io::Result<()> {
    #[cfg(unix)]
    return unix::watch(signal);
    #[cfg(windows)]
    return windows::watch(signal);
    #[cfg(not(any(unix, windows)))]
    {
        drop(signal);
        Ok(())
    }
}

/// How long the event loop has to save and end after a signal before the process ends on its
/// own (within the five seconds Windows gives a closed console window).
const GRACE: Duration = Duration::from_secs(3);

/// Should the event loop be stuck (a terminal gone in the middle of a read), ends the process
/// after the grace period, with the terminal restored as far as it still can be: answers are
/// saved as they are confirmed, so at most the last second's typing is lost then.
fn end_after_grace(sig: i32) -> ! {
    std::thread::sleep(GRACE);
    super::terminal::restore();
    std::process::exit(128 + sig);
}
