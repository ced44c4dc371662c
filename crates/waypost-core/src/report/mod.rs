//! Reports: of one session (plain summary, Markdown, CSV, HTML), across sessions (comparison,
//! spread of answers), the grid placement, and the figures they share.

pub mod agenda;
pub mod aggregate;
pub mod compare;
pub mod cross;
pub mod document;
pub mod dots;
pub mod grid;
pub mod grid_svg;
pub mod history;
pub mod html;
pub mod item_table;
pub mod markdown;
pub(crate) mod plain;
pub mod stage;
pub mod summary;
pub(crate) mod table;
pub mod votes_html;

pub use html::{html, html_with_history};
pub use markdown::{markdown, markdown_with_history};
pub use plain::{summary_text, summary_text_with_history};
pub use summary::Summary;
pub use table::{csv, for_excel};
