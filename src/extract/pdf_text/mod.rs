//! PDF text extraction on top of lopdf's object model.
//!
//! Produces, per page, text close to poppler's `pdftotext` (reading-order
//! mode) together with the positions of every glyph, image and painted
//! path, so that later rules can look for a drawn signature near a word
//! such as "handtekening".
//!
//! * [`extract_pages`] walks the page tree (inherited `/Resources`,
//!   `/CropBox`, cycle-safe) and extracts every page;
//! * [`extract_page`] extracts one page by object id.
//!
//! Broken pages, fonts and strings degrade (skipped or decoded with a
//! default encoding); only the limits in [`Limits`] abort extraction.
//!
//! Submodules: `lexer` (content-stream tokens), `content` (operator
//! interpreter), `fonts`, `cmap`, `cff`, `encoding`, `metrics` (character
//! decoding), `layout` (words, lines, reading order).

mod cff;
mod cmap;
mod content;
mod encoding;
mod fonts;
mod layout;
mod lexer;
mod metrics;

use std::collections::HashSet;
use std::time::Instant;

use lopdf::{Dictionary, Document, Object, ObjectId};
use unicode_normalization::UnicodeNormalization;

use content::{apply, matrix_from_object, mul, Interpreter, Matrix, IDENTITY};
use fonts::{as_number, dict_get, resolve, FontCache};

/// One shown glyph. Coordinates are in the page's default user space
/// (PDF points, origin bottom-left, page `/Rotate` not applied).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// The glyph's text (ligatures expanded; may be several characters).
    pub text: String,
    /// Origin (on the baseline) of the glyph.
    pub x: f32,
    pub y: f32,
    /// Advance width in user space.
    pub width: f32,
    /// Font size in user space.
    pub font_size: f32,
}

/// The text of one page and what was drawn on it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageText {
    /// Page text in reading order, lines joined with `\n`, NFC-normalised.
    pub text: String,
    /// Visible, non-blank glyphs in content-stream order.
    pub glyph_runs: Vec<Glyph>,
    /// Where image XObjects and inline images were drawn.
    pub images: Vec<ImagePlacement>,
    /// Bounding boxes of stroked or filled paths.
    pub paths: Vec<PathBox>,
    /// Line fragments in reading order, positioned from the top-left of
    /// the visible page.
    pub lines: Vec<crate::extract::positioned::Line>,
}

/// Bounding box (user space) of a drawn image: its unit square mapped by the CTM.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ImagePlacement {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// Bounding box (user space) of a painted path and its number of segments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathBox {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub segments: u32,
}

/// Bounds on the work done for a document.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Most content-stream operators per page (Form XObjects included).
    pub max_ops_per_page: usize,
    /// Deepest nesting of Form XObjects followed.
    pub max_xobject_depth: usize,
    /// Give up when this instant has passed.
    pub deadline: Option<Instant>,
    /// Pages read at most; later pages are left out (a 100,000-page file
    /// would otherwise be read in full before the caller drops the rest).
    pub max_pages: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_ops_per_page: 5_000_000,
            max_xobject_depth: 16,
            deadline: None,
            max_pages: usize::MAX,
        }
    }
}

/// Why text extraction stopped.
#[derive(Debug, thiserror::Error)]
pub enum PdfTextError {
    /// The deadline in [`Limits`] passed.
    #[error("text extraction deadline exceeded")]
    DeadlineExceeded,
    /// A page needed more content-stream operators than [`Limits`] allows.
    #[error("page exceeds the limit of {limit} content-stream operations")]
    TooManyOperations {
        /// The limit that was exceeded.
        limit: usize,
    },
    /// The document has no usable page tree and no page objects.
    #[error("broken page tree: {0}")]
    BrokenPageTree(String),
    /// The object passed to [`extract_page`] is not a page dictionary.
    #[error("object {0:?} is not a page")]
    NotAPage(ObjectId),
    /// The document is encrypted with a password other than the empty one.
    #[error("document is encrypted")]
    Encrypted,
}

/// Deepest page-tree nesting followed.
const MAX_TREE_DEPTH: usize = 64;

/// Page attributes that may be inherited from the page tree.
#[derive(Clone, Default)]
struct Inherited<'d> {
    resources: Option<&'d Dictionary>,
    media_box: Option<[f64; 4]>,
    crop_box: Option<[f64; 4]>,
}

fn rect(doc: &Document, obj: Option<&Object>) -> Option<[f64; 4]> {
    let arr = resolve(doc, obj?)?.as_array().ok()?;
    let mut v = [0.0; 4];
    if arr.len() != 4 {
        return None;
    }
    for (slot, o) in v.iter_mut().zip(arr) {
        *slot = resolve(doc, o)
            .and_then(as_number)
            .filter(|x| x.is_finite())?;
    }
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}

impl<'d> Inherited<'d> {
    /// Overlay the attributes a node sets itself.
    fn update(&mut self, doc: &'d Document, node: &'d Dictionary) {
        if let Some(r) = dict_get(doc, node, b"Resources").and_then(|o| o.as_dict().ok()) {
            self.resources = Some(r);
        }
        if let Some(r) = rect(doc, node.get(b"MediaBox").ok()) {
            self.media_box = Some(r);
        }
        if let Some(r) = rect(doc, node.get(b"CropBox").ok()) {
            self.crop_box = Some(r);
        }
    }

    /// The area whose text counts: the media box, as `pdftotext` uses by
    /// default (printer marks outside the crop box are kept).
    fn visible_box(&self) -> [f64; 4] {
        self.media_box
            .or(self.crop_box)
            .unwrap_or([0.0, 0.0, 612.0, 792.0])
    }
}

/// Collect the pages of the document in order, with inherited attributes.
fn collect_pages(doc: &Document) -> Result<Vec<(ObjectId, Inherited<'_>)>, PdfTextError> {
    let root = doc
        .catalog()
        .ok()
        .and_then(|cat| cat.get(b"Pages").ok())
        .and_then(|o| o.as_reference().ok());
    let mut pages = Vec::new();
    if let Some(root) = root {
        let mut visited = HashSet::new();
        // Depth-first, children in order: stack of (node, inherited, depth).
        let mut stack = vec![(root, Inherited::default(), 0usize)];
        while let Some((id, mut inh, depth)) = stack.pop() {
            if !visited.insert(id) || depth > MAX_TREE_DEPTH {
                continue;
            }
            let Ok(node) = doc.get_dictionary(id) else {
                continue;
            };
            inh.update(doc, node);
            let kids = dict_get(doc, node, b"Kids").and_then(|o| o.as_array().ok());
            let is_page = node.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"Page")
                || (kids.is_none() && node.has(b"Contents"));
            if is_page {
                pages.push((id, inh));
            } else if let Some(kids) = kids {
                for kid in kids.iter().rev() {
                    if let Ok(kid_id) = kid.as_reference() {
                        stack.push((kid_id, inh.clone(), depth + 1));
                    }
                }
            }
        }
    }
    if pages.is_empty() {
        // No usable tree: take every page object, in object order.
        for (id, obj) in doc.objects.iter() {
            if let Ok(d) = obj.as_dict() {
                if d.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"Page") {
                    pages.push((*id, inherited_for(doc, *id, d)));
                }
            }
        }
    }
    if pages.is_empty() {
        return Err(PdfTextError::BrokenPageTree(
            "no page tree and no page objects".to_string(),
        ));
    }
    Ok(pages)
}

/// Inherited attributes of a page, found by walking its `/Parent` chain.
fn inherited_for<'d>(doc: &'d Document, id: ObjectId, page: &'d Dictionary) -> Inherited<'d> {
    let mut chain = vec![page];
    let mut seen = HashSet::from([id]);
    let mut node = page;
    while chain.len() <= MAX_TREE_DEPTH {
        let Some(parent_id) = node.get(b"Parent").ok().and_then(|p| p.as_reference().ok()) else {
            break;
        };
        if !seen.insert(parent_id) {
            break;
        }
        let Ok(parent) = doc.get_dictionary(parent_id) else {
            break;
        };
        chain.push(parent);
        node = parent;
    }
    let mut inh = Inherited::default();
    for node in chain.iter().rev() {
        inh.update(doc, node);
    }
    inh
}

/// Extract the text of every page, in page order.
///
/// Fails only when the document is encrypted, has no pages at all, or a
/// limit in `limits` is hit.
pub fn extract_pages(doc: &Document, limits: &Limits) -> Result<Vec<PageText>, PdfTextError> {
    if doc.is_encrypted() {
        return Err(PdfTextError::Encrypted);
    }
    let pages = collect_pages(doc)?;
    let mut fonts = FontCache::default();
    let mut out = Vec::with_capacity(pages.len().min(limits.max_pages));
    for (id, inh) in pages.into_iter().take(limits.max_pages) {
        out.push(extract_with(doc, id, &inh, limits, &mut fonts)?);
    }
    Ok(out)
}

/// Extract the text of one page given its object id.
pub fn extract_page(
    doc: &Document,
    page_id: ObjectId,
    limits: &Limits,
) -> Result<PageText, PdfTextError> {
    if doc.is_encrypted() {
        return Err(PdfTextError::Encrypted);
    }
    let page = doc
        .get_dictionary(page_id)
        .map_err(|_| PdfTextError::NotAPage(page_id))?;
    let type_name = page.get(b"Type").ok().and_then(|t| t.as_name().ok());
    if type_name.is_some_and(|t| t != b"Page") || (type_name.is_none() && !page.has(b"Contents")) {
        return Err(PdfTextError::NotAPage(page_id));
    }
    let inh = inherited_for(doc, page_id, page);
    extract_with(doc, page_id, &inh, limits, &mut FontCache::default())
}

/// Decoded, concatenated content streams of a page.
fn page_content(interp: &mut Interpreter<'_, '_>, doc: &Document, page: &Dictionary) -> Vec<u8> {
    let mut data = Vec::new();
    let Some(contents) = dict_get(doc, page, b"Contents") else {
        return data;
    };
    let parts: Vec<&Object> = match contents {
        Object::Array(items) => items.iter().filter_map(|o| resolve(doc, o)).collect(),
        other => vec![other],
    };
    for part in parts {
        if let Some(bytes) = interp.content_bytes(part) {
            data.extend_from_slice(&bytes);
            data.push(b'\n');
        }
    }
    data
}

fn extract_with(
    doc: &Document,
    page_id: ObjectId,
    inh: &Inherited<'_>,
    limits: &Limits,
    fonts: &mut FontCache,
) -> Result<PageText, PdfTextError> {
    let mut interp = Interpreter::new(doc, limits, fonts);
    interp.check_deadline()?;
    if let Ok(page) = doc.get_dictionary(page_id) {
        let content = page_content(&mut interp, doc, page);
        interp.run(&content, inh.resources, IDENTITY, 0)?;
        let need_appearances = doc
            .catalog()
            .ok()
            .and_then(|cat| dict_get(doc, cat, b"AcroForm"))
            .and_then(|af| af.as_dict().ok())
            .and_then(|af| dict_get(doc, af, b"NeedAppearances"))
            .and_then(|v| v.as_bool().ok())
            .unwrap_or(false);
        draw_annotations(&mut interp, doc, page, inh.resources, need_appearances)?;
    }
    let crop = inh.visible_box();
    let sink = interp.sink;
    let visible: Vec<&content::RawGlyph> = sink
        .glyphs
        .iter()
        .filter(|g| layout::inside(g, &crop))
        .collect();
    let (text, fragments) = layout::page_text(&visible, limits.deadline)?;
    let text: String = text.nfc().collect();
    let lines = positioned_lines(&fragments, &crop);
    let glyph_runs = visible
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .map(|g| Glyph {
            text: if g.text.is_ascii() {
                g.text.to_string()
            } else {
                g.text.nfc().collect()
            },
            x: g.x as f32,
            y: g.y as f32,
            width: g.dx.hypot(g.dy) as f32,
            font_size: g.font_size as f32,
        })
        .collect();
    Ok(PageText {
        text,
        glyph_runs,
        images: sink.images,
        paths: sink.paths,
        lines,
    })
}

/// Fragments grouped into visual lines (upright text only: rotated text
/// is stamps and margins, never a label and its value), positioned from
/// the top-left of the crop box. Page numbers are set by the caller.
fn positioned_lines(
    fragments: &[layout::PlacedFragment],
    crop: &layout::CropBox,
) -> Vec<crate::extract::positioned::Line> {
    use crate::extract::positioned::{Line, Segment};
    let mut segments: Vec<Segment> = fragments
        .iter()
        .filter(|f| f.rot == 0 && !f.text.trim().is_empty())
        .map(|f| Segment {
            text: f.text.nfc().collect(),
            x0: (f.p_min - crop[0]) as f32,
            x1: (f.p_max - crop[0]) as f32,
            top: (crop[3] - f.top) as f32,
            bottom: (crop[3] - f.bottom) as f32,
            size: f.size as f32,
            bold: f.bold,
        })
        .collect();
    segments.sort_by(|a, b| a.top.total_cmp(&b.top).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Line> = Vec::new();
    for s in segments {
        let joins = lines.last().is_some_and(|l| {
            // Same line when the vertical extents overlap by half the
            // smaller height (PDFBOX-731's rule in spirit).
            let (top, bottom) = (l.top(), l.bottom());
            let overlap = bottom.min(s.bottom) - top.max(s.top);
            let smaller = (bottom - top).min(s.bottom - s.top).max(0.1);
            overlap >= 0.5 * smaller
        });
        match lines.last_mut() {
            Some(l) if joins => l.segments.push(s),
            _ => lines.push(Line {
                page: 0,
                segments: vec![s],
            }),
        }
    }
    for l in &mut lines {
        l.segments.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    lines
}

/// Run the normal appearance streams of the page's visible annotations
/// (filled-in form fields, stamps), as a viewer would show them. Text and
/// choice fields without an appearance, or all of them when the form asks
/// for new appearances (`/NeedAppearances`), show their value instead.
fn draw_annotations<'d>(
    interp: &mut Interpreter<'d, '_>,
    doc: &'d Document,
    page: &'d Dictionary,
    page_res: Option<&'d Dictionary>,
    need_appearances: bool,
) -> Result<(), PdfTextError> {
    let Some(Object::Array(annots)) = dict_get(doc, page, b"Annots") else {
        return Ok(());
    };
    for annot in annots.iter().take(10_000) {
        let Some(annot) = resolve(doc, annot).and_then(|o| o.as_dict().ok()) else {
            continue;
        };
        let flags = dict_get(doc, annot, b"F")
            .and_then(as_number)
            .unwrap_or(0.0) as i64;
        // Hidden (2) or NoView (32).
        if flags & (2 | 32) != 0 {
            continue;
        }
        if dict_get(doc, annot, b"Subtype").and_then(|o| o.as_name().ok()) == Some(b"Popup") {
            continue;
        }
        if need_appearances && field_value_text(interp, doc, annot) {
            continue;
        }
        let Some(normal) = dict_get(doc, annot, b"AP")
            .and_then(|ap| ap.as_dict().ok())
            .and_then(|ap| ap.get(b"N").ok())
        else {
            if !need_appearances {
                field_value_text(interp, doc, annot);
            }
            continue;
        };
        // A state dictionary picks the stream named by /AS.
        let entry = match resolve(doc, normal) {
            Some(Object::Dictionary(states)) => {
                let Some(state) = dict_get(doc, annot, b"AS").and_then(|o| o.as_name().ok()) else {
                    continue;
                };
                match states.get(state) {
                    Ok(e) => e,
                    Err(_) => continue,
                }
            }
            Some(_) => normal,
            None => continue,
        };
        let id = entry.as_reference().ok();
        let Some(form) = resolve(doc, entry) else {
            continue;
        };
        let Ok(stream) = form.as_stream() else {
            continue;
        };
        let Some(rect) = rect(doc, annot.get(b"Rect").ok()) else {
            continue;
        };
        let matrix = matrix_from_object(doc, stream.dict.get(b"Matrix").ok()).unwrap_or(IDENTITY);
        let Some(bbox) = rect_from_dict(doc, &stream.dict) else {
            continue;
        };
        let ctm = mul(&matrix, &bbox_to_rect(&matrix, &bbox, &rect));
        interp.run_form(form, id, page_res, ctm, 0)?;
    }
    Ok(())
}

/// A field attribute, inherited through `/Parent` (bounded).
fn field_attr<'d>(doc: &'d Document, field: &'d Dictionary, key: &[u8]) -> Option<&'d Object> {
    let mut node = field;
    for _ in 0..MAX_TREE_DEPTH {
        if let Some(v) = dict_get(doc, node, key) {
            return Some(v);
        }
        node = dict_get(doc, node, b"Parent")?.as_dict().ok()?;
    }
    None
}

/// The value of a text or choice field laid out in its rectangle, as a
/// viewer generates it (a list box shows all its options). Returns whether
/// the widget was such a field.
fn field_value_text(interp: &mut Interpreter<'_, '_>, doc: &Document, widget: &Dictionary) -> bool {
    if dict_get(doc, widget, b"Subtype").and_then(|o| o.as_name().ok()) != Some(b"Widget") {
        return false;
    }
    let kind = field_attr(doc, widget, b"FT").and_then(|o| o.as_name().ok());
    if !matches!(kind, Some(b"Tx") | Some(b"Ch")) {
        return false;
    }
    let text_of = |o: &Object| match resolve(doc, o) {
        // An option may be an [export value, display text] pair.
        Some(Object::Array(pair)) => pair
            .get(1)
            .and_then(|d| resolve(doc, d))
            .and_then(|d| lopdf::decode_text_string(d).ok()),
        Some(other) => lopdf::decode_text_string(other).ok(),
        None => None,
    };
    let flags = field_attr(doc, widget, b"Ff")
        .and_then(as_number)
        .unwrap_or(0.0) as i64;
    let is_list_box = kind == Some(b"Ch") && flags & (1 << 17) == 0;
    let value = match (is_list_box, field_attr(doc, widget, b"Opt")) {
        (true, Some(Object::Array(opts))) => opts
            .iter()
            .filter_map(text_of)
            .collect::<Vec<_>>()
            .join("\n"),
        _ => match field_attr(doc, widget, b"V") {
            Some(Object::Array(items)) => items
                .iter()
                .filter_map(text_of)
                .collect::<Vec<_>>()
                .join(" "),
            Some(v) => text_of(v).unwrap_or_default(),
            None => String::new(),
        },
    };
    let Some(r) = rect(doc, widget.get(b"Rect").ok()) else {
        return true;
    };
    let da = field_attr(doc, widget, b"DA")
        .and_then(|o| o.as_str().ok())
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .unwrap_or_default();
    let toks: Vec<&str> = da.split_ascii_whitespace().collect();
    let da_size = toks
        .windows(2)
        .find(|w| w.get(1) == Some(&"Tf"))
        .and_then(|w| w.first())
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0);
    let height = r[3] - r[1];
    let size = da_size.unwrap_or_else(|| (height * 0.7).clamp(4.0, 12.0));
    let lines: Vec<&str> = value
        .split(['\r', '\n'])
        .filter(|l| !l.is_empty())
        .collect();
    let mut y = if lines.len() > 1 {
        r[3] - 2.0 - size
    } else {
        r[1] + (height - size) / 2.0 + 0.22 * size
    };
    for line in lines.iter().take(500) {
        interp.push_plain_text(line, r[0] + 2.0, y, size);
        y -= size * 1.15;
    }
    true
}

fn rect_from_dict(doc: &Document, dict: &Dictionary) -> Option<[f64; 4]> {
    rect(doc, dict.get(b"BBox").ok())
}

/// The matrix mapping the appearance's transformed bounding box onto the
/// annotation rectangle (ISO 32000-1, 12.5.5).
fn bbox_to_rect(matrix: &Matrix, bbox: &[f64; 4], rect: &[f64; 4]) -> Matrix {
    let corners = [
        apply(matrix, bbox[0], bbox[1]),
        apply(matrix, bbox[2], bbox[1]),
        apply(matrix, bbox[0], bbox[3]),
        apply(matrix, bbox[2], bbox[3]),
    ];
    let x0 = corners.iter().map(|c| c.0).fold(f64::INFINITY, f64::min);
    let y0 = corners.iter().map(|c| c.1).fold(f64::INFINITY, f64::min);
    let x1 = corners
        .iter()
        .map(|c| c.0)
        .fold(f64::NEG_INFINITY, f64::max);
    let y1 = corners
        .iter()
        .map(|c| c.1)
        .fold(f64::NEG_INFINITY, f64::max);
    let sx = if x1 > x0 {
        (rect[2] - rect[0]) / (x1 - x0)
    } else {
        1.0
    };
    let sy = if y1 > y0 {
        (rect[3] - rect[1]) / (y1 - y0)
    } else {
        1.0
    };
    [sx, 0.0, 0.0, sy, rect[0] - x0 * sx, rect[1] - y0 * sy]
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    /// A one-page-per-content document with Helvetica as /F1.
    fn build(pages: &[&[u8]], extra_resources: Dictionary) -> (Document, Vec<ObjectId>) {
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        });
        let mut resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        for (k, v) in extra_resources.iter() {
            resources.set(k.clone(), v.clone());
        }
        let mut ids = Vec::new();
        for content in pages {
            let c = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
            ids.push(doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => c,
                "Resources" => resources.clone(),
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }));
        }
        let kids: Vec<Object> = ids.iter().map(|&id| id.into()).collect();
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        (doc, ids)
    }

    fn texts(doc: &Document) -> Vec<String> {
        extract_pages(doc, &Limits::default())
            .map(|pages| pages.into_iter().map(|p| p.text).collect())
            .unwrap_or_default()
    }

    #[test]
    fn positioned_words_and_lines() {
        let (doc, ids) = build(
            &[b"BT /F1 12 Tf 72 700 Td (Naam:) Tj 40 0 Td (Zo\xEB Jansen) Tj 0 -14 Td [(Re) 30 (gel) -250 (twee)] TJ ET"],
            Dictionary::new(),
        );
        assert_eq!(texts(&doc), vec!["Naam: Zoë Jansen\nRegel twee"]);
        let page = extract_page(&doc, ids[0], &Limits::default()).unwrap_or_default();
        let first = page.glyph_runs.first().cloned();
        assert_eq!(
            first
                .as_ref()
                .map(|g| (g.text.as_str(), g.x, g.y, g.font_size)),
            Some(("N", 72.0, 700.0, 12.0))
        );
        // Helvetica "N" is 722/1000 em wide.
        assert!(first.is_some_and(|g| (g.width - 8.664).abs() < 1e-3));
    }

    #[test]
    fn ligatures_from_differences_are_expanded() {
        let mut doc = Document::with_version("1.7");
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman",
            "Encoding" => dictionary! {
                "BaseEncoding" => "WinAnsiEncoding",
                "Differences" => vec![1.into(), "fi".into(), "ffi".into()],
            },
        });
        let (mut doc2, _) = build(
            &[b"BT /F2 11 Tf 50 600 Td (o\x02ci\xEBle \x01nanci\xEBle) Tj ET"],
            Dictionary::new(),
        );
        // Move the font into the second document and register it as /F2.
        let obj = doc.objects.remove(&font).unwrap_or(Object::Null);
        let fid = doc2.add_object(obj);
        for (_, o) in doc2.objects.iter_mut() {
            if let Ok(d) = o.as_dict_mut() {
                if let Ok(Object::Dictionary(res)) = d.get_mut(b"Resources") {
                    if let Ok(Object::Dictionary(fonts)) = res.get_mut(b"Font") {
                        fonts.set("F2", fid);
                    }
                }
            }
        }
        assert_eq!(texts(&doc2), vec!["officiële financiële"]);
    }

    #[test]
    fn actual_text_replaces_glyphs() {
        let (doc, _) = build(
            &[b"BT /F1 12 Tf 72 700 Td (de ) Tj /Span <</ActualText (fi)>> BDC (X) Tj EMC (ets) Tj ET"],
            Dictionary::new(),
        );
        assert_eq!(texts(&doc), vec!["de fiets"]);
    }

    #[test]
    fn form_xobjects_with_matrix_and_cycles() {
        let mut res = Dictionary::new();
        let mut doc = Document::with_version("1.7");
        let form_id = doc.new_object_id();
        res.set("XObject", dictionary! { "X1" => form_id });
        let (mut doc, ids) = build(&[b"q /X1 Do Q"], res.clone());
        let font = doc
            .get_dictionary(ids[0])
            .ok()
            .and_then(|p| p.get(b"Resources").ok())
            .and_then(|r| r.as_dict().ok())
            .and_then(|r| r.get(b"Font").ok())
            .cloned()
            .unwrap_or(Object::Null);
        // The form draws text and then itself again: a cycle.
        let form = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 500.into(), 500.into()],
                "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 100.into(), 0.into()],
                "Resources" => dictionary! { "Font" => font, "XObject" => dictionary! { "X1" => form_id } },
            },
            b"BT /F1 10 Tf 0 500 Td (binnen) Tj ET /X1 Do".to_vec(),
        );
        doc.objects.insert(form_id, Object::Stream(form));
        let page = extract_page(&doc, ids[0], &Limits::default()).unwrap_or_default();
        assert_eq!(page.text, "binnen");
        assert_eq!(
            page.glyph_runs.first().map(|g| (g.x, g.y)),
            Some((100.0, 500.0))
        );
    }

    #[test]
    fn images_and_paths_are_located() {
        let mut res = Dictionary::new();
        let mut doc = Document::with_version("1.7");
        let img = doc.new_object_id();
        res.set("XObject", dictionary! { "Im1" => img });
        let (mut doc, _) = build(
            &[b"q 50 0 0 20 10 10 cm /Im1 Do Q 300 300 m 310 320 l 320 300 l S q 2 0 0 2 5 5 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \xffEI Q 0 0 m 1 1 l n"],
            res,
        );
        let image = Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
            vec![0],
        );
        doc.objects.insert(img, Object::Stream(image));
        let page = extract_pages(&doc, &Limits::default())
            .unwrap_or_default()
            .pop()
            .unwrap_or_default();
        assert_eq!(
            page.images,
            vec![
                ImagePlacement {
                    x: 10.0,
                    y: 10.0,
                    width: 50.0,
                    height: 20.0
                },
                ImagePlacement {
                    x: 5.0,
                    y: 5.0,
                    width: 2.0,
                    height: 2.0
                },
            ]
        );
        // The clipping-only path (`n`) is not reported.
        assert_eq!(
            page.paths,
            vec![PathBox {
                x: 300.0,
                y: 300.0,
                width: 20.0,
                height: 20.0,
                segments: 2
            }]
        );
    }

    #[test]
    fn limits_abort_extraction() {
        let ops = b"q Q ".repeat(100);
        let (doc, _) = build(&[&ops], Dictionary::new());
        let tight = Limits {
            max_ops_per_page: 50,
            ..Limits::default()
        };
        assert!(matches!(
            extract_pages(&doc, &tight),
            Err(PdfTextError::TooManyOperations { limit: 50 })
        ));
        let past = Limits {
            deadline: Instant::now().checked_sub(std::time::Duration::from_secs(1)),
            ..Limits::default()
        };
        if past.deadline.is_some() {
            assert!(matches!(
                extract_pages(&doc, &past),
                Err(PdfTextError::DeadlineExceeded)
            ));
        }
    }

    #[test]
    fn broken_input_degrades() {
        // Unknown font, stray delimiters, undecodable bytes: keep going.
        let (doc, ids) = build(
            &[b"BT /F9 12 Tf 10 500 Td (Hi) Tj ))) ] >> /F1 12 Tf 0 -20 Td <00ff> Tj (daar) Tj ET", b""],
            Dictionary::new(),
        );
        let t = texts(&doc);
        assert_eq!(t.len(), 2);
        assert!(t
            .first()
            .is_some_and(|p| p.starts_with("Hi") && p.contains("daar")));
        assert_eq!(t.get(1).map(String::as_str), Some(""));
        // Not a page.
        let font_id = doc
            .objects
            .iter()
            .find(|(_, o)| o.as_dict().is_ok_and(|d| d.has(b"BaseFont")))
            .map(|(id, _)| *id)
            .unwrap_or((0, 0));
        assert!(matches!(
            extract_page(&doc, font_id, &Limits::default()),
            Err(PdfTextError::NotAPage(_))
        ));
        assert!(extract_page(&doc, ids[1], &Limits::default()).is_ok());
        // No catalog at all.
        let empty = Document::with_version("1.7");
        assert!(matches!(
            extract_pages(&empty, &Limits::default()),
            Err(PdfTextError::BrokenPageTree(_))
        ));
    }

    #[test]
    fn page_tree_cycles_terminate() {
        let (mut doc, ids) = build(&[b"BT /F1 12 Tf 10 10 Td (een) Tj ET"], Dictionary::new());
        let pages_id = doc
            .get_dictionary(ids[0])
            .ok()
            .and_then(|p| p.get(b"Parent").ok())
            .and_then(|p| p.as_reference().ok())
            .unwrap_or((0, 0));
        if let Ok(pages) = doc.get_dictionary_mut(pages_id) {
            pages.set("Kids", vec![ids[0].into(), pages_id.into(), ids[0].into()]);
        }
        if let Ok(page) = doc.get_dictionary_mut(ids[0]) {
            page.set("Parent", ids[0]);
        }
        assert_eq!(texts(&doc), vec!["een"]);
        assert!(extract_page(&doc, ids[0], &Limits::default()).is_ok());
    }

    #[test]
    fn annotation_appearances_and_field_values() {
        let (mut doc, ids) = build(
            &[b"BT /F1 12 Tf 72 700 Td (Handtekening:) Tj ET"],
            Dictionary::new(),
        );
        let font = doc
            .objects
            .iter()
            .find(|(_, o)| o.as_dict().is_ok_and(|d| d.has(b"BaseFont")))
            .map(|(id, _)| *id)
            .unwrap_or((0, 0));
        let ap = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 100.into(), 20.into()],
                "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            },
            b"BT /F1 10 Tf 2 5 Td (Z. Jansen) Tj ET".to_vec(),
        ));
        let signed = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx",
            "Rect" => vec![200.into(), 695.into(), 300.into(), 715.into()],
            "AP" => dictionary! { "N" => ap },
        });
        let bare = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx",
            "Rect" => vec![72.into(), 600.into(), 272.into(), 620.into()],
            "V" => Object::string_literal("Utrecht"),
        });
        let hidden = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx", "F" => 2,
            "Rect" => vec![72.into(), 500.into(), 272.into(), 520.into()],
            "V" => Object::string_literal("verborgen"),
        });
        if let Ok(page) = doc.get_dictionary_mut(ids[0]) {
            page.set("Annots", vec![signed.into(), bare.into(), hidden.into()]);
        }
        let page = extract_page(&doc, ids[0], &Limits::default()).unwrap_or_default();
        assert_eq!(page.text, "Handtekening: Z. Jansen\nUtrecht");
        let z = page.glyph_runs.iter().find(|g| g.text == "Z");
        assert_eq!(z.map(|g| (g.x, g.y)), Some((202.0, 700.0)));
    }
}
