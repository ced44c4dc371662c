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
#[derive(Debug, Default, Clone)]
pub(super) struct Row {
    /// The row's number in the spreadsheet (1-based).
    pub number: usize,
    /// Cells by column name (lower-case, trimmed; the name shared by the sheet's rows), as text.
    pub cells: BTreeMap<Rc<str>, String>,
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

/// The sheets an import reads; the others are never opened, whatever they hold.
const USED: [&str; 3] = ["survey", "choices", "settings"];

/// The most cells with text a sheet may hold: twenty times the biggest real form seen.
const MAX_CELLS: usize = 1_000_000;

/// Why a workbook's sheets could not be read.
#[derive(Debug)]
pub(super) enum Refused {
    /// The workbook itself.
    Workbook(String),
    /// Two sheets have the name (`survey` and `SURVEY`).
    TwoSheets(String, String),
    /// A sheet the import needs, and why.
    Sheet(String, String),
}

/// A sheet's non-empty cells, as text, by (row, column) from 0, in reading order.
type Cells = Vec<(u32, u32, String)>;

/// What an import reads of a workbook: the XLSForm sheets it uses, by name as spelt, with their
/// cells. Made by the one step that runs the format's reader ([`read`]), so that step can run
/// apart (in a process of its own, within limits) and hand this over as JSON.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Workbook {
    sheets: Vec<(String, Cells)>,
}

/// The non-empty cells of a sheet, read one at a time where the format allows it (xlsx, xlsb):
/// a sheet's size is what it holds, never the rectangle from its first cell to its last.
fn cells<RS: std::io::Read + std::io::Seek>(book: &mut Sheets<RS>, name: &str) -> Result<Cells, String> {
    let mut out = Vec::new();
    let mut keep = |row: u32, column: u32, value: String| {
        if value.trim().is_empty() {
            return Ok(());
        }
        if out.len() == MAX_CELLS {
            return Err(crate::tr!("imp-too-many-cells", max = MAX_CELLS));
        }
        out.push((row, column, value));
        Ok(())
    };
    match book {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx.worksheet_cells_reader(name).map_err(|e| e.to_string())?;
            while let Some(cell) = reader.next_cell().map_err(|e| e.to_string())? {
                let (row, column) = cell.get_position();
                keep(row, column, text(&Data::from(cell.get_value().clone())))?;
            }
        }
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb.worksheet_cells_reader(name).map_err(|e| e.to_string())?;
            while let Some(cell) = reader.next_cell().map_err(|e| e.to_string())? {
                let (row, column) = cell.get_position();
                keep(row, column, text(&Data::from(cell.get_value().clone())))?;
            }
        }
        // The older formats are read whole by their reader; the process reading them is kept
        // within its limits by the command that runs it.
        other => {
            let range = other.worksheet_range(name).map_err(|e| e.to_string())?;
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, column, value) in range.used_cells() {
                let (row, column) = (u32::try_from(row).unwrap_or(u32::MAX), u32::try_from(column).unwrap_or(u32::MAX));
                keep(top.saturating_add(row), left.saturating_add(column), text(value))?;
            }
        }
    }
    out.sort_by_key(|(row, column, _)| (*row, *column));
    Ok(out)
}

/// A sheet's table: its first row with anything names the columns, the rows below are read by
/// those names.
fn table(name: String, cells: Cells) -> Table {
    let Some(&(header_row, _, _)) = cells.first() else { return Table { name, rows: Vec::new() } };
    let headings: Vec<(u32, &str)> = cells
        .iter()
        .filter(|(row, _, _)| *row == header_row)
        .map(|(_, column, value)| (*column, value.as_str()))
        .collect();
    let single = super::aliases::single_colons(headings.iter().map(|(_, h)| *h));
    let sheet = name.trim().to_lowercase();
    let columns: BTreeMap<u32, Rc<str>> = headings
        .iter()
        .map(|(column, heading)| (*column, Rc::from(super::aliases::column(&sheet, heading, single))))
        .collect();
    let letters: Rc<BTreeMap<String, String>> =
        Rc::new(columns.iter().map(|(column, heading)| (heading.to_string(), letter(*column as usize))).collect());
    let mut rows: Vec<Row> = Vec::new();
    for (row, column, value) in cells.into_iter().filter(|(row, _, _)| *row > header_row) {
        let Some(heading) = columns.get(&column) else { continue };
        if rows.last().is_none_or(|r| r.number != row as usize + 1) {
            rows.push(Row { number: row as usize + 1, letters: letters.clone(), ..Row::default() });
        }
        if let Some(current) = rows.last_mut() {
            current.cells.insert(heading.clone(), value);
        }
    }
    Table { name, rows }
}

/// The XLSForm sheets of a workbook (xlsx, xls, xlsb or ods) with their cells.
pub(super) fn read(bytes: Vec<u8>) -> Result<Workbook, Refused> {
    let mut book: Sheets<_> =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| Refused::Workbook(e.to_string()))?;
    let mut out = Workbook::default();
    for name in book.sheet_names() {
        let key = name.trim().to_lowercase();
        if !USED.contains(&key.as_str()) {
            continue;
        }
        if let Some((first, _)) = out.sheets.iter().find(|(n, _)| n.trim().to_lowercase() == key) {
            return Err(Refused::TwoSheets(first.clone(), name));
        }
        let read = cells(&mut book, &name).map_err(|why| Refused::Sheet(name.clone(), why))?;
        out.sheets.push((name, read));
    }
    Ok(out)
}

/// The workbook's sheets as tables, by lower-case name.
pub(super) fn tables(workbook: Workbook) -> BTreeMap<String, Table> {
    workbook.sheets.into_iter().map(|(name, cells)| (name.trim().to_lowercase(), table(name, cells))).collect()
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
