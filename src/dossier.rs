//! The dossier as extraction and classification leave it, and as the
//! interpreters and rules read it: a candidate and every document read for
//! them. What the assessment makes of it is `assess::Assessed`.

use crate::classify::Classification;
use crate::discover::Candidate;
use crate::extract::Extracted;
use crate::model::DocType;

/// One document of a dossier: what was read and what type it is.
#[derive(Debug, Clone)]
pub struct DocumentRecord {
    /// Relative to the cohort folder.
    pub document: String,
    pub extracted: Extracted,
    pub classification: Classification,
}

impl DocumentRecord {
    pub fn doc_type(&self) -> DocType {
        self.classification.doc_type
    }

    /// Readable: parsed without error (it may still hold no text).
    pub fn is_readable(&self) -> bool {
        self.extracted.error.is_none()
    }
}

/// A candidate with their documents, sorted by document path.
#[derive(Debug, Clone)]
pub struct Dossier {
    pub candidate: Candidate,
    pub documents: Vec<DocumentRecord>,
}

impl Dossier {
    /// Readable documents of one type.
    pub fn of_type(&self, doc_type: DocType) -> impl Iterator<Item = &DocumentRecord> {
        self.documents
            .iter()
            .filter(move |d| d.is_readable() && d.doc_type() == doc_type)
    }
}

/// Building blocks for unit tests of the interpreters and rules.
#[cfg(test)]
pub mod tests_support {
    use super::*;
    use crate::extract::Extracted;

    /// A readable document of a type with the given text.
    pub fn text_record(document: &str, doc_type: DocType, text: &str) -> DocumentRecord {
        DocumentRecord {
            document: document.to_string(),
            extracted: Extracted::from_text(text),
            classification: Classification {
                doc_type,
                confidence: 1.0,
            },
        }
    }

    /// A readable document of a type with no content yet.
    pub fn record(document: &str, doc_type: DocType) -> DocumentRecord {
        text_record(document, doc_type, "-")
    }
}
