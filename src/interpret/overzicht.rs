//! The overzicht vakontwikkeling (bijlage 3): the activities a candidate
//! claims, one table row each. Usually a spreadsheet; the header row is
//! found by its words, wherever it sits, and the columns by their headings.

use super::notation::dates::{date_from_cell, find_dates, ParsedDate};
use super::notation::hours::{hours_from_cell, HoursError};
use crate::classify::normalize;
use crate::dossier::DocumentRecord;
use crate::extract::Cell;

/// One claimed activity: a row of the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedActivity {
    /// 1-based row in the sheet (what an assessor looks up).
    pub row: usize,
    pub date: Option<ParsedDate>,
    /// Last day of a multi-day activity (`12-3-2024 t/m 14-5-2024`).
    pub end_date: Option<ParsedDate>,
    pub title: String,
    pub organiser: String,
    pub kind: String,
    pub attendance: Option<Result<u32, HoursError>>,
    pub preparation: Option<Result<u32, HoursError>>,
    pub total: Option<Result<u32, HoursError>>,
    pub pe_claimed: Option<f64>,
}

/// The overview as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub document: String,
    pub activities: Vec<ClaimedActivity>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Columns {
    date: Option<usize>,
    title: Option<usize>,
    organiser: Option<usize>,
    kind: Option<usize>,
    attendance: Option<usize>,
    preparation: Option<usize>,
    total: Option<usize>,
    pe: Option<usize>,
}

impl Columns {
    fn from_header(row: &[Cell]) -> Columns {
        let mut c = Columns::default();
        for (i, cell) in row.iter().enumerate() {
            let h = normalize(&cell.display());
            let starts = |p: &str| h.starts_with(p);
            if c.date.is_none() && starts("datum") {
                c.date = Some(i);
            } else if c.title.is_none()
                && (starts("titel")
                    || starts("activiteit")
                    || starts("omschrijving")
                    || starts("naam activiteit"))
            {
                c.title = Some(i);
            } else if c.organiser.is_none()
                && (starts("organisator") || starts("organisatie") || starts("aanbieder"))
            {
                c.organiser = Some(i);
            } else if c.kind.is_none() && (starts("soort") || starts("type") || starts("vorm")) {
                c.kind = Some(i);
            } else if c.attendance.is_none()
                && (starts("a:") || starts("a ") || h == "a" || h.contains("aanwezig"))
            {
                c.attendance = Some(i);
            } else if c.preparation.is_none()
                && (starts("b:") || starts("b ") || h == "b" || h.contains("voorbereiding"))
            {
                c.preparation = Some(i);
            } else if c.total.is_none()
                && (starts("c ")
                    || starts("c:")
                    || starts("c=")
                    || h == "c"
                    || h.contains("totaal"))
            {
                c.total = Some(i);
            } else if c.pe.is_none() && (starts("pe") || h.contains("punten")) {
                c.pe = Some(i);
            }
        }
        c
    }

    fn is_header(&self) -> bool {
        self.date.is_some()
            && self.title.is_some()
            && (self.attendance.is_some() || self.pe.is_some())
    }
}

/// Reads the activities of an overview spreadsheet (or CSV).
pub fn read(doc: &DocumentRecord) -> Overview {
    let mut activities = Vec::new();
    for sheet in &doc.extracted.sheets {
        let Some((header_index, columns)) = sheet
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (i, Columns::from_header(r)))
            .find(|(_, c)| c.is_header())
        else {
            continue;
        };
        for (offset, row) in sheet.rows.iter().enumerate().skip(header_index + 1) {
            if let Some(activity) = activity_row(row, &columns, offset + 1) {
                activities.push(activity);
            }
        }
        if !activities.is_empty() {
            break;
        }
    }
    Overview {
        document: doc.document.clone(),
        activities,
    }
}

fn activity_row(row: &[Cell], columns: &Columns, row_number: usize) -> Option<ClaimedActivity> {
    let cell = |i: Option<usize>| i.and_then(|i| row.get(i)).filter(|c| **c != Cell::Empty);
    let text = |i: Option<usize>| cell(i).map(Cell::display).unwrap_or_default();
    let title = text(columns.title);
    let date_cell = cell(columns.date);
    // The totals row has a title ("Totaal") but no date.
    if title.is_empty() || date_cell.is_none() {
        return None;
    }
    let (date, end_date) = match date_cell {
        Some(Cell::Text(t)) => {
            let dates = find_dates(t);
            (dates.first().copied(), dates.get(1).copied())
        }
        Some(c) => (date_from_cell(c), None),
        None => (None, None),
    };
    let hours = |i: Option<usize>| cell(i).map(hours_from_cell);
    Some(ClaimedActivity {
        row: row_number,
        date,
        end_date,
        title,
        organiser: text(columns.organiser),
        kind: text(columns.kind),
        attendance: hours(columns.attendance),
        preparation: hours(columns.preparation),
        total: hours(columns.total),
        pe_claimed: cell(columns.pe).and_then(number),
    })
}

/// A number from a cell: numeric, or text with a decimal comma.
pub fn number(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Number(n) => Some(*n),
        Cell::Text(t) => {
            let t = t.trim().replace(',', ".");
            let digits: String = t
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            digits.parse().ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Sheet;
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
        assert_eq!(a.row, 5);
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
