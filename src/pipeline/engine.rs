//! Reading and classifying one candidate's files: the part of the pipeline
//! that runs on the worker threads.

use crate::classify::{Classification, Classifier};
use crate::discover::{Candidate, SourceFile};
use crate::dossier::DocumentRecord;
use crate::extract::{self, Extracted, FileLimits};
use crate::interpret;
use crate::model::DocType;

/// The build and settings that decide what a file reads as: any rebuild of
/// hercert, or other OCR settings, start cold.
pub fn engine_version(limits: &FileLimits) -> String {
    static EXE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        std::env::current_exe()
            .ok()
            .and_then(|p| extract::hash_file(&p).ok())
            .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_string())
    });
    format!(
        "{}+{}+ocr={}/{}",
        env!("CARGO_PKG_VERSION"),
        &EXE[..EXE.len().min(16)],
        limits.ocr,
        limits.ocr_max_pages
    )
}

/// Reads and classifies documents, with the state store as a cache.
pub struct Engine<'a> {
    classifier: &'a Classifier,
    pub(super) limits: &'a FileLimits,
    pub(super) version: String,
}

impl<'a> Engine<'a> {
    pub fn new(classifier: &'a Classifier, limits: &'a FileLimits, version: String) -> Engine<'a> {
        Engine {
            classifier,
            limits,
            version,
        }
    }

    /// Reads a candidate's files. What a file read as is not cached (the
    /// state file holds no document text); a dossier that did not change is
    /// not read at all. Returns the documents and how many were parsed.
    pub fn read(
        &self,
        candidate: &Candidate,
        bar: &indicatif::ProgressBar,
    ) -> (Vec<DocumentRecord>, usize) {
        let mut documents = Vec::with_capacity(candidate.files.len());
        let mut parsed = 0;
        for file in &candidate.files {
            let extracted = extract::extract_file(file, self.limits);
            if extracted.error.is_none() {
                parsed += 1;
            }
            let classification = self.classify(file, &extracted);
            bar.inc(1);
            documents.push(DocumentRecord {
                document: file.document.clone(),
                extracted,
                classification,
            });
        }
        (documents, parsed)
    }

    fn classify(&self, file: &SourceFile, extracted: &Extracted) -> Classification {
        if extracted.error.is_some() {
            return Classification {
                doc_type: DocType::Onbekend,
                confidence: 0.0,
            };
        }
        let file_name = file.document.rsplit('/').next().unwrap_or("");
        classify_text(self.classifier, extracted, file_name)
    }
}

/// A readable file's type: by its text and name, then by its tables (an
/// untitled list of activities is an overzicht vakontwikkeling).
pub fn classify_text(
    classifier: &Classifier,
    extracted: &Extracted,
    file_name: &str,
) -> Classification {
    let text = extracted.full_text();
    let by_text = classifier.classify(&text, file_name);
    interpret::refine_classification(extracted, &text, by_text)
}
