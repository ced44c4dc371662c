//! Unix: SIGTERM, SIGHUP and SIGINT through signal-hook's iterator, on a thread of its own.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// See [`super::watch`].
pub(super) fn watch(signal: Arc<AtomicUsize>) -> std::io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let sig = match sig {
                SIGHUP => super::HANG_UP,
                SIGINT => super::INTERRUPT,
                _ => super::TERMINATE,
            };
            signal.store(usize::try_from(sig).unwrap_or(1), Ordering::Relaxed);
            super::end_after_grace(sig);
        }
    });
    Ok(())
}
