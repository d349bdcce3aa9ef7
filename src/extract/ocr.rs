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

use super::page_image::{self, PagePlan, Resolutions};

#[path = "ocr_batch.rs"]
mod batch;
use batch::parse_tsv;
use sha2::{Digest, Sha256};
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

impl OcrPage {
    /// A page that draws nothing: no text, no confidence.
    fn blank() -> OcrPage {
        OcrPage {
            text: String::new(),
            confidence: 0.0,
        }
    }
}

/// How tesseract is run; `ocr.toml` holds the values and why.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OcrSettings {
    pub cache_version: u32,
    pub languages: String,
    /// Empty: no second pass.
    pub fallback_languages: String,
    pub fallback_below_confidence: f64,
    pub fallback_min_words: usize,
    pub page_segmentation: u32,
    pub invert: bool,
    pub min_image_dpi: u32,
    pub min_bilevel_dpi: u32,
    pub upsample_dpi: u32,
    pub render_dpi: u32,
    /// Read single-image pages from the image (false: render every page, as
    /// before issue 14; for measuring).
    #[serde(default = "yes")]
    pub native_images: bool,
    /// Pages read ahead by one tesseract process at most (0 or 1: a
    /// process a page). Not in the cache key: a page reads the same.
    #[serde(default)]
    pub batch_pages: usize,
}

fn yes() -> bool {
    true
}

/// The settings hercert ships with.
pub(crate) const SETTINGS: &str = include_str!("ocr.toml");

impl Default for OcrSettings {
    fn default() -> Self {
        static PARSED: std::sync::LazyLock<OcrSettings> = std::sync::LazyLock::new(|| {
            // ok: a file compiled into the binary; `shipped_settings_parse` tests it.
            toml::from_str(SETTINGS).expect("src/extract/ocr.toml is valid") // ok: embedded file, pinned by a test
        });
        PARSED.clone()
    }
}

impl OcrSettings {
    /// Everything that changes what tesseract returns, for the cache key.
    fn fingerprint(&self) -> String {
        format!(
            "v{}|{}|{}|{}|{}|psm{}|inv{}|{}/{}/{}/{}|native{}|{}",
            self.cache_version,
            self.languages,
            self.fallback_languages,
            self.fallback_below_confidence,
            self.fallback_min_words,
            self.page_segmentation,
            self.invert,
            self.min_image_dpi,
            self.min_bilevel_dpi,
            self.upsample_dpi,
            self.render_dpi,
            self.native_images,
            tesseract_version(),
        )
    }

    fn resolutions(&self) -> Resolutions {
        Resolutions {
            min_image: self.min_image_dpi,
            min_bilevel: self.min_bilevel_dpi,
            upsample: self.upsample_dpi,
            render: self.render_dpi,
        }
    }
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

/// `tesseract --version`'s first line, part of the cache key: another
/// tesseract may read the same image differently.
fn tesseract_version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        Command::new("tesseract")
            .arg("--version")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()
            .and_then(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .next()
                    .map(|l| l.trim().to_string())
            })
            .unwrap_or_default()
    });
    &VERSION
}

/// The threads OCR runs on: one per core, shared by every file being read,
/// so the pages of one long scan spread over all cores while tesseract
/// never runs more processes than there are cores.
fn ocr_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::LazyLock<Option<rayon::ThreadPool>> = std::sync::LazyLock::new(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("hercert-ocr-{i}"))
            .build()
            .ok()
    });
    POOL.as_ref()
}

/// What a page's text is read from, and how it is named in the cache.
enum Input {
    Nothing,
    Image(page_image::PageImage),
    Render(u32),
}

impl Input {
    /// What the cache knows this page by: the image's hash, or the file's
    /// hash and the page for a rendering (with the resolution either way).
    fn key(&self, sha256: &str, page: u32) -> String {
        match self {
            Input::Nothing => String::new(),
            Input::Image(image) => format!(
                "image:{}:{}:{}",
                hex(&Sha256::digest(&image.bytes)),
                image.extension,
                image.dpi
            ),
            Input::Render(dpi) => format!("page:{sha256}:{page}:{dpi}"),
        }
    }
}

/// A page queued or being read ahead of its file (`Ocr::prefetch`).
#[derive(Default)]
struct Slot {
    state: std::sync::Mutex<Option<Result<OcrPage, OcrError>>>,
    /// Set once a thread has started on it.
    claimed: std::sync::atomic::AtomicBool,
    done: std::sync::Condvar,
}

type Slots = std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<Slot>>>;

/// Pages read ahead, by cache key, until their file asks for them.
fn slots() -> &'static Slots {
    static SLOTS: std::sync::LazyLock<Slots> = std::sync::LazyLock::new(Slots::default);
    &SLOTS
}

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A reader that panicked leaves at worst a page unread: go on.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The read-ahead result for `key`: waits when a thread is reading it;
/// `None` when nobody has started on it (the caller reads it itself, and
/// the read-ahead skips it).
fn prefetched(key: &str) -> Option<Result<OcrPage, OcrError>> {
    let slot = lock(slots()).remove(key)?;
    if !slot.claimed.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return None;
    }
    let mut state = lock(&slot.state);
    while state.is_none() {
        state = slot
            .done
            .wait(state)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
    }
    state.clone()
}

impl Ocr {
    /// Starts reading the scanned pages of `files` in the background on the
    /// OCR threads and returns at once (issue 14: OCR is the long pole, so
    /// it starts first, and the pages of every dossier are spread over all
    /// cores instead of waiting for their dossier's turn). A file read
    /// later takes the page from here, or waits for it when it is being
    /// read; a page nobody started on is read by the file itself. Only
    /// pages that are one image (a scanner's pages) are read ahead, at most
    /// `max_pages` a file, and only when not in the disk cache.
    pub fn prefetch(&self, files: Vec<PathBuf>, max_pages: usize) {
        if Ocr::available().is_err() || files.is_empty() {
            return;
        }
        let ocr = self.clone();
        let _ = std::thread::Builder::new()
            .name("hercert-ocr-ahead".into())
            .spawn(move || ocr.read_ahead(&files, max_pages));
    }

    /// What `prefetch` does in the background, now: reads the scanned
    /// pages of `files` on the OCR threads, several to a tesseract process,
    /// for `pdf_pages` to take.
    pub fn read_ahead(&self, files: &[PathBuf], max_pages: usize) {
        use rayon::prelude::*;
        let Some(pool) = ocr_pool() else { return };
        // Planning reads each file; do that on the OCR threads too.
        let jobs: Vec<(PathBuf, u32, Input, String)> = pool.install(|| {
            files
                .par_iter()
                .flat_map_iter(|path| self.scan_pages(path, max_pages))
                .collect()
        });
        let mut queued = Vec::new();
        {
            let mut slots = lock(slots());
            for (path, page, input, key) in jobs {
                if let std::collections::hash_map::Entry::Vacant(v) = slots.entry(key.clone()) {
                    v.insert(std::sync::Arc::default());
                    queued.push((path, page, input, key));
                }
            }
        }
        batch::read_queued(self, pool, queued);
    }

    /// The single-image pages of a PDF that would be OCR'd and are not in
    /// the disk cache, with their cache keys. A PDF with fonts has a text
    /// layer somewhere and is left to its turn.
    fn scan_pages(&self, path: &Path, max_pages: usize) -> Vec<(PathBuf, u32, Input, String)> {
        let Ok(bytes) = std::fs::read(path) else {
            return Vec::new();
        };
        if !bytes.starts_with(b"%PDF") || super::sniff::find(&bytes, b"/Font").is_some() {
            return Vec::new();
        }
        let Ok(doc) = super::pdf::load(&bytes) else {
            return Vec::new();
        };
        let sha256 = hex(&Sha256::digest(&bytes));
        let resolutions = self.settings.resolutions();
        let mut out = Vec::new();
        for (&page, &id) in doc.get_pages().iter().take(max_pages) {
            let input = match page_image::plan(&doc, id, &resolutions) {
                PagePlan::Image(image) if self.settings.native_images => Input::Image(image),
                PagePlan::Render(dpi) if self.settings.native_images => Input::Render(dpi),
                _ => continue,
            };
            let key = input.key(&sha256, page);
            if self.cached(&key).is_none() {
                out.push((path.to_path_buf(), page, input, key));
            }
        }
        out
    }

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
            let langs = Command::new("tesseract")
                .arg("--list-langs")
                .stderr(Stdio::null())
                .output();
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
            if let Some(done) = prefetched(&key) {
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

    /// One pass with the first languages; a second with the fallback
    /// languages when the first reads poorly or as English, keeping the
    /// pass with the higher confidence.
    fn recognise(&self, image: &Path, dpi: Option<u32>) -> Result<OcrPage, OcrError> {
        let first = self.tesseract(image, dpi, &self.settings.languages)?;
        if !self.wants_second_pass(&first) {
            return Ok(first);
        }
        let second = self.tesseract(image, dpi, &self.settings.fallback_languages);
        Ok(better(first, second))
    }

    /// Whether a first pass read poorly or read as English.
    fn wants_second_pass(&self, first: &OcrPage) -> bool {
        let s = &self.settings;
        !s.fallback_languages.is_empty()
            && first.text.split_whitespace().count() >= s.fallback_min_words
            && (first.confidence < s.fallback_below_confidence
                || super::language::detect(&first.text) == "en")
    }

    fn tesseract(
        &self,
        image: &Path,
        dpi: Option<u32>,
        languages: &str,
    ) -> Result<OcrPage, OcrError> {
        let tsv = run(
            &mut self.tesseract_command(image, dpi, languages),
            self.timeout,
        )?;
        Ok(parse_tsv(&tsv))
    }

    /// tesseract writing TSV for an image, or for a list of image files
    /// (one path a line: one process reads them all, `page_num` numbering
    /// them).
    fn tesseract_command(&self, input: &Path, dpi: Option<u32>, languages: &str) -> Command {
        let mut command = Command::new("tesseract");
        command
            .arg(input)
            .arg("stdout")
            .args(["--psm", &self.settings.page_segmentation.to_string()])
            .args(["-l", languages]);
        if let Some(dpi) = dpi {
            command.args(["--dpi", &dpi.to_string()]);
        }
        if !self.settings.invert {
            command.args(["-c", "tessedit_do_invert=0"]);
        }
        command.arg("tsv").env("OMP_THREAD_LIMIT", "1");
        command
    }

    fn cache_path(&self, key: &str) -> Option<PathBuf> {
        let dir = self.cache_dir.as_ref()?;
        let mut h = Sha256::new();
        h.update(self.settings.fingerprint().as_bytes());
        h.update([0]);
        h.update(key.as_bytes());
        Some(dir.join(format!("{}.txt", hex(&h.finalize()))))
    }

    fn cached(&self, key: &str) -> Option<OcrPage> {
        let text = std::fs::read_to_string(self.cache_path(key)?).ok()?;
        let (confidence, text) = text.split_once('\n')?;
        Some(OcrPage {
            text: text.to_string(),
            confidence: confidence.trim().parse().ok()?,
        })
    }

    /// Best effort: a cache that cannot be written only costs time. The
    /// folder is made 0700 and each file 0600 (they hold document text),
    /// written under a temporary name and renamed into place.
    fn store(&self, key: &str, result: &OcrPage) {
        let Some(path) = self.cache_path(key) else {
            return;
        };
        if let Some(dir) = path.parent() {
            if create_private_dir(dir).is_err() {
                return;
            }
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        let body = format!("{:.2}\n{}", result.confidence, result.text);
        if write_private(&tmp, body.as_bytes()).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// The second pass when it is more confident than the first.
fn better(first: OcrPage, second: Result<OcrPage, OcrError>) -> OcrPage {
    match second {
        Ok(second) if second.confidence > first.confidence => second,
        _ => first,
    }
}

/// OCR text with every BSN masked (`******782`), before it is cached or
/// used: the cache holds no full BSN, and a cold and a warm run read the
/// same text. PRIVACY-BSN recognises the masked form.
fn masked(mut page: OcrPage) -> OcrPage {
    page.text = crate::text::bsn::mask_bsn(&page.text);
    page
}

/// Creates `dir` (and missing parents) with mode 0700.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes a new file with mode 0600.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Standard error kept of a tool, for the message when it fails; the rest
/// is read and dropped so a chatty tool never blocks on a full pipe.
const STDERR_KEPT: u64 = 16 * 1024;

/// Runs a tool with a time limit and returns its standard output. Both
/// output pipes are read on threads while the tool runs: a tool that writes
/// more than a pipe holds (64 KiB) would otherwise stall until the limit.
fn run(command: &mut Command, timeout: Duration) -> Result<String, OcrError> {
    let name = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| OcrError::Unavailable(format!("{name}: {e}")))?;
    let stdout = child.stdout.take();
    let out_reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        if let Some(s) = stdout {
            let mut s = s.take(64 * 1024 * 1024);
            let _ = s.read_to_end(&mut out);
            // Past the cap: keep draining so the tool can finish.
            let _ = std::io::copy(&mut s.into_inner(), &mut std::io::sink());
        }
        String::from_utf8_lossy(&out).into_owned()
    });
    let stderr = child.stderr.take();
    let err_reader = std::thread::spawn(move || {
        let mut kept = Vec::new();
        if let Some(s) = stderr {
            let mut s = s.take(STDERR_KEPT);
            let _ = s.read_to_end(&mut kept);
            let _ = std::io::copy(&mut s.into_inner(), &mut std::io::sink());
        }
        String::from_utf8_lossy(&kept).into_owned()
    });
    let status = match child.wait_timeout(timeout) {
        Ok(Some(status)) => status,
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(OcrError::Timeout(timeout.as_secs()));
        }
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(OcrError::Failed(format!("{name}: {e}")));
        }
    };
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if !status.success() {
        return Err(OcrError::Failed(format!(
            "{name}: {}",
            err.lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("exit status not zero")
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_settings_parse() {
        let s = OcrSettings::default();
        assert_eq!(s.languages, "nld");
        assert!(s.native_images);
        assert!(s.min_image_dpi <= s.render_dpi);
    }

    #[test]
    fn a_tool_that_fills_its_error_pipe_still_finishes() {
        // 1 MiB on stderr, far past a pipe's 64 KiB, then output.
        let started = std::time::Instant::now();
        let out = run(
            Command::new("sh").args(["-c", "head -c 1048576 /dev/zero >&2; echo done"]),
            Duration::from_secs(20),
        );
        assert_eq!(out, Ok("done\n".to_string()));
        assert!(started.elapsed() < Duration::from_secs(10));
        let failed = run(
            Command::new("sh").args(["-c", "echo 'no such page' >&2; exit 3"]),
            Duration::from_secs(20),
        );
        assert_eq!(failed, Err(OcrError::Failed("sh: no such page".into())));
    }

    #[cfg(unix)]
    #[test]
    fn the_cache_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().expect("tempdir"); // ok: test
        let ocr = Ocr {
            cache_dir: Some(root.path().join("a/ocr")),
            ..Ocr::default()
        };
        let page = OcrPage {
            text: "Bewijs van deelname".into(),
            confidence: 91.5,
        };
        ocr.store("image:abc", &page);
        assert_eq!(ocr.cached("image:abc"), Some(page));
        assert_eq!(ocr.cached("image:abd"), None);
        let dir = root.path().join("a/ocr");
        let mode = |p: &Path| {
            std::fs::metadata(p)
                .map(|m| m.permissions().mode() & 0o777)
                .ok()
        };
        assert_eq!(mode(&dir), Some(0o700));
        let files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("cache folder") // ok: test
            .flatten()
            .map(|e| e.path())
            .collect();
        assert_eq!(files.len(), 1);
        assert_eq!(mode(&files[0]), Some(0o600));
        // Other settings are another cache.
        let other = Ocr {
            settings: OcrSettings {
                languages: "nld+eng".into(),
                ..OcrSettings::default()
            },
            ..ocr
        };
        assert_eq!(other.cached("image:abc"), None);
    }
}
