//! OCR for pages without a text layer (scans) and for images, through
//! tesseract with its Dutch data, each run a child process with a time
//! limit whose output and errors are read while it runs.
//!
//! What tesseract reads is decided per page (`page_image`): a page that is a
//! single image is read from that image at its own resolution; other pages
//! are rendered by poppler's `pdftoppm`. One language model pass (Dutch)
//! reads the page; English only when the Dutch pass reads poorly or reads as
//! English. The settings live in `ocr.toml`; each was measured with
//! `make bench-ocr`. Pages read ahead go several to a tesseract process
//! (`ocr_batch.rs`).
//!
//! Results are cached by what was read (the image's hash, or the file's and
//! the page for a rendering) and by every OCR setting and the tesseract
//! version, not by the hercert build, so a rebuild keeps its cache. The
//! cache holds document text: its folder is created 0700, its files 0600.
//!
//! This module reads the pages a file asks for; `settings` (the measured
//! settings), `tesseract` (its command line and passes), `process` (a tool
//! with a time limit), `cache` (the disk cache), `ahead` (the read-ahead)
//! and `tsv` (tesseract's output read into text and positioned lines) serve
//! it, and `ocr_batch.rs` reads several pages to a process.

use super::page_image::{self, PagePlan};

mod ahead;
#[path = "ocr_batch.rs"]
mod batch;
mod cache;
mod deskew;
mod ink;
mod process;
mod settings;
mod tesseract;
mod tsv;

// `lock`, `slots`, `run` and `better` serve `batch` too.
use ahead::{lock, ocr_pool, prefetched, slots};
use process::run;
pub use settings::OcrSettings;
pub(crate) use settings::SETTINGS;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use tesseract::better;

/// Why a page could not be recognised.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OcrError {
    /// pdftoppm or tesseract (or its Dutch data) is not installed.
    #[error("OCR is not available on this machine ({0})")]
    Unavailable(String),
    /// A tool ran longer than its time limit.
    #[error("OCR took longer than {0} s")]
    Timeout(u64),
    /// A tool failed on the input.
    #[error("OCR failed: {0}")]
    Failed(String),
}

/// The recognised text of one page and tesseract's mean word confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrPage {
    pub text: String,
    /// Mean word confidence in [0, 100].
    pub confidence: f64,
    /// A scribble stands beside a signature label on the page
    /// (`signature::ocr_ink_beside_label`), found from the lines' positions
    /// that the text does not keep.
    pub ink_at_label: bool,
    /// The page's rows, in points from its top-left (page number 0: the
    /// caller's to set), for the readers that work on layout.
    pub lines: Vec<super::positioned::Line>,
}

impl OcrPage {
    /// A page that draws nothing: no text, no confidence.
    fn blank() -> OcrPage {
        OcrPage {
            text: String::new(),
            confidence: 0.0,
            ink_at_label: false,
            lines: Vec::new(),
        }
    }
}

/// Looks at the page image for a signature OCR could not read (see
/// `ink`), when the text showed none: the rows give the printed words'
/// boxes and the labels', in points at `dpi` (tesseract's default when the
/// image gives none).
fn with_pixel_ink(page: &mut OcrPage, image: &Path, dpi: Option<u32>) {
    if page.ink_at_label {
        return;
    }
    let scale = dpi.filter(|d| *d > 0).unwrap_or(tsv::DEFAULT_DPI) as f32 / 72.0;
    let to_pixels = |s: &super::positioned::Segment| ink::PixelBox {
        left: (s.x0 * scale) as i32,
        top: (s.top * scale) as i32,
        right: (s.x1 * scale).ceil() as i32,
        bottom: (s.bottom * scale).ceil() as i32,
    };
    let segments = page.lines.iter().flat_map(|l| &l.segments);
    let labels: Vec<ink::PixelBox> = segments
        .clone()
        .filter(|s| super::signature::is_signature_label(&s.text))
        .map(to_pixels)
        .collect();
    if labels.is_empty() {
        return;
    }
    let words: Vec<ink::PixelBox> = segments.map(to_pixels).collect();
    if let Some(grey) = ink::decode_grey(image) {
        page.ink_at_label = ink::ink_beside_labels(&grey, &labels, &words);
    }
}

/// A straight copy of a skewed photo or scan, for tesseract to read
/// instead (`deskew`): a PGM in the temporary folder, removed when the
/// returned path is dropped. None when the image is straight, cannot be
/// decoded, or deskewing is off.
fn straightened_copy(image: &Path, settings: &OcrSettings) -> Option<tempfile::TempPath> {
    if !settings.deskew {
        return None;
    }
    let grey = ink::decode_grey(image)?;
    let skew = deskew::skew_degrees(&grey)?;
    if skew.abs() < deskew::MIN_SKEW {
        return None;
    }
    let straight = deskew::straightened(&grey, skew);
    let mut file = tempfile::Builder::new()
        .prefix("straight")
        .suffix(".pgm")
        .tempfile()
        .ok()?;
    std::io::Write::write_all(&mut file, &deskew::to_pgm(&straight)).ok()?;
    Some(file.into_temp_path())
}

/// Settings for OCR.
#[derive(Debug, Clone)]
pub struct Ocr {
    pub cache_dir: Option<PathBuf>,
    pub timeout: Duration,
    pub settings: OcrSettings,
}

impl Default for Ocr {
    fn default() -> Self {
        Ocr {
            cache_dir: std::env::var_os("HERCERT_OCR_CACHE")
                .map(PathBuf::from)
                .or_else(|| {
                    std::env::var_os("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("hercert/ocr"))
                })
                .or_else(|| {
                    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/hercert/ocr"))
                }),
            timeout: Duration::from_secs(60),
            settings: OcrSettings::default(),
        }
    }
}

/// What a page's text is read from, and how it is named in the cache.
enum Input {
    Nothing,
    Image(page_image::PageImage),
    Render(u32),
}

impl Ocr {
    /// Recognises pages `pages` (1-based) of the PDF `bytes`, also on disk
    /// at `pdf` for pdftoppm; `sha256` is the file's hash. The pages are
    /// read in parallel on the OCR threads; results in the order asked.
    pub fn pdf_pages(
        &self,
        bytes: &[u8],
        pdf: &Path,
        sha256: &str,
        pages: &[u32],
    ) -> Vec<Result<OcrPage, OcrError>> {
        if let Err(e) = Ocr::available() {
            return pages.iter().map(|_| Err(e.clone())).collect();
        }
        let doc = super::pdf::load(bytes).ok();
        let page_ids = doc.as_ref().map(|d| d.get_pages()).unwrap_or_default();
        let resolutions = self.settings.resolutions();
        let one = |&page: &u32| {
            let input = match (doc.as_ref(), page_ids.get(&page)) {
                (Some(doc), Some(&id)) if self.settings.native_images => {
                    match page_image::plan(doc, id, &resolutions) {
                        PagePlan::Nothing => Input::Nothing,
                        PagePlan::Image(image) => Input::Image(image),
                        PagePlan::Render(dpi) => Input::Render(dpi),
                    }
                }
                _ => Input::Render(self.settings.render_dpi),
            };
            self.pdf_page(pdf, sha256, page, input)
        };
        match ocr_pool() {
            Some(pool) if pages.len() > 1 => {
                use rayon::prelude::*;
                pool.install(|| pages.par_iter().map(one).collect())
            }
            _ => pages.iter().map(one).collect(),
        }
    }

    fn pdf_page(
        &self,
        pdf: &Path,
        sha256: &str,
        page: u32,
        input: Input,
    ) -> Result<OcrPage, OcrError> {
        let key = match &input {
            Input::Nothing => return Ok(OcrPage::blank()),
            input => input.key(sha256, page),
        };
        let cacheable = !sha256.is_empty();
        if cacheable {
            // Waiting counts against the file's own time limit (the same
            // length): a quarter of it for the queue to reach the page.
            if let Some(done) = prefetched(&key, self.timeout / 4) {
                return done;
            }
        }
        if let Some(hit) = self.cached(&key).filter(|_| cacheable) {
            return Ok(hit);
        }
        let result = self.read_page(pdf, page, input).map(masked);
        if let (true, Ok(page)) = (cacheable, &result) {
            self.store(&key, page);
        }
        result
    }

    /// Renders or writes out the page's image and recognises it.
    fn read_page(&self, pdf: &Path, page: u32, input: Input) -> Result<OcrPage, OcrError> {
        let dir = tempfile::tempdir().map_err(|e| OcrError::Failed(e.to_string()))?;
        match self.page_file(dir.path(), "page", pdf, page, input)? {
            Some((file, dpi)) => self.recognise(&file, Some(dpi)),
            None => Ok(OcrPage::blank()),
        }
    }

    /// The page's image as a file `dir/name.*` tesseract reads, with its
    /// resolution; `None` for a page that draws nothing.
    fn page_file(
        &self,
        dir: &Path,
        name: &str,
        pdf: &Path,
        page: u32,
        input: Input,
    ) -> Result<Option<(PathBuf, u32)>, OcrError> {
        match input {
            Input::Image(image) => {
                let file = dir.join(format!("{name}.{}", image.extension));
                std::fs::write(&file, &image.bytes).map_err(|e| OcrError::Failed(e.to_string()))?;
                Ok(Some((file, image.dpi)))
            }
            Input::Render(dpi) => {
                let page_arg = page.to_string();
                // PGM, not PNG: PNG compression was most of pdftoppm's time.
                run(
                    Command::new("pdftoppm")
                        .args(["-r", &dpi.to_string(), "-gray", "-singlefile"])
                        .args(["-f", &page_arg, "-l", &page_arg])
                        .arg(pdf)
                        .arg(dir.join(name)),
                    self.timeout,
                )?;
                Ok(Some((dir.join(format!("{name}.pgm")), dpi)))
            }
            Input::Nothing => Ok(None),
        }
    }

    /// Recognises an image file (JPEG, PNG, TIFF).
    pub fn image_file(&self, image: &Path, sha256: &str) -> Result<OcrPage, OcrError> {
        Ocr::available()?;
        let key = format!("file:{sha256}");
        let cacheable = !sha256.is_empty();
        if let Some(hit) = self.cached(&key).filter(|_| cacheable) {
            return Ok(hit);
        }
        let result = masked(self.recognise(image, None)?);
        if cacheable {
            self.store(&key, &result);
        }
        Ok(result)
    }
}

/// OCR text with every BSN masked (`******782`), before it is cached or
/// used: the cache holds no full BSN, and a cold and a warm run read the
/// same text. PRIVACY-BSN recognises the masked form.
fn masked(mut page: OcrPage) -> OcrPage {
    use crate::text::bsn::mask_bsn;
    page.text = mask_bsn(&page.text);
    for segment in page.lines.iter_mut().flat_map(|l| &mut l.segments) {
        segment.text = mask_bsn(&segment.text);
    }
    page
}
