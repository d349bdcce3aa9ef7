//! OCR word accuracy on scans, against their source text.
//!
//! ```text
//! cargo run --release --example ocr_accuracy -- DIR [N]
//! ```
//!
//! For up to N born-digital PDFs in DIR (recursively), page 1 is "scanned"
//! the way fixtures/generator scans (pdftoppm at 150 dpi, ImageMagick turns
//! it by about a degree, adds Gaussian noise and saves a grey JPEG at
//! quality 62), then read by hercert's OCR (pdftoppm + tesseract nld+eng).
//! Word accuracy = share of the source's words (a multiset, from the text
//! layer of the original) that OCR found. Prints the mean, the worst pages
//! and pages per second. Needs poppler-utils, tesseract-ocr-nld, imagemagick.

use hercert::extract::ocr::Ocr;
use hercert::extract::pdf_text::{extract_pages, Limits};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

fn recall(source: &[String], ocr: &[String]) -> f64 {
    let mut have: HashMap<&str, usize> = HashMap::new();
    for w in ocr {
        *have.entry(w).or_default() += 1;
    }
    let found = source
        .iter()
        .filter(|w| match have.get_mut(w.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .count();
    found as f64 / source.len().max(1) as f64
}

fn pdfs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            pdfs(&p, out);
        } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
            out.push(p);
        }
    }
}

fn scan(pdf: &Path, work: &Path, seed: usize) -> Option<PathBuf> {
    let png = work.join(format!("p{seed}"));
    let ok = Command::new("pdftoppm")
        .args([
            "-r",
            "150",
            "-gray",
            "-singlefile",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
        ])
        .arg(pdf)
        .arg(&png)
        .status()
        .ok()?
        .success();
    if !ok {
        return None;
    }
    let jpg = work.join(format!("p{seed}.jpg"));
    let convert = if Path::new("/usr/bin/convert").exists() {
        "/usr/bin/convert"
    } else {
        "convert"
    };
    let angle = [-1.4, -0.9, 0.8, 1.2][seed % 4];
    let ok = Command::new(convert)
        .arg(png.with_extension("png"))
        .args([
            "-background",
            "white",
            "-rotate",
            &angle.to_string(),
            "-seed",
            &seed.to_string(),
        ])
        .args([
            "-attenuate",
            "0.35",
            "+noise",
            "Gaussian",
            "-level",
            "8%,96%",
            "-colorspace",
            "Gray",
            "-quality",
            "62",
        ])
        .arg(&jpg)
        .status()
        .ok()?
        .success();
    ok.then_some(jpg)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: ocr_accuracy DIR [N]");
        std::process::exit(2);
    };
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(40);
    let mut files = Vec::new();
    pdfs(Path::new(dir), &mut files);
    let work = tempfile::tempdir().expect("tempdir");
    let ocr = Ocr {
        cache_dir: None,
        ..Ocr::default()
    };
    let mut results = Vec::new();
    let started = Instant::now();
    for (i, pdf) in files.iter().enumerate() {
        if results.len() >= n {
            break;
        }
        let Ok(doc) = lopdf::Document::load(pdf) else {
            continue;
        };
        let Ok(pages) = extract_pages(&doc, &Limits::default()) else {
            continue;
        };
        let Some(first) = pages.first() else { continue };
        let source = words(&first.text);
        if source.len() < 20 {
            continue;
        }
        let Some(jpg) = scan(pdf, work.path(), i) else {
            continue;
        };
        let Ok(page) = ocr.image_file(&jpg, "") else {
            continue;
        };
        results.push((
            recall(&source, &words(&page.text)),
            page.confidence,
            pdf.clone(),
        ));
    }
    let secs = started.elapsed().as_secs_f64();
    if results.is_empty() {
        eprintln!("no pages measured (are pdftoppm, convert and tesseract installed?)");
        std::process::exit(1);
    }
    let mean = results.iter().map(|r| r.0).sum::<f64>() / results.len() as f64;
    let confidence = results.iter().map(|r| r.1).sum::<f64>() / results.len() as f64;
    println!(
        "{} scanned pages: OCR word accuracy mean {:.4}, tesseract confidence mean {:.1}; {:.2} pages/s (render + noise + OCR, one process at a time)",
        results.len(),
        mean,
        confidence,
        results.len() as f64 / secs
    );
    results.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (acc, conf, path) in results.iter().take(5) {
        println!("  {acc:.4} (confidence {conf:.1}) {}", path.display());
    }
}
