//! The terminal while the app runs: raw mode, the alternate screen, mouse capture and bracketed
//! paste, all undone by one guard when it is dropped, whether the app ends, fails or panics.

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;

/// Holds the terminal in the app's state; dropping it restores everything.
pub struct TerminalGuard {
    /// The terminal to draw on.
    pub terminal: DefaultTerminal,
}

/// Undoes what [`TerminalGuard::enter`] did; safe to call more than once.
pub fn restore() {
    // Nothing more can be done when the terminal refuses: it is going away.
    let _ = execute!(std::io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    // After leaving the alternate screen: some terminals keep a cursor state per screen.
    let _ = execute!(std::io::stdout(), Show);
}

impl TerminalGuard {
    /// Takes the terminal over. A panic restores it too: color-eyre's report hook first, then
    /// ratatui's hook (installed by `try_init`) restores the terminal before the report prints,
    /// and ours turns mouse capture and bracketed paste off as well.
    pub fn enter() -> std::io::Result<TerminalGuard> {
        // Installed at most once per process; a second call only fails, and changes nothing.
        let _ = color_eyre::install();
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        let terminal = ratatui::try_init()?;
        execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
        Ok(TerminalGuard { terminal })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}
