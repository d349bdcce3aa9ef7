//! Compare `pdf_text` against poppler's `pdftotext -enc UTF-8 FILE -` at
//! word level.
//!
//! Usage: cargo run --release --example pdftotext_compare -- DIR|FILE [DIR…]
//!            [--cache DIR] [--worst N] [--show FILE_SUBSTRING]
//!            [--exclude LIST]   (file names, one per line, `#` comments:
//!                                reported but left out of the second mean)
//!
//! Similarity per document = 2·|common words (multiset)| / (|ours|+|theirs|).
//! Files where pdftotext yields no words (encrypted, image-only, unreadable)
//! are listed but left out of the mean.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use hercert::extract::pdf_text::{extract_pages, Limits};

/// Whitespace-separated words. On both sides, control characters (which
/// poppler emits for unmapped codes of broken fonts) and bidi embedding
/// marks (U+202A–U+202E) are removed and presentation-form ligatures
/// (U+FB00–U+FB06, which pdf_text expands by design) are expanded.
fn words(s: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{FB00}' => cleaned.push_str("ff"),
            '\u{FB01}' => cleaned.push_str("fi"),
            '\u{FB02}' => cleaned.push_str("fl"),
            '\u{FB03}' => cleaned.push_str("ffi"),
            '\u{FB04}' => cleaned.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => cleaned.push_str("st"),
            '\u{202A}'..='\u{202E}' => {}
            c if c.is_control() && !c.is_whitespace() => {}
            c => cleaned.push(c),
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

fn multiset(ws: &[String]) -> HashMap<&str, i64> {
    let mut m = HashMap::new();
    for w in ws {
        *m.entry(w.as_str()).or_insert(0) += 1;
    }
    m
}

fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (ma, mb) = (multiset(a), multiset(b));
    let common: i64 = ma
        .iter()
        .map(|(w, n)| (*n).min(*mb.get(w).unwrap_or(&0)))
        .sum();
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

fn oracle(path: &Path, cache: Option<&Path>) -> Option<String> {
    let file_name = path.file_name()?.to_string_lossy().into_owned();
    let cached = cache.map(|c| c.join(format!("{file_name}.txt")));
    if let Some(c) = &cached {
        if let Ok(s) = std::fs::read_to_string(c) {
            return Some(s);
        }
    }
    let out = Command::new("timeout")
        .args(["30", "pdftotext", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if let Some(c) = &cached {
        let _ = std::fs::write(c, &text);
    }
    Some(text)
}

enum Outcome {
    Ok {
        text: String,
        pages: usize,
        secs: f64,
        load_secs: f64,
    },
    LoadError(String),
    ExtractError(String),
    Panic,
}

fn ours(path: &Path) -> Outcome {
    let Ok(bytes) = std::fs::read(path) else {
        return Outcome::LoadError("read".into());
    };
    let t0 = Instant::now();
    let doc = match lopdf::Document::load_mem(&bytes) {
        Ok(d) => d,
        Err(e) => return Outcome::LoadError(e.to_string()),
    };
    let load_secs = t0.elapsed().as_secs_f64();
    let limits = Limits {
        deadline: Some(Instant::now() + Duration::from_secs(30)),
        ..Limits::default()
    };
    let t1 = Instant::now();
    let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extract_pages(&doc, &limits)
    }));
    let secs = t1.elapsed().as_secs_f64();
    match res {
        Ok(Ok(pages)) => Outcome::Ok {
            text: pages
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n\x0c"),
            pages: pages.len(),
            secs,
            load_secs,
        },
        Ok(Err(e)) => Outcome::ExtractError(e.to_string()),
        Err(_) => Outcome::Panic,
    }
}

fn main() {
    let mut dirs = Vec::new();
    let mut cache: Option<PathBuf> = None;
    let mut worst = 10usize;
    let mut show: Option<String> = None;
    let mut excluded: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--cache" => cache = args.next().map(PathBuf::from),
            "--worst" => worst = args.next().and_then(|n| n.parse().ok()).unwrap_or(10),
            "--show" => show = args.next(),
            "--exclude" => {
                let list = args
                    .next()
                    .and_then(|p| std::fs::read_to_string(p).ok())
                    .unwrap_or_default();
                excluded.extend(
                    list.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.starts_with('#'))
                        .map(str::to_string),
                );
            }
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if let Some(c) = &cache {
        let _ = std::fs::create_dir_all(c);
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for d in &dirs {
        if d.is_file() {
            files.push(d.clone());
            continue;
        }
        if let Ok(rd) = std::fs::read_dir(d) {
            for e in rd.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
                    files.push(p);
                }
            }
        }
    }
    files.sort();

    let mut scores: Vec<(f64, String, usize, usize)> = Vec::new();
    let (mut skipped, mut load_fail, mut extract_fail, mut panics) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut total_pages, mut total_secs, mut total_load) = (0usize, 0.0f64, 0.0f64);
    for f in &files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let theirs = oracle(f, cache.as_deref()).unwrap_or_default();
        let theirs_w = words(&theirs);
        let outcome = ours(f);
        if let Outcome::Ok {
            pages,
            secs,
            load_secs,
            ..
        } = &outcome
        {
            total_pages += pages;
            total_secs += secs;
            total_load += load_secs;
        }
        if theirs_w.is_empty() {
            skipped.push(name);
            continue;
        }
        match outcome {
            Outcome::Ok { text, .. } => {
                let ours_w = words(&text);
                let s = similarity(&ours_w, &theirs_w);
                println!("{s:.4}  {:>6} {:>6}  {name}", ours_w.len(), theirs_w.len());
                if show.as_ref().is_some_and(|sh| name.contains(sh.as_str())) {
                    let (mo, mt) = (multiset(&ours_w), multiset(&theirs_w));
                    let mut only_ours: Vec<_> = mo
                        .iter()
                        .filter_map(|(w, n)| {
                            let d = n - mt.get(w).copied().unwrap_or(0);
                            (d > 0).then_some((*w, d))
                        })
                        .collect();
                    let mut only_theirs: Vec<_> = mt
                        .iter()
                        .filter_map(|(w, n)| {
                            let d = n - mo.get(w).copied().unwrap_or(0);
                            (d > 0).then_some((*w, d))
                        })
                        .collect();
                    only_ours.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                    only_theirs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                    println!(
                        "    only ours:   {:?}",
                        only_ours.iter().take(60).collect::<Vec<_>>()
                    );
                    println!(
                        "    only theirs: {:?}",
                        only_theirs.iter().take(60).collect::<Vec<_>>()
                    );
                }
                scores.push((s, name, ours_w.len(), theirs_w.len()));
            }
            Outcome::LoadError(e) => {
                println!("LOADFAIL        {name}: {e}");
                load_fail.push(name);
            }
            Outcome::ExtractError(e) => {
                println!("ERROR           {name}: {e}");
                extract_fail.push((name, e));
            }
            Outcome::Panic => {
                println!("PANIC           {name}");
                panics.push(name);
            }
        }
    }
    let n = scores.len();
    let mean = if n > 0 {
        scores.iter().map(|s| s.0).sum::<f64>() / n as f64
    } else {
        0.0
    };
    let words_ours: usize = scores.iter().map(|s| s.2).sum();
    let words_theirs: usize = scores.iter().map(|s| s.3).sum();
    let weighted: f64 = if words_ours + words_theirs > 0 {
        scores.iter().map(|s| s.0 * (s.2 + s.3) as f64).sum::<f64>()
            / (words_ours + words_theirs) as f64
    } else {
        0.0
    };
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!("\n== summary ==");
    println!(
        "files: {}  compared: {n}  no oracle text (skipped): {}",
        files.len(),
        skipped.len()
    );
    println!(
        "lopdf load failures (oracle has text): {}  {:?}",
        load_fail.len(),
        load_fail
    );
    println!(
        "extraction errors: {}  {:?}",
        extract_fail.len(),
        extract_fail
    );
    println!("panics: {}  {:?}", panics.len(), panics);
    println!("mean similarity: {mean:.4}   word-weighted: {weighted:.4}");
    if !excluded.is_empty() {
        let kept: Vec<f64> = scores
            .iter()
            .filter(|s| !excluded.contains(&s.1))
            .map(|s| s.0)
            .collect();
        let m = kept.iter().sum::<f64>() / kept.len().max(1) as f64;
        println!(
            "mean without the {} excluded files: {m:.4} over {} files",
            n - kept.len(),
            kept.len()
        );
    }
    println!("worst {worst}:");
    for (s, name, a, b) in scores.iter().take(worst) {
        println!("  {s:.4}  ours {a:>6} theirs {b:>6}  {name}");
    }
    if total_secs > 0.0 {
        println!(
            "pages: {total_pages}  extract {total_secs:.2}s = {:.0} pages/s  (load {total_load:.2}s; incl. load {:.0} pages/s)",
            total_pages as f64 / total_secs,
            total_pages as f64 / (total_secs + total_load)
        );
    }
}
