//! OCR for pages without a text layer (scans) and for images, through
//! poppler's `pdftoppm` and tesseract with its Dutch data, each a child
//! process with a time limit. Rendering the page is more robust than
//! feeding the embedded images: scanners write JPEG, CCITT and JBIG2.
//!
//! Results are cached by the file's content hash and the page, so a scan is
//! recognised once.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use wait_timeout::ChildExt;

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
}

/// Settings for OCR.
#[derive(Debug, Clone)]
pub struct Ocr {
    pub cache_dir: Option<PathBuf>,
    pub timeout: Duration,
    pub dpi: u32,
    pub languages: String,
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
            dpi: 300,
            languages: "nld+eng".to_string(),
        }
    }
}

/// Bumped when OCR output changes, so old cache entries are not used.
const CACHE_VERSION: u32 = 1;

impl Ocr {
    /// Whether both tools and the Dutch data are installed.
    pub fn available() -> Result<(), OcrError> {
        static CHECK: std::sync::LazyLock<Result<(), OcrError>> = std::sync::LazyLock::new(|| {
            for tool in ["pdftoppm", "tesseract"] {
                let ok = Command::new(tool)
                    .arg("-v")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok();
                if !ok {
                    return Err(OcrError::Unavailable(format!("{tool} not found")));
                }
            }
            let langs = Command::new("tesseract").arg("--list-langs").output();
            match langs {
                Ok(out)
                    if String::from_utf8_lossy(&out.stdout)
                        .lines()
                        .any(|l| l.trim() == "nld") =>
                {
                    Ok(())
                }
                _ => Err(OcrError::Unavailable(
                    "tesseract has no Dutch data (tesseract-ocr-nld)".into(),
                )),
            }
        });
        CHECK.clone()
    }

    /// Recognises page `page` (1-based) of a PDF.
    pub fn pdf_page(&self, pdf: &Path, sha256: &str, page: u32) -> Result<OcrPage, OcrError> {
        Ocr::available()?;
        if let Some(hit) = self.cached(sha256, page) {
            return Ok(hit);
        }
        let dir = tempfile::tempdir().map_err(|e| OcrError::Failed(e.to_string()))?;
        let prefix = dir.path().join("page");
        let page_arg = page.to_string();
        let dpi = self.dpi.to_string();
        run(
            Command::new("pdftoppm")
                .args([
                    "-r",
                    &dpi,
                    "-gray",
                    "-png",
                    "-singlefile",
                    "-f",
                    &page_arg,
                    "-l",
                    &page_arg,
                ])
                .arg(pdf)
                .arg(&prefix),
            self.timeout,
        )?;
        let result = self.image(&dir.path().join("page.png"))?;
        self.store(sha256, page, &result);
        Ok(result)
    }

    /// Recognises an image file (JPEG, PNG, TIFF).
    pub fn image_file(&self, image: &Path, sha256: &str) -> Result<OcrPage, OcrError> {
        Ocr::available()?;
        if let Some(hit) = self.cached(sha256, 1) {
            return Ok(hit);
        }
        let result = self.image(image)?;
        self.store(sha256, 1, &result);
        Ok(result)
    }

    fn image(&self, image: &Path) -> Result<OcrPage, OcrError> {
        let tsv = run(
            Command::new("tesseract")
                .arg(image)
                .arg("stdout")
                .args(["-l", &self.languages, "tsv"])
                .env("OMP_THREAD_LIMIT", "1"),
            self.timeout,
        )?;
        Ok(parse_tsv(&tsv))
    }

    fn cache_path(&self, sha256: &str, page: u32) -> Option<PathBuf> {
        if sha256.len() < 8 {
            return None;
        }
        let dir = self.cache_dir.as_ref()?;
        Some(dir.join(format!(
            "v{CACHE_VERSION}-{}-{sha256}-{page}.txt",
            self.languages
        )))
    }

    fn cached(&self, sha256: &str, page: u32) -> Option<OcrPage> {
        let text = std::fs::read_to_string(self.cache_path(sha256, page)?).ok()?;
        let (confidence, text) = text.split_once('\n')?;
        Some(OcrPage {
            text: text.to_string(),
            confidence: confidence.trim().parse().ok()?,
        })
    }

    /// Best effort: a cache that cannot be written only costs time.
    fn store(&self, sha256: &str, page: u32, result: &OcrPage) {
        let Some(path) = self.cache_path(sha256, page) else {
            return;
        };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, format!("{:.2}\n{}", result.confidence, result.text)).is_ok() {
            let _ = std::fs::rename(&tmp, &path);
        }
    }
}

/// Runs a tool with a time limit and returns its standard output.
fn run(command: &mut Command, timeout: Duration) -> Result<String, OcrError> {
    let name = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| OcrError::Unavailable(format!("{name}: {e}")))?;
    // Read stdout on a thread so a full pipe cannot block the child.
    let mut stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        if let Some(s) = stdout.as_mut() {
            let _ = s.take(64 * 1024 * 1024).read_to_string(&mut out);
        }
        out
    });
    let status = match child.wait_timeout(timeout) {
        Ok(Some(status)) => status,
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(OcrError::Timeout(timeout.as_secs()));
        }
        Err(e) => return Err(OcrError::Failed(format!("{name}: {e}"))),
    };
    let out = reader.join().unwrap_or_default();
    if !status.success() {
        let mut err = String::new();
        if let Some(mut s) = child.stderr.take() {
            let _ = s.read_to_string(&mut err);
        }
        return Err(OcrError::Failed(format!(
            "{name}: {}",
            err.lines().next().unwrap_or("exit status not zero")
        )));
    }
    Ok(out)
}

/// Tesseract's TSV: one row per word with its block, paragraph, line and
/// confidence; words joined into lines, lines into paragraphs.
fn parse_tsv(tsv: &str) -> OcrPage {
    let mut text = String::new();
    let mut last_line: Option<(String, String, String)> = None;
    let mut confidences = Vec::new();
    for row in tsv.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let word = cols[11].trim();
        if word.is_empty() {
            continue;
        }
        let key = (
            cols[2].to_string(),
            cols[3].to_string(),
            cols[4].to_string(),
        );
        match &last_line {
            Some(prev) if *prev == key => text.push(' '),
            Some(prev) if prev.0 != key.0 || prev.1 != key.1 => text.push_str("\n\n"),
            Some(_) => text.push('\n'),
            None => {}
        }
        text.push_str(word);
        last_line = Some(key);
        if let Ok(c) = cols[10].parse::<f64>() {
            if c >= 0.0 {
                confidences.push(c);
            }
        }
    }
    let confidence = if confidences.is_empty() {
        0.0
    } else {
        confidences.iter().sum::<f64>() / confidences.len() as f64
    };
    OcrPage { text, confidence }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_words_become_lines_with_a_mean_confidence() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tBewijs\n\
            5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\tvan\n\
            5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tdeelname\n\
            5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t60\tZoë\n";
        let page = parse_tsv(tsv);
        assert_eq!(page.text, "Bewijs van\ndeelname\n\nZoë");
        assert_eq!(page.confidence, 75.0);
    }
}
