//! `waypost list` and `waypost questionnaires`.

use crate::questionnaire::Catalog;
use crate::session::Status;
pub use crate::store::rows::{Damaged, Row};
use crate::store::{Listed, Store};
use crate::text::line;

use super::Failure;
use super::args::StatusArg;
use super::context::{Context, store_failure};

/// Every session matching the filters, newest first, and the damaged files.
pub fn collect(
    store: &dyn Store,
    catalog: &Catalog,
    questionnaire: Option<&str>,
    status: Option<Status>,
) -> Result<(Vec<Row>, Vec<Damaged>), crate::store::StoreError> {
    let (mut rows, mut damaged) = store.rows(catalog)?;
    rows.retain(|r| questionnaire.is_none_or(|q| r.questionnaire.id == q) && status.is_none_or(|s| r.status == s));
    rows.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.id.cmp(&b.id)));
    damaged.sort();
    Ok((rows, damaged))
}

/// Every session matching the filters, newest first; damaged files reported on stderr.
pub fn rows(
    ctx: &Context,
    catalog: &Catalog,
    questionnaire: Option<&str>,
    status: Option<StatusArg>,
) -> Result<Vec<Row>, Failure> {
    let want = status.map(|s| match s {
        StatusArg::InProgress => Status::InProgress,
        StatusArg::Completed => Status::Completed,
    });
    let (rows, damaged) = collect(&ctx.store, catalog, questionnaire, want).map_err(store_failure)?;
    for (path, message) in damaged {
        eprintln!("waypost: damaged session file {}: {}", line(&path.display().to_string()), line(&message));
    }
    Ok(rows)
}

/// Prints the listing as a table or JSON.
pub fn print_rows(rows: &[Row], json: bool) -> Result<(), Failure> {
    if json {
        let text = serde_json::to_string_pretty(rows).map_err(|e| Failure::new(e.to_string()))?;
        println!("{text}");
        return Ok(());
    }
    if rows.is_empty() {
        println!("No sessions yet. Start one with `waypost new QUESTIONNAIRE_ID`.");
        return Ok(());
    }
    println!("{:<16}  {:<11}  {:>7}  {:<22}  {:<20}  ID", "UPDATED", "STATUS", "DONE", "QUESTIONNAIRE", "ORGANISATION");
    for r in rows {
        let done = match r.total {
            Some(t) => format!("{}/{t}", r.answered),
            None => format!("{}/?", r.answered),
        };
        println!(
            "{:<16}  {:<11}  {:>7}  {:<22}  {:<20}  {}",
            r.updated_at.format("%Y-%m-%d %H:%M"),
            r.status.name(),
            done,
            clip(&r.questionnaire.id, 22),
            clip(&r.organisation, 20),
            line(&r.id)
        );
    }
    Ok(())
}

/// Prints the questionnaires known, and problems with the rest.
pub fn print_questionnaires(catalog: &Catalog) {
    println!("{:<24}  {:<8}  {:<44}  FROM", "ID", "VERSION", "TITLE");
    for e in catalog.entries() {
        let q = &e.questionnaire;
        println!(
            "{:<24}  {:<8}  {:<44}  {}",
            line(&q.id),
            clip(&q.version, 8),
            clip(q.title.get(q.default_language(), "en"), 44),
            line(&e.origin.to_string())
        );
    }
}

/// A text made safe for one line and cut to `width` characters.
fn clip(s: &str, width: usize) -> String {
    let clean = line(s);
    if clean.chars().count() <= width {
        clean.into_owned()
    } else {
        let mut out: String = clean.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// The most recent session of a questionnaire with the same organisation (case and spaces at the
/// ends do not matter), to carry open items over from.
pub fn latest(store: &dyn Store, questionnaire: &str, organisation: &str) -> Option<crate::session::Session> {
    let org = organisation.trim().to_lowercase();
    if org.is_empty() {
        return None;
    }
    let mut best: Option<crate::session::Session> = None;
    let _ = store.scan(&mut |listed| {
        if let Listed::Session(s) = listed
            && s.questionnaire.id == questionnaire
            && s.subject.organisation.trim().to_lowercase() == org
            && best.as_ref().is_none_or(|b| s.updated_at > b.updated_at)
        {
            best = Some(*s);
        }
    });
    best
}
