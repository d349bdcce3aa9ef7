//! Workbooks (xlsx, xlsm, xlsb, xls, ods) through calamine.
//!
//! A sheet may declare millions of cells it does not hold, and calamine's
//! `Range` is dense, so xlsx sheets are streamed cell by cell and every sheet
//! is capped at `max_cells_per_sheet` cells and a sane width.
//!
//! Before calamine allocates anything, a budget is checked
//! ([`check_budget`]): every XML part of a zip workbook inflates to at most
//! [`MAX_PART_BYTES`] (counted while inflating, not taken from the header),
//! xlsx shared strings number at most [`MAX_SHARED_STRINGS`], and an ODS
//! sheet's repeated rows and cells span at most [`MAX_DENSE_CELLS`] (an
//! 801-byte ODS can declare 6000 × 16384 cells). Over budget, the file is
//! `too-large`. What the budget cannot see (an xls dimension) is caught by
//! the per-file memory ceiling of [`super::sandbox`].

use super::{ole, zip_package, Cell, Content, FileLimits, Sheet};
use crate::model::Format;
use crate::model::Unreadable;
use calamine::{Data, DataRef, Reader, Sheets};
use std::io::Cursor;

/// More columns than this are dropped: no hercert table is wider.
const MAX_COLUMNS: u32 = 256;
/// Sheets read per workbook at most.
const MAX_SHEETS: usize = 64;

/// An XML part of a zip workbook inflates to at most this many bytes.
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// An xlsx holds at most this many shared strings.
const MAX_SHARED_STRINGS: u64 = 1_000_000;
/// An ODS sheet's dense area (rows × columns up to its last filled cell,
/// repeats counted) is at most this many cells: calamine allocates it.
const MAX_DENSE_CELLS: u64 = 2_000_000;

pub fn parse(bytes: &[u8], format: Format, limits: &FileLimits) -> Result<Content, Unreadable> {
    // calamine's own compound-file reader panics on damaged chains; an
    // encrypted xlsx is a compound file too.
    let rewritten;
    let bytes = if ole::is_compound_file(bytes) {
        rewritten = ole::rewrite(bytes)?;
        rewritten.as_slice()
    } else {
        check_budget(bytes, format)?;
        bytes
    };
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

/// Checks the cell and string budget of a zip workbook before it is opened;
/// a zip that does not open is truncated or corrupt ([`zip_package`]).
fn check_budget(bytes: &[u8], format: Format) -> Result<(), Unreadable> {
    if !matches!(
        format,
        Format::Xlsx | Format::Xlsm | Format::Xlsb | Format::Ods
    ) {
        return Ok(());
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| zip_package::damage(bytes, format.as_str(), e))?;
    for i in 0..archive.len() {
        let Ok(mut part) = archive.by_index(i) else {
            continue;
        };
        let name = part.name().to_string();
        if part.size() > MAX_PART_BYTES {
            return Err(over(&name, part.size()));
        }
        let is_xml = name.ends_with(".xml") || name.ends_with(".bin");
        if !is_xml {
            continue;
        }
        let counted = match (format, name.as_str()) {
            (Format::Ods, "content.xml") => scan_ods(&mut part)?,
            (_, "xl/sharedStrings.xml") => scan_shared_strings(&mut part)?,
            _ => std::io::copy(
                &mut std::io::Read::take(&mut part, MAX_PART_BYTES + 1),
                &mut std::io::sink(),
            )
            .unwrap_or(0),
        };
        if counted > MAX_PART_BYTES {
            return Err(over(&name, counted));
        }
    }
    Ok(())
}

fn over(part: &str, bytes: u64) -> Unreadable {
    Unreadable::OverBudget(format!(
        "part {part} inflates to more than {MAX_PART_BYTES} bytes ({bytes} declared or read)"
    ))
}

/// A reader that counts the bytes read through it.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: std::io::Read> std::io::Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// Counts xlsx shared strings; returns the bytes inflated.
fn scan_shared_strings(part: impl std::io::Read) -> Result<u64, Unreadable> {
    use quick_xml::events::Event;
    let limited = Counting {
        inner: part.take(MAX_PART_BYTES + 1),
        count: 0,
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(limited));
    let mut buf = Vec::new();
    let mut strings = 0u64;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == "si" => {
                strings += 1;
                if strings > MAX_SHARED_STRINGS {
                    return Err(Unreadable::OverBudget(format!(
                        "more than {MAX_SHARED_STRINGS} shared strings"
                    )));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
    Ok(reader.into_inner().into_inner().count)
}

/// Walks an ODS `content.xml` and checks each sheet's dense area; returns
/// the bytes inflated.
fn scan_ods(part: impl std::io::Read) -> Result<u64, Unreadable> {
    use quick_xml::events::Event;
    let limited = Counting {
        inner: part.take(MAX_PART_BYTES + 1),
        count: 0,
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(limited));
    let mut buf = Vec::new();
    let repeat = |e: &quick_xml::events::BytesStart<'_>, attr: &str| -> u64 {
        e.try_get_attribute(attr)
            .ok()
            .flatten()
            .and_then(|a| a.value.trim().parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    };
    // Per sheet: rows so far (repeats counted) and the widest filled row.
    let (mut rows, mut width) = (0u64, 0u64);
    // Per row: its repeat count, columns so far, the column after the last
    // filled cell.
    let (mut row_repeat, mut col, mut row_used) = (1u64, 0u64, 0u64);
    let check = |rows_used: u64, width: u64| -> Result<(), Unreadable> {
        let dense = rows_used.saturating_mul(width);
        if dense > MAX_DENSE_CELLS {
            Err(Unreadable::OverBudget(format!(
                "a sheet spans {rows_used} rows × {width} columns, more than {MAX_DENSE_CELLS} cells"
            )))
        } else {
            Ok(())
        }
    };
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        match &event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "table:table" => (rows, width) = (0, 0),
                "table:table-row" => {
                    row_repeat = repeat(e, "table:number-rows-repeated").min(1 << 20);
                    (col, row_used) = (0, 0);
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    let n = repeat(e, "table:number-columns-repeated").min(1 << 14);
                    col = col.saturating_add(n);
                    let filled = matches!(event, Event::Start(_))
                        || e.try_get_attribute("office:value-type")
                            .ok()
                            .flatten()
                            .is_some()
                        || e.try_get_attribute("table:formula")
                            .ok()
                            .flatten()
                            .is_some();
                    if filled {
                        row_used = col;
                    }
                }
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                rows = rows.saturating_add(row_repeat);
                if row_used > 0 {
                    width = width.max(row_used);
                    check(rows, width)?;
                }
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(reader.into_inner().into_inner().count)
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

    /// A zip with one stored part.
    fn zip_with(name: &str, content: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut out = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            zip.start_file(name, options).expect("zip"); // ok: test
            zip.write_all(content).expect("zip"); // ok: test
            zip.finish().expect("zip"); // ok: test
        }
        out.into_inner()
    }

    #[test]
    fn an_ods_repeat_bomb_is_over_budget_before_calamine_sees_it() {
        let xml = br#"<office:document-content><office:body><office:spreadsheet><table:table table:name="a"><table:table-row table:number-rows-repeated="6000"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
        let bytes = zip_with("content.xml", xml);
        assert!(matches!(
            check_budget(&bytes, Format::Ods),
            Err(Unreadable::OverBudget(_))
        ));
        let small = br#"<table:table><table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="float" office:value="1"/></table:table-row><table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#;
        assert!(check_budget(&zip_with("content.xml", small), Format::Ods).is_ok());
    }

    #[test]
    fn too_many_shared_strings_are_over_budget() {
        let mut xml = String::from("<sst>");
        for _ in 0..(MAX_SHARED_STRINGS + 1) {
            xml.push_str("<si/>");
        }
        xml.push_str("</sst>");
        let bytes = zip_with("xl/sharedStrings.xml", xml.as_bytes());
        assert!(matches!(
            check_budget(&bytes, Format::Xlsx),
            Err(Unreadable::OverBudget(_))
        ));
    }

    /// An xls cut short is truncated or corrupt, wherever the cut falls,
    /// never a panic: calamine's own compound-file reader panicked on a
    /// chain past the end of the file (see `ole`). Even a cut that only
    /// loses unused directory entries is reported: an assessor asks for the
    /// file again rather than trust a damaged one.
    #[test]
    fn a_cut_xls_is_damaged_wherever_it_is_cut() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/demo/K03/PE/overzicht.xls"
        );
        let whole = std::fs::read(path).expect("fixture"); // ok: test
        let limits = FileLimits::default();
        let read = parse(&whole, Format::Xls, &limits).expect("the fixture reads"); // ok: test
        assert!(read.pages.join("\n").contains("Congres Werk & Gezondheid"));
        for cut in (8..whole.len()).step_by(97).chain([whole.len() - 1]) {
            match parse(&whole[..cut], Format::Xls, &limits) {
                Err(Unreadable::Truncated(reason) | Unreadable::Corrupt(reason)) => {
                    assert!(reason.starts_with("OLE"), "{reason}")
                }
                Err(other) => panic!("cut at {cut}: {other}"),
                Ok(_) => panic!("cut at {cut}: read as if whole"),
            }
        }
    }

    #[test]
    fn garbage_is_corrupt_not_a_panic() {
        let out = parse(b"PK\x03\x04garbage", Format::Xlsx, &FileLimits::default());
        assert!(out.is_err());
    }
}
