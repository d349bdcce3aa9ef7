//! `hercert extract FILE [--json]`: what hercert read from one file. Plain
//! output is the text of each page, pages separated by a form feed as
//! poppler's pdftotext prints them; `--json` adds what else was read.

use crate::classify::{Classifier, ClassifyError};
use crate::extract::{self, Extracted, FileLimits};
use crate::pipeline::engine::classify_text;
use crate::text::bsn::{mask_bsn, mask_json};
use serde::Serialize;
use std::path::Path;

/// Why `extract` could not render what it read. (A file that cannot be
/// read is not an error here: it is reported, and the command exits 1.)
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The shipped classification rules do not load: `--json` cannot say
    /// what type of document this is, so it says nothing rather than
    /// "onbekend".
    #[error(transparent)]
    Rules(#[from] ClassifyError),
    /// The JSON could not be written or re-read for masking.
    #[error("cannot render the JSON output")]
    Json(#[from] serde_json::Error),
}

#[derive(Serialize)]
struct Json<'a> {
    file: String,
    format: &'a str,
    sha256: &'a str,
    bytes: u64,
    pages: usize,
    text_chars: usize,
    producer: Option<&'a str>,
    doc_type: &'a str,
    confidence: f64,
    form_fields: Vec<Field<'a>>,
    signature: &'a str,
    ocr: bool,
    ocr_confidence: Option<f64>,
    language: &'a str,
    errors: Vec<String>,
    text: Vec<&'a str>,
}

#[derive(Serialize)]
struct Field<'a> {
    name: &'a str,
    value: &'a str,
    page: Option<u32>,
}

/// Reads one file and renders what was read, BSNs masked unless `mask` is
/// false (`--unmasked`). Also returns why the file is unreadable, if it is:
/// the command then exits non-zero with that message.
pub fn run(
    file: &Path,
    json: bool,
    limits: &FileLimits,
    mask: bool,
) -> Result<(String, Option<String>), ExtractError> {
    let (out, error) = render(file, json, limits, Classifier::shipped)?;
    if !mask {
        return Ok((out, error));
    }
    let out = if json {
        let mut value: serde_json::Value = serde_json::from_str(&out)?;
        mask_json(&mut value);
        serde_json::to_string_pretty(&value)?
    } else {
        mask_bsn(&out)
    };
    Ok((out, error))
}

/// Reads and renders one file; `rules` loads the classification rules
/// (the shipped ones; a test gives broken ones).
fn render(
    file: &Path,
    json: bool,
    limits: &FileLimits,
    rules: impl FnOnce() -> Result<Classifier, ClassifyError>,
) -> Result<(String, Option<String>), ExtractError> {
    let source = crate::discover::SourceFile {
        document: file.display().to_string(),
        path: file.to_path_buf(),
        problem: None,
    };
    let extracted = extract::extract_file(&source, limits);
    let error = extracted.error.as_ref().map(|e| e.describe());
    if !json {
        return Ok((plain(&extracted), error));
    }
    let classification = classify_text(&rules()?, &extracted, &source.document);
    let errors = extracted
        .error
        .iter()
        .map(|e| e.describe())
        .chain(extracted.ocr_error.clone())
        .collect();
    let out = Json {
        file: source.document.clone(),
        format: extracted.format.as_str(),
        sha256: &extracted.sha256,
        bytes: extracted.bytes,
        pages: extracted.pages.len(),
        text_chars: extracted.text_chars(),
        producer: extracted.producer.as_deref(),
        doc_type: classification.doc_type.as_str(),
        confidence: classification.confidence,
        form_fields: extracted
            .form_fields
            .iter()
            .map(|f| Field {
                name: &f.name,
                value: &f.value,
                page: f.page,
            })
            .collect(),
        signature: extracted.signature.as_str(),
        ocr: extracted.ocr,
        ocr_confidence: extracted.ocr_confidence,
        language: &extracted.language,
        errors,
        text: extracted.pages.iter().map(String::as_str).collect(),
    };
    Ok((serde_json::to_string_pretty(&out)?, error))
}

/// Pages joined by form feeds, each ending in a newline.
fn plain(extracted: &Extracted) -> String {
    let mut out = String::new();
    for page in &extracted.pages {
        out.push_str(page);
        if !page.ends_with('\n') {
            out.push('\n');
        }
        out.push('\u{c}');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_file() -> tempfile::NamedTempFile {
        let mut file = tempfile::Builder::new()
            .suffix(".csv")
            .tempfile()
            .expect("temp file"); // ok: test
        std::io::Write::write_all(
            &mut file,
            b"Werkgeversverklaring;Naam\nfunctie;re-integratiebegeleider\n",
        )
        .expect("write"); // ok: test
        file
    }

    #[test]
    fn broken_classification_rules_are_an_error_not_onbekend() {
        let file = text_file();
        let broken = || Classifier::from_toml("head_chars = \"many\"");
        let err = render(file.path(), true, &FileLimits::default(), broken).err();
        assert!(matches!(err, Some(ExtractError::Rules(_))), "{err:?}");
        let message = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("schemes/classify.toml"), "{message}");
    }

    #[test]
    fn plain_text_needs_no_rules() {
        let file = text_file();
        let broken = || Classifier::from_toml("not toml at all [");
        let (out, error) =
            render(file.path(), false, &FileLimits::default(), broken).expect("plain text renders"); // ok: test
        assert_eq!(error, None);
        assert!(out.contains("Werkgeversverklaring"), "{out:?}");
    }
}
