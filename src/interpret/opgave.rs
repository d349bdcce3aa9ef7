//! The opgaveformulier per activiteit (bijlage 4): date, title, organiser,
//! kind, and the hours A (attendance), B (preparation), C = A + B, and PE.

use super::activity::{Activity, ActivitySource};
use super::arithmetic::{self, PeRule};
use super::fields::{without_ocr_fence, FieldReader};
use super::mentions::Mentions;
use super::notation::dates::find_dates;
use super::notation::hours::{parse_hours, HoursError};
use super::notation::pe::parse_pe;
use crate::dossier::DocumentRecord;
use crate::text::fold::normalize;
use crate::text::pattern::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

/// Reads a form as one activity, through the field stage (`schemes/fields.toml`): labels
/// as the rule book's bijlage 4 prints them or as candidates reword them,
/// values beside or under them, in a table cell or a form field. Where the
/// hours so read do not add up, the form's own arithmetic (`rule`) reads
/// them: the four numbers of the page with A + B = C and PE = C / 2, max 4.
pub fn read(doc: &DocumentRecord, rule: &PeRule) -> Activity {
    let text = doc.extracted.full_text();
    let source = ActivitySource::Form {
        document: doc.document.clone(),
    };
    let Some(reader) = FieldReader::new(&doc.extracted, "opgaveformulier_activiteit") else {
        return Activity::blank(source);
    };
    let dates = reader
        .read("date")
        .value()
        .map(find_dates)
        .unwrap_or_default();
    let text_of = |key: &str| {
        reader
            .read(key)
            .value()
            .map(str::to_string)
            .unwrap_or_default()
    };
    let hours_of = |key: &str| reader.read(key).value().map(hours_value);
    let (mut attendance, preparation, mut total) = (
        hours_of("attendance"),
        hours_of("preparation"),
        hours_of("total"),
    );
    // The PE are the claim being checked: they never stand in for hours
    // the form does not give ("1 dagdeel", C "?").
    let mut pe_claimed = reader.read("pe").value().and_then(parse_pe);
    // C = A + B is on the form itself: one unreadable term follows from
    // the other two; and where C and the PE agree, a term larger than C
    // is a misreading ("1½ uur" as "12 uur") that follows from the other.
    let mut preparation = preparation;
    let c_confirmed = match (&total, pe_claimed) {
        (Some(Ok(c)), Some(pe)) => (rule.pe(*c) - pe).abs() < 0.011,
        _ => false,
    };
    match (&attendance, &preparation, &total) {
        (Some(Err(_)) | None, Some(Ok(b)), Some(Ok(c))) if c >= b => attendance = Some(Ok(c - b)),
        (Some(Ok(a)), Some(Err(_)) | None, Some(Ok(c))) if c >= a => preparation = Some(Ok(c - a)),
        (Some(Ok(a)), Some(Ok(b)), Some(Ok(c))) if c_confirmed && a + b != *c => {
            if b > c && a <= c {
                preparation = Some(Ok(c - a));
            } else if a > c && b <= c {
                attendance = Some(Ok(c - b));
            }
        }
        _ => {}
    }
    let adds_up = match (&attendance, &preparation, &total) {
        (Some(Ok(a)), Some(Ok(b)), Some(Ok(c))) => a + b == *c,
        _ => false,
    };
    if !adds_up {
        if let Some(n) = arithmetic::find(&text, rule) {
            attendance = Some(Ok(n.attendance));
            preparation = Some(Ok(n.preparation));
            total = Some(Ok(n.total));
            pe_claimed = Some(n.pe);
        }
    }
    Activity {
        source,
        date: dates.first().copied(),
        end_date: dates.get(1).copied(),
        title: text_of("title"),
        organiser: text_of("organiser"),
        kind: text_of("kind"),
        attendance,
        preparation,
        total,
        pe_claimed,
        says_long_course: normalize(&text).contains("langdurige opleiding"),
        mentions: Mentions::of(&text),
    }
}

/// Hours as written; "0", "geen" and "nvt" are zero.
fn hours_value(v: &str) -> Result<u32, HoursError> {
    // OCR puts stray brackets and bars before a value ("[7 uur") and reads
    // a leading zero as the letter O ("Ou30").
    let v = without_ocr_fence(v);
    let v = match v.strip_prefix(['O', 'o']) {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit() || c == 'u' || c == ',') => {
            format!("0{rest}")
        }
        _ => v.to_string(),
    };
    // And it splits a clock time of a range in two ("09:00-1 1:00"), and
    // reads the u of "uur" as a v ("5 vur").
    let v = SPLIT_CLOCK.replace_all(&v, "${1}${2}");
    let v = OCR_UUR.replace_all(&v, "${1}uur");
    match normalize(&v).as_str() {
        "0" | "geen" | "nvt" | "n.v.t." | "-" | "0 uur" => Ok(0),
        _ => parse_hours(&v),
    }
}

/// "uur" as OCR misreads it after a number: "vur", "uvr", "vvr".
static OCR_UUR: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"(\d\s?)(?:vur|uvr|vvr)\b"));

/// The end of a time range with a space OCR put between its hour digits.
static SPLIT_CLOCK: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"([-–]\s?\d) (\d[:.]\d\d)\b"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::tests_support::text_record;
    use crate::model::DocType;
    use jiff::civil::date;

    const RULE: PeRule = PeRule {
        hours_per_pe: 2.0,
        cap: 4.0,
    };

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
        let form = read(
            &text_record("K01/opgave.pdf", DocType::OpgaveformulierActiviteit, text),
            &RULE,
        );
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
        let form = read(
            &text_record("K01/opgave.pdf", DocType::OpgaveformulierActiviteit, text),
            &RULE,
        );
        assert!(matches!(
            form.attendance,
            Some(Err(HoursError::Ambiguous(_)))
        ));
        assert_eq!(form.preparation, Some(Ok(0)));
        assert_eq!(form.pe_claimed, None);
        assert_eq!(form.end_date.map(|d| d.date), Some(date(2024, 4, 3)));
    }

    #[test]
    fn a_clock_time_split_by_ocr_is_joined() {
        assert_eq!(hours_value("09:00-1 1:00"), Ok(120));
        assert_eq!(hours_value("(13:30 - 1 5:00"), Ok(90));
        assert_eq!(hours_value("2 uur"), Ok(120));
    }

    #[test]
    fn ocr_noise_is_repaired_and_one_unreadable_term_follows_from_c_is_a_plus_b() {
        let text = "Tijd aanwezigheid (excl. pauze & inloop) - A [7 uur\n\
            Tijd voorbereiding/zelfstudie - B Ou30\n\
            Totaal aantal uren C = A +B 7,5 uur\n";
        let form = read(
            &text_record("K01/o.pdf", DocType::OpgaveformulierActiviteit, text),
            &RULE,
        );
        assert_eq!(form.attendance, Some(Ok(420)));
        assert_eq!(form.preparation, Some(Ok(30)));
        let text = "Tijd aanwezigheid - A 6 uur\nTijd voorbereiding - B ??\nTotaal aantal uren 7\n";
        let form = read(
            &text_record("K01/o.pdf", DocType::OpgaveformulierActiviteit, text),
            &RULE,
        );
        assert_eq!(form.preparation, Some(Ok(60)));
    }

    #[test]
    fn c_with_the_pe_corrects_a_misread_term_but_the_pe_never_give_hours() {
        // C lost by OCR, A as "vur": A and B still read; C is not made up.
        let text = "Tijd aanwezigheid - A 5 vur en 30 minuten\nTijd voorbereiding - B 0u30\n\
            Totaal aantal uren C = A + B\nAantal PE-punten activiteit (max. 4) = 3\n";
        let form = read(
            &text_record("K01/o.pdf", DocType::OpgaveformulierActiviteit, text),
            &RULE,
        );
        assert_eq!(form.attendance, Some(Ok(330)));
        assert_eq!(form.preparation, Some(Ok(30)));
        // A in day parts and C "?": the claimed 2 PE give no hours.
        let text = "Tijd aanwezigheid - A 1 dagdeel\nTijd voorbereiding - B 1u\n\
            Totaal aantal uren C = A + B ?\nAantal PE-punten activiteit (max. 4) 2\n";
        let form = read(
            &text_record("K01/o.pdf", DocType::OpgaveformulierActiviteit, text),
            &RULE,
        );
        assert!(
            matches!(form.attendance, Some(Err(_))),
            "{:?}",
            form.attendance
        );
        // "1½ uur" read as "12 uur": C and PE agree, B cannot exceed C.
        let text = "Tijd aanwezigheid - A 300 min\nTijd voorbereiding - B 12 uur\n\
            Totaal aantal uren C = A + B 6,5 uur\nAantal PE-punten (max. 4) = C / 2 3,25\n";
        let form = read(
            &text_record("K01/o.pdf", DocType::OpgaveformulierActiviteit, text),
            &RULE,
        );
        assert_eq!(form.preparation, Some(Ok(90)));
        assert_eq!(form.attendance, Some(Ok(300)));
    }
}
