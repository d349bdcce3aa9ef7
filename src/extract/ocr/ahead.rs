//! Reading ahead (issue 14): the scanned pages of every file are read on
//! the OCR threads as soon as the run starts, and a file takes its page from
//! here when its turn comes, or waits for it while it is being read.
//!
//! Separate from reading a page because it is about threads and hand-over:
//! one pool for all OCR, a slot per page that a file either finds done,
//! waits on, or claims to read itself.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::cache::hex;
use super::page_image::{self, PagePlan};
use super::{batch, Input, Ocr, OcrError, OcrPage};

/// The threads OCR runs on: one per core, shared by every file being read,
/// so the pages of one long scan spread over all cores while tesseract
/// never runs more processes than there are cores.
pub(super) fn ocr_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::LazyLock<Option<rayon::ThreadPool>> = std::sync::LazyLock::new(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("hercert-ocr-{i}"))
            .build()
            .ok()
    });
    POOL.as_ref()
}

/// A page queued or being read ahead of its file (`Ocr::prefetch`).
#[derive(Default)]
pub(super) struct Slot {
    pub(super) state: std::sync::Mutex<Option<Result<OcrPage, OcrError>>>,
    /// Set once a thread has started on it.
    pub(super) claimed: std::sync::atomic::AtomicBool,
    pub(super) done: std::sync::Condvar,
}

pub(super) type Slots = std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<Slot>>>;

/// Pages read ahead, by cache key, until their file asks for them.
pub(super) fn slots() -> &'static Slots {
    static SLOTS: std::sync::LazyLock<Slots> = std::sync::LazyLock::new(Slots::default);
    &SLOTS
}

pub(super) fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A reader that panicked leaves at worst a page unread: go on.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The read-ahead result for `key`: waits when a thread is reading it;
/// `None` when nobody has started on it (the caller reads it itself, and
/// the read-ahead skips it).
pub(super) fn prefetched(key: &str) -> Option<Result<OcrPage, OcrError>> {
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
        if !bytes.starts_with(b"%PDF") || crate::extract::sniff::find(&bytes, b"/Font").is_some() {
            return Vec::new();
        }
        let Ok(doc) = crate::extract::pdf::load(&bytes) else {
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
}
