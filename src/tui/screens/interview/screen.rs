//! The interview as a screen of the app: the key table its state is in, its update and its
//! drawing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::editor::Editor;
use super::{Interview, Layer, update, view};
use crate::tui::action::Action;
use crate::tui::keys::Mode;
use crate::tui::screens::{Around, ScreenView, Updated};

impl ScreenView for Interview {
    fn mode(&self) -> Mode {
        match self.layer {
            Layer::Prompt(_) => return Mode::Form,
            Layer::Voting(_) => return Mode::Vote,
            Layer::Dotting(_) => return Mode::DotVote,
            Layer::Review(_) | Layer::Question => {}
        }
        if matches!(&self.editor, Editor::List(l) if l.leaving) {
            Mode::ConfirmItem
        } else if matches!(self.layer, Layer::Review(_)) {
            Mode::Review
        } else if self.typing {
            Mode::Typing
        } else if self.input().filtering() {
            Mode::Filter
        } else if matches!(&self.editor, Editor::List(l) if l.editing.is_none()) {
            Mode::ListTable
        } else {
            Mode::Command
        }
    }

    fn update(&mut self, action: Action, around: &Around<'_>) -> Updated {
        let (changed, effect) = update::update(self, action, around.now);
        // A read-only view changes nothing to save.
        Updated { changed: changed && !self.read_only(), effect }
    }

    fn render(&self, around: &Around<'_>, area: Rect, buf: &mut Buffer) {
        view::render(self, around.theme, area, buf);
    }
}
