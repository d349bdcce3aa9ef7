//! PDF: text per page, form fields and signatures, on lopdf's object model.
//!
//! Encrypted files that open with the empty user password are read (lopdf
//! tries it); any other password makes the file `encrypted`.

use super::pdf_text::{self, Limits as TextLimits, PageText, PdfTextError};
use super::{Content, FileLimits, FormField};
use crate::model::SignatureKind;
use crate::model::Unreadable;
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};
use std::collections::HashSet;

/// A stream may inflate to this much at most (decompression bombs).
const MAX_DECOMPRESSED: usize = 64 * 1024 * 1024;
/// Form fields visited at most (a `/Kids` tree may be huge or cyclic).
const MAX_FIELDS: usize = 5_000;
/// Objects a PDF may hold at most. lopdf keeps every object in memory, a
/// small page dictionary at about 2.5 KB, so a 100,000-page file of 9 MB
/// costs 250 MB for each copy loaded. The largest file of the wild corpus
/// (a 300-page printer manual) holds 33,234 objects; a dossier's documents
/// hold hundreds.
const MAX_OBJECTS: usize = 60_000;

/// Loads a PDF with its size bounds: streams inflate to
/// [`MAX_DECOMPRESSED`] at most, and a file that declares more than
/// [`MAX_OBJECTS`] objects is `too-large` before lopdf allocates them. The
/// one way into lopdf for every reader of PDFs (text, OCR, pictures).
pub fn load(bytes: &[u8]) -> Result<Document, Unreadable> {
    let over = |count: usize| {
        Unreadable::OverBudget(format!(
            "the PDF holds {count} objects, more than {MAX_OBJECTS}"
        ))
    };
    let headers = object_headers(bytes);
    if headers > MAX_OBJECTS {
        return Err(over(headers));
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_DECOMPRESSED),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(bytes, options).map_err(|e| load_error(bytes, &e))?;
    // Objects packed in object streams have no header of their own.
    if doc.objects.len() > MAX_OBJECTS {
        return Err(over(doc.objects.len()));
    }
    Ok(doc)
}

/// How many `N G obj` headers the bytes hold: a digit, white space, `obj`.
/// A cheap upper bound on what lopdf will allocate for uncompressed objects.
fn object_headers(bytes: &[u8]) -> usize {
    static HEADER: std::sync::LazyLock<regex::bytes::Regex> = std::sync::LazyLock::new(|| {
        crate::text::pattern::constant_bytes_regex(r"[0-9][ \t\r\n\x0C\x00]+obj")
    });
    HEADER.find_iter(bytes).count()
}

pub fn parse(bytes: &[u8], limits: &FileLimits) -> Result<Content, Unreadable> {
    let doc = load(bytes)?;
    if doc.is_encrypted() {
        return Err(Unreadable::Encrypted);
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(if has_eof_marker(bytes) {
            Unreadable::Corrupt("no pages found".into())
        } else {
            Unreadable::Truncated("no pages found and no %%EOF marker".into())
        });
    }
    let page_ids: Vec<ObjectId> = pages.values().copied().take(limits.max_pages).collect();
    if !page_ids.is_empty() && page_ids.iter().all(|&id| has_broken_content(&doc, id)) {
        return Err(Unreadable::Corrupt(
            "the page contents cannot be decompressed".into(),
        ));
    }
    let layer = text_layer(&doc, limits)?;
    let texts: Vec<String> = layer.iter().map(|p| p.text.clone()).collect();
    let lines = layer
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.lines.iter().cloned().map(move |mut l| {
                l.page = i as u32 + 1;
                l
            })
        })
        .collect();
    let fields = form_fields(&doc, &page_ids);
    let signature = match signature_kind(&fields) {
        SignatureKind::None if super::signature::visual_signature_page(&layer).is_some() => {
            SignatureKind::Visual
        }
        kind => kind,
    };
    Ok(Content {
        pages: texts,
        lines,
        form_fields: fields.into_iter().map(|f| f.field).collect(),
        signature,
        producer: producer(&doc),
        ..Content::default()
    })
}

/// The text layer of every page with glyph, image and path positions, on
/// hercert's own text extraction (`pdf_text`). The deadline is the file's.
fn text_layer(doc: &Document, limits: &FileLimits) -> Result<Vec<PageText>, Unreadable> {
    let text_limits = TextLimits {
        deadline: Some(std::time::Instant::now() + limits.timeout),
        max_pages: limits.max_pages,
        ..TextLimits::default()
    };
    let pages = match pdf_text::extract_pages(doc, &text_limits) {
        Ok(pages) => pages,
        Err(PdfTextError::DeadlineExceeded) => {
            return Err(Unreadable::Timeout(limits.timeout.as_secs()))
        }
        Err(PdfTextError::Encrypted) => return Err(Unreadable::Encrypted),
        Err(PdfTextError::BrokenPageTree(why)) => {
            return Err(Unreadable::Corrupt(format!("page tree: {why}")))
        }
        // One page too heavy to read: read the others one by one.
        Err(_) => doc
            .get_pages()
            .values()
            .take(limits.max_pages)
            .map(|&id| {
                pdf_text::extract_page(doc, id, &text_limits).unwrap_or_else(|_| empty_page())
            })
            .collect(),
    };
    Ok(pages.into_iter().take(limits.max_pages).collect())
}

fn empty_page() -> PageText {
    PageText {
        text: String::new(),
        glyph_runs: Vec::new(),
        images: Vec::new(),
        paths: Vec::new(),
        lines: Vec::new(),
    }
}

/// A page whose content streams fail to decompress: damaged bytes in the
/// middle of a file that otherwise loads. lopdf keeps what it could inflate
/// and goes on, so a Flate stream is checked here with flate2 itself.
fn has_broken_content(doc: &Document, page_id: ObjectId) -> bool {
    doc.get_page_contents(page_id).iter().any(|&id| {
        // A content reference to an object that is gone or not a stream.
        let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else {
            return true;
        };
        let flate = stream
            .dict
            .get(b"Filter")
            .ok()
            .is_some_and(|f| f.as_name().ok() == Some(b"FlateDecode".as_slice()));
        if !flate {
            return stream
                .get_plain_content_with_limit(MAX_DECOMPRESSED)
                .is_err();
        }
        let mut sink = std::io::sink();
        let mut decoder = std::io::Read::take(
            flate2::read::ZlibDecoder::new(stream.content.as_slice()),
            MAX_DECOMPRESSED as u64,
        );
        std::io::copy(&mut decoder, &mut sink).is_err()
    })
}

/// Truncated files lose their trailer and `%%EOF`; tell them from other
/// damage so the assessor knows to ask for a complete upload.
fn load_error(bytes: &[u8], error: &lopdf::Error) -> Unreadable {
    if !has_eof_marker(bytes) {
        Unreadable::Truncated(format!("PDF ends without %%EOF ({error})"))
    } else {
        Unreadable::Corrupt(format!("PDF structure unreadable ({error})"))
    }
}

fn has_eof_marker(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    super::sniff::find(tail, b"%%EOF").is_some()
}

fn producer(doc: &Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let (_, info) = doc.dereference(info).ok()?;
    let producer = info.as_dict().ok()?.get(b"Producer").ok()?;
    lopdf::decode_text_string(producer)
        .ok()
        .filter(|s| !s.is_empty())
}

/// A form field with what signature detection needs to know of it.
struct FieldInfo {
    field: FormField,
    field_type: Vec<u8>,
    /// For `/FT /Sig`: the value dictionary has `/ByteRange` and `/Contents`.
    signed: bool,
}

/// Walks `/AcroForm /Fields` and their `/Kids`, inheriting `/FT` and
/// building full names (`parent.child`).
fn form_fields(doc: &Document, page_ids: &[ObjectId]) -> Vec<FieldInfo> {
    let mut out = Vec::new();
    let Ok(catalog) = doc.catalog() else {
        return out;
    };
    let Some(acroform) = catalog
        .get(b"AcroForm")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
    else {
        return out;
    };
    let Some(fields) = acroform
        .get(b"Fields")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_array().ok())
    else {
        return out;
    };
    let mut seen = HashSet::new();
    let mut stack: Vec<(&Object, String, Vec<u8>)> = fields
        .iter()
        .rev()
        .map(|f| (f, String::new(), Vec::new()))
        .collect();
    while let Some((object, parent_name, parent_type)) = stack.pop() {
        if out.len() >= MAX_FIELDS || seen.len() > MAX_FIELDS * 4 {
            break;
        }
        if let Object::Reference(id) = object {
            if !seen.insert(*id) {
                continue;
            }
        }
        let Ok((_, resolved)) = doc.dereference(object) else {
            continue;
        };
        let Ok(dict) = resolved.as_dict() else {
            continue;
        };
        let partial = dict
            .get(b"T")
            .ok()
            .and_then(|t| lopdf::decode_text_string(t).ok())
            .unwrap_or_default();
        let name = match (parent_name.is_empty(), partial.is_empty()) {
            (true, _) => partial.clone(),
            (false, true) => parent_name.clone(),
            (false, false) => format!("{parent_name}.{partial}"),
        };
        let field_type = dict
            .get(b"FT")
            .and_then(Object::as_name)
            .map(<[u8]>::to_vec)
            .unwrap_or(parent_type);
        if let Ok(kids) = dict
            .get(b"Kids")
            .and_then(|k| doc.dereference(k))
            .and_then(|(_, k)| k.as_array())
        {
            for kid in kids.iter().rev() {
                stack.push((kid, name.clone(), field_type.clone()));
            }
        }
        let Ok(value) = dict.get(b"V") else {
            continue;
        };
        let (signed, text) = field_value(doc, value);
        if text.is_empty() && !signed {
            continue;
        }
        out.push(FieldInfo {
            field: FormField {
                name,
                value: text,
                page: widget_page(doc, dict, page_ids),
            },
            field_type,
            signed,
        });
    }
    out
}

/// The value of a field as text; for a signature value dictionary, whether
/// it holds a signature and the signer's name when given.
fn field_value(doc: &Document, value: &Object) -> (bool, String) {
    let Ok((_, value)) = doc.dereference(value) else {
        return (false, String::new());
    };
    match value {
        Object::String(..) => (
            false,
            lopdf::decode_text_string(value)
                .unwrap_or_default()
                .trim()
                .to_string(),
        ),
        Object::Name(n) => {
            let n = String::from_utf8_lossy(n).into_owned();
            (false, if n == "Off" { String::new() } else { n })
        }
        Object::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(|i| lopdf::decode_text_string(i).ok())
                .collect();
            (false, parts.join(", "))
        }
        Object::Dictionary(d) => (is_signature_value(d), signer_name(d)),
        _ => (false, String::new()),
    }
}

fn is_signature_value(d: &Dictionary) -> bool {
    d.has(b"ByteRange") && d.has(b"Contents")
}

fn signer_name(d: &Dictionary) -> String {
    d.get(b"Name")
        .ok()
        .and_then(|n| lopdf::decode_text_string(n).ok())
        .unwrap_or_default()
}

/// The page of a field's widget: `/P`, or the page whose `/Annots` holds it.
fn widget_page(doc: &Document, dict: &Dictionary, page_ids: &[ObjectId]) -> Option<u32> {
    let page = dict.get(b"P").and_then(Object::as_reference).ok()?;
    let _ = doc;
    page_ids
        .iter()
        .position(|&p| p == page)
        .map(|i| i as u32 + 1)
}

/// SPEC §5 as far as form data goes: a digital signature, or a filled
/// signature field. Visual signatures need the page's drawing.
fn signature_kind(fields: &[FieldInfo]) -> SignatureKind {
    if fields.iter().any(|f| f.field_type == b"Sig" && f.signed) {
        return SignatureKind::Digital;
    }
    let is_signature_field = |f: &FieldInfo| {
        let name = f.field.name.to_lowercase();
        f.field_type == b"Sig"
            || name.contains("handtekening")
            || name.contains("signature")
            || name.contains("ondertekening")
    };
    let has_letters =
        |f: &FieldInfo| f.field.value.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if fields
        .iter()
        .any(|f| is_signature_field(f) && has_letters(f))
    {
        return SignatureKind::Form;
    }
    SignatureKind::None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_after_the_header_is_corrupt_or_truncated() {
        let err = parse(b"%PDF-1.4\n1 0 obj <<", &FileLimits::default()).err();
        assert!(matches!(err, Some(Unreadable::Truncated(_))), "{err:?}");
    }

    #[test]
    fn object_headers_are_counted_with_any_white_space_but_not_endobj() {
        assert_eq!(
            object_headers(b"1 0 obj << >> endobj\n2 0\r\nobj [] endobj"),
            2
        );
        assert_eq!(object_headers(b"endobj obj xobj 0obj"), 0);
    }

    #[test]
    fn a_pdf_of_more_objects_than_the_bound_is_too_large_before_loading() {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        for i in 0..=MAX_OBJECTS {
            pdf.extend_from_slice(format!("{} 0 obj null endobj\n", i + 1).as_bytes());
        }
        let err = load(&pdf).err();
        assert!(matches!(err, Some(Unreadable::OverBudget(_))), "{err:?}");
        assert_eq!(err.map(|e| e.keyword()), Some("too-large"));
    }
}
