//! Small pictures of a page beside a finding: the signature area of an
//! unsigned document, the hours on a form that could not be read (which part
//! is `[pictures]` in the catalogue).
//!
//! Rendered with `pdftoppm` at low resolution and cached by the document's
//! content hash. A page is never pictured when it may hold a burgerservicenummer:
//! not when the document has a `PRIVACY-BSN` finding or a BSN in its name,
//! not when the page's text (as hercert's text layer reads it) holds a valid
//! BSN, and not when the page has no text to check (a scan).

use crate::assess::{Assessed, DocumentSummary};
use crate::extract::pdf_text;
use crate::model::catalogue::{catalogue, PictureSpec};
use crate::text::bsn::find_bsns;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Bumped when pictures change, so old cache entries are not used.
const CACHE_VERSION: u32 = 2;

/// Renders and caches page pictures.
#[derive(Debug, Clone)]
pub struct PictureMaker {
    /// `None`: no cache, every picture is rendered.
    pub cache_dir: Option<PathBuf>,
    /// Resolution of the pictures: low, they only show where to look.
    pub dpi: u32,
    pub timeout: Duration,
}

impl Default for PictureMaker {
    fn default() -> Self {
        PictureMaker {
            cache_dir: std::env::var_os("HERCERT_PAGE_CACHE")
                .map(PathBuf::from)
                .or_else(|| {
                    std::env::var_os("XDG_CACHE_HOME")
                        .map(|d| PathBuf::from(d).join("hercert/pages"))
                })
                .or_else(|| {
                    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/hercert/pages"))
                }),
            dpi: 60,
            timeout: Duration::from_secs(20),
        }
    }
}

/// One picture for one finding of a dossier.
#[derive(Debug, Clone)]
pub struct Shot {
    /// Index of the finding in `Assessed::findings`.
    pub finding: usize,
    /// File name inside `html/` (`img/…png`).
    pub file: String,
    pub png: Vec<u8>,
    /// The document and page it shows, for the reader and the privacy test.
    pub document: String,
    pub page: u32,
}

impl PictureMaker {
    /// The pictures of a dossier's findings whose catalogue entry asks for
    /// one; a finding whose page cannot be shown safely gets none.
    pub fn for_dossier(&self, a: &Assessed, cohort: &Path) -> Vec<Shot> {
        let cat = catalogue();
        let mut shots = Vec::new();
        for (i, rated) in a.findings.iter().enumerate() {
            let f = &rated.finding;
            let Some((key, spec)) = cat
                .entry(&f.code)
                .and_then(|e| e.picture.as_deref())
                .and_then(|k| Some((k, cat.pictures.get(k)?)))
            else {
                continue;
            };
            let Some(document) = f.document.as_deref() else {
                continue;
            };
            let Some(doc) = a.documents.iter().find(|d| d.document == document) else {
                continue;
            };
            let flagged = a.findings.iter().any(|r| {
                r.finding.code == "PRIVACY-BSN" && r.finding.document.as_deref() == Some(document)
            });
            if flagged || !find_bsns(document).is_empty() {
                continue;
            }
            let page = f.page.unwrap_or(1);
            if let Some((file, png)) = self.picture(cohort, doc, page, key, spec) {
                shots.push(Shot {
                    finding: i,
                    file,
                    png,
                    document: document.to_string(),
                    page,
                });
            }
        }
        shots
    }

    /// A picture of a page region, from the cache or rendered; `None` when
    /// the page cannot be shown (not a readable PDF, changed since it was
    /// read, a BSN or no text on it, or pdftoppm failed).
    fn picture(
        &self,
        cohort: &Path,
        doc: &DocumentSummary,
        page: u32,
        key: &str,
        spec: &PictureSpec,
    ) -> Option<(String, Vec<u8>)> {
        if doc.format != "pdf" || !doc.is_readable() || page == 0 || page as usize > doc.pages {
            return None;
        }
        let region_name: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let short = doc.sha256.get(..16)?;
        let file = format!("img/{short}-p{page}-{region_name}.png");
        let key = format!(
            "{}-p{page}-{region_name}-{}dpi-v{CACHE_VERSION}.png",
            doc.sha256, self.dpi
        );
        if let Some(png) = self.cached(&key) {
            return Some((file, png));
        }
        let path = cohort.join(&doc.document);
        let bytes = std::fs::read(&path).ok()?;
        if format!("{:x}", Sha256::digest(&bytes)) != doc.sha256 {
            return None;
        }
        let layout = page_layout(&bytes, page)?;
        if !layout.is_safe() {
            return None;
        }
        let png = self.render(&path, page, layout.band(spec), layout.width)?;
        self.store(&key, &png);
        Some((file, png))
    }

    /// Renders a page, or the band `(top, height)` of it, in points.
    fn render(
        &self,
        pdf: &Path,
        page: u32,
        band: Option<(f64, f64)>,
        width: f64,
    ) -> Option<Vec<u8>> {
        use wait_timeout::ChildExt;
        let dir = tempfile::tempdir().ok()?;
        let prefix = dir.path().join("p");
        let page_arg = page.to_string();
        let mut cmd = Command::new("pdftoppm");
        cmd.args(["-r", &self.dpi.to_string(), "-png", "-singlefile"])
            .args(["-f", &page_arg, "-l", &page_arg]);
        if let Some((top, height)) = band {
            let scale = self.dpi as f64 / 72.0;
            let px = |v: f64| ((v * scale).round() as i64).to_string();
            cmd.args([
                "-x",
                "0",
                "-y",
                &px(top),
                "-W",
                &px(width),
                "-H",
                &px(height),
            ]);
        }
        let mut child = cmd
            .arg(pdf)
            .arg(&prefix)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        match child.wait_timeout(self.timeout).ok()? {
            Some(status) if status.success() => std::fs::read(dir.path().join("p.png")).ok(),
            Some(_) => None,
            None => {
                let _ = child.kill();
                let _ = child.wait();
                None
            }
        }
    }

    fn cached(&self, key: &str) -> Option<Vec<u8>> {
        let png = std::fs::read(self.cache_dir.as_ref()?.join(key)).ok()?;
        png.starts_with(b"\x89PNG").then_some(png)
    }

    /// Stores a picture; a cache that cannot be written only costs time.
    fn store(&self, key: &str, png: &[u8]) {
        let Some(dir) = &self.cache_dir else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let tmp = dir.join(format!(".{key}.{}", std::process::id()));
        if std::fs::write(&tmp, png).is_ok() {
            let _ = std::fs::rename(&tmp, dir.join(key));
        }
    }
}

/// What hercert's own text layer reads on a page: its text, the glyphs with
/// their heights, and its size. Read in process: one parse of a small PDF
/// costs less than starting a program.
pub struct Layout {
    /// The page text in reading order.
    pub text: String,
    pub width: f64,
    pub height: f64,
    /// The glyphs' text, lower case, in content order, and where each
    /// glyph starts in it with its top (points from the top of the page).
    glyphs: String,
    tops: Vec<(usize, f64)>,
}

impl Layout {
    /// A page may be pictured when it has text and none of it is a BSN. A
    /// scan without a text layer has none to check, so it is not pictured.
    pub fn is_safe(&self) -> bool {
        !self.text.trim().is_empty()
            && find_bsns(&self.text).is_empty()
            && find_bsns(&self.glyphs).is_empty()
    }

    /// The band of the page a picture shows (`top`, `height` in points):
    /// around the spec's label, or `None` (the whole page) without one.
    fn band(&self, spec: &PictureSpec) -> Option<(f64, f64)> {
        let top_at = |byte: usize| {
            let i = self.tops.iter().rposition(|&(start, _)| start <= byte)?;
            Some(self.tops[i].1)
        };
        let mut found: Vec<(usize, f64)> = spec
            .labels
            .iter()
            .flat_map(|label| self.glyphs.match_indices(label.as_str()))
            .filter_map(|(at, _)| Some((at, top_at(at)?)))
            .collect();
        found.sort_by_key(|&(at, _)| at);
        let (_, y) = if spec.last {
            found.last().copied()
        } else {
            found.first().copied()
        }?;
        let top = (y - spec.above).max(0.0);
        Some((top, spec.height.min(self.height - top)))
    }
}

/// Whether a page of a PDF may be pictured (see [`Layout::is_safe`]).
pub fn page_is_safe(pdf: &Path, page: u32) -> bool {
    std::fs::read(pdf)
        .ok()
        .and_then(|bytes| page_layout(&bytes, page))
        .is_some_and(|l| l.is_safe())
}

/// One page read by hercert's PDF text layer, with a deadline.
fn page_layout(bytes: &[u8], page: u32) -> Option<Layout> {
    let doc = crate::extract::pdf::load(bytes).ok()?;
    let &id = doc.get_pages().get(&page)?;
    let limits = pdf_text::Limits {
        deadline: Some(std::time::Instant::now() + Duration::from_secs(10)),
        ..pdf_text::Limits::default()
    };
    let read = pdf_text::extract_page(&doc, id, &limits).ok()?;
    let (x0, y0, x1, y1) = media_box(&doc, id);
    let mut glyphs = String::new();
    let mut tops = Vec::with_capacity(read.glyph_runs.len());
    for g in &read.glyph_runs {
        let size = f64::from(g.font_size.max(6.0));
        tops.push((glyphs.len(), y1 - (f64::from(g.y) + size)));
        glyphs.push_str(&g.text.to_lowercase());
    }
    Some(Layout {
        text: read.text,
        width: x1 - x0,
        height: y1 - y0,
        glyphs,
        tops,
    })
}

/// A page's MediaBox (inherited from the page tree if need be); A4 when it
/// cannot be read.
fn media_box(doc: &lopdf::Document, id: lopdf::ObjectId) -> (f64, f64, f64, f64) {
    const A4: (f64, f64, f64, f64) = (0.0, 0.0, 595.0, 842.0);
    let mut current = doc.get_dictionary(id).ok();
    // The page tree is shallow; the bound guards against a loop.
    for _ in 0..32 {
        let Some(dict) = current else { break };
        let array = dict.get(b"MediaBox").ok().and_then(|o| match o {
            lopdf::Object::Reference(r) => doc.get_object(*r).ok(),
            o => Some(o),
        });
        if let Some(lopdf::Object::Array(b)) = array {
            let n: Vec<f64> = b
                .iter()
                .filter_map(|o| o.as_float().ok())
                .map(f64::from)
                .collect();
            if n.len() == 4 && n[2] > n[0] && n[3] > n[1] {
                return (n[0], n[1], n[2], n[3]);
            }
        }
        current = dict
            .get(b"Parent")
            .and_then(lopdf::Object::as_reference)
            .and_then(|r| doc.get_dictionary(r))
            .ok();
    }
    A4
}
