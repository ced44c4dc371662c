//! The export key: the report shown written to the exports folder.

use waypost_core::lifecycle::{self, Opened};
use waypost_core::report::document::{Document, Format, Kind};
use waypost_core::report::history::History;
use waypost_core::store::write_export;

use super::{App, Screen};
use crate::tui::messages as msg;
use crate::tui::widgets::Level;

impl App {
    /// Writes the report shown to the exports folder: Markdown and HTML, and for one session a CSV
    /// that Excel opens with its accents right.
    pub fn export(&mut self) {
        let Some(dir) = self.exports.clone() else {
            self.tell(Level::Error, msg::no_exports_folder());
            return;
        };
        // The grid screen does not keep what the report reads from other sessions: read it now.
        let grid_history;
        let document = match &self.screen {
            Screen::Summary(shown) => session_document(&shown.opened, &shown.history),
            Screen::Grid(shown) => {
                grid_history = lifecycle::history(self.store.as_ref(), &self.catalog, &shown.opened.session);
                session_document(&shown.opened, &grid_history)
            }
            Screen::Compare(c) => Document::Comparison { title: &c.compared.title, comparison: &c.compared.comparison },
            _ => return,
        };
        // Markdown and HTML of everything; for one session a CSV that Excel opens with its accents
        // right too.
        let formats: &[Format] = match document.kind() {
            Kind::Session => &[Format::Markdown, Format::Html, Format::Csv],
            Kind::Comparison | Kind::Report | Kind::Agenda => &[Format::Markdown, Format::Html],
        };
        let written = waypost_core::store::private_dir(&dir).and_then(|()| {
            for &format in formats {
                let bytes = document.bytes(format, true).map_err(std::io::Error::other)?;
                write_export(&dir.join(document.file_name(format)), "", None, &bytes)?;
            }
            Ok(())
        });
        let csv = formats.contains(&Format::Csv);
        match written {
            Ok(()) => self.tell(Level::Info, msg::exported(&document.stem(), &dir, csv)),
            Err(e) => self.tell(Level::Error, msg::export_failed(&dir, &e.to_string())),
        }
    }
}

/// A session's report, with what it reads from other sessions (the trend since the last review,
/// the workshops of its period).
fn session_document<'a>(opened: &'a Opened, history: &'a History) -> Document<'a> {
    Document::Session { questionnaire: &opened.questionnaire, session: &opened.session, history }
}
