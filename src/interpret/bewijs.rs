//! The bewijs van deelname: who attended what, when, organised by whom,
//! under which certificate number.

use super::notation::dates::{find_dates, ParsedDate};
use super::text::{labelled_value, quoted};
use crate::dossier::DocumentRecord;
use crate::interpret::text::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

/// What an attendance proof says.
#[derive(Debug, Clone, PartialEq)]
pub struct AttendanceProof {
    pub document: String,
    pub sha256: String,
    pub participant: Option<String>,
    /// Every date on the proof, in order (a series names several).
    pub dates: Vec<ParsedDate>,
    pub title: String,
    pub organiser: String,
    pub certificate: Option<String>,
}

static PARTICIPANT: LazyLock<Regex> = LazyLock::new(|| {
    // "verklaren wij dat Zoë de Vries op 12 maart ...", "... dat X heeft deelgenomen",
    // "dat X aanwezig was", "certify that X attended"
    constant_regex(
        r"(?i)\b(?:dat|that)\s+((?:[A-ZÀ-Ý][\p{L}'.-]*|van|de|der|den|el|ter|ten|het|’t|'t|la|le|du|da|dos|bin)(?:\s+(?:[A-ZÀ-Ý][\p{L}'.-]*|van|de|der|den|el|ter|ten|het|la|le|du|da|dos|bin)){0,6})\s+(?:op\b|heeft\b|aanwezig\b|de\s+opleiding\b|attended\b|has\b|met\b|van\b)",
    )
});

static ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    // "attended the European Congress on X, held on"
    constant_regex(r"(?i)\battended (?:the )?(.{3,120}?),? (?:held|on|in)\b")
});

static ORGANISED_BY: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)\b(?:georganiseerd door|organised by|organized by)\s+(?:de |het |the )?([^.\n,]{3,80})",
    )
});

pub fn read(doc: &DocumentRecord) -> AttendanceProof {
    let text = doc.extracted.full_text();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let participant = PARTICIPANT
        .captures(&flat)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim().to_string());
    let organiser = ORGANISED_BY
        .captures(&flat)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim().to_string())
        .or_else(|| labelled_value(&text, &["Organisatie", "Organisator"]).map(|v| v.0))
        .unwrap_or_default();
    let certificate = labelled_value(
        &text,
        &[
            "Certificaatnummer",
            "Certificaat nr",
            "Registratienummer",
            "Certificate number",
            "Kenmerk",
        ],
    )
    .map(|v| v.0);
    AttendanceProof {
        document: doc.document.clone(),
        sha256: doc.extracted.sha256.clone(),
        participant,
        dates: find_dates(&flat),
        title: quoted(&flat)
            .into_iter()
            .next()
            .or_else(|| {
                ATTENDED
                    .captures(&flat)
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str().to_string())
            })
            .unwrap_or_default(),
        organiser,
        certificate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::tests_support::text_record;
    use crate::model::DocType;
    use jiff::civil::date;

    #[test]
    fn a_certificate_of_attendance() {
        let text = "Certificaat van deelname\nHierbij verklaren wij dat Zoë van der Berg op dinsdag 12 maart 2024 heeft deelgenomen aan de cursus “Omgaan met agressie”,\ngeorganiseerd door Kennisnet Werk.\nDuur: 3 uur\nCertificaatnummer: KW-24-0108\n";
        let p = read(&text_record("K01/cert.pdf", DocType::BewijsDeelname, text));
        assert_eq!(p.participant.as_deref(), Some("Zoë van der Berg"));
        assert_eq!(p.dates.first().map(|d| d.date), Some(date(2024, 3, 12)));
        assert_eq!(p.title, "Omgaan met agressie");
        assert_eq!(p.organiser, "Kennisnet Werk");
        assert_eq!(p.certificate.as_deref(), Some("KW-24-0108"));
    }

    #[test]
    fn vakoverleg_and_english_wording() {
        let text = "Verklaring deelname vakoverleg\nHierbij verklaart de voorzitter van het vakoverleg dat Bram el Amrani aanwezig was bij het vakoverleg “Casuïstiek Ziektewet” op 3-4-2025.";
        let p = read(&text_record("K01/v.pdf", DocType::BewijsDeelname, text));
        assert_eq!(p.participant.as_deref(), Some("Bram el Amrani"));
        let text = "Certificate of Attendance\nThis is to certify that Nina Smit attended the European Congress, held on 4 March 2025, organised by the Vocational Rehabilitation Society.";
        let p = read(&text_record("K01/e.pdf", DocType::BewijsDeelname, text));
        assert_eq!(p.participant.as_deref(), Some("Nina Smit"));
        assert_eq!(p.organiser, "Vocational Rehabilitation Society");
    }
}
