//! Workbooks (xlsx, xlsm, xlsb, xls, ods) through calamine.
//!
//! A sheet may declare millions of cells it does not hold, and calamine's
//! `Range` is dense, so xlsx sheets are streamed cell by cell and every sheet
//! is capped at `max_cells_per_sheet` cells and a sane width.

use super::{Cell, Content, FileLimits, Sheet, Unreadable};
use crate::model::Format;
use calamine::{Data, DataRef, Reader, Sheets};
use std::io::Cursor;

/// More columns than this are dropped: no hercert table is wider.
const MAX_COLUMNS: u32 = 256;
/// Sheets read per workbook at most.
const MAX_SHEETS: usize = 64;

pub fn parse(bytes: &[u8], format: Format, limits: &FileLimits) -> Result<Content, Unreadable> {
    let cursor = Cursor::new(bytes);
    let opened: Result<Sheets<Cursor<&[u8]>>, calamine::Error> = match format {
        Format::Xlsx | Format::Xlsm => calamine::Xlsx::new(cursor)
            .map(Sheets::Xlsx)
            .map_err(Into::into),
        Format::Xlsb => calamine::Xlsb::new(cursor)
            .map(Sheets::Xlsb)
            .map_err(Into::into),
        Format::Xls => calamine::Xls::new(cursor)
            .map(Sheets::Xls)
            .map_err(Into::into),
        Format::Ods => calamine::Ods::new(cursor)
            .map(Sheets::Ods)
            .map_err(Into::into),
        other => return Err(Unreadable::Unsupported(other.as_str().to_string())),
    };
    let mut workbook = opened.map_err(|e| classify_error(&e))?;
    let mut sheets = Vec::new();
    let mut first_error = None;
    for name in workbook.sheet_names().into_iter().take(MAX_SHEETS) {
        let cells = match &mut workbook {
            Sheets::Xlsx(xlsx) => stream_xlsx(xlsx, &name, limits),
            other => other
                .worksheet_range(&name)
                .map(|range| from_range(&range, limits))
                .map_err(|e| classify_error(&e)),
        };
        // A merged region shows its value in every cell it covers.
        let merged = match &mut workbook {
            Sheets::Xlsx(xlsx) => xlsx.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            Sheets::Xls(xls) => xls.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            _ => Vec::new(),
        };
        let rows =
            cells.map(|cells| densify(fill_merged(cells, &merged, limits.max_cells_per_sheet)));
        // A chart sheet or one damaged sheet does not make the others
        // unreadable.
        match rows {
            Ok(rows) => sheets.push(Sheet { name, rows }),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let (true, Some(error)) = (sheets.is_empty(), first_error) {
        return Err(error);
    }
    let pages = sheets.iter().map(sheet_text).collect();
    Ok(Content {
        pages,
        sheets,
        ..Content::default()
    })
}

/// Streams an xlsx sheet so that a huge declared dimension costs nothing.
fn stream_xlsx(
    xlsx: &mut calamine::Xlsx<Cursor<&[u8]>>,
    name: &str,
    limits: &FileLimits,
) -> Result<Vec<(u32, u32, Cell)>, Unreadable> {
    let mut reader = xlsx
        .worksheet_cells_reader(name)
        .map_err(|e| classify_error(&e.into()))?;
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(|e| classify_error(&e.into()))? {
        let (row, col) = cell.get_position();
        let value = from_data_ref(cell.get_value());
        if value != Cell::Empty && col < MAX_COLUMNS {
            cells.push((row, col, value));
        }
        if cells.len() >= limits.max_cells_per_sheet {
            break;
        }
    }
    Ok(cells)
}

/// Copies the value of each merged region's top-left cell into the other
/// cells of the region, within the cell budget.
fn fill_merged(
    mut cells: Vec<(u32, u32, Cell)>,
    merged: &[calamine::Dimensions],
    budget: usize,
) -> Vec<(u32, u32, Cell)> {
    if merged.is_empty() {
        return cells;
    }
    let mut at: std::collections::HashMap<(u32, u32), usize> = cells
        .iter()
        .enumerate()
        .map(|(i, (r, c, _))| ((*r, *c), i))
        .collect();
    for region in merged {
        let (top, left) = region.start;
        let (bottom, right) = region.end;
        let Some(value) = at.get(&(top, left)).map(|&i| cells[i].2.clone()) else {
            continue;
        };
        for r in top..=bottom.min(top.saturating_add(1000)) {
            for c in left..=right.min(left.saturating_add(MAX_COLUMNS)) {
                if cells.len() < budget && !at.contains_key(&(r, c)) {
                    at.insert((r, c), cells.len());
                    cells.push((r, c, value.clone()));
                }
            }
        }
    }
    cells
}

/// Turns sparse cells into rows, dropping leading empty rows and columns.
fn densify(mut cells: Vec<(u32, u32, Cell)>) -> Vec<Vec<Cell>> {
    cells.sort_by_key(|(r, c, _)| (*r, *c));
    let (Some(min_row), Some(min_col)) = (
        cells.iter().map(|c| c.0).min(),
        cells.iter().map(|c| c.1).min(),
    ) else {
        return Vec::new();
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut current_row = None;
    for (r, c, value) in cells {
        if current_row != Some(r) {
            // Keep blank rows between filled ones (they separate tables), but
            // never more than a few.
            let gap = current_row
                .map_or(0, |cur| (r - cur).saturating_sub(1))
                .min(3);
            for _ in 0..gap {
                rows.push(Vec::new());
            }
            rows.push(Vec::new());
            current_row = Some(r);
        }
        if let Some(row) = rows.last_mut() {
            let col = (c - min_col) as usize;
            if row.len() <= col {
                row.resize(col + 1, Cell::Empty);
            }
            row[col] = value;
        }
    }
    let _ = min_row;
    rows
}

fn from_range(range: &calamine::Range<Data>, limits: &FileLimits) -> Vec<(u32, u32, Cell)> {
    let Some((start_row, start_col)) = range.start() else {
        return Vec::new();
    };
    let mut cells = Vec::new();
    for (r, c, value) in range.used_cells() {
        if c as u32 >= MAX_COLUMNS {
            continue;
        }
        cells.push((start_row + r as u32, start_col + c as u32, from_data(value)));
        if cells.len() >= limits.max_cells_per_sheet {
            break;
        }
    }
    cells
}

fn from_data(value: &Data) -> Cell {
    match value {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => text_cell(s),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => excel_datetime(dt),
        Data::DateTimeIso(s) => iso_datetime(s),
        Data::DurationIso(s) => iso_duration(s),
        Data::Error(_) | Data::Empty => Cell::Empty,
    }
}

fn from_data_ref(value: &DataRef<'_>) -> Cell {
    match value {
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) => text_cell(s),
        DataRef::SharedString(s) => text_cell(s),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) => excel_datetime(dt),
        DataRef::DateTimeIso(s) => iso_datetime(s),
        DataRef::DurationIso(s) => iso_duration(s),
        DataRef::Error(_) | DataRef::Empty => Cell::Empty,
    }
}

fn text_cell(s: &str) -> Cell {
    let t = s.trim();
    if t.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(t.to_string())
    }
}

fn excel_datetime(dt: &calamine::ExcelDateTime) -> Cell {
    if dt.is_duration() {
        Cell::Duration(dt.as_f64())
    } else {
        Cell::DateTime(dt.as_f64())
    }
}

/// ODS writes dates as `2024-03-12` or `2024-03-12T14:30:00`.
fn iso_datetime(s: &str) -> Cell {
    let date_part = s.get(..10).unwrap_or(s);
    let Ok(date) = date_part.parse::<jiff::civil::Date>() else {
        return text_cell(s);
    };
    let days = jiff::civil::date(1899, 12, 30)
        .until(date)
        .map(|span| span.get_days() as f64)
        .unwrap_or(0.0);
    let time_fraction = s
        .get(11..)
        .and_then(|t| t.parse::<jiff::civil::Time>().ok())
        .map(|t| {
            (t.hour() as f64 * 3600.0 + t.minute() as f64 * 60.0 + t.second() as f64) / 86400.0
        })
        .unwrap_or(0.0);
    Cell::DateTime(days + time_fraction)
}

/// ODS durations: `PT2H30M00S`, `PT150M`, `P1DT2H`.
fn iso_duration(s: &str) -> Cell {
    let Some(rest) = s.strip_prefix('P').or_else(|| s.strip_prefix("-P")) else {
        return text_cell(s);
    };
    let mut hours = 0.0;
    let mut number = String::new();
    let mut in_time = false;
    for ch in rest.chars() {
        match ch {
            'T' => in_time = true,
            '0'..='9' | '.' | ',' => number.push(if ch == ',' { '.' } else { ch }),
            unit => {
                let value: f64 = number.parse().unwrap_or(0.0);
                number.clear();
                hours += match (unit, in_time) {
                    ('D', _) => value * 24.0,
                    ('H', true) => value,
                    ('M', true) => value / 60.0,
                    ('S', true) => value / 3600.0,
                    _ => 0.0,
                };
            }
        }
    }
    Cell::Duration(hours / 24.0)
}

/// The text of a sheet: cells separated by tabs, rows by newlines.
pub fn sheet_text(sheet: &Sheet) -> String {
    let mut text = String::new();
    for row in &sheet.rows {
        let line: Vec<String> = row.iter().map(Cell::display).collect();
        text.push_str(line.join("\t").trim_end());
        text.push('\n');
    }
    text
}

fn classify_error(e: &calamine::Error) -> Unreadable {
    let text = e.to_string();
    let lower = text.to_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        Unreadable::Encrypted
    } else if lower.contains("eof") || lower.contains("end of") || lower.contains("unexpected end")
    {
        Unreadable::Truncated(text)
    } else {
        Unreadable::Corrupt(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ods_durations_and_dates_become_excel_values() {
        assert_eq!(iso_duration("PT2H30M00S"), Cell::Duration(2.5 / 24.0));
        assert_eq!(iso_duration("PT150M"), Cell::Duration(2.5 / 24.0));
        assert_eq!(iso_datetime("2024-03-12"), Cell::DateTime(45363.0));
        assert_eq!(iso_datetime("2024-03-12T12:00:00"), Cell::DateTime(45363.5));
    }

    #[test]
    fn sparse_cells_become_compact_rows() {
        let rows = densify(vec![
            (5, 3, Cell::Text("Datum".into())),
            (5, 4, Cell::Text("Uren".into())),
            (6, 4, Cell::Number(2.5)),
        ]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][0], Cell::Text("Datum".into()));
        assert_eq!(rows[1], vec![Cell::Empty, Cell::Number(2.5)]);
    }

    #[test]
    fn a_merged_region_repeats_its_value() {
        let region = calamine::Dimensions {
            start: (0, 0),
            end: (1, 1),
        };
        let cells = fill_merged(
            vec![
                (0, 0, Cell::Text("Cursus".into())),
                (0, 2, Cell::Number(3.0)),
            ],
            &[region],
            100,
        );
        let rows = densify(cells);
        assert_eq!(rows[1][1], Cell::Text("Cursus".into()));
        assert_eq!(rows[0][2], Cell::Number(3.0));
    }

    #[test]
    fn garbage_is_corrupt_not_a_panic() {
        let out = parse(b"PK\x03\x04garbage", Format::Xlsx, &FileLimits::default());
        assert!(out.is_err());
    }
}
