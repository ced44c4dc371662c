//! Reports of a session: a plain summary, Markdown, CSV; and the figures they share.

pub mod markdown;
pub mod plain;
pub mod summary;
pub mod table;
pub mod values;

pub use markdown::markdown;
pub use plain::summary_text;
pub use summary::Summary;
pub use table::csv;
