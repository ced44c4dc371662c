//! What every shell needs and none of them owns: the data folder and the questionnaires found
//! there ([`context`]), the interface language ([`language`]), how a run ends ([`outcome`]), and
//! the colour theme asked for ([`ThemeChoice`]).

pub(crate) mod context;
pub(crate) mod language;
pub(crate) mod outcome;

/// The colour themes a user can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeChoice {
    /// Calm colours (none when NO_COLOR is set).
    Default,
    /// Strong contrast.
    HighContrast,
}
