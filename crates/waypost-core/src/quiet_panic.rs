//! Running a reader of a foreign format that may panic on a hostile file: the panic is caught
//! and becomes the file's error, and nothing of it (a source path, a backtrace note) reaches the
//! terminal. Panics anywhere else are reported as before.

use std::cell::Cell;
use std::panic::UnwindSafe;
use std::sync::Once;

thread_local! {
    /// Whether this thread is inside [`caught`].
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Puts a hook before the one in place that says nothing for the threads inside [`caught`].
fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `read`; `None` when it panicked.
pub(crate) fn caught<T>(read: impl FnOnce() -> T + UnwindSafe) -> Option<T> {
    install();
    let was = QUIET.with(|q| q.replace(true));
    let out = std::panic::catch_unwind(read).ok();
    QUIET.with(|q| q.set(was));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_inside_is_the_reader_s_failure() {
        assert_eq!(super::caught(|| 2 + 2), Some(4));
        assert_eq!(super::caught(|| -> u8 { panic!("a hostile file") }), None);
    }
}
