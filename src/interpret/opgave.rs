//! The opgaveformulier per activiteit (bijlage 4): date, title, organiser,
//! kind, and the hours A (attendance), B (preparation), C = A + B, and PE.

use super::notation::dates::{find_dates, ParsedDate};
use super::notation::hours::{parse_hours, HoursError};
use super::text::{labelled_value, value_for_labels};
use crate::classify::normalize;
use crate::dossier::DocumentRecord;

/// What an activity form says.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityForm {
    pub document: String,
    pub date: Option<ParsedDate>,
    pub end_date: Option<ParsedDate>,
    pub title: String,
    pub organiser: String,
    pub kind: String,
    pub attendance: Option<Result<u32, HoursError>>,
    pub preparation: Option<Result<u32, HoursError>>,
    pub total: Option<Result<u32, HoursError>>,
    pub pe_claimed: Option<f64>,
    /// The form says this is a long course (langdurige opleiding).
    pub says_long_course: bool,
}

pub fn read(doc: &DocumentRecord) -> ActivityForm {
    let text = doc.extracted.full_text();
    let value = |labels: &[&str]| {
        labelled_value(&text, labels)
            .map(|v| v.0)
            .unwrap_or_default()
    };
    let date_text = value(&[
        "Datum activiteit",
        "Datum van de activiteit",
        "Datum(s)",
        "Data",
        "Datum",
    ]);
    let dates = find_dates(&date_text);
    let row = |patterns: &[&str]| -> Option<String> {
        text.lines()
            .find_map(|line| hours_row_value(line, patterns))
    };
    let attendance = row(&[
        "a tijd aanwezigheid",
        "a. tijd aanwezigheid",
        "tijd aanwezigheid",
        "a aanwezigheid",
    ]);
    let preparation = row(&[
        "b tijd voorbereiding",
        "b. tijd voorbereiding",
        "tijd voorbereiding",
        "b voorbereiding",
    ]);
    let total = row(&[
        "c totaal aantal uren",
        "c. totaal aantal uren",
        "totaal aantal uren",
    ]);
    let pe = row(&[
        "aantal pe-punten activiteit",
        "aantal pe punten activiteit",
        "aantal pe-punten",
        "pe-punten",
        "aantal pe",
    ]);
    ActivityForm {
        document: doc.document.clone(),
        date: dates.first().copied(),
        end_date: dates.get(1).copied(),
        title: value(&["Titel activiteit", "Titel", "Naam activiteit", "Onderwerp"]),
        organiser: value(&[
            "Organisator",
            "Organisatie",
            "Aanbieder",
            "Georganiseerd door",
        ]),
        kind: value(&["Soort activiteit", "Soort", "Type activiteit", "Vorm"]),
        attendance: attendance.map(|v| hours_value(&v)),
        preparation: preparation.map(|v| hours_value(&v)),
        total: total.map(|v| hours_value(&v)),
        pe_claimed: pe.as_deref().and_then(pe_value),
        says_long_course: normalize(&text).contains("langdurige opleiding"),
    }
}

/// `A. Tijd aanwezigheid (excl. pauze & inloop)   2,5 uur` → `2,5 uur`:
/// the value follows the label, after its closing bracket if it has one.
fn hours_row_value(line: &str, patterns: &[&str]) -> Option<String> {
    let norm = normalize(line);
    let starts = patterns.iter().any(|p| norm.starts_with(&normalize(p)));
    if !starts {
        return value_for_labels(line, patterns);
    }
    // After the label's closing bracket; else after a colon that comes
    // before the value (not the one inside `2:30`); else from the value's
    // first digit or word.
    let first_digit = line
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(line.len());
    let after = match (line.rfind(')'), line.find(':')) {
        (Some(i), _) if line[..i].contains('(') => &line[i + 1..],
        (_, Some(c)) if c < first_digit => &line[c + 1..],
        _ => value_start(line),
    };
    let value = after.trim_start_matches([':', ' ', '\t']).trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// The tail of a label-and-value line from the first digit, `½`, or a word
/// that is itself a value (dagdeel, geen, n.v.t.).
fn value_start(line: &str) -> &str {
    const VALUE_WORDS: [&str; 6] = ["dagdeel", "geen", "n.v.t", "nvt", "hele", "halve"];
    let lower = line.to_lowercase();
    let digit = line.find(|c: char| c.is_ascii_digit() || c == '½');
    let word = VALUE_WORDS.iter().filter_map(|w| lower.find(w)).min();
    match (digit, word) {
        (Some(d), Some(w)) => line.get(d.min(w)..).unwrap_or(""),
        (Some(i), None) | (None, Some(i)) => line.get(i..).unwrap_or(""),
        (None, None) => "",
    }
}

/// Hours as written; "0", "geen" and "nvt" are zero.
fn hours_value(v: &str) -> Result<u32, HoursError> {
    match normalize(v).as_str() {
        "0" | "geen" | "nvt" | "n.v.t." | "-" | "0 uur" => Ok(0),
        _ => parse_hours(v),
    }
}

/// `1,75`, `4 (maximum)`, `2 PE`; "n.t.b." is no value.
fn pe_value(v: &str) -> Option<f64> {
    let v = v.trim().replace(',', ".");
    let digits: String = v
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::tests_support::text_record;
    use crate::model::DocType;
    use jiff::civil::date;

    #[test]
    fn a_filled_form_reads_completely() {
        let text = "Opgaveformulier activiteit vakontwikkeling (bijlage 4)\n\
            Naam: Zoë de Vries\n\
            Datum activiteit: 12 mrt. 2024\n\
            Titel activiteit: Motiverende gespreksvoering\n\
            Organisator: Kennisnet Werk\n\
            Soort activiteit: cursus\n\
            Onderdeel Uren / punten\n\
            A. Tijd aanwezigheid (excl. pauze & inloop) 09.00 – 12.30 uur\n\
            B. Tijd voorbereiding / zelfstudie 1:30\n\
            C. Totaal aantal uren (C = A + B) 5 uur\n\
            Aantal PE-punten activiteit (C / 2, max. 4) 2,5\n";
        let form = read(&text_record(
            "K01/opgave.pdf",
            DocType::OpgaveformulierActiviteit,
            text,
        ));
        assert_eq!(form.date.map(|d| d.date), Some(date(2024, 3, 12)));
        assert_eq!(form.title, "Motiverende gespreksvoering");
        assert_eq!(form.organiser, "Kennisnet Werk");
        assert_eq!(form.kind, "cursus");
        assert_eq!(form.attendance, Some(Ok(210)));
        assert_eq!(form.preparation, Some(Ok(90)));
        assert_eq!(form.total, Some(Ok(300)));
        assert_eq!(form.pe_claimed, Some(2.5));
    }

    #[test]
    fn a_dagdeel_is_unreadable_hours_and_zero_is_zero() {
        let text = "Datum activiteit: 1-2-2024 t/m 3-4-2024 (4 bijeenkomsten)\n\
            A. Tijd aanwezigheid (excl. pauze & inloop) 1 dagdeel\n\
            B. Tijd voorbereiding / zelfstudie geen\n\
            Aantal PE-punten activiteit (C / 2, max. 4) n.t.b.\n";
        let form = read(&text_record(
            "K01/opgave.pdf",
            DocType::OpgaveformulierActiviteit,
            text,
        ));
        assert!(matches!(
            form.attendance,
            Some(Err(HoursError::Ambiguous(_)))
        ));
        assert_eq!(form.preparation, Some(Ok(0)));
        assert_eq!(form.pe_claimed, None);
        assert_eq!(form.end_date.map(|d| d.date), Some(date(2024, 4, 3)));
    }
}
