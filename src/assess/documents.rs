//! The document rules: every file readable, legible, classified, in Dutch,
//! signed where it must be, free of BSNs, and every required type present
//! (`DOC-*`, `SIG-MISSING`, `PRIVACY-BSN`).

use crate::dossier::{DocumentRecord, Dossier};
use crate::model::{DocType, Finding, Message, SignatureKind};
use crate::scheme::Scheme;
use crate::text::bsn::{find_bsns, masked};

/// Fewer non-blank characters than this over a whole document: illegible.
const MIN_TEXT_CHARS: usize = 20;

pub fn check(dossier: &Dossier, scheme: &Scheme) -> Vec<Finding> {
    let mut findings = Vec::new();
    // No application date in cohort.csv: the period is counted back from
    // `--as-of` (today by default), which may not be the real date.
    if !dossier.candidate.dated {
        findings.push(
            Finding::dossier(
                "APPLICATION-DATE-MISSING",
                Message::new(
                    format!(
                        "Geen aanvraagdatum in cohort.csv; beoordeeld per {}.",
                        dossier.candidate.application_date
                    ),
                    format!(
                        "No application date in cohort.csv; assessed as of {}.",
                        dossier.candidate.application_date
                    ),
                ),
            )
            .with_evidence(dossier.candidate.application_date.to_string()),
        );
    }
    for doc in &dossier.documents {
        let extracted = &doc.extracted;
        if let Some(error) = &extracted.error {
            findings.push(
                Finding::document("DOC-UNREADABLE", &doc.document, error.message())
                    .with_evidence(error.keyword()),
            );
            continue;
        }
        if let Some(message) = illegible(extracted) {
            findings.push(Finding::document("DOC-ILLEGIBLE", &doc.document, message));
            continue;
        }
        if doc.doc_type() == DocType::Onbekend {
            findings.push(
                Finding::document(
                    "DOC-UNCLASSIFIED",
                    &doc.document,
                    Message::new(
                        "Het soort document kon niet worden vastgesteld.",
                        "The type of this document could not be determined.",
                    ),
                )
                .with_page(super::first_text_page(doc))
                .with_evidence(opening_words(&doc.extracted.full_text())),
            );
        }
        let language = extracted.language.as_str();
        if !language.is_empty() && language != scheme.documents.language {
            findings.push(
                Finding::document(
                    "DOC-LANGUAGE",
                    &doc.document,
                    Message::new(
                        format!("Document is niet in het Nederlands opgesteld (taal: {language})."),
                        format!("Document is not written in Dutch (language: {language})."),
                    ),
                )
                .with_page(super::first_text_page(doc))
                .with_evidence(opening_words(&doc.extracted.full_text())),
            );
        }
    }
    let signed = scheme.signed_documents();
    for doc in dossier.documents.iter().filter(|d| d.is_readable()) {
        if signed.contains(&doc.doc_type()) && doc.extracted.signature == SignatureKind::None {
            findings.push(
                Finding::document(
                    "SIG-MISSING",
                    &doc.document,
                    Message::new(
                        format!("De {} is niet ondertekend (geen digitale, formulier- of zichtbare handtekening gevonden).", doc.doc_type().dutch_name()),
                        format!("The {} is not signed (no digital, form or visual signature found).", doc.doc_type().dutch_name()),
                    ),
                )
                .with_page(Some(doc.extracted.pages.len().max(1) as u32)),
            );
        }
        privacy(doc, &mut findings);
    }
    for required in scheme.required_documents() {
        if dossier.of_type(required).next().is_none() {
            findings.push(
                Finding::dossier(
                    "DOC-MISSING",
                    Message::new(
                        format!("Verplicht document ontbreekt: {}.", required.dutch_name()),
                        format!("Required document missing: {}.", required.dutch_name()),
                    ),
                )
                .with_evidence(required.as_str()),
            );
        }
    }
    findings
}

/// Why a readable file is still illegible: no text even after OCR, OCR
/// not available, or OCR too unsure.
fn illegible(extracted: &crate::extract::Extracted) -> Option<Message> {
    if let Some(error) = &extracted.ocr_error {
        return Some(Message::new(
            format!("Geen tekstlaag en tekstherkenning (OCR) mislukte: {error}."),
            format!("No text layer, and OCR failed: {error}."),
        ));
    }
    if extracted.text_chars() < MIN_TEXT_CHARS {
        return Some(Message::new(
            "Geen leesbare tekst gevonden, ook niet met tekstherkenning (OCR).",
            "No readable text found, not even with OCR.",
        ));
    }
    match extracted.ocr_confidence {
        Some(c) if c < MIN_OCR_CONFIDENCE => Some(Message::new(
            format!("De scan is slecht leesbaar: tekstherkenning is maar {c:.0}% zeker."),
            format!("The scan is hard to read: OCR is only {c:.0}% confident."),
        )),
        _ => None,
    }
}

/// Below this mean word confidence an OCR'd text is not trusted.
const MIN_OCR_CONFIDENCE: f64 = 60.0;

/// The first few words of a text, as a short evidence snippet.
pub fn opening_words(text: &str) -> String {
    text.split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ")
}

/// BSNs that hercert itself masked before text was kept at rest (an OCR
/// cache stores page text masked): `******782`, six asterisks and three
/// digits. They were BSNs when the page was read.
fn masked_bsns(page: &str) -> impl Iterator<Item = String> + '_ {
    page.match_indices("******").filter_map(move |(at, _)| {
        let before = page[..at].chars().next_back();
        let tail = page.get(at + 6..at + 9)?;
        let after = page[at + 9..].chars().next();
        (before != Some('*')
            && tail.bytes().all(|b| b.is_ascii_digit())
            && !after.is_some_and(|c| c.is_ascii_digit()))
        .then(|| format!("******{tail}"))
    })
}

/// `PRIVACY-BSN`: a number that passes the 11-proef, nine digits or labelled
/// as a BSN, on any page. The evidence shows only its last three digits.
fn privacy(doc: &DocumentRecord, findings: &mut Vec<Finding>) {
    for (index, page) in doc.extracted.pages.iter().enumerate() {
        let lower = page.to_lowercase();
        let hits: Vec<String> = find_bsns(page)
            .into_iter()
            .filter(|(range, digits)| {
                let before = lower
                    .get(range.start.saturating_sub(40)..range.start)
                    .unwrap_or("");
                digits.len() == 9
                    || before.contains("bsn")
                    || before.contains("burgerservicenummer")
                    || before.contains("sofi")
            })
            .map(|(_, digits)| masked(&digits))
            .chain(masked_bsns(page))
            .collect();
        if let Some(first) = hits.first() {
            findings.push(
                Finding::document(
                    "PRIVACY-BSN",
                    &doc.document,
                    Message::new(
                        "Het document bevat een burgerservicenummer; vraag om een versie zonder BSN.",
                        "The document holds a citizen service number (BSN); ask for a copy without it.",
                    ),
                )
                .with_page(Some(index as u32 + 1))
                .with_evidence(first.clone()),
            );
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bsn_masked_at_rest_is_still_a_bsn() {
        let found: Vec<String> =
            masked_bsns("BSN ******782, nog ********1234 en ******12").collect();
        assert_eq!(found, vec!["******782".to_string()]);
    }
}
