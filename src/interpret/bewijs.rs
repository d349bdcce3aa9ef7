//! The bewijs van deelname: who attended what, when, organised by whom,
//! under which certificate number.

use super::fields::{Capture, FieldRead, FieldReader};
use super::mentions::Mentions;
use super::notation::dates::{find_dates, ParsedDate};
use super::text::quoted;
use crate::dossier::DocumentRecord;
use crate::text::pattern::constant_regex;
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
    /// Short lines and cells of the proof that may name a person: an
    /// attendance list names every participant, not one.
    pub listed: Vec<String>,
    /// What the proof says anywhere: an activity is matched on its words
    /// and dates wherever they stand, not only on the title a label or a
    /// quote gave.
    pub mentions: Mentions,
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

/// Personal pronouns, Dutch and English: "bevestig ik dat je aanwezig
/// was" names the participant by the mail's address, not in the sentence.
const PRONOUNS: [&str; 16] = [
    "je", "jij", "jou", "u", "uw", "hij", "zij", "ze", "ik", "wij", "we", "jullie", "you", "he",
    "she", "they",
];

/// Whether a value read as the participant is a person's name: a
/// capitalised word, no pronoun, not a label ("Paraaf"). Anything else is
/// the participant left unread, never a different participant.
fn looks_like_name(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    let capitalised = words
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 2);
    let pronoun = words.iter().any(|w| {
        let lower = w.to_lowercase();
        PRONOUNS.contains(&lower.trim_matches(|c: char| !c.is_alphabetic()))
    });
    !words.is_empty()
        && words.len() <= 7
        && capitalised
        && !pronoun
        && !crate::extract::signature::is_signature_label(value)
}

/// Reads a proof: labelled fields where the certificate has them, the
/// sentence ("verklaren wij dat X heeft deelgenomen aan Y") where not.
pub fn read(doc: &DocumentRecord) -> AttendanceProof {
    let text = doc.extracted.full_text();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let reader = FieldReader::new(&doc.extracted, "bewijs_deelname");
    let field = |key: &str| {
        reader
            .as_ref()
            .and_then(|r| r.read(key).value().map(str::to_string))
            .filter(|v| !v.is_empty())
    };
    let participant = field("participant")
        .filter(|p| looks_like_name(p))
        .or_else(|| {
            PARTICIPANT
                .captures(&flat)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().trim().to_string())
                .filter(|p| looks_like_name(p))
        });
    let organiser = field("organiser")
        .or_else(|| {
            ORGANISED_BY
                .captures(&flat)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().trim().to_string())
        })
        .unwrap_or_default();
    // A quoted title beats one cut from the sentence around it.
    let labelled_title = reader.as_ref().and_then(|r| match r.read("title") {
        FieldRead::Found(f) if f.capture != Capture::LeadIn => Some(f.value),
        _ => None,
    });
    let title = labelled_title
        .or_else(|| quoted(&flat).into_iter().next())
        .or_else(|| field("title"))
        .or_else(|| {
            ATTENDED
                .captures(&flat)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_string())
        })
        .unwrap_or_default();
    // The labelled date first, then every date the text names.
    let mut dates: Vec<ParsedDate> = field("date").map(|d| find_dates(&d)).unwrap_or_default();
    for d in find_dates(&flat) {
        if !dates.iter().any(|x| x.date == d.date) {
            dates.push(d);
        }
    }
    AttendanceProof {
        document: doc.document.clone(),
        sha256: doc.extracted.sha256.clone(),
        participant,
        dates,
        title,
        organiser,
        certificate: field("certificate"),
        mentions: Mentions::of(&flat),
        listed: doc
            .extracted
            .layout()
            .iter()
            .flat_map(|l| l.segments.iter())
            .map(|s| s.text.trim().to_string())
            .filter(|t| (2..=6).contains(&t.split_whitespace().count()))
            .collect(),
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
        // A pronoun, a label or lower-case words are no participant.
        for value in ["je", "je vandaag live", "Paraaf", "de deelnemer"] {
            assert!(!looks_like_name(value), "{value}");
        }
        assert!(looks_like_name("mw. A. el Idrissi"));
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
