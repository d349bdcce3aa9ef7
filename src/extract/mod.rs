//! Extract: read what a file says, bounded in time and size.
//!
//! Each file is parsed on a thread of its own that the caller waits for with
//! a deadline; a parser that hangs or panics costs one `DOC-UNREADABLE`
//! finding, never the run. The parsers themselves live in one module per
//! family of formats.

pub mod csv_text;
pub mod docx;
pub mod language;
pub mod ocr;
pub mod ole;
pub mod page_image;
pub mod pdf;
pub mod pdf_text;
pub mod positioned;
pub mod sandbox;
pub mod sheet;
pub mod signature;
pub mod sniff;
pub mod zip_package;

use crate::discover::SourceFile;
use crate::model::{Format, SignatureKind, Unreadable};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::panic::AssertUnwindSafe;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

/// Whether the OCR and language settings compiled in (`src/extract/ocr.toml`,
/// `src/extract/language.toml`) load: a run checks this before it reads a
/// document.
pub fn check_shipped() -> Result<(), crate::model::LoadError> {
    toml::from_str::<ocr::OcrSettings>(ocr::SETTINGS)
        .map(|_| ())
        .map_err(|e| crate::model::LoadError {
            file: "src/extract/ocr.toml",
            problem: e.to_string(),
        })?;
    language::check_shipped().map_err(|problem| crate::model::LoadError {
        file: "src/extract/language.toml",
        problem,
    })
}

/// A filled-in form field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormField {
    pub name: String,
    pub value: String,
    /// The page the field's widget sits on, when known.
    pub page: Option<u32>,
}

/// A cell of a spreadsheet or CSV file, as typed as the file allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// An Excel date/time serial (days since 1899-12-30; time-only cells are
    /// fractions of a day).
    DateTime(f64),
    /// A duration in days (Excel `[h]:mm` cells, ODS `PT2H30M`).
    Duration(f64),
}

impl Cell {
    /// How the cell reads as text, for classification and snippets.
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => format_number(*n),
            Cell::Bool(b) => b.to_string(),
            Cell::DateTime(serial) => excel_serial_display(*serial),
            Cell::Duration(days) => {
                let minutes = (days * 24.0 * 60.0).round() as i64;
                format!("{}:{:02}", minutes / 60, minutes % 60)
            }
        }
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// `2024-03-12` for a date serial, `14:30` for a time-only serial.
fn excel_serial_display(serial: f64) -> String {
    if (0.0..1.0).contains(&serial) {
        let minutes = (serial * 24.0 * 60.0).round() as i64;
        return format!("{:02}:{:02}", minutes / 60, minutes % 60);
    }
    let base = jiff::civil::date(1899, 12, 30);
    match base.checked_add(jiff::Span::new().days(serial.floor() as i64)) {
        Ok(d) => d.to_string(),
        Err(_) => format_number(serial),
    }
}

/// One sheet of a workbook (or the one table of a CSV file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

/// Everything read from one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Extracted {
    pub format: Format,
    pub sha256: String,
    pub bytes: u64,
    /// Text per page; a workbook has a page per sheet.
    pub pages: Vec<String>,
    /// Positioned lines where the format has a layout (PDF text layers,
    /// docx); see [`Extracted::layout`] for every format.
    #[serde(default)]
    pub lines: Vec<positioned::Line>,
    pub sheets: Vec<Sheet>,
    pub form_fields: Vec<FormField>,
    pub signature: SignatureKind,
    pub producer: Option<String>,
    pub ocr: bool,
    /// Tesseract's mean word confidence over the OCR'd pages, in [0, 100].
    pub ocr_confidence: Option<f64>,
    /// Why pages without text could not be OCR'd (tools missing, timeout).
    pub ocr_error: Option<String>,
    /// `nl`, `en`, `de`, `fr`, or empty when too little text to tell.
    pub language: String,
    pub error: Option<Unreadable>,
}

impl Extracted {
    fn new(format: Format) -> Self {
        Extracted {
            format,
            sha256: String::new(),
            bytes: 0,
            pages: Vec::new(),
            lines: Vec::new(),
            sheets: Vec::new(),
            form_fields: Vec::new(),
            signature: SignatureKind::None,
            producer: None,
            ocr: false,
            ocr_confidence: None,
            ocr_error: None,
            language: String::new(),
            error: None,
        }
    }

    fn failed(format: Format, error: Unreadable) -> Self {
        Extracted {
            error: Some(error),
            ..Extracted::new(format)
        }
    }

    /// A readable document with the given page texts (pages split at form
    /// feeds), for tests of the stages after extraction.
    #[cfg(test)]
    pub fn from_text(text: &str) -> Extracted {
        Extracted {
            pages: text.split('\u{c}').map(str::to_string).collect(),
            sha256: hex(&Sha256::digest(text.as_bytes())),
            ..Extracted::new(Format::Pdf)
        }
    }

    /// Characters of text over all pages, whitespace excluded.
    pub fn text_chars(&self) -> usize {
        self.pages
            .iter()
            .map(|p| p.chars().filter(|c| !c.is_whitespace()).count())
            .sum()
    }

    /// All pages joined, for classification.
    pub fn full_text(&self) -> String {
        self.pages.join("\n")
    }

    /// The document as positioned lines, whatever its format: the stored
    /// layout of a page where it holds the page's text, else lines made
    /// from the page text (OCR, CSV), and for a workbook one line per row
    /// with a segment per cell.
    pub fn layout(&self) -> Vec<positioned::Line> {
        if !self.sheets.is_empty() {
            return self
                .sheets
                .iter()
                .enumerate()
                .flat_map(|(i, sheet)| {
                    sheet.rows.iter().enumerate().filter_map(move |(r, row)| {
                        let cells: Vec<(usize, String)> = row
                            .iter()
                            .enumerate()
                            .map(|(c, cell)| (c, cell.display()))
                            .collect();
                        positioned::row_line(i as u32 + 1, r, &cells, false)
                    })
                })
                .collect();
        }
        let mut out = Vec::new();
        for (i, text) in self.pages.iter().enumerate() {
            let page = i as u32 + 1;
            let stored: Vec<&positioned::Line> =
                self.lines.iter().filter(|l| l.page == page).collect();
            let stored_chars: usize = stored
                .iter()
                .flat_map(|l| &l.segments)
                .map(|s| s.text.chars().filter(|c| !c.is_whitespace()).count())
                .sum();
            let text_chars = text.chars().filter(|c| !c.is_whitespace()).count();
            // A page OCR'd after its (empty) text layer was read keeps the
            // OCR text only.
            if stored_chars * 2 >= text_chars && !stored.is_empty() {
                out.extend(stored.into_iter().cloned());
            } else {
                out.extend(positioned::lines_from_text(page, text));
            }
        }
        out
    }
}

/// What a parser returns before the common fields are filled in.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Content {
    pub pages: Vec<String>,
    pub lines: Vec<positioned::Line>,
    /// Set when some pages were OCR'd: mean confidence, or why OCR failed.
    pub ocr: Option<Result<f64, String>>,
    pub sheets: Vec<Sheet>,
    pub form_fields: Vec<FormField>,
    pub signature: SignatureKind,
    pub producer: Option<String>,
}

/// Bounds on the work spent on one file.
#[derive(Debug, Clone, Copy)]
pub struct FileLimits {
    pub max_bytes: u64,
    pub timeout: Duration,
    /// Cells read per sheet at most; a sheet may declare far more.
    pub max_cells_per_sheet: usize,
    /// Pages read per document at most.
    pub max_pages: usize,
    /// Run OCR on pages and images without text.
    pub ocr: bool,
    /// Pages OCR'd per document at most; a dossier document is a few pages.
    pub ocr_max_pages: usize,
    /// Address space of the child that reads a workbook, CSV or Word file
    /// ([`sandbox`]): the per-file memory ceiling.
    pub max_memory_bytes: u64,
}

impl Default for FileLimits {
    fn default() -> Self {
        FileLimits {
            max_bytes: 256 * 1024 * 1024,
            timeout: Duration::from_secs(60),
            max_cells_per_sheet: 200_000,
            max_pages: 2_000,
            ocr: true,
            ocr_max_pages: 30,
            max_memory_bytes: 448 * 1024 * 1024,
        }
    }
}

/// The SHA-256 of a file's content, read in blocks.
pub fn hash_file(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

/// Reads one discovered file. Never fails: every problem is in `error`.
pub fn extract_file(file: &SourceFile, limits: &FileLimits) -> Extracted {
    if let Some(problem) = &file.problem {
        return Extracted::failed(Format::Unknown, problem.clone());
    }
    let size = match std::fs::metadata(&file.path) {
        Ok(m) => m.len(),
        Err(e) => return Extracted::failed(Format::Unknown, Unreadable::Io(e.to_string())),
    };
    if size > limits.max_bytes {
        let mut out = Extracted::failed(
            Format::Unknown,
            Unreadable::TooLarge {
                bytes: size,
                limit: limits.max_bytes,
            },
        );
        out.bytes = size;
        return out;
    }
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(e) => return Extracted::failed(Format::Unknown, Unreadable::Io(e.to_string())),
    };
    let name = file
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    extract_bytes(bytes, &name, limits)
}

/// Reads a file already in memory; `name` is only a hint for the format.
pub fn extract_bytes(bytes: Vec<u8>, name: &str, limits: &FileLimits) -> Extracted {
    let format = sniff::sniff(&bytes, name);
    let mut out = Extracted::new(format);
    out.bytes = bytes.len() as u64;
    out.sha256 = hex(&Sha256::digest(&bytes));
    if format == Format::Empty {
        out.error = Some(Unreadable::Empty);
        return out;
    }
    let sha256 = out.sha256.clone();
    match parse_with_deadline(Arc::new(bytes), format, sha256, limits) {
        Ok(content) => {
            match content.ocr {
                Some(Ok(confidence)) => {
                    out.ocr = true;
                    out.ocr_confidence = Some(confidence);
                }
                Some(Err(e)) => out.ocr_error = Some(e),
                None => {}
            }
            out.pages = content.pages;
            out.lines = content.lines;
            out.sheets = content.sheets;
            out.form_fields = content.form_fields;
            out.signature = content.signature;
            out.producer = content.producer;
            out.language = language::detect(&out.full_text());
        }
        Err(e) => out.error = Some(e),
    }
    out
}

/// Runs the parser on a thread of its own and waits at most the timeout.
/// A parser that overruns is abandoned (it ends with the process); one that
/// panics is reported with the panic's message.
fn parse_with_deadline(
    bytes: Arc<Vec<u8>>,
    format: Format,
    sha256: String,
    limits: &FileLimits,
) -> Result<Content, Unreadable> {
    let (tx, rx) = mpsc::channel();
    let thread_limits = *limits;
    let spawned = std::thread::Builder::new()
        .name("hercert-parse".into())
        .stack_size(16 * 1024 * 1024)
        .spawn(move || {
            let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
                let mut content = parse(&bytes, format, &thread_limits)?;
                if thread_limits.ocr {
                    ocr_blank_pages(&bytes, format, &sha256, &mut content, &thread_limits);
                }
                Ok(content)
            }));
            let result =
                result.unwrap_or_else(|payload| Err(Unreadable::Panic(panic_text(&payload))));
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return Err(Unreadable::Io(format!("cannot start a reader thread: {e}")));
    }
    match rx.recv_timeout(limits.timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Unreadable::Timeout(limits.timeout.as_secs())),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(Unreadable::Panic(
            "reader thread ended without a result".into(),
        )),
    }
}

fn panic_text(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Dispatches to the parser for a format, in a child under the memory
/// ceiling where [`sandbox`] says so.
fn parse(bytes: &[u8], format: Format, limits: &FileLimits) -> Result<Content, Unreadable> {
    sandbox::parse(bytes, format, limits)
}

/// Dispatches to the parser for a format in this process.
fn parse_in_process(
    bytes: &[u8],
    format: Format,
    limits: &FileLimits,
) -> Result<Content, Unreadable> {
    match format {
        Format::Pdf => pdf::parse(bytes, limits),
        f if f.is_workbook() => sheet::parse(bytes, f, limits),
        Format::Csv => csv_text::parse(bytes, limits),
        Format::Docx => docx::parse(bytes),
        // Images carry no text layer; OCR gives them one (DOC-ILLEGIBLE until then).
        Format::Jpeg | Format::Png | Format::Tiff => Ok(Content {
            pages: vec![String::new()],
            ..Content::default()
        }),
        other => Err(Unreadable::Unsupported(other.as_str().to_string())),
    }
}

/// Pages with almost no text are scans: OCR them. Images are one page.
fn ocr_blank_pages(
    bytes: &[u8],
    format: Format,
    sha256: &str,
    content: &mut Content,
    limits: &FileLimits,
) {
    const BLANK: usize = 10;
    let blank: Vec<usize> = content
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.chars().filter(|c| !c.is_whitespace()).count() < BLANK)
        .map(|(i, _)| i)
        .take(limits.ocr_max_pages)
        .collect();
    let is_image = matches!(format, Format::Jpeg | Format::Png | Format::Tiff);
    if blank.is_empty() || !(format == Format::Pdf || is_image) {
        return;
    }
    let engine = ocr::Ocr {
        timeout: limits.timeout,
        ..ocr::Ocr::default()
    };
    if let Err(e) = ocr::Ocr::available() {
        content.ocr = Some(Err(e.to_string()));
        return;
    }
    let file = match tempfile::NamedTempFile::new().and_then(|mut f| {
        std::io::Write::write_all(&mut f, bytes)?;
        Ok(f)
    }) {
        Ok(f) => f,
        Err(e) => {
            content.ocr = Some(Err(format!("cannot write a temporary file: {e}")));
            return;
        }
    };
    let results: Vec<(usize, Result<ocr::OcrPage, ocr::OcrError>)> = if is_image {
        vec![(0, engine.image_file(file.path(), sha256))]
    } else {
        let numbers: Vec<u32> = blank.iter().map(|&i| i as u32 + 1).collect();
        blank
            .iter()
            .copied()
            .zip(engine.pdf_pages(bytes, file.path(), sha256, &numbers))
            .collect()
    };
    let mut confidences = Vec::new();
    let mut signed = false;
    for (i, result) in results {
        match result {
            Ok(page) => {
                let number = i as u32 + 1;
                // On a scan, a signature is ink that OCR reads as stray
                // letters at the signature label: near it in the text, or
                // beside it by the lines' positions.
                signed |= page.ink_at_label || signature::ocr_ink_near_label(&page.text);
                if let Some(slot) = content.pages.get_mut(i) {
                    *slot = page.text;
                }
                // The page's rows replace what little its text layer held.
                content.lines.retain(|l| l.page != number);
                content.lines.extend(
                    page.lines
                        .into_iter()
                        .map(|l| positioned::Line { page: number, ..l }),
                );
                confidences.push(page.confidence);
            }
            Err(e) => {
                content.ocr = Some(Err(e.to_string()));
                return;
            }
        }
    }
    let mean = confidences.iter().sum::<f64>() / confidences.len().max(1) as f64;
    content.ocr = Some(Ok(mean));
    if signed && content.signature == SignatureKind::None {
        content.signature = SignatureKind::Visual;
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_unknown_files_are_reasons_not_errors() {
        let limits = FileLimits::default();
        let out = extract_bytes(Vec::new(), "a.pdf", &limits);
        assert_eq!(out.error, Some(Unreadable::Empty));
        let out = extract_bytes(vec![0, 1, 2, 0, 4, 5, 0, 0], "a.bin", &limits);
        assert_eq!(
            out.error.as_ref().map(Unreadable::keyword),
            Some("unsupported")
        );
        assert_eq!(out.sha256.len(), 64);
    }

    #[test]
    fn cell_display_reads_like_the_spreadsheet() {
        assert_eq!(Cell::Number(2.5).display(), "2.5");
        assert_eq!(Cell::Number(3.0).display(), "3");
        assert_eq!(Cell::DateTime(45363.0).display(), "2024-03-12");
        assert_eq!(Cell::DateTime(0.5).display(), "12:00");
        assert_eq!(Cell::Duration(2.5 / 24.0).display(), "2:30");
    }

    #[test]
    fn messages_exist_in_both_languages() {
        let m = Unreadable::Encrypted.message();
        assert!(m.nl.contains("wachtwoord"));
        assert_eq!(m.en, "Encrypted with a password.");
    }
}
