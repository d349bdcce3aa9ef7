//! Several scanned pages per tesseract process (issue 14).
//!
//! Starting tesseract and loading its language model costs about 0.2
//! CPU-seconds, a fifth of what a scanned page costs in all. Given a text
//! file that lists image files, one a line, tesseract reads them as one
//! document: one process, one model load. In its TSV every row names its
//! page (`page_num`, 1-based, in list order) and every page opens with a
//! level-1 row, a blank page too, so each page's words go back to that page.
//! `--dpi` holds for the whole list, so the pages of a batch are listed by
//! resolution, one process for each.
//!
//! The pages queued by the read-ahead are cut into batches taken in turn by
//! the OCR threads, each taking the next when done: the first batches are
//! the largest and the last ones single pages, so the cores finish together.
//!
//! A batch is bounded like a page, with a deadline that grows with its
//! pages. When it fails (an image tesseract cannot read, a crash, the
//! deadline, output that does not account for every page exactly once) its
//! pages are read one at a time as before, so a bad page costs only itself.
//! The English pass, masking, the cache and the files waiting for a page
//! work per page, as for a page read alone.
//!

use super::tsv::parse_tsv;
use super::{better, lock, masked, run, slots, Input, Ocr, OcrError, OcrPage};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// A page queued by the read-ahead: file, page, what to read, cache key.
pub(super) type Queued = (PathBuf, u32, Input, String);

/// Each page of a batch past the first adds this share of the one-page time
/// limit to the batch's deadline: a page takes a second or two, the limit
/// is a minute, so a quarter still leaves a wide margin while a hung batch
/// is given up long before its pages' limits add up.
const PAGE_SHARE: u32 = 4;

/// How long a batch of `pages` may take, given the limit for one page.
fn deadline(page_limit: Duration, pages: usize) -> Duration {
    let more = u32::try_from(pages.saturating_sub(1)).unwrap_or(u32::MAX);
    page_limit.saturating_add((page_limit / PAGE_SHARE).saturating_mul(more))
}

/// Reads the queued pages on `pool`'s threads, each thread taking the next
/// batch when it is done with one, and hands every page to its slot.
pub(super) fn read_queued(ocr: &Ocr, pool: &rayon::ThreadPool, queued: Vec<Queued>) {
    let threads = pool.current_num_threads();
    let batches: Vec<Mutex<Vec<Queued>>> = cut(queued, threads, ocr.settings.batch_pages)
        .into_iter()
        .map(Mutex::new)
        .collect();
    let next = AtomicUsize::new(0);
    pool.broadcast(|_| {
        while let Some(batch) = batches.get(next.fetch_add(1, Ordering::SeqCst)) {
            read_batch(ocr, std::mem::take(&mut *lock(batch)));
        }
    });
}

/// The queue in batches of consecutive pages: each takes its share of what
/// is left (an n-th, n twice the threads), at most `max` pages and at least
/// one.
fn cut<T>(items: Vec<T>, threads: usize, max: usize) -> Vec<Vec<T>> {
    let shares = threads.max(1) * 2;
    let mut left = items.len();
    let mut items = items.into_iter();
    let mut out = Vec::new();
    while left > 0 {
        let size = left.div_ceil(shares).clamp(1, max.max(1));
        out.push(items.by_ref().take(size).collect());
        left -= size;
    }
    out
}

/// Reads the pages of a batch that no file has taken yet; each file waiting
/// for one of them gets its answer, even from a panic.
fn read_batch(ocr: &Ocr, batch: Vec<Queued>) {
    let mut pages = Vec::new();
    let mut waiting = Vec::new();
    for (path, page, input, key) in batch {
        let Some(slot) = lock(slots()).queued.get(&key).cloned() else {
            continue;
        };
        // A file that got to its page first reads it itself.
        if !slot.claimed.swap(true, Ordering::SeqCst) {
            pages.push((path, page, input));
            waiting.push((slot, key));
        }
    }
    if pages.is_empty() {
        return;
    }
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_pages(ocr, pages)))
        .unwrap_or_default();
    let mut read = read.into_iter();
    for (slot, key) in waiting {
        let result = read
            .next()
            .unwrap_or_else(|| Err(OcrError::Failed("reading ahead panicked".into())))
            .map(masked);
        if let Ok(page) = &result {
            ocr.store(&key, page);
        }
        *lock(&slot.state) = Some(result);
        slot.done.notify_all();
    }
}

/// Recognises pages of PDFs, several to a tesseract process; results in
/// the order given.
fn read_pages(ocr: &Ocr, pages: Vec<(PathBuf, u32, Input)>) -> Vec<Result<OcrPage, OcrError>> {
    let Ok(dir) = tempfile::tempdir() else {
        return pages
            .into_iter()
            .map(|(pdf, page, input)| ocr.read_page(&pdf, page, input))
            .collect();
    };
    let files: Vec<Result<Option<(PathBuf, u32)>, OcrError>> = pages
        .into_iter()
        .enumerate()
        .map(|(i, (pdf, page, input))| {
            ocr.page_file(dir.path(), &format!("p{i}"), &pdf, page, input)
        })
        .collect();
    let images: Vec<(PathBuf, u32)> = files
        .iter()
        .filter_map(|f| f.as_ref().ok().and_then(Clone::clone))
        .collect();
    let mut read = recognise_files(ocr, dir.path(), &images).into_iter();
    files
        .into_iter()
        .map(|file| match file {
            Err(e) => Err(e),
            Ok(None) => Ok(OcrPage::blank()),
            Ok(Some(_)) => read
                .next()
                .unwrap_or_else(|| Err(OcrError::Failed("page not read".into()))),
        })
        .collect()
}

/// Recognises image files (each with its resolution), one tesseract process
/// for the images of one resolution; results in the order given. `dir`
/// holds the list files.
fn recognise_files(
    ocr: &Ocr,
    dir: &Path,
    images: &[(PathBuf, u32)],
) -> Vec<Result<OcrPage, OcrError>> {
    let mut out: Vec<Option<Result<OcrPage, OcrError>>> = vec![None; images.len()];
    let mut resolutions: Vec<u32> = images.iter().map(|&(_, dpi)| dpi).collect();
    resolutions.sort_unstable();
    resolutions.dedup();
    for dpi in resolutions {
        let at: Vec<usize> = (0..images.len()).filter(|&i| images[i].1 == dpi).collect();
        let files: Vec<&Path> = at.iter().map(|&i| images[i].0.as_path()).collect();
        for (i, page) in at.into_iter().zip(recognise_list(ocr, dir, &files, dpi)) {
            out[i] = Some(page);
        }
    }
    out.into_iter()
        .map(|page| page.unwrap_or_else(|| Err(OcrError::Failed("page not read".into()))))
        .collect()
}

/// `Ocr::recognise` for several images at one resolution: the first pass
/// over all of them in one process, the English pass over those that want
/// it in another; any pass that fails is done again one image at a time.
fn recognise_list(
    ocr: &Ocr,
    dir: &Path,
    files: &[&Path],
    dpi: u32,
) -> Vec<Result<OcrPage, OcrError>> {
    if let [file] = files {
        return vec![ocr.recognise(file, Some(dpi))];
    }
    let s = &ocr.settings;
    let Ok(first) = tesseract_list(ocr, dir, files, dpi, &s.languages) else {
        return files
            .iter()
            .map(|file| ocr.recognise(file, Some(dpi)))
            .collect();
    };
    let again: Vec<usize> = (0..first.len())
        .filter(|&i| ocr.wants_second_pass(&first[i]))
        .collect();
    let mut second: Vec<Option<OcrPage>> = vec![None; files.len()];
    if again.len() > 1 {
        let list: Vec<&Path> = again.iter().map(|&i| files[i]).collect();
        if let Ok(pages) = tesseract_list(ocr, dir, &list, dpi, &s.fallback_languages) {
            for (&i, page) in again.iter().zip(pages) {
                second[i] = Some(page);
            }
        }
    }
    first
        .into_iter()
        .enumerate()
        .map(|(i, page)| {
            if !again.contains(&i) {
                return Ok(page);
            }
            let other = match second[i].take() {
                Some(read) => Ok(read),
                None => {
                    // Read from the straight copy, as the first pass was.
                    let straight = super::straightened_copy(files[i], &ocr.settings);
                    let image = straight.as_deref().unwrap_or(files[i]);
                    ocr.tesseract(image, Some(dpi), &s.fallback_languages)
                }
            };
            Ok(better(page, other))
        })
        .collect()
}

/// One tesseract process over `files`, listed in a file in `dir`: a page
/// for each file, in order.
fn tesseract_list(
    ocr: &Ocr,
    dir: &Path,
    files: &[&Path],
    dpi: u32,
    languages: &str,
) -> Result<Vec<OcrPage>, OcrError> {
    // Skewed pages are listed by their straight copies (kept until the
    // pages are read); their words and ink are read from those.
    let straight: Vec<Option<tempfile::TempPath>> = files
        .iter()
        .map(|file| super::straightened_copy(file, &ocr.settings))
        .collect();
    let files: Vec<&Path> = files
        .iter()
        .zip(&straight)
        .map(|(file, copy)| copy.as_deref().unwrap_or(file))
        .collect();
    let files = files.as_slice();
    let mut list = String::new();
    for file in files {
        // A line a path: a path with a line break cannot be listed.
        match file.to_str() {
            Some(path) if !path.contains(['\n', '\r']) => {
                list.push_str(path);
                list.push('\n');
            }
            _ => {
                return Err(OcrError::Failed(
                    "an image path tesseract cannot list".into(),
                ))
            }
        }
    }
    let listed = tempfile::Builder::new()
        .prefix("list")
        .suffix(".txt")
        .tempfile_in(dir)
        .and_then(|mut f| std::io::Write::write_all(&mut f, list.as_bytes()).map(|()| f))
        .map_err(|e| OcrError::Failed(format!("cannot write the page list: {e}")))?;
    let mut command = ocr.tesseract_command(listed.path(), Some(dpi), languages);
    let mut pages = read_list(
        &mut command,
        files.len(),
        dpi,
        deadline(ocr.timeout, files.len()),
    )?;
    for (page, file) in pages.iter_mut().zip(files) {
        super::with_pixel_ink(page, file, Some(dpi));
    }
    Ok(pages)
}

/// Runs a tesseract over a list of `pages` images at `dpi` within
/// `deadline` and cuts its TSV into those pages.
fn read_list(
    command: &mut Command,
    pages: usize,
    dpi: u32,
    deadline: Duration,
) -> Result<Vec<OcrPage>, OcrError> {
    split_pages(&run(command, deadline)?, pages, Some(dpi))
}

/// Tesseract's TSV for a list of `n` images, cut into pages by `page_num`.
/// Each page must open with its level-1 row, the pages in list order, and
/// every other row belong to the page opened last; anything else (a page
/// missing, twice, out of order or out of range) cannot be attributed and
/// is an error, so the pages are read one at a time instead.
fn split_pages(tsv: &str, n: usize, dpi: Option<u32>) -> Result<Vec<OcrPage>, OcrError> {
    let unattributable = |why: &str| OcrError::Failed(format!("tesseract's page list: {why}"));
    let mut lines = tsv.lines();
    let header = lines
        .next()
        .filter(|h| h.starts_with("level\tpage_num\t"))
        .ok_or_else(|| unattributable("no TSV header"))?;
    let mut pages: Vec<String> = Vec::with_capacity(n);
    for row in lines.filter(|row| !row.trim().is_empty()) {
        let mut cols = row.split('\t');
        let level = cols.next();
        let page = cols.next().and_then(|p| p.parse::<usize>().ok());
        match (level, page) {
            (Some("1"), Some(p)) if p == pages.len() + 1 && p <= n => {
                pages.push(format!("{header}\n"));
            }
            (Some(level), Some(p)) if level != "1" && p >= 1 && p == pages.len() => {}
            _ => return Err(unattributable(&format!("row out of place: {row}"))),
        }
        if let Some(page) = pages.last_mut() {
            page.push_str(row);
            page.push('\n');
        }
    }
    if pages.len() != n {
        return Err(unattributable(&format!("{} of {n} pages", pages.len())));
    }
    Ok(pages.iter().map(|page| parse_tsv(page, dpi)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    fn word(page: usize, line: usize, conf: u32, text: &str) -> String {
        format!("5\t{page}\t1\t1\t{line}\t1\t0\t0\t1\t1\t{conf}\t{text}\n")
    }

    fn page_row(page: usize) -> String {
        format!("1\t{page}\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n")
    }

    #[test]
    fn each_page_gets_its_own_words_a_blank_page_none() {
        let tsv = [
            HEADER.to_string(),
            page_row(1),
            word(1, 1, 90, "Bewijs"),
            word(1, 2, 80, "deelname"),
            page_row(2),
            page_row(3),
            "2\t3\t1\t0\t0\t0\t0\t0\t1\t1\t-1\t\n".to_string(),
            word(3, 1, 60, "Handtekening"),
        ]
        .concat();
        let pages = split_pages(&tsv, 3, None).expect("three pages"); // ok: test
        let texts: Vec<&str> = pages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Bewijs\ndeelname", "", "Handtekening"]);
        assert_eq!(pages[0].confidence, 85.0);
        assert_eq!(pages[1].confidence, 0.0);
        assert_eq!(pages[2].confidence, 60.0);
    }

    #[test]
    fn output_that_does_not_account_for_every_page_once_is_refused() {
        let one = [HEADER.to_string(), page_row(1), word(1, 1, 90, "a")].concat();
        // A page missing (tesseract stopped after the first).
        assert!(split_pages(&one, 2, None).is_err());
        // More pages than listed.
        assert!(split_pages(&one, 0, None).is_err());
        // A page twice, pages out of order, words of a page not opened.
        let twice = [one.clone(), page_row(1)].concat();
        assert!(split_pages(&twice, 2, None).is_err());
        let swapped = [HEADER.to_string(), page_row(2), page_row(1)].concat();
        assert!(split_pages(&swapped, 2, None).is_err());
        let early = [
            HEADER.to_string(),
            page_row(1),
            word(2, 1, 90, "b"),
            page_row(2),
        ]
        .concat();
        assert!(split_pages(&early, 2, None).is_err());
        // No header: not tesseract's TSV.
        assert!(split_pages(&page_row(1), 1, None).is_err());
        assert!(split_pages(&one, 1, None).is_ok());
    }

    #[test]
    fn batches_shrink_towards_the_end_and_keep_the_order() {
        let batches = cut((0..20).collect::<Vec<u32>>(), 2, 4);
        let sizes: Vec<usize> = batches.iter().map(Vec::len).collect();
        assert_eq!(sizes, [4, 4, 3, 3, 2, 1, 1, 1, 1]);
        assert_eq!(batches.concat(), (0..20).collect::<Vec<u32>>());
        assert_eq!(cut(vec![1, 2, 3], 2, 1), [[1], [2], [3]]);
        assert!(cut(Vec::<u32>::new(), 2, 8).is_empty());
    }

    #[test]
    fn a_batch_deadline_grows_with_its_pages() {
        let minute = Duration::from_secs(60);
        assert_eq!(deadline(minute, 1), minute);
        assert_eq!(deadline(minute, 5), Duration::from_secs(120));
        assert!(deadline(minute, 8) < minute * 8);
    }

    #[test]
    fn a_hung_batch_is_killed_at_its_deadline() {
        let mut hung = Command::new("sh");
        hung.args(["-c", "sleep 30"]);
        assert_eq!(
            read_list(&mut hung, 3, 300, Duration::from_millis(300)),
            Err(OcrError::Timeout(0))
        );
    }

    /// Page 1 of a demo scan as a 150-dpi grey image in `dir`, when the
    /// OCR tools are installed.
    fn scanned_page(dir: &Path) -> Option<PathBuf> {
        Ocr::available().ok()?;
        let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo/K03/PE/SCAN0003.PDF");
        let prefix = dir.join("scan");
        let status = Command::new("pdftoppm")
            .args(["-r", "150", "-gray", "-singlefile", "-f", "1", "-l", "1"])
            .arg(&pdf)
            .arg(&prefix)
            .status()
            .ok()?;
        status.success().then(|| prefix.with_extension("pgm"))
    }

    fn blank_page(dir: &Path) -> PathBuf {
        let path = dir.join("blank.pgm");
        let mut bytes = b"P5\n200 200\n255\n".to_vec();
        bytes.resize(bytes.len() + 200 * 200, 255);
        std::fs::write(&path, bytes).expect("blank page"); // ok: test
        path
    }

    fn engine() -> Ocr {
        Ocr {
            cache_dir: None,
            ..Ocr::default()
        }
    }

    #[test]
    fn pages_read_in_one_process_read_as_they_do_alone() {
        let dir = tempfile::tempdir().expect("tempdir"); // ok: test
        let Some(scan) = scanned_page(dir.path()) else {
            eprintln!("no OCR tools: skipped");
            return;
        };
        let blank = blank_page(dir.path());
        let ocr = engine();
        let alone = ocr.recognise(&scan, Some(150)).expect("alone"); // ok: test
        assert!(alone.text.contains("Deelnamecertificaat"), "{}", alone.text);
        let images = [(scan.clone(), 150), (blank, 150), (scan, 150)];
        let read = recognise_files(&ocr, dir.path(), &images);
        let blank_read: Result<OcrPage, OcrError> = Ok(OcrPage::blank());
        assert_eq!(read, [Ok(alone.clone()), blank_read, Ok(alone)]);
    }

    #[test]
    fn a_failing_batch_is_read_again_one_page_at_a_time() {
        let dir = tempfile::tempdir().expect("tempdir"); // ok: test
        let Some(scan) = scanned_page(dir.path()) else {
            eprintln!("no OCR tools: skipped");
            return;
        };
        let broken = dir.path().join("broken.jpg");
        std::fs::write(&broken, b"\xff\xd8 not a JPEG").expect("broken page"); // ok: test
        let blank = blank_page(dir.path());
        let ocr = engine();
        let listed = [scan.as_path(), broken.as_path(), blank.as_path()];
        assert!(tesseract_list(&ocr, dir.path(), &listed, 150, "nld").is_err());
        let images = [(scan, 150), (broken, 150), (blank, 150)];
        let read = recognise_files(&ocr, dir.path(), &images);
        assert!(read[0]
            .as_ref()
            .is_ok_and(|p| p.text.contains("Deelnamecertificaat")));
        assert!(matches!(read[1], Err(OcrError::Failed(_))), "{:?}", read[1]);
        assert_eq!(read[2].as_ref().map(|p| p.text.as_str()), Ok(""));
    }
}
