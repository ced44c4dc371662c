//! The XLSForm workbook's bytes, from the rows of its three sheets (each sheet's columns: its
//! fixed ones first, then every other column its rows use, in the order first used).

use std::collections::BTreeMap;

use rust_xlsxwriter::Workbook;

use super::export::{Sheets, column};

/// The workbook of the sheets.
pub(super) fn workbook(sheets: &Sheets) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = Workbook::new();
    let mut sheet =
        |name: &str, fixed: &[&str], rows: &[BTreeMap<String, String>]| -> Result<(), rust_xlsxwriter::XlsxError> {
            let mut columns: Vec<String> = fixed.iter().map(|c| (*c).to_owned()).collect();
            for row in rows {
                for key in row.keys() {
                    if !columns.contains(key) {
                        columns.push(key.clone());
                    }
                }
            }
            let ws = book.add_worksheet();
            ws.set_name(name)?;
            for (c, column) in columns.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                ws.write_string(0, c, column)?;
                for (r, row) in rows.iter().enumerate() {
                    if let Some(value) = row.get(column) {
                        ws.write_string(u32::try_from(r + 1).unwrap_or(u32::MAX), c, value)?;
                    }
                }
            }
            Ok(())
        };
    let labels: Vec<String> = sheets.languages.iter().map(|l| column("label", l)).collect();
    let mut survey_fixed = vec!["type", "name"];
    survey_fixed.extend(labels.iter().map(String::as_str));
    sheet("survey", &survey_fixed, &sheets.survey)?;
    let mut choices_fixed = vec!["list_name", "name"];
    choices_fixed.extend(labels.iter().map(String::as_str));
    sheet("choices", &choices_fixed, &sheets.choices)?;
    sheet(
        "settings",
        &["form_title", "form_id", "version", "default_language"],
        std::slice::from_ref(&sheets.settings),
    )?;
    book.save_to_buffer()
}
