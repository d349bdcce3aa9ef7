//! The werkverklaring (werkgeversverklaring, bijlage 1): the periods worked,
//! in which role, with which appointment, and whether the candidate is still
//! employed.
//!
//! Employers fill the template's table, so a period is a line holding a
//! start date followed by an end date or "heden", with the role before the
//! dates and the appointment (FTE or hours a week) after them.

use super::notation::dates::find_dates;
use super::notation::fte::{find_appointment, find_full_time_week, Appointment};
use crate::classify::normalize;
use crate::dossier::DocumentRecord;
use crate::interpret::text::constant_regex;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// One period of employment as the statement gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Employment {
    pub role: String,
    pub start: Date,
    /// `None`: still employed ("heden").
    pub end: Option<Date>,
    pub appointment: Option<Appointment>,
    /// 1-based page the period was read from.
    pub page: u32,
}

/// What a werkverklaring says.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkStatement {
    pub document: String,
    pub periods: Vec<Employment>,
    /// The full-time week the statement names, if any.
    pub full_time_week: Option<f64>,
    /// "nog steeds in dienst" (true), "uit dienst" (false), or silent.
    pub still_employed: Option<bool>,
}

static ONGOING: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"(?i)\b(heden|nu|tot op heden|present|nog in dienst|lopend|onbepaald)\b")
});

static STILL_EMPLOYED: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)\b(nog steeds|nog altijd|thans|momenteel)\b[^.\n]{0,60}\bin dienst\b|\bis in dienst\b",
    )
});

static LEFT: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"(?i)\buit dienst\b"));

/// Reads the periods of a werkverklaring.
pub fn read(doc: &DocumentRecord) -> WorkStatement {
    let mut periods = Vec::new();
    for (index, page) in doc.extracted.pages.iter().enumerate() {
        for line in page.lines() {
            if let Some(period) = period_on_line(line, index as u32 + 1) {
                periods.push(period);
            }
        }
    }
    let text = doc.extracted.full_text();
    let still_employed = if STILL_EMPLOYED.is_match(&text) {
        Some(true)
    } else if LEFT.is_match(&text) {
        Some(false)
    } else {
        None
    };
    // A statement may give the appointment once, below the table.
    let document_appointment = find_appointment(&text);
    for p in &mut periods {
        if p.appointment.is_none() {
            p.appointment = document_appointment;
        }
    }
    WorkStatement {
        document: doc.document.clone(),
        periods,
        full_time_week: find_full_time_week(&text),
        still_employed,
    }
}

/// A period: a start date, then an end date or an ongoing word.
fn period_on_line(line: &str, page: u32) -> Option<Employment> {
    let dates = find_dates(line);
    let start = dates.first()?.date;
    let lower = line.to_lowercase();
    let first_date_at = date_position(&lower)?;
    let after_first = &lower[first_date_at..];
    let end = match dates.get(1) {
        Some(d) => Some(d.date),
        None if ONGOING.is_match(after_first) => None,
        None => return None,
    };
    if end.is_some_and(|e| e < start) {
        return None;
    }
    let role = line[..first_date_at.min(line.len())]
        .trim()
        .trim_end_matches([':', '-', '–', ','])
        .trim()
        .to_string();
    // "Geboortedatum 1-1-1980 ... 1-1-2026" is not a period.
    if normalize(&role).contains("geboortedatum") {
        return None;
    }
    Some(Employment {
        role,
        start,
        end,
        appointment: find_appointment(line),
        page,
    })
}

/// Byte offset of the first date-like token in a lower-cased line.
fn date_position(lower: &str) -> Option<usize> {
    static DATE_START: LazyLock<Regex> = LazyLock::new(|| {
        constant_regex(
            r"\b\d{1,2}(?:[-/.]\d{1,2}[-/.]\d{2,4}|\s+[a-z]{3,9}\.?\s+'?\d{2,4})|\b\d{4}-\d{2}-\d{2}\b",
        )
    });
    DATE_START.find(lower).map(|m| m.start())
}

/// Whether a role as written is one of the scheme's roles.
pub fn is_scheme_role(role: &str, aliases: &[String]) -> bool {
    let role = normalize(role).replace('-', "");
    aliases
        .iter()
        .any(|a| role.contains(&normalize(a).replace('-', "")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn table_rows_become_periods() {
        let p = period_on_line(
            "Re-integratiebegeleider 1 mei 2016 31-12-2022 36 uur per week",
            1,
        )
        .expect("period"); // ok: test
        assert_eq!(p.role, "Re-integratiebegeleider");
        assert_eq!(p.start, date(2016, 5, 1));
        assert_eq!(p.end, Some(date(2022, 12, 31)));
        assert_eq!(p.appointment, Some(Appointment::HoursPerWeek(36.0)));
        let p = period_on_line("Klantmanager re-integratie\t01-01-2023\theden\t0,8 fte", 2)
            .expect("period"); // ok: test
        assert_eq!(p.end, None);
        assert_eq!(p.appointment, Some(Appointment::Fte(0.8)));
        assert_eq!(p.page, 2);
    }

    #[test]
    fn lines_that_are_not_periods() {
        assert_eq!(period_on_line("Geboortedatum: 12-03-1980", 1), None);
        assert_eq!(
            period_on_line("Plaats en datum: Deventer, 12 september 2026", 1),
            None
        );
        assert_eq!(
            period_on_line("Functie Van Tot en met Uren per week", 1),
            None
        );
    }

    #[test]
    fn role_aliases_match_loosely() {
        let aliases = vec![
            "re-integratiebegeleider".to_string(),
            "klantmanager re-integratie".to_string(),
        ];
        assert!(is_scheme_role("Re-integratiebegeleider", &aliases));
        assert!(is_scheme_role("Senior reintegratiebegeleider", &aliases));
        assert!(is_scheme_role("Klantmanager Re-integratie", &aliases));
        assert!(!is_scheme_role("Medewerker klantcontact", &aliases));
    }
}
