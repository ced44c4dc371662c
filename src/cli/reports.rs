//! `waypost export`, `compare` and `report`: reports written to standard output or a file.

use std::io::Write;
use std::path::Path;

use crate::questionnaire::Catalog;
use crate::report::{self, aggregate::Aggregate, compare::compare, cross};
use crate::store::{Listed, Store, write_atomic};
use crate::text::line;

use super::Failure;
use super::args::{CompareFormat, ExportFormat, ReportFormat};
use super::context::{Context, store_failure};

/// Writes a report to a file (private, atomically) or to standard output.
pub fn emit(bytes: &[u8], output: Option<&Path>) -> Result<(), Failure> {
    match output {
        Some(path) => {
            write_atomic(path, bytes, None)
                .map_err(|e| Failure::new(format!("{}: {e}", line(&path.display().to_string()))))?;
            eprintln!("waypost: wrote {}", line(&path.display().to_string()));
        }
        None => std::io::stdout().write_all(bytes).map_err(|e| Failure::new(e.to_string()))?,
    }
    Ok(())
}

/// One session in a format.
pub fn export(ctx: &Context, catalog: &Catalog, id: &str, format: ExportFormat) -> Result<Vec<u8>, Failure> {
    let (session, entry) = ctx.session(catalog, id)?;
    let q = &entry.questionnaire;
    Ok(match format {
        ExportFormat::Json => {
            let mut b = serde_json::to_vec_pretty(&session).map_err(|e| Failure::new(e.to_string()))?;
            b.push(b'\n');
            b
        }
        ExportFormat::Md => report::markdown(q, &session).into_bytes(),
        ExportFormat::Csv => report::csv(q, &session).map_err(|e| Failure::new(e.to_string()))?,
        ExportFormat::Html => report::html(q, &session).into_bytes(),
    })
}

/// Two sessions compared.
pub fn compare_sessions(
    ctx: &Context,
    catalog: &Catalog,
    before: &str,
    after: &str,
    format: CompareFormat,
) -> Result<Vec<u8>, Failure> {
    let (a, entry) = ctx.session(catalog, before)?;
    let (b, _) = ctx.session(catalog, after)?;
    if a.questionnaire.id != b.questionnaire.id {
        return Err(Failure::new(format!(
            "sessions answer different questionnaires ({} and {}); only sessions of one questionnaire can be compared",
            line(&a.questionnaire.id),
            line(&b.questionnaire.id)
        )));
    }
    let q = &entry.questionnaire;
    let c = compare(q, &a, &b);
    let title = format!("{} — {}", q.title.get(&b.language, q.default_language()), b.subject.organisation);
    Ok(match format {
        CompareFormat::Md => cross::compare_markdown(&title, &c).into_bytes(),
        CompareFormat::Html => cross::compare_html(&title, &c).into_bytes(),
    })
}

/// The spread of answers over the sessions of a questionnaire, read one at a time.
pub fn aggregate(
    ctx: &Context,
    catalog: &Catalog,
    questionnaire: &str,
    organisation: Option<&str>,
    format: ReportFormat,
) -> Result<Vec<u8>, Failure> {
    let entry = catalog.get(questionnaire).ok_or_else(|| {
        Failure::new(format!("no questionnaire \"{}\" (see `waypost questionnaires`)", line(questionnaire)))
    })?;
    let q = &entry.questionnaire;
    let wanted = organisation.map(|o| o.trim().to_lowercase());
    let mut agg = Aggregate::new(q);
    ctx.store
        .scan(&mut |listed| match listed {
            Listed::Session(s) => {
                let org_ok = wanted.as_ref().is_none_or(|o| s.subject.organisation.trim().to_lowercase() == *o);
                if s.questionnaire.id == q.id && org_ok {
                    agg.add(q, &s);
                }
            }
            Listed::Damaged { path, message } => {
                eprintln!("waypost: damaged session file {}: {}", line(&path.display().to_string()), line(&message))
            }
        })
        .map_err(store_failure)?;
    let mut title = q.title.get(q.default_language(), "en").to_owned();
    if let Some(o) = organisation {
        title.push_str(&format!(" — {o}"));
    }
    Ok(match format {
        ReportFormat::Md => cross::aggregate_markdown(&title, &agg).into_bytes(),
        ReportFormat::Csv => cross::aggregate_csv(&agg).map_err(|e| Failure::new(e.to_string()))?,
        ReportFormat::Html => cross::aggregate_html(&title, &agg).into_bytes(),
    })
}
