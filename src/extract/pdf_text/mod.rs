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
//! Submodules, in the order a page passes through them: `page_tree` (which
//! objects are pages, what they inherit), `lexer` (content-stream tokens),
//! `content` (operator interpreter), `annotations` (form fields and
//! stamps), `fonts`, `cmap`, `cff`, `encoding`, `metrics` (character
//! decoding), `layout` (words, lines, reading order); `objects` and
//! `matrix` serve them all.

mod annotations;
mod cff;
mod cmap;
mod content;
mod encoding;
mod fonts;
mod layout;
mod lexer;
mod matrix;
mod metrics;
mod objects;
mod page_tree;
#[cfg(test)]
mod test_doc;

use std::time::Instant;

use lopdf::{Dictionary, Document, Object, ObjectId};
use unicode_normalization::UnicodeNormalization;

use content::Interpreter;
use fonts::FontCache;
use matrix::IDENTITY;
use objects::{dict_get, resolve};
use page_tree::{collect_pages, inherited_for, Inherited};

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
        annotations::draw_annotations(&mut interp, doc, page, inh.resources, need_appearances)?;
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
    let lines = layout::positioned_lines(&fragments, &crop);
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

#[cfg(test)]
mod tests {
    use super::test_doc::{build, font_id, texts};
    use super::*;
    use lopdf::{dictionary, Stream};

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
        assert!(matches!(
            extract_page(&doc, font_id(&doc), &Limits::default()),
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
}
