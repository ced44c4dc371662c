//! A workbook's XLSForm sheets as tables of text: each row's cells by column name, with the row
//! number and column letter a person sees in the spreadsheet, so every note can point there.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::rc::Rc;

use calamine::{Data, Reader, Sheets};

/// One sheet: its column names and its non-empty rows.
#[derive(Debug, Default)]
pub(super) struct Table {
    /// The sheet's name as the workbook spells it.
    pub name: String,
    /// The rows below the header that hold anything.
    pub rows: Vec<Row>,
}

/// One row of a sheet.
#[derive(Debug, Default)]
pub(super) struct Row {
    /// The row's number in the spreadsheet (1-based).
    pub number: usize,
    /// Cells by column name (lower-case, trimmed), as text.
    pub cells: BTreeMap<String, String>,
    /// Each column name's letter, for notes (shared by the sheet's rows).
    pub letters: Rc<BTreeMap<String, String>>,
}

impl Row {
    /// A cell's text, trimmed; empty when the column is missing.
    pub(super) fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", |s| s.trim())
    }

    /// The column letter of a column, or the column name when it has none.
    pub(super) fn letter(&self, column: &str) -> String {
        self.letters.get(column).cloned().unwrap_or_else(|| column.to_owned())
    }
}

/// The sheets of an XLSForm workbook (xlsx, xls, xlsb or ods), by lower-case name.
pub(super) fn read(bytes: Vec<u8>) -> Result<BTreeMap<String, Table>, String> {
    let mut book: Sheets<_> = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut out = BTreeMap::new();
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else { continue };
        let (top, left) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows = range.rows();
        let Some(header) = rows.next() else {
            out.insert(name.to_lowercase(), Table { name, rows: Vec::new() });
            continue;
        };
        let columns: Vec<(usize, String)> = header
            .iter()
            .enumerate()
            .map(|(i, cell)| (i, text(cell).trim().to_lowercase()))
            .filter(|(_, c)| !c.is_empty())
            .collect();
        let letters: Rc<BTreeMap<String, String>> =
            Rc::new(columns.iter().map(|(i, column)| (column.clone(), letter(left + i))).collect());
        let mut table = Table { name: name.clone(), rows: Vec::new() };
        for (n, cells) in rows.enumerate() {
            let mut row = Row { number: top + n + 2, letters: letters.clone(), ..Row::default() };
            for (i, column) in &columns {
                let value = cells.get(*i).map(text).unwrap_or_default();
                if !value.trim().is_empty() {
                    row.cells.insert(column.clone(), value);
                }
            }
            if !row.cells.is_empty() {
                table.rows.push(row);
            }
        }
        out.insert(name.to_lowercase(), table);
    }
    Ok(out)
}

/// A cell as text: whole numbers without ".0", dates as `YYYY-MM-DD`, errors as nothing.
fn text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::DateTime(d) => d.as_datetime().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        Data::Error(_) | Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// A column's letters: 0 is A, 26 is AA.
fn letter(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + u8::try_from(index % 26).unwrap_or(0)));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::letter;

    #[test]
    fn column_letters() {
        assert_eq!(
            [letter(0), letter(25), letter(26), letter(27), letter(701), letter(702)],
            ["A", "Z", "AA", "AB", "ZZ", "AAA"]
        );
    }
}
