//! CSV and plain text: the encodings and separators Dutch Excel and other
//! tools write (`;` or `,` or tab; UTF-8 with or without BOM, UTF-16,
//! Windows-1252).

use super::{sheet, Cell, Content, FileLimits, Sheet};
use crate::model::Unreadable;
use crate::text::decode::{decode_text, sniff_delimiter};

/// Reads a CSV file into one sheet of text cells; notations are read later.
pub fn parse(bytes: &[u8], limits: &FileLimits) -> Result<Content, Unreadable> {
    let text = decode_text(bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| Unreadable::Corrupt(format!("CSV: {e}")))?;
        cells += record.len();
        if cells > limits.max_cells_per_sheet {
            break;
        }
        rows.push(
            record
                .iter()
                .map(|f| {
                    let f = f.trim();
                    if f.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(f.to_string())
                    }
                })
                .collect(),
        );
    }
    let sheet = Sheet {
        name: String::new(),
        rows,
    };
    Ok(Content {
        pages: vec![sheet::sheet_text(&sheet)],
        sheets: vec![sheet],
        ..Content::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_excel_csv_becomes_a_sheet() {
        let bytes = b"Datum;Activiteit;Uren\r\n12-03-2024;Cursus re\xefntegratie;2,5\r\n";
        let content = parse(bytes, &FileLimits::default()).expect("csv parses"); // ok: test
        let rows = &content.sheets[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1][1], Cell::Text("Cursus reïntegratie".into()));
        assert_eq!(rows[1][2], Cell::Text("2,5".into()));
        assert!(content.pages[0].contains("Datum\tActiviteit\tUren"));
    }
}
