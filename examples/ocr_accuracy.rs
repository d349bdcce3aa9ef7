//! OCR speed and word accuracy on scans, for `make bench-ocr` (issue 14).
//!
//! ```text
//! cargo run --release --example ocr_accuracy -- gen SRC_DIR N OUT_DIR
//! cargo run --release --example ocr_accuracy -- run CONFIG COHORT TEXT_DIR
//! cargo run --release --example ocr_accuracy -- score TRUTH_DIR TEXT_DIR
//! ```
//!
//! `gen` "scans" page 1 of up to N born-digital PDFs under SRC_DIR (at least
//! 20 words) the way scanners and fixtures/generator do: pdftoppm renders it
//! at 150, 200 or 300 dpi, ImageMagick turns it by about a degree, adds
//! Gaussian noise and saves it as a grey JPEG or a 1-bit CCITT G4 image,
//! wrapped as a one-image PDF page. The pages go into candidate folders under
//! OUT_DIR/cohort (so `hercert audit` schedules them across dossiers), their
//! source text (hercert's own text layer of the original) into
//! OUT_DIR/truth/NAME.txt.
//!
//! `run` OCRs every page of every PDF under COHORT with hercert's OCR under
//! one of the configurations below, cold (no cache), files in parallel on
//! one thread per core, and writes TEXT_DIR/NAME.txt. The configurations
//! add issue 14's changes one at a time, so timing each run gives the
//! table's per-change rows:
//!
//! - `render-nld+eng`: every page rendered at 300 dpi (PGM), `nld+eng`,
//!   inverted-line check on: the old way but for PNG encoding.
//! - `native-nld+eng`: single-image pages read from the image.
//! - `native-nld`: one Dutch pass, English only as a fallback.
//! - `shipped`: and `tessedit_do_invert=0`, one tesseract process a page.
//! - `batched`: and several pages a process, read ahead across files as
//!   `hercert audit` does: the settings of `ocr.toml`.
//!
//! `score` prints the mean word accuracy over the pages with a truth file:
//! the share of the source's words (a multiset; at least two letters or
//! digits, lower case) that OCR found; also per kind of scan.

use hercert::extract::ocr::{Ocr, OcrSettings};
use hercert::extract::pdf_text::{extract_pages, Limits};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// (dpi, encoding, noisy): the kinds of scan, in turn.
const VARIANTS: [(u32, &str, bool); 6] = [
    (150, "jpeg", true),
    (200, "ccitt", true),
    (300, "jpeg", true),
    (200, "jpeg", false),
    (300, "ccitt", true),
    (150, "ccitt", false),
];
/// Candidate folders the pages are spread over.
const FOLDERS: usize = 6;

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

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)) {
            out.push(p);
        }
    }
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn ok(command: &mut Command) -> Result<(), String> {
    let out = command
        .output()
        .map_err(|e| format!("{:?}: {e}", command.get_program()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{:?} failed: {}",
            command.get_program(),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Width and height of an image, by ImageMagick's `identify`.
fn size(image: &Path) -> Result<(i64, i64), String> {
    let out = Command::new("identify")
        .args(["-format", "%w %h"])
        .arg(image)
        .output()
        .map_err(|e| format!("identify: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut it = text.split_whitespace().filter_map(|n| n.parse().ok());
    match (it.next(), it.next()) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err(format!("identify: no size for {}", image.display())),
    }
}

/// A one-page PDF showing `image` (width × height pixels at `dpi`) over the
/// whole page, as a scanner writes it.
fn image_pdf(image: lopdf::Stream, width: i64, height: i64, dpi: u32) -> Result<Vec<u8>, String> {
    use lopdf::{dictionary, Document, Object, Stream};
    let (w, h) = (
        width as f32 * 72.0 / dpi as f32,
        height as f32 * 72.0 / dpi as f32,
    );
    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let image_id = doc.add_object(image);
    let content = format!("q {w:.2} 0 0 {h:.2} 0 0 cm /Im0 Do Q");
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), Object::Real(w), Object::Real(h)],
        "Contents" => content_id,
        "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image_id } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let info = doc.add_object(dictionary! {
        "Producer" => Object::string_literal("hercert bench-ocr scan"),
    });
    doc.trailer.set("Info", info);
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Page 1 of `pdf` as a scan of the given kind; the PDF's bytes.
fn scan(pdf: &Path, work: &Path, seed: usize) -> Result<(Vec<u8>, String), String> {
    use lopdf::{dictionary, Stream};
    let (dpi, encoding, noisy) = VARIANTS[seed % VARIANTS.len()];
    let base = work.join(format!("s{seed}"));
    ok(Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-gray", "-singlefile", "-png"])
        .args(["-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(&base))?;
    let png = base.with_extension("png");
    let angle = [-1.4, -0.9, 0.8, 1.2, 0.3][seed % 5];
    let mut convert = Command::new("convert");
    convert
        .arg(&png)
        .args([
            "-background",
            "white",
            "-rotate",
            &angle.to_string(),
            "+repage",
        ])
        .args(["-seed", &seed.to_string()]);
    let kind = format!("{dpi}{encoding}{}", if noisy { "-noisy" } else { "" });
    if encoding == "jpeg" {
        let jpg = base.with_extension("jpg");
        if noisy {
            convert.args([
                "-attenuate",
                "0.35",
                "+noise",
                "Gaussian",
                "-level",
                "8%,96%",
            ]);
        }
        convert
            .args([
                "-colorspace",
                "Gray",
                "-quality",
                if noisy { "62" } else { "85" },
            ])
            .arg(&jpg);
        ok(&mut convert)?;
        let (w, h) = size(&jpg)?;
        let bytes = std::fs::read(&jpg).map_err(|e| e.to_string())?;
        let image = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
            },
            bytes,
        );
        Ok((image_pdf(image, w, h, dpi)?, kind))
    } else {
        let g4 = base.with_extension("g4");
        if noisy {
            convert.args(["-attenuate", "0.2", "+noise", "Gaussian"]);
        }
        let pbm = base.with_extension("pbm");
        convert
            .args(["-threshold", "55%", "-type", "bilevel"])
            .arg(&pbm);
        ok(&mut convert)?;
        ok(Command::new("convert")
            .arg(&pbm)
            .arg(format!("GROUP4:{}", g4.display())))?;
        let (w, h) = size(&pbm)?;
        let bytes = std::fs::read(&g4).map_err(|e| e.to_string())?;
        let image = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "CCITTFaxDecode",
                "DecodeParms" => dictionary! { "K" => -1, "Columns" => w, "Rows" => h },
            },
            bytes,
        );
        Ok((image_pdf(image, w, h, dpi)?, kind))
    }
}

fn gen(src: &Path, n: usize, out: &Path) -> Result<(), String> {
    use rayon::prelude::*;
    use sha2::{Digest, Sha256};
    let mut sources = Vec::new();
    files(src, "pdf", &mut sources);
    // A fixed sample across the cohort rather than its first folders: the
    // order of a hash of each path below SRC_DIR.
    sources.sort_by_cached_key(|p| {
        let relative = p.strip_prefix(src).unwrap_or(p);
        Sha256::digest(relative.to_string_lossy().as_bytes())
    });
    let mut chosen = Vec::new();
    for pdf in &sources {
        if chosen.len() >= n {
            break;
        }
        let Ok(doc) = lopdf::Document::load(pdf) else {
            continue;
        };
        let Ok(pages) = extract_pages(&doc, &Limits::default()) else {
            continue;
        };
        let Some(first) = pages.first() else { continue };
        if words(&first.text).len() >= 20 {
            chosen.push((pdf.clone(), first.text.clone()));
        }
    }
    let work = tempfile::tempdir().map_err(|e| e.to_string())?;
    let truth = out.join("truth");
    std::fs::create_dir_all(&truth).map_err(|e| e.to_string())?;
    chosen
        .par_iter()
        .enumerate()
        .try_for_each(|(i, (pdf, text))| {
            let (bytes, kind) = scan(pdf, work.path(), i)?;
            let name = format!("p{i:03}-{kind}");
            let folder = out.join("cohort").join(format!("B{:02}", i % FOLDERS + 1));
            std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
            std::fs::write(folder.join(format!("{name}.pdf")), bytes).map_err(|e| e.to_string())?;
            std::fs::write(truth.join(format!("{name}.txt")), text).map_err(|e| e.to_string())
        })?;
    println!(
        "{} scanned pages in {}",
        chosen.len(),
        out.join("cohort").display()
    );
    Ok(())
}

/// The configurations of `run`, each adding one change to the one before.
fn settings(config: &str) -> Option<OcrSettings> {
    let batched = OcrSettings::default();
    let shipped = OcrSettings {
        batch_pages: 1,
        ..batched.clone()
    };
    let native_nld = OcrSettings {
        invert: true,
        ..shipped.clone()
    };
    let native_both = OcrSettings {
        languages: "nld+eng".into(),
        fallback_languages: String::new(),
        ..native_nld.clone()
    };
    let render_both = OcrSettings {
        native_images: false,
        render_dpi: 300,
        ..native_both.clone()
    };
    match config {
        "render-nld+eng" => Some(render_both),
        "native-nld+eng" => Some(native_both),
        "native-nld" => Some(native_nld),
        "shipped" => Some(shipped),
        "batched" => Some(batched),
        // Trying other settings: a TOML file like src/extract/ocr.toml.
        "custom" => std::env::var("BENCH_OCR_SETTINGS")
            .ok()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .and_then(|text| toml::from_str(&text).ok()),
        _ => None,
    }
}

fn run(config: &str, cohort: &Path, text: &Path) -> Result<(), String> {
    use rayon::prelude::*;
    let settings = settings(config).ok_or_else(|| format!("unknown configuration {config}"))?;
    let ocr = Ocr {
        cache_dir: None,
        settings,
        ..Ocr::default()
    };
    let mut pdfs = Vec::new();
    files(cohort, "pdf", &mut pdfs);
    std::fs::create_dir_all(text).map_err(|e| e.to_string())?;
    // Read ahead: every scanned page in batches first; `pdf_pages` below
    // takes them by their key, which needs the file's hash.
    let ahead = config == "batched";
    if ahead {
        ocr.read_ahead(&pdfs, usize::MAX);
    }
    let pages: usize = pdfs
        .par_iter()
        .map(|pdf| {
            let Ok(bytes) = std::fs::read(pdf) else {
                return 0;
            };
            let count = lopdf::Document::load_mem(&bytes)
                .map(|d| d.get_pages().len() as u32)
                .unwrap_or(1);
            let numbers: Vec<u32> = (1..=count).collect();
            let sha256 = if ahead {
                use sha2::{Digest, Sha256};
                Sha256::digest(&bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect()
            } else {
                String::new()
            };
            let read: Vec<String> = ocr
                .pdf_pages(&bytes, pdf, &sha256, &numbers)
                .into_iter()
                .map(|r| r.map(|p| p.text).unwrap_or_default())
                .collect();
            let _ = std::fs::write(text.join(format!("{}.txt", stem(pdf))), read.join("\u{c}"));
            numbers.len()
        })
        .sum();
    println!("{config}: {pages} pages");
    Ok(())
}

fn score(truth: &Path, text: &Path) -> Result<(), String> {
    let mut truths = Vec::new();
    files(truth, "txt", &mut truths);
    let mut all = Vec::new();
    let mut by_kind: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for t in &truths {
        let name = stem(t);
        let source = std::fs::read_to_string(t).map_err(|e| e.to_string())?;
        let read = std::fs::read_to_string(text.join(format!("{name}.txt"))).unwrap_or_default();
        let acc = recall(&words(&source), &words(&read));
        let kind = name.split_once('-').map(|(_, k)| k).unwrap_or("");
        by_kind.entry(kind.to_string()).or_default().push(acc);
        all.push(acc);
    }
    if all.is_empty() {
        return Err(format!("no truth files in {}", truth.display()));
    }
    let mean = |v: &[f64]| 100.0 * v.iter().sum::<f64>() / v.len() as f64;
    let kinds: Vec<String> = by_kind
        .iter()
        .map(|(k, v)| format!("{k} {:.2}", mean(v)))
        .collect();
    println!(
        "{:.2} {} pages; {}",
        mean(&all),
        all.len(),
        kinds.join(", ")
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str).unwrap_or("");
    let result = match arg(0) {
        "gen" => match arg(2).parse() {
            Ok(n) => gen(Path::new(arg(1)), n, Path::new(arg(3))),
            Err(_) => Err("gen SRC_DIR N OUT_DIR".into()),
        },
        "run" => run(arg(1), Path::new(arg(2)), Path::new(arg(3))),
        "score" => score(Path::new(arg(1)), Path::new(arg(2))),
        _ => Err(
            "usage: ocr_accuracy gen SRC N OUT | run CONFIG COHORT TEXT | score TRUTH TEXT".into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ocr_accuracy: {e}");
            ExitCode::FAILURE
        }
    }
}
