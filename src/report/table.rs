//! A report table and how it is written: the CSV dialect (SPEC §8), the
//! guard against spreadsheet formula injection, and BSN masking as the last
//! line of defence for privacy.

use crate::text::bsn::mask_bsn;
use std::io::Write;

/// A report cell. Numbers are kept apart from text so that the dialect can
/// choose the decimal mark and injection guarding leaves them alone.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Text(String),
    /// A decimal printed with a fixed number of decimals.
    Decimal(f64, usize),
    Int(i64),
    Bool(bool),
    /// A content hash (hexadecimal): written as is, never masked, since a
    /// hash is not text a person wrote. Anything else in it is masked.
    Hash(String),
    Empty,
}

impl Field {
    pub fn text(s: impl Into<String>) -> Field {
        Field::Text(s.into())
    }

    pub fn hash(s: impl Into<String>) -> Field {
        Field::Hash(s.into())
    }

    pub fn opt_decimal(v: Option<f64>, places: usize) -> Field {
        v.map_or(Field::Empty, |v| Field::Decimal(v, places))
    }

    pub fn opt_int(v: Option<usize>) -> Field {
        v.map_or(Field::Empty, |v| Field::Int(v as i64))
    }

    pub fn count(v: usize) -> Field {
        Field::Int(v as i64)
    }
}

/// The CSV flavours of `--csv-dialect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvDialect {
    /// `,` separated, `.` decimal mark, no BOM.
    #[default]
    Standard,
    /// `;` separated, decimal comma, with a BOM: what Dutch Excel opens.
    ExcelNl,
}

/// A header and its rows.
#[derive(Debug, Clone)]
pub struct Table {
    pub header: &'static [&'static str],
    pub rows: Vec<Vec<Field>>,
}

impl Table {
    pub fn new(header: &'static [&'static str]) -> Table {
        Table {
            header,
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Field>) {
        debug_assert_eq!(
            row.len(),
            self.header.len(),
            "row width of {:?}",
            self.header
        );
        self.rows.push(row);
    }

    /// The table as CSV bytes in a dialect.
    pub fn to_csv(&self, dialect: CsvDialect) -> Result<Vec<u8>, csv::Error> {
        let mut out = Vec::new();
        if dialect == CsvDialect::ExcelNl {
            out.extend_from_slice("\u{feff}".as_bytes());
        }
        {
            let delimiter = match dialect {
                CsvDialect::Standard => b',',
                CsvDialect::ExcelNl => b';',
            };
            let mut writer = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            writer.write_record(self.header)?;
            for row in &self.rows {
                writer.write_record(row.iter().map(|f| render(f, dialect)))?;
            }
            writer.flush()?;
        }
        Ok(out)
    }

    /// Writes the CSV to a file and syncs it to disk.
    pub fn write_to(&self, path: &std::path::Path, dialect: CsvDialect) -> std::io::Result<()> {
        let bytes = self.to_csv(dialect).map_err(std::io::Error::other)?;
        let mut file = std::fs::File::create(path)?;
        file.write_all(&bytes)?;
        file.sync_all()
    }
}

fn render(field: &Field, dialect: CsvDialect) -> String {
    match field {
        Field::Text(s) => guard_formula(&mask_bsn(s), dialect),
        Field::Hash(h) if h.bytes().all(|b| b.is_ascii_hexdigit()) => h.clone(),
        Field::Hash(h) => guard_formula(&mask_bsn(h), dialect),
        Field::Decimal(v, places) => {
            let s = format!("{:.*}", *places, v);
            match dialect {
                CsvDialect::Standard => s,
                CsvDialect::ExcelNl => s.replace('.', ","),
            }
        }
        Field::Int(i) => i.to_string(),
        Field::Bool(b) => b.to_string(),
        Field::Empty => String::new(),
    }
}

/// A text cell that a spreadsheet would run as a formula gets a leading
/// apostrophe, unless it is a plain decimal number in the dialect's own
/// notation (`-2.5` in standard, `-2,5` in excel-nl). `-inf`, `+NaN`,
/// `-1e5` and `+3` are not plain decimals: they get the guard.
fn guard_formula(s: &str, dialect: CsvDialect) -> String {
    let risky = matches!(
        s.chars().next(),
        Some(
            '=' | '+'
                | '-'
                | '@'
                | '\t'
                | '\r'
                | '\n'
                | '\u{ff1d}'
                | '\u{ff0b}'
                | '\u{ff0d}'
                | '\u{ff20}'
        )
    );
    if risky && !is_plain_decimal(s, dialect) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// `-` then digits, optionally the dialect's decimal mark and more digits.
fn is_plain_decimal(s: &str, dialect: CsvDialect) -> bool {
    let mark = match dialect {
        CsvDialect::Standard => '.',
        CsvDialect::ExcelNl => ',',
    };
    let body = s.strip_prefix('-').unwrap_or(s);
    let (whole, fraction) = match body.split_once(mark) {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &[&str] = &["a", "b", "c"];

    #[test]
    fn dialects_differ_in_separator_decimal_mark_and_bom() {
        let mut t = Table::new(HEADER);
        t.push(vec![
            Field::text("x"),
            Field::Decimal(2.5, 2),
            Field::Int(3),
        ]);
        let std = String::from_utf8(t.to_csv(CsvDialect::Standard).expect("csv")).expect("utf8"); // ok: test
        assert_eq!(std, "a,b,c\r\nx,2.50,3\r\n");
        let nl = String::from_utf8(t.to_csv(CsvDialect::ExcelNl).expect("csv")).expect("utf8"); // ok: test
        assert_eq!(nl, "\u{feff}a;b;c\r\nx;2,50;3\r\n");
    }

    #[test]
    fn formulas_are_defused_but_numbers_are_not() {
        let std = CsvDialect::Standard;
        let nl = CsvDialect::ExcelNl;
        assert_eq!(
            guard_formula("=HYPERLINK(\"x\")", std),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(guard_formula("@SUM(A1)", std), "'@SUM(A1)");
        assert_eq!(guard_formula("+31 6 1234", std), "'+31 6 1234");
        assert_eq!(guard_formula("-2.5", std), "-2.5");
        assert_eq!(guard_formula("-2,5", nl), "-2,5");
        assert_eq!(guard_formula("-2.5", nl), "'-2.5");
        assert_eq!(guard_formula("-2,5", std), "'-2,5");
        assert_eq!(guard_formula("gewoon", std), "gewoon");
        for risky in [
            "-inf",
            "+NaN",
            "-Infinity",
            "+3",
            "-1e5",
            "-",
            "-.5",
            "-5.",
            "+inf",
        ] {
            for d in [std, nl] {
                assert_eq!(guard_formula(risky, d), format!("'{risky}"), "{risky}");
            }
        }
    }

    #[test]
    fn a_bsn_never_reaches_a_report() {
        let mut t = Table::new(HEADER);
        t.push(vec![
            Field::text("BSN 123456782 gevonden"),
            Field::Empty,
            Field::Bool(true),
        ]);
        let csv = String::from_utf8(t.to_csv(CsvDialect::Standard).expect("csv")).expect("utf8"); // ok: test
        assert!(!csv.contains("123456782"), "{csv}");
        assert!(csv.contains("******782"));
    }
}
