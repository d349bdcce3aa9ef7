//! The document rules: every file readable, legible, classified, in Dutch,
//! and every required type present (`DOC-*`).

use crate::dossier::Dossier;
use crate::model::{DocType, Finding, Message};
use crate::scheme::Scheme;

/// Fewer non-blank characters than this over a whole document: illegible.
const MIN_TEXT_CHARS: usize = 20;

pub fn check(dossier: &Dossier, scheme: &Scheme) -> Vec<Finding> {
    let mut findings = Vec::new();
    for doc in &dossier.documents {
        let extracted = &doc.extracted;
        if let Some(error) = &extracted.error {
            findings.push(
                Finding::document("DOC-UNREADABLE", &doc.document, error.message())
                    .with_evidence(error.keyword()),
            );
            continue;
        }
        if extracted.text_chars() < MIN_TEXT_CHARS {
            findings.push(Finding::document(
                "DOC-ILLEGIBLE",
                &doc.document,
                Message::new(
                    "Geen leesbare tekst gevonden (een scan of afbeelding; tekstherkenning is niet beschikbaar of vond niets).",
                    "No readable text found (a scan or image; OCR is not available or found nothing).",
                ),
            ));
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

/// The first few words of a text, as a short evidence snippet.
pub fn opening_words(text: &str) -> String {
    text.split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ")
}
