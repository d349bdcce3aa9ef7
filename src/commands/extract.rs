//! `hercert extract FILE [--json]`: what hercert read from one file. Plain
//! output is the text of each page, pages separated by a form feed as
//! poppler's pdftotext prints them; `--json` adds what else was read.

use crate::classify::Classifier;
use crate::extract::{self, Extracted, FileLimits};
use crate::pipeline::engine::classify_text;
use crate::text::bsn::{mask_bsn, mask_json};
use serde::Serialize;
use std::path::Path;

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
) -> Result<(String, Option<String>), serde_json::Error> {
    let (out, error) = render(file, json, limits)?;
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

fn render(
    file: &Path,
    json: bool,
    limits: &FileLimits,
) -> Result<(String, Option<String>), serde_json::Error> {
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
    let classification = Classifier::shipped()
        .ok()
        .map(|c| classify_text(&c, &extracted, &source.document));
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
        doc_type: classification.map_or("onbekend", |c| c.doc_type.as_str()),
        confidence: classification.map_or(0.0, |c| c.confidence),
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
