//! The overzicht vakontwikkeling (bijlage 3): the activities a candidate
//! claims, one table row each. Usually a spreadsheet; the header row is
//! found by its words, wherever it sits, and the columns by their headings.

use super::activity::{Activity, ActivitySource};
use super::fields::SHIPPED_FIELDS;
use super::mentions::Mentions;
use super::notation::dates::{date_from_cell, find_dates};
use super::notation::hours::hours_from_cell;
use super::notation::pe::pe_from_cell;
use super::table::{find_table, Table};
use crate::dossier::DocumentRecord;
use crate::extract::positioned::{Line, SYNTHETIC_COLUMN_WIDTH, SYNTHETIC_LINE_HEIGHT};
use crate::extract::{Cell, Extracted};

/// The overview as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub document: String,
    /// One per row, in the order of the rows.
    pub activities: Vec<Activity>,
}

/// Columns an overview must have: a date, a title, and hours or PE.
const REQUIRED: [&[&str]; 3] = [&["date"], &["title"], &["attendance", "total", "pe"]];

/// Reads the activities of an overview: a spreadsheet, a CSV file, or a
/// table in a PDF or Word file. The header row is found by its column
/// labels (`schemes/fields.toml`) wherever it sits; each row's cells are
/// taken by the column they stand under, typed cells kept for workbooks.
pub fn read(doc: &DocumentRecord) -> Overview {
    Overview {
        document: doc.document.clone(),
        activities: activity_table(&doc.extracted)
            .map(|(table, lines)| rows(doc, &table, &lines))
            .unwrap_or_default(),
    }
}

/// The activity table of a document and the lines it was found on.
pub fn activity_table(extracted: &Extracted) -> Option<(Table, Vec<Line>)> {
    let spec = SHIPPED_FIELDS.document("overzicht_vakontwikkeling")?;
    let lines = extracted.layout();
    let table = find_table(&lines, spec, SHIPPED_FIELDS.thresholds.accept, &REQUIRED)?;
    Some((table, lines))
}

fn rows(doc: &DocumentRecord, table: &Table, lines: &[Line]) -> Vec<Activity> {
    table
        .rows
        .iter()
        .filter_map(|row| {
            let cell = |key: &str| -> Option<Cell> {
                let seg = row.cells.get(key)?;
                Some(
                    typed_cell(&doc.extracted, row.page, seg)
                        .unwrap_or_else(|| Cell::Text(seg.text.clone())),
                )
            };
            let row_number =
                sheet_row(row.page, lines.get(row.line)?).map_or(row.line + 1, |(_, r)| r + 1);
            activity_row(
                &cell,
                ActivitySource::Overview {
                    document: doc.document.clone(),
                    row: row_number,
                },
            )
        })
        .collect()
}

/// The typed cell of a workbook under a segment of its synthetic layout.
fn typed_cell(
    extracted: &Extracted,
    page: u32,
    seg: &crate::extract::positioned::Segment,
) -> Option<Cell> {
    let sheet = extracted.sheets.get(page.checked_sub(1)? as usize)?;
    let row = (seg.top / SYNTHETIC_LINE_HEIGHT).round() as usize;
    let column = (seg.x0 / SYNTHETIC_COLUMN_WIDTH).round() as usize;
    sheet.rows.get(row)?.get(column).cloned()
}

/// A workbook row's (sheet, 0-based row) from its synthetic line.
fn sheet_row(page: u32, line: &Line) -> Option<(u32, usize)> {
    Some((page, (line.top() / SYNTHETIC_LINE_HEIGHT).round() as usize))
}

fn activity_row(cell: &dyn Fn(&str) -> Option<Cell>, source: ActivitySource) -> Option<Activity> {
    let present =
        |key: &str| cell(key).filter(|c| *c != Cell::Empty && !c.display().trim().is_empty());
    let text = |key: &str| present(key).map(|c| c.display()).unwrap_or_default();
    let title = text("title");
    let date_cell = present("date");
    // The totals row has a title ("Totaal") but no date.
    if title.is_empty() || date_cell.is_none() {
        return None;
    }
    let (date, end_date) = match &date_cell {
        Some(Cell::Text(t)) => {
            let dates = find_dates(t);
            (dates.first().copied(), dates.get(1).copied())
        }
        Some(c) => (date_from_cell(c), None),
        None => (None, None),
    };
    date?;
    let hours = |key: &str| present(key).map(|c| hours_from_cell(&c));
    Some(Activity {
        source,
        date,
        end_date,
        title,
        organiser: text("organiser"),
        kind: text("kind"),
        attendance: hours("attendance"),
        preparation: hours("preparation"),
        total: hours("total"),
        pe_claimed: present("pe").as_ref().and_then(pe_from_cell),
        // An overview has no column for it.
        says_long_course: false,
        mentions: Mentions::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Sheet;
    use crate::interpret::notation::hours::HoursError;
    use jiff::civil::date;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn header_found_below_the_title_and_rows_read() {
        let header = [
            "Nr",
            "Datum",
            "Titel activiteit",
            "Organisator",
            "Soort activiteit",
            "A: aanwezig (uren, excl. pauze/inloop)",
            "B: voorbereiding (uren)",
            "C = A + B",
            "PE (C/2, max 4)",
        ];
        let sheet = Sheet {
            name: "Blad1".into(),
            rows: vec![
                vec![t("Overzicht vakontwikkeling (bijlage 3)")],
                vec![t("Naam:"), t("Zoë de Vries")],
                vec![],
                header.iter().map(|h| t(h)).collect(),
                vec![
                    Cell::Number(1.0),
                    Cell::DateTime(45363.0),
                    t("Motiverende gespreksvoering"),
                    t("Kennisnet"),
                    t("cursus"),
                    Cell::Number(3.0),
                    Cell::Number(1.0),
                    Cell::Number(4.0),
                    Cell::Number(2.0),
                ],
                vec![
                    Cell::Number(2.0),
                    t("12-3-2024 t/m 14-5-2024"),
                    t("Leergang"),
                    t("Hogeschool"),
                    t("opleiding"),
                    t("dagdeel"),
                    Cell::Number(2.0),
                    Cell::Empty,
                    Cell::Empty,
                ],
                vec![
                    Cell::Empty,
                    Cell::Empty,
                    t("Totaal"),
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Number(2.0),
                ],
            ],
        };
        let mut doc = crate::dossier::tests_support::record(
            "K01/overzicht.xlsx",
            crate::model::DocType::OverzichtVakontwikkeling,
        );
        doc.extracted.sheets = vec![sheet];
        let o = read(&doc);
        assert_eq!(o.activities.len(), 2);
        let a = &o.activities[0];
        assert_eq!(a.row(), Some(5));
        assert_eq!(a.date.map(|d| d.date), Some(date(2024, 3, 12)));
        assert_eq!(a.attendance, Some(Ok(180)));
        assert_eq!(a.preparation, Some(Ok(60)));
        assert_eq!(a.pe_claimed, Some(2.0));
        let b = &o.activities[1];
        assert_eq!(b.end_date.map(|d| d.date), Some(date(2024, 5, 14)));
        assert!(matches!(b.attendance, Some(Err(HoursError::Ambiguous(_)))));
        assert_eq!(b.pe_claimed, None);
    }
}
