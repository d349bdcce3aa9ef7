//! Documents by what they do, for those the title classifier could not
//! place: a document nobody titled in words the lists hold is still a form
//! when its numbers hold bijlage 4's arithmetic, and still a proof of
//! attendance when it says that someone attended an event on a date (for
//! a duration). An organiser's e-mail, a congress confirmation or a
//! teamleader's letter names no list's title, but it does a proof's job.
//!
//! The words for "attended" and for the kinds of event are in
//! `schemes/classify.toml` (`[roles]`), matched with Dutch stems and
//! compound parts (`text::dutch`), so that "congres" finds
//! "verzuimcongres" and "aanwezig" finds "aanwezigheidsbevestiging".

use super::arithmetic::{self, PeRule};
use super::notation::dates::find_dates;
use super::notation::hours::parse_hours;
use crate::classify::Classification;
use crate::model::DocType;
use crate::text::dutch;
use crate::text::label::tokens;
use crate::text::pattern::constant_regex;
use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

/// The `[roles]` table of `schemes/classify.toml`.
#[derive(Debug, Deserialize)]
struct RolesFile {
    roles: Roles,
}

#[derive(Debug, Deserialize)]
struct Roles {
    proof: ProofRoles,
    form: FormRoles,
}

/// What a proof of attendance does.
#[derive(Debug, Deserialize)]
struct ProofRoles {
    /// Words that say someone took part ("deelname", "aanwezig").
    acts: Vec<String>,
    /// Kinds of event ("congres", "cursus", "webinar").
    events: Vec<String>,
    /// A proof is short: a certificate, a letter, an e-mail.
    max_words: usize,
    confidence: f64,
}

/// What a bijlage-4 form does: its numbers add up by the scheme's rule.
#[derive(Debug, Deserialize)]
struct FormRoles {
    hours_per_pe: f64,
    per_activity_cap: f64,
    confidence: f64,
}

static ROLES: LazyLock<Option<Roles>> = LazyLock::new(|| {
    toml::from_str::<RolesFile>(crate::classify::SHIPPED_RULES)
        .ok()
        .map(|f| f.roles)
});

/// Whether the `[roles]` table of the shipped rules loads.
pub fn check_shipped() -> Result<(), toml::de::Error> {
    toml::from_str::<RolesFile>(crate::classify::SHIPPED_RULES).map(|_| ())
}

/// The type a document's content does the job of, if it does one.
pub fn classify(text: &str) -> Option<Classification> {
    as_form(text).or_else(|| as_proof(text))
}

/// A proof of attendance, when the text says that someone took part in an
/// event on a date (`is_proof`).
pub fn as_proof(text: &str) -> Option<Classification> {
    let roles = ROLES.as_ref()?;
    is_proof(text, &roles.proof).then_some(Classification {
        doc_type: DocType::BewijsDeelname,
        confidence: roles.proof.confidence,
    })
}

/// The confidence of a form recognised by what it does.
pub fn form_confidence() -> Option<f64> {
    ROLES.as_ref().map(|r| r.form.confidence)
}

/// An opgaveformulier, when the text's numbers hold bijlage 4's
/// arithmetic (`arithmetic::find`).
pub fn as_form(text: &str) -> Option<Classification> {
    let roles = ROLES.as_ref()?;
    let rule = PeRule {
        hours_per_pe: roles.form.hours_per_pe,
        cap: roles.form.per_activity_cap,
    };
    arithmetic::find(text, &rule).map(|_| Classification {
        doc_type: DocType::OpgaveformulierActiviteit,
        confidence: roles.form.confidence,
    })
}

/// A short text that says someone took part, on a date, in an event or
/// for a duration.
fn is_proof(text: &str, roles: &ProofRoles) -> bool {
    let words: Vec<String> = tokens(text).into_iter().map(|t| t.word).collect();
    if words.is_empty() || words.len() > roles.max_words {
        return false;
    }
    let says = |list: &[String]| {
        list.iter()
            .any(|entry| dutch::any_holds(words.iter().map(String::as_str), entry))
    };
    let attended = says(&roles.acts);
    let event = says(&roles.events);
    let dated = !find_dates(text).is_empty();
    attended && dated && (event || has_duration(text))
}

/// A duration anywhere in the text: "3 uur", "90 minuten", "5u15",
/// "09.00 – 12.30 uur".
fn has_duration(text: &str) -> bool {
    static DURATION: LazyLock<Regex> = LazyLock::new(|| {
        constant_regex(
            r"(?i)\b\d{1,2}[:.]\d{2}\s*(?:uur\s*)?[-–—]\s*\d{1,2}[:.]\d{2}|\b\d{1,3}(?:[.,]\d{1,2})?\s*(?:uur|minuten|min\b)|\b\d{1,2}u\d{2}\b",
        )
    });
    DURATION
        .find_iter(text)
        .any(|m| parse_hours(m.as_str()).is_ok_and(|minutes| minutes > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_type(text: &str) -> Option<DocType> {
        classify(text).map(|c| c.doc_type)
    }

    #[test]
    fn the_shipped_roles_load() {
        assert!(check_shipped().is_ok());
        assert!(ROLES.is_some());
    }

    #[test]
    fn the_forms_arithmetic_is_the_rib_schemes() {
        let rib = crate::scheme::Scheme::load("rib").expect("rib"); // ok: test
        let form = &ROLES.as_ref().expect("roles").form; // ok: test
        assert_eq!(form.hours_per_pe, rib.pe.hours_per_pe);
        assert_eq!(form.per_activity_cap, rib.pe.per_activity_cap);
    }

    #[test]
    fn an_organisers_e_mail_that_confirms_attendance_is_a_proof() {
        let mail = "Van: Academie Werk en Gezondheid\nOnderwerp: je inschrijving\n\
                    Beste Jan,\nFijn dat je er was bij onze themamiddag over schuldhulp op \
                    dinsdag 4 maart 2025. Je was van 13.30 tot 16.30 uur aanwezig.\nGroet, het team";
        assert_eq!(doc_type(mail), Some(DocType::BewijsDeelname));
        let confirmation = "Bevestiging\nWij verklaren dat mevrouw K. Smit het verzuimcongres \
                            van 2 juni 2024 heeft bijgewoond.";
        assert_eq!(doc_type(confirmation), Some(DocType::BewijsDeelname));
    }

    #[test]
    fn a_text_that_does_no_proofs_job_is_not_one() {
        // An invitation: an event and a date, nobody attended yet.
        assert_eq!(
            doc_type("Uitnodiging\nGraag nodigen wij u uit voor het congres op 2 juni 2024."),
            None
        );
        // Attendance without a date.
        assert_eq!(doc_type("Zij was aanwezig bij de cursus."), None);
    }

    #[test]
    fn numbers_that_hold_the_forms_arithmetic_make_a_form() {
        let grid = "Opgave\nWanneer 3 oktober 2024\nA B C PE\n3 uur en 30 minuten 1 uur en 30 minuten 5 uur 2,50";
        assert_eq!(doc_type(grid), Some(DocType::OpgaveformulierActiviteit));
    }
}
