//! Colours and styles: calm by default, stronger with `--theme high-contrast`, none with NO_COLOR.

use ratatui::style::{Color, Modifier, Style};

use crate::setup::ThemeChoice as ThemeArg;

/// The styles the screens use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Plain text.
    pub text: Style,
    /// Less important text: guidance, help, hints.
    pub dim: Style,
    /// Titles and the current item.
    pub title: Style,
    /// The selected row of a list.
    pub selected: Style,
    /// Errors and hard-check messages.
    pub error: Style,
    /// Soft warnings.
    pub warning: Style,
    /// Good news: saved, complete.
    pub ok: Style,
    /// Keys in the hint bar.
    pub key: Style,
    /// The progress gauge.
    pub gauge: Style,
}

impl Theme {
    /// The theme for the options given; `no_color` drops every colour but keeps bold and reverse.
    pub fn new(choice: ThemeArg, no_color: bool) -> Theme {
        let plain = Style::default();
        if no_color {
            return Theme {
                text: plain,
                dim: plain,
                title: plain.add_modifier(Modifier::BOLD),
                selected: plain.add_modifier(Modifier::REVERSED),
                error: plain.add_modifier(Modifier::BOLD),
                warning: plain.add_modifier(Modifier::BOLD),
                ok: plain,
                key: plain.add_modifier(Modifier::BOLD),
                gauge: plain.add_modifier(Modifier::REVERSED),
            };
        }
        match choice {
            ThemeArg::Default => Theme {
                text: plain,
                dim: plain.fg(Color::Gray).add_modifier(Modifier::DIM),
                title: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                selected: plain.fg(Color::Black).bg(Color::Cyan),
                error: plain.fg(Color::Red).add_modifier(Modifier::BOLD),
                warning: plain.fg(Color::Yellow),
                ok: plain.fg(Color::Green),
                key: plain.fg(Color::Cyan),
                gauge: plain.fg(Color::Cyan),
            },
            ThemeArg::HighContrast => Theme {
                text: plain.fg(Color::White),
                dim: plain.fg(Color::White),
                title: plain.fg(Color::White).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                selected: plain.fg(Color::Black).bg(Color::White).add_modifier(Modifier::BOLD),
                error: plain.fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD),
                warning: plain.fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::BOLD),
                ok: plain.fg(Color::Black).bg(Color::Green),
                key: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                gauge: plain.fg(Color::White),
            },
        }
    }
}

/// Whether the NO_COLOR convention asks for no colour (set and not empty).
pub(crate) fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}
