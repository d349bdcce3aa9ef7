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
                Message::from_catalogue(
                    "APPLICATION-DATE-MISSING",
                    "assumed",
                    &[("date", &dossier.candidate.application_date)],
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
                    Message::from_catalogue("DOC-UNCLASSIFIED", "unknown-type", &[]),
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
                    Message::from_catalogue(
                        "DOC-LANGUAGE",
                        "not-dutch",
                        &[("language", &language)],
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
                    Message::from_catalogue(
                        "SIG-MISSING",
                        "unsigned",
                        &[("document", &doc.doc_type().dutch_name())],
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
                    Message::from_catalogue(
                        "DOC-MISSING",
                        "missing",
                        &[("document", &required.dutch_name())],
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
        return Some(Message::from_catalogue(
            "DOC-ILLEGIBLE",
            "ocr-failed",
            &[("error", error)],
        ));
    }
    if extracted.text_chars() < MIN_TEXT_CHARS {
        return Some(Message::from_catalogue("DOC-ILLEGIBLE", "no-text", &[]));
    }
    match extracted.ocr_confidence {
        Some(c) if c < MIN_OCR_CONFIDENCE => Some(Message::from_catalogue(
            "DOC-ILLEGIBLE",
            "unsure",
            &[("confidence", &format!("{c:.0}"))],
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
                    Message::from_catalogue("PRIVACY-BSN", "bsn", &[]),
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
