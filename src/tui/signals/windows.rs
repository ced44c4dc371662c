//! Windows: the console's control events (Ctrl-C, Ctrl-Break, the window closed, logging off,
//! shutting down) through `SetConsoleCtrlHandler`. The system runs the handler on a thread of its
//! own and ends the process as soon as it returns from a closed window, so the handler does not
//! return: it notes the event and waits while the event loop saves and exits the process.

// The one call into the Windows API that no crate wraps with a waiting handler (ctrlc returns at
// once, and the process is then ended before anything is saved).
#![allow(unsafe_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use windows_sys::Win32::System::Console::{
    CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT, SetConsoleCtrlHandler,
};
use windows_sys::core::BOOL;

/// Where the handler notes the event: the handler is a plain function, so it reaches it here.
static SIGNAL: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// The number the app uses for a console event; `None` for events it leaves to the system.
pub(super) fn number(event: u32) -> Option<i32> {
    match event {
        CTRL_C_EVENT => Some(super::INTERRUPT),
        CTRL_CLOSE_EVENT => Some(super::HANG_UP),
        CTRL_BREAK_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => Some(super::TERMINATE),
        _ => None,
    }
}

unsafe extern "system" fn on_console_event(event: u32) -> BOOL {
    match (number(event), SIGNAL.get()) {
        (Some(sig), Some(signal)) => {
            signal.store(usize::try_from(sig).unwrap_or(1), Ordering::Relaxed);
            super::end_after_grace(sig)
        }
        _ => 0,
    }
}

/// See [`super::watch`].
pub(super) fn watch(signal: Arc<AtomicUsize>) -> std::io::Result<()> {
    let _ = SIGNAL.set(signal);
    // SAFETY: the handler is a function with the signature the API asks for and lives as long as
    // the process; it touches only a static that is set before it is registered.
    if unsafe { SetConsoleCtrlHandler(Some(on_console_event), 1) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_that_ends_the_process_is_saved_for() {
        assert_eq!(number(CTRL_CLOSE_EVENT), Some(super::super::HANG_UP));
        assert_eq!(number(CTRL_C_EVENT), Some(super::super::INTERRUPT));
        for event in [CTRL_BREAK_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT] {
            assert_eq!(number(event), Some(super::super::TERMINATE));
        }
        assert_eq!(number(99), None);
    }
}
