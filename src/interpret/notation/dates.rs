//! Dates as Dutch writers and spreadsheets give them: `12 maart 2024`,
//! `12-03-2024`, `12/3/24`, `12.03.2024`, `maart '24`, ISO, Excel serials.
//! Day before month, always; two-digit years are 20yy.

use crate::extract::Cell;
use crate::text::pattern::constant_regex;
use jiff::civil::{date, Date};
use regex::Regex;
use std::sync::LazyLock;

/// How much of the date the writer gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    /// `maart 2024`: the date is the first of the month.
    Month,
}

/// A date read from a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedDate {
    pub date: Date,
    pub precision: Precision,
}

impl ParsedDate {
    fn day(date: Date) -> Self {
        ParsedDate {
            date,
            precision: Precision::Day,
        }
    }
}

/// Month names and the abbreviations in use (`mrt` and `mar` alike).
const MONTHS: [(&str, i8); 31] = [
    ("januari", 1),
    ("jan", 1),
    ("februari", 2),
    ("feb", 2),
    ("maart", 3),
    ("mrt", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("augustus", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    // English certificates.
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("may", 5),
    ("june", 6),
    ("july", 7),
];

fn month_number(name: &str) -> Option<i8> {
    let name = name.trim_end_matches('.');
    match name {
        "dec" => return Some(12),
        "august" => return Some(8),
        "october" => return Some(10),
        _ => {}
    }
    MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

const MONTH_PATTERN: &str = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    // 12-03-2024, 12/3/24, 12.03.2024
    constant_regex(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b")
});

static ISO: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"\b(\d{4})-(\d{2})-(\d{2})\b"));

static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    // 12 maart 2024, 1 mrt. '24, 3 okt 2023
    constant_regex(&format!(
        r"\b(\d{{1,2}})(?:e|ste|de)?\s+({MONTH_PATTERN})\.?\s+(\d{{4}}|'\d{{2}})\b"
    ))
});

static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    // maart '24, maart 2024
    constant_regex(&format!(r"\b({MONTH_PATTERN})\.?\s+(\d{{4}}|'\d{{2}})\b"))
});

fn year(text: &str) -> Option<i16> {
    let digits = text.trim_start_matches('\'');
    let y: i16 = digits.parse().ok()?;
    Some(if digits.len() == 2 { 2000 + y } else { y })
}

fn make(y: i16, m: i8, d: i8) -> Option<Date> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// Finds the first date in a text.
pub fn find_date(text: &str) -> Option<ParsedDate> {
    find_dates(text).into_iter().next()
}

/// The parts of a text already read as a date, as disjoint intervals keyed
/// by start: whether a match overlaps one is a lookup, not a scan (a text of
/// 100,000 dates took seconds with a list; fuzzing found it).
#[derive(Default)]
struct Taken(std::collections::BTreeMap<usize, usize>);

impl Taken {
    fn overlaps(&self, r: &std::ops::Range<usize>) -> bool {
        // Disjoint intervals: only the last one starting before `r` ends
        // can reach into it.
        self.0
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, &end)| end > r.start)
    }

    fn insert(&mut self, r: std::ops::Range<usize>) {
        let (mut start, mut end) = (r.start, r.end);
        // Swallow every interval that touches the growing one, last first.
        while let Some((&s, &e)) = self.0.range(..=end).next_back() {
            if e < start {
                break;
            }
            self.0.remove(&s);
            start = start.min(s);
            end = end.max(e);
        }
        self.0.insert(start, end);
    }
}

/// Every date in a text, in the order they appear.
pub fn find_dates(text: &str) -> Vec<ParsedDate> {
    find_dates_at(text).into_iter().map(|(_, d)| d).collect()
}

/// Every date in a text with the byte offset where it starts, in order.
pub fn find_dates_at(text: &str) -> Vec<(usize, ParsedDate)> {
    // An underscore is a line to write on ("Datum: ____10 juni 2025" as
    // OCR reads a filled-in line), not part of a word: as a space, the day
    // keeps its word boundary. Same length, so offsets hold.
    let lower = text.to_lowercase().replace('_', " ");
    let mut found: Vec<(usize, ParsedDate)> = Vec::new();
    let mut taken = Taken::default();
    for c in ISO.captures_iter(&lower) {
        let (Some(m), Ok(y), Ok(mo), Ok(d)) = (c.get(0), c[1].parse(), c[2].parse(), c[3].parse())
        else {
            continue;
        };
        if let Some(dt) = make(y, mo, d) {
            taken.insert(m.range());
            found.push((m.start(), ParsedDate::day(dt)));
        }
    }
    for c in NUMERIC.captures_iter(&lower) {
        let Some(m) = c.get(0) else { continue };
        if taken.overlaps(&m.range()) {
            continue;
        }
        let (Ok(d), Ok(mo), Some(y)) = (c[1].parse(), c[2].parse(), year(&c[3])) else {
            continue;
        };
        if let Some(dt) = make(y, mo, d) {
            taken.insert(m.range());
            found.push((m.start(), ParsedDate::day(dt)));
        }
    }
    for c in WRITTEN.captures_iter(&lower) {
        let Some(m) = c.get(0) else { continue };
        let (Ok(d), Some(mo), Some(y)) = (c[1].parse(), month_number(&c[2]), year(&c[3])) else {
            continue;
        };
        if let Some(dt) = make(y, mo, d) {
            taken.insert(m.range());
            found.push((m.start(), ParsedDate::day(dt)));
        }
    }
    for c in MONTH_YEAR.captures_iter(&lower) {
        let Some(m) = c.get(0) else { continue };
        if taken.overlaps(&m.range()) {
            continue;
        }
        let (Some(mo), Some(y)) = (month_number(&c[1]), year(&c[2])) else {
            continue;
        };
        if let Some(dt) = make(y, mo, 1) {
            found.push((
                m.start(),
                ParsedDate {
                    date: dt,
                    precision: Precision::Month,
                },
            ));
        }
    }
    found.sort_by_key(|(pos, _)| *pos);
    // Offsets are into the lower-cased text; where lower-casing changed a
    // length (rare outside ASCII), clamp them to a character boundary of
    // the text itself.
    for (pos, _) in &mut found {
        while *pos > 0 && !text.is_char_boundary(*pos) {
            *pos -= 1;
        }
        *pos = (*pos).min(text.len());
    }
    found
}

/// Parses a text that is meant to be one date.
pub fn parse_date(text: &str) -> Option<ParsedDate> {
    let trimmed = text.trim();
    if let Ok(serial) = trimmed.parse::<f64>() {
        return from_serial(serial).map(ParsedDate::day);
    }
    find_date(trimmed)
}

/// An Excel date serial: days since 1899-12-30 (the 1900 leap-year bug is
/// absorbed by that base for every date after February 1900).
pub fn from_serial(serial: f64) -> Option<Date> {
    if !(1.0..=80_000.0).contains(&serial) {
        return None;
    }
    date(1899, 12, 30)
        .checked_add(jiff::Span::new().days(serial.floor() as i64))
        .ok()
}

/// A date from a spreadsheet cell: a date cell, a serial without date
/// format, or text.
pub fn date_from_cell(cell: &Cell) -> Option<ParsedDate> {
    match cell {
        Cell::DateTime(serial) if *serial >= 1.0 => from_serial(*serial).map(ParsedDate::day),
        Cell::Number(n) if (20_000.0..80_000.0).contains(n) => from_serial(*n).map(ParsedDate::day),
        Cell::Text(t) => parse_date(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_on_a_line_to_write_on() {
        let found = find_dates("| Datum intervisie\n|_10 juni 2025");
        assert_eq!(found.first().map(|d| d.date), Some(date(2025, 6, 10)));
        assert_eq!(found.first().map(|d| d.precision), Some(Precision::Day));
    }

    #[test]
    fn taken_intervals_answer_overlap_as_the_list_did() {
        let mut taken = Taken::default();
        taken.insert(10..20);
        taken.insert(30..40);
        taken.insert(18..31); // joins both
        assert!(taken.overlaps(&(39..50)));
        assert!(!taken.overlaps(&(40..50)));
        assert!(!taken.overlaps(&(0..10)));
        assert!(taken.overlaps(&(0..11)));
        assert_eq!(taken.0.len(), 1);
    }

    #[test]
    fn every_one_of_many_dates_is_found_once() {
        // The fuzz input that made the old overlap scan quadratic.
        let text = "12-03-2024 maart 2024 14 mei 2024 ".repeat(10_000);
        let dates = find_dates(&text);
        assert_eq!(dates.len(), 30_000);
        assert_eq!(dates[2].date, date(2024, 5, 14));
    }

    fn day(text: &str) -> Option<Date> {
        parse_date(text).map(|p| p.date)
    }

    #[test]
    fn every_notation_of_the_issue_reads_as_the_same_date() {
        let want = Some(date(2024, 3, 12));
        for text in [
            "12 maart 2024",
            "12 mrt 2024",
            "12 mrt. 2024",
            "12 mar 2024",
            "12 Maart 2024",
            "12-03-2024",
            "12/3/24",
            "12/03/2024",
            "12.03.2024",
            "2024-03-12",
            "45363",
            "12-3-2024",
            "dinsdag 12 maart 2024",
            "12e maart '24",
        ] {
            assert_eq!(day(text), want, "{text}");
        }
    }

    #[test]
    fn a_month_and_year_is_a_month_precise_date() {
        let p = parse_date("maart '24").expect("parses"); // ok: test
        assert_eq!(p.date, date(2024, 3, 1));
        assert_eq!(p.precision, Precision::Month);
        assert_eq!(
            parse_date("Sept. 2023").map(|p| p.date),
            Some(date(2023, 9, 1))
        );
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        for text in [
            "31-02-2024",
            "2024-13-01",
            "12 foo 2024",
            "",
            "n.v.t.",
            "99/99/99",
        ] {
            assert_eq!(day(text), None, "{text}");
        }
    }

    #[test]
    fn dates_are_found_in_running_text_in_order() {
        let dates = find_dates(
            "In dienst van 1 januari 2019 tot en met 31-12-2022, daarna vanaf 2023-01-01.",
        );
        let got: Vec<Date> = dates.iter().map(|d| d.date).collect();
        assert_eq!(
            got,
            [date(2019, 1, 1), date(2022, 12, 31), date(2023, 1, 1)]
        );
    }

    #[test]
    fn spreadsheet_cells_read_as_dates() {
        assert_eq!(
            date_from_cell(&Cell::DateTime(45363.0)).map(|p| p.date),
            Some(date(2024, 3, 12))
        );
        assert_eq!(
            date_from_cell(&Cell::Number(45363.0)).map(|p| p.date),
            Some(date(2024, 3, 12))
        );
        assert_eq!(
            date_from_cell(&Cell::Text("12-03-2024".into())).map(|p| p.date),
            Some(date(2024, 3, 12))
        );
        assert_eq!(date_from_cell(&Cell::Number(2.5)), None);
    }
}
