//! Reading ahead (issue 14): the scanned pages of every file are read on
//! the OCR threads as soon as the run starts, and a file takes its page from
//! here when its turn comes, or waits for it while it is being read.
//!
//! Separate from reading a page because it is about threads and hand-over:
//! one pool for all OCR, a slot per page that a file either finds done,
//! waits on, or claims to read itself.
//!
//! A file that comes to a page still in the queue waits for the read-ahead
//! to get to it (for at most its patience, a quarter of the file's time
//! limit, which the wait counts against) instead of
//! reading it alone: read in a batch it costs no process and model load of
//! its own, and the cores are busy with the queue anyway. A page a file did
//! read itself is marked taken, so the read-ahead, still planning when the
//! file got there, does not read it a second time.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

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
    pub(super) state: Mutex<Option<Result<OcrPage, OcrError>>>,
    /// Set once a thread has started on it.
    pub(super) claimed: AtomicBool,
    pub(super) done: Condvar,
}

impl Slot {
    /// The page once read. A slot nobody has started on within `patience`
    /// is claimed by the caller, who then reads the page itself: `None`.
    fn take(&self, patience: Duration) -> Option<Result<OcrPage, OcrError>> {
        let until = Instant::now() + patience;
        let mut state = lock(&self.state);
        loop {
            if let Some(result) = state.as_ref() {
                return Some(result.clone());
            }
            let left = until.saturating_duration_since(Instant::now());
            if !self.claimed.load(Ordering::SeqCst) && left.is_zero() {
                if !self.claimed.swap(true, Ordering::SeqCst) {
                    return None;
                }
                continue;
            }
            // A claimed page is always finished (a failed or panicking
            // batch still hands over an error), so waiting for it ends;
            // an unclaimed one is looked at again when patience runs out.
            let wait = if self.claimed.load(Ordering::SeqCst) {
                Duration::from_secs(1)
            } else {
                left.min(Duration::from_secs(1))
            };
            state = self
                .done
                .wait_timeout(state, wait)
                .map(|(guard, _)| guard)
                .unwrap_or_else(|poisoned| poisoned.into_inner().0);
        }
    }
}

/// The pages queued by the read-ahead until their file takes them, and the
/// pages files read themselves (the read-ahead skips those).
#[derive(Default)]
pub(super) struct Slots {
    pub(super) queued: HashMap<String, Arc<Slot>>,
    taken: HashSet<String>,
}

/// Pages read ahead, by cache key, until their file asks for them.
pub(super) fn slots() -> &'static Mutex<Slots> {
    static SLOTS: std::sync::LazyLock<Mutex<Slots>> = std::sync::LazyLock::new(Mutex::default);
    &SLOTS
}

pub(super) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A reader that panicked leaves at worst a page unread: go on.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The read-ahead result for `key`: waits while it is queued or being
/// read; `None` when the caller is to read it itself (nobody queued it,
/// or nobody started on it within `patience`), and the read-ahead then
/// skips it.
pub(super) fn prefetched(key: &str, patience: Duration) -> Option<Result<OcrPage, OcrError>> {
    let slot = {
        let mut slots = lock(slots());
        match slots.queued.get(key) {
            Some(slot) => Arc::clone(slot),
            None => {
                slots.taken.insert(key.to_string());
                return None;
            }
        }
    };
    // On an OCR thread, waiting for the queue could wait for itself.
    let on_ocr_thread = ocr_pool().is_some_and(|pool| pool.current_thread_index().is_some());
    let patience = if on_ocr_thread {
        Duration::ZERO
    } else {
        patience
    };
    let result = slot.take(patience);
    lock(slots()).queued.remove(key);
    result
}

/// Gives each planned page a slot, and returns those that got one: not
/// pages a file has already taken, nor pages queued already.
fn enqueue<T>(jobs: Vec<(PathBuf, u32, T, String)>) -> Vec<(PathBuf, u32, T, String)> {
    let mut slots = lock(slots());
    let mut queued = Vec::new();
    for (path, page, input, key) in jobs {
        if slots.taken.contains(&key) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(v) = slots.queued.entry(key.clone()) {
            v.insert(Arc::default());
            queued.push((path, page, input, key));
        }
    }
    queued
}

impl Ocr {
    /// Starts reading the scanned pages of `files` in the background on the
    /// OCR threads and returns at once (issue 14: OCR is the long pole, so
    /// it starts first, and the pages of every dossier are spread over all
    /// cores instead of waiting for their dossier's turn). A file read
    /// later takes the page from here, or waits for it while it is queued
    /// or being read; a page nobody started on within a quarter of the time
    /// limit is read by the file itself. Only
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
        batch::read_queued(self, pool, enqueue(jobs));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> OcrPage {
        OcrPage {
            text: text.into(),
            ..OcrPage::blank()
        }
    }

    /// What the read-ahead does with a page it queued: claim it, read it,
    /// hand it over.
    fn read_by_batch(key: &str, text: &str) -> bool {
        let Some(slot) = lock(slots()).queued.get(key).cloned() else {
            return false;
        };
        if slot.claimed.swap(true, Ordering::SeqCst) {
            return false;
        }
        *lock(&slot.state) = Some(Ok(page(text)));
        slot.done.notify_all();
        true
    }

    fn job(key: &str) -> (PathBuf, u32, (), String) {
        (PathBuf::from("scan.pdf"), 1, (), key.to_string())
    }

    #[test]
    fn a_file_waits_for_its_queued_page_instead_of_reading_it_too() {
        let key = "test-wait";
        assert_eq!(enqueue(vec![job(key)]).len(), 1);
        let batch = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            read_by_batch(key, "gelezen")
        });
        let got = prefetched(key, Duration::from_secs(30));
        assert!(batch.join().unwrap_or(false), "the batch read the page");
        assert_eq!(got, Some(Ok(page("gelezen"))));
        assert!(!lock(slots()).queued.contains_key(key), "slot handed over");
    }

    #[test]
    fn a_page_nobody_started_on_is_read_by_its_file_and_skipped_by_the_batch() {
        let key = "test-patience";
        assert_eq!(enqueue(vec![job(key)]).len(), 1);
        let started = Instant::now();
        assert_eq!(prefetched(key, Duration::from_millis(100)), None);
        assert!(started.elapsed() >= Duration::from_millis(100));
        assert!(!read_by_batch(key, "twice"), "the file claimed it");
    }

    #[test]
    fn a_page_a_file_read_before_planning_ended_is_not_queued_again() {
        let key = "test-taken";
        assert_eq!(prefetched(key, Duration::from_secs(30)), None);
        assert!(enqueue(vec![job(key)]).is_empty());
        // Queued once only, however often planned.
        let other = "test-once";
        assert_eq!(enqueue(vec![job(other), job(other)]).len(), 1);
    }
}
