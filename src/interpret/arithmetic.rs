//! Bijlage 4's arithmetic as a reader: on an opgaveformulier the hours A
//! (attendance) and B (preparation) add up to C, and the PE are C divided
//! by the hours per PE, at most the cap. Few quadruples of a page's numbers
//! satisfy both, so the quadruple that does is the form's reading, however
//! the form lays out its labels: stacked, inline, in a grid with the values
//! in a row under the labels, or as OCR read it. Invoice extractors use a
//! total the same way to pick among candidate amounts.
//!
//! The labels still matter: where the field stage read the hours and they
//! add up, they stand; the arithmetic decides where they do not, and tells
//! a form from other documents that merely mention hours.

use super::notation::dates::find_dates;
use super::notation::hours::{parse_hours, AMBIGUOUS};
use crate::text::pattern::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

/// The four numbers of a bijlage-4 form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FormNumbers {
    /// A, in minutes.
    pub attendance: u32,
    /// B, in minutes.
    pub preparation: u32,
    /// C = A + B, in minutes.
    pub total: u32,
    /// The PE the form states.
    pub pe: f64,
}

/// The PE rule of the scheme: C / `hours_per_pe`, at most `cap`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeRule {
    pub hours_per_pe: f64,
    pub cap: f64,
}

impl PeRule {
    /// The PE `total_minutes` earn.
    pub fn pe(&self, total_minutes: u32) -> f64 {
        (f64::from(total_minutes) / 60.0 / self.hours_per_pe).min(self.cap)
    }
}

/// A number of the text with where it stands.
#[derive(Debug, Clone, PartialEq)]
struct Quantity {
    at: usize,
    /// As a duration, in minutes, when it reads as one.
    minutes: Option<u32>,
    /// As a plain number ("3", "2,50", "4 (max.)"), when it is one.
    plain: Option<f64>,
}

/// At most this many quantities are combined: a form has a dozen; a long
/// document that is no form is not searched at length.
const MAX_QUANTITIES: usize = 48;

/// Durations and numbers as forms write them: clock ranges (with the break
/// written beside them, which bijlage 4 leaves out), hours and
/// minutes in words or with `u`, clock notation, fractions, plain numbers,
/// and the words for none.
static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?xi)
        \b\d{1,2}[:.]\d{2}\s*(?:uur\s*)?[-–—]\s*\d{1,2}[:.]\d{2}(?:\s*uur)?
          \s*[,;(]?\s*(?:incl\.?|inclusief|waarvan|minus)?\s*\d{1,3}(?:[.,]\d{1,2})?\s*(?:uur|u|minuten|min\.?)
          \s+(?:pauze|lunchpauze|lunch)\)?
        | \b\d{1,2}[:.]\d{2}\s*(?:uur\s*)?[-–—]\s*\d{1,2}[:.]\d{2}(?:\s*uur)?
        | \b\d{1,3}(?:[.,]\d{1,2})?\s*(?:uur|u)\s*(?:en\s*)?\d{1,2}\s*(?:minuten|minuut|min\.?)
        | \b\d{1,2}u\d{2}\b
        | \b\d{1,2}:\d{2}\b
        | \b\d{1,3}(?:[.,]\d{1,2})?\s*½?\s*(?:uren|uur|u\b|minuten|minuut|min\.?|hours?|h\b)?
        | \b(?:geen|nvt|n\.v\.t\.?)\b
        ",
    )
});

/// Every quantity of a text, dates taken out first (a day of the month is
/// no number of hours).
fn quantities(text: &str) -> Vec<Quantity> {
    let mut blanked = text.to_string();
    for span in date_spans(text) {
        blanked.replace_range(span.clone(), &" ".repeat(span.len()));
    }
    QUANTITY
        .find_iter(&blanked)
        .filter(|m| !is_label_number(&blanked[..m.start()], &blanked[m.end()..]))
        .filter_map(|m| {
            let s = m.as_str().trim();
            let minutes = match s.to_lowercase().as_str() {
                "geen" | "nvt" | "n.v.t" | "n.v.t." => Some(0),
                _ => parse_hours(s).ok(),
            };
            let plain = s
                .split_whitespace()
                .next()
                .filter(|n| {
                    n.chars()
                        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                })
                .filter(|_| !s.contains(':') && !s.to_lowercase().contains("min"))
                .and_then(|n| n.replace(',', ".").parse::<f64>().ok());
            (minutes.is_some() || plain.is_some()).then_some(Quantity {
                at: m.start(),
                minutes,
                plain,
            })
        })
        .take(MAX_QUANTITIES)
        .collect()
}

/// Words before a number that make it part of a label, not a value:
/// "pagina 1", "nr. 7". ("max. 4" is both: a label's cap and a value's
/// "4,5 → max. 4".)
const LABEL_BEFORE: [&str; 4] = ["pagina", "blz", "nr", "nummer"];

/// Whether a number is part of a label or a formula rather than a value:
/// "C/2", "pagina 1 van 2", or a count of a unit that is no duration
/// ("1 dagdeel": the form's A is not read, SPEC §4).
fn is_label_number(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    if before.ends_with('/') || after.starts_with('/') {
        return true;
    }
    let previous = before
        .trim_end_matches(['.', ':'])
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if LABEL_BEFORE.contains(&previous.as_str()) {
        return true;
    }
    let next_word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    AMBIGUOUS.contains(&next_word.as_str())
}

/// Byte ranges of the dates in a text.
fn date_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        constant_regex(
            r"(?i)\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:jan|feb|mrt|mar|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|\b(?:19|20)\d{2}\b",
        )
    });
    DATE.find_iter(text)
        .filter(|m| !find_dates(m.as_str()).is_empty() || m.as_str().len() == 4)
        .map(|m| m.range())
        .collect()
}

/// The quadruple A, B, C, PE that the form's arithmetic holds, in the
/// order a form gives them. Of several, the first whose numbers stand
/// closest together; none when no four numbers add up.
pub fn find(text: &str, rule: &PeRule) -> Option<FormNumbers> {
    let q = quantities(text);
    let mut best: Option<(usize, FormNumbers)> = None;
    for (i, a) in q.iter().enumerate() {
        let Some(am) = a.minutes else { continue };
        for (j, b) in q.iter().enumerate().skip(i + 1) {
            let Some(bm) = b.minutes else { continue };
            for (k, c) in q.iter().enumerate().skip(j + 1) {
                let Some(cm) = c.minutes.filter(|&cm| cm > 0 && cm == am + bm) else {
                    continue;
                };
                let expected = rule.pe(cm);
                let Some(pe) = q
                    .iter()
                    .skip(k + 1)
                    .take(3)
                    .find_map(|p| p.plain.filter(|v| (v - expected).abs() < 0.011))
                else {
                    continue;
                };
                let spread = c.at - a.at;
                if best.as_ref().is_none_or(|(s, _)| spread < *s) {
                    best = Some((
                        spread,
                        FormNumbers {
                            attendance: am,
                            preparation: bm,
                            total: cm,
                            pe,
                        },
                    ));
                }
            }
        }
    }
    best.map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: PeRule = PeRule {
        hours_per_pe: 2.0,
        cap: 4.0,
    };

    fn numbers(text: &str) -> Option<(u32, u32, u32, f64)> {
        find(text, &RULE).map(|n| (n.attendance, n.preparation, n.total, n.pe))
    }

    #[test]
    fn stacked_labels_with_their_values_under_them() {
        let text = "Datum\n12 maart 2025\nAanwezig (zonder pauzes)\n3 uur en 30 minuten\n\
                    Zelfstudie\n1 uur en 30 minuten\nSamen\n5 uur\nPunten\n2,50\n";
        assert_eq!(numbers(text), Some((210, 90, 300, 2.5)));
    }

    #[test]
    fn a_grid_whose_values_stand_in_one_row_under_the_labels() {
        let text = "Datum Onderwerp Aanbieder\n14 september 2023 Regionaal overleg UWV\n\
                    A uren B uren C = A + B PE (C/2, max 4)\n4,0 2,0 6 uur 3,00\n";
        assert_eq!(numbers(text), Some((240, 120, 360, 3.0)));
    }

    #[test]
    fn the_cap_and_none_for_preparation() {
        let text =
            "Tijd aanwezig 09.00 – 17.30 uur\nVoorbereiding geen\nTotaal 8u30\nPE 4 (max.)\n";
        assert_eq!(numbers(text), Some((510, 0, 510, 4.0)));
        let minutes = "Aanwezig 150 min, voorbereiding 30 min, totaal 3 uur, PE 1,5";
        assert_eq!(numbers(minutes), Some((150, 30, 180, 1.5)));
    }

    #[test]
    fn a_clock_range_with_its_break_counts_without_the_break() {
        let text = "Tijd aanwezig (A)\n10.00 – 15.30 uur, 30 minuten pauze\n\
                    Voorbereiding (B)\n1 uur\nTotaal (C)\n6 uur\nPE\n3\n";
        assert_eq!(numbers(text), Some((300, 60, 360, 3.0)));
    }

    #[test]
    fn numbers_of_labels_formulas_and_day_parts_are_no_values() {
        // A in day parts: no quadruple, however the label numbers add up.
        let text =
            "Opgave activiteit nr. 7\nTijd aanwezig (A)\n1 dagdeel\nVoorbereiding (B)\n1 uur\n\
                    Totaal (C = A + B)\n?\nPE (C/2, max 4)\n2\npagina 1\n";
        assert_eq!(numbers(text), None);
    }

    #[test]
    fn a_capped_value_after_its_arrow() {
        let text = "Aanwezig (A): 7 uur\nVoorbereiding (B): 2 uur\nTotaal C = A+B: 9 uur\nPE: 4,5 → max. 4\n";
        assert_eq!(numbers(text), Some((420, 120, 540, 4.0)));
    }

    #[test]
    fn numbers_that_do_not_add_up_are_no_form() {
        assert_eq!(
            numbers("Aanwezig 3 uur, voorbereiding 2 uur, totaal 6 uur, PE 3"),
            None
        );
        assert_eq!(
            numbers("Op 5 oktober 2023 was u van 19.00 tot 22.00 uur ingelogd: 3 uur."),
            None
        );
    }
}
