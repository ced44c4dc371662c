//! The terminal while the app runs: raw mode, the alternate screen, mouse capture and bracketed
//! paste, all undone by one guard when it is dropped, whether the app ends, fails or panics.

use std::io::Stdout;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::EnterAlternateScreen;

use super::spacing::Spaced;

/// The terminal drawn on: crossterm's, through the backend that gives spacing marks their
/// column.
pub(super) type Screen = Terminal<Spaced<CrosstermBackend<Stdout>>>;

/// Holds the terminal in the app's state; dropping it restores everything.
pub(super) struct TerminalGuard {
    /// The terminal to draw on.
    pub terminal: Screen,
}

/// Undoes what [`TerminalGuard::enter`] did; safe to call more than once.
pub(super) fn restore() {
    // Nothing more can be done when the terminal refuses: it is going away.
    let _ = execute!(std::io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    // After leaving the alternate screen: some terminals keep a cursor state per screen.
    let _ = execute!(std::io::stdout(), Show);
}

impl TerminalGuard {
    /// Takes the terminal over: raw mode, the alternate screen, mouse capture and bracketed
    /// paste. A panic restores it too: our hook restores the terminal, then color-eyre's prints
    /// the report. Failing halfway, it undoes what it did.
    pub(super) fn enter() -> std::io::Result<TerminalGuard> {
        // Installed at most once per process; a second call only fails, and changes nothing.
        let _ = color_eyre::install();
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        let entered = ratatui::crossterm::terminal::enable_raw_mode()
            .and_then(|()| execute!(std::io::stdout(), EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste))
            .and_then(|()| Terminal::new(Spaced(CrosstermBackend::new(std::io::stdout()))));
        match entered {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

/// What waiting on the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Input {
    /// Something to read.
    Ready,
    /// Nothing within the time given.
    Quiet,
    /// The terminal is gone (its window closed): reading it would only ever give end of file.
    HungUp,
}

/// Waits up to `wait` for the terminal to have input. The app asks crossterm for events only
/// when there is input, because crossterm's reader loops for ever on a terminal that is gone.
pub(super) fn wait_for_input(wait: std::time::Duration) -> Input {
    #[cfg(unix)]
    {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let stdin = std::io::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let timeout =
            Timespec { tv_sec: i64::try_from(wait.as_secs()).unwrap_or(0), tv_nsec: i64::from(wait.subsec_nanos()) };
        match poll(&mut fds, Some(&timeout)) {
            Err(_) => Input::Quiet,
            Ok(_) if fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) => Input::HungUp,
            Ok(0) => Input::Quiet,
            Ok(_) => Input::Ready,
        }
    }
    #[cfg(not(unix))]
    {
        if ratatui::crossterm::event::poll(wait).unwrap_or(false) { Input::Ready } else { Input::Quiet }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}
