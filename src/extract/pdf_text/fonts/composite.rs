//! Composite (Type0) fonts: how their codes become CIDs and text — the
//! Identity and UCS-2 CMaps, or an embedded CMap — and where their
//! descendant CIDFont is.
//!
//! Separate from simple fonts because nothing is shared but the result: a
//! composite font has multi-byte codes, no glyph names, and widths by CID.

use std::cell::RefCell;

use lopdf::{Dictionary, Document, Object};

use super::widths::CidWidths;
use super::{Font, Kind, MAX_FONT_STREAM};
use crate::extract::pdf_text::cmap::CMap;
use crate::extract::pdf_text::objects::{dict_get, resolve, stream_bytes};

/// How a composite font turns codes into CIDs and (without ToUnicode) text.
#[derive(Debug)]
pub(super) enum CidEncoding {
    /// Identity-H / Identity-V: two-byte codes, CID = code.
    Identity,
    /// Predefined Unicode CMaps (Uni…-UCS2-H, Uni…-UTF16-H): code = UTF-16.
    Ucs2,
    /// An embedded CMap stream.
    Embedded(Box<CMap>),
}

/// The descendant CIDFont of a composite font (the first of
/// `/DescendantFonts`, or the entry itself when it is not an array).
pub(super) fn descendant_font<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
) -> Option<&'a Dictionary> {
    dict_get(doc, dict, b"DescendantFonts")
        .and_then(|o| match o {
            Object::Array(a) => a.first().and_then(|f| resolve(doc, f)),
            other => Some(other),
        })
        .and_then(|o| o.as_dict().ok())
}

impl Font {
    /// A Type0 font: its CMap (predefined or embedded) and the widths of
    /// its descendant CIDFont.
    pub(super) fn load_composite(
        doc: &Document,
        dict: &Dictionary,
        to_unicode: Option<CMap>,
    ) -> Font {
        let (encoding, vertical) = match dict_get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                let vertical = n.ends_with(b"-V");
                let name = String::from_utf8_lossy(n);
                if name.starts_with("Uni") && (name.contains("UCS2") || name.contains("UTF16")) {
                    (CidEncoding::Ucs2, vertical)
                } else {
                    (CidEncoding::Identity, vertical)
                }
            }
            Some(obj @ Object::Stream(_)) => match stream_bytes(doc, obj, MAX_FONT_STREAM) {
                Some(data) => {
                    let cmap = CMap::parse(&data);
                    let vertical = cmap.vertical;
                    if cmap.codespaces.is_empty()
                        && cmap
                            .use_cmap
                            .as_deref()
                            .is_some_and(|n| n.starts_with(b"Identity"))
                    {
                        (CidEncoding::Identity, vertical)
                    } else {
                        (CidEncoding::Embedded(Box::new(cmap)), vertical)
                    }
                }
                None => (CidEncoding::Identity, false),
            },
            _ => (CidEncoding::Identity, false),
        };
        let widths = CidWidths::load(doc, descendant_font(doc, dict));
        Font {
            kind: Kind::Composite { encoding, widths },
            to_unicode,
            vertical,
            size_factor: 1.0,
            bold: false,
            memo: RefCell::default(),
        }
    }
}
