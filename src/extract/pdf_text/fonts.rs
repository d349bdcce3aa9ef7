//! Font dictionaries → character decoding: splitting shown strings into
//! character codes, and for each code its Unicode text and advance width.
//!
//! Handles simple fonts (Type1, MMType1, TrueType, Type3) with base
//! encodings, `/Differences`, built-in Type1 encodings, `/Widths` and
//! standard-14 metrics, and composite Type0 fonts (Identity-H/V, UCS-2
//! CMaps, embedded CMaps) with CID `/W` and `/DW`. A `/ToUnicode` CMap
//! always takes precedence. Anything broken degrades to a usable default.
//!
//! Loading is split by what drives it: `simple` (glyph names to text),
//! `composite` (CMaps and CIDs) and `widths` (advance widths of both);
//! this module holds the loaded [`Font`], its decoding of shown strings,
//! and the per-document [`FontCache`].

mod composite;
mod simple;
mod widths;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::cmap::{split_codes, CMap};
use super::encoding::{expand_ligature, glyph_name_to_unicode, BaseEncoding};
use super::metrics::Std14;
use super::objects::{dict_get, number_at, resolve, stream_bytes};
use composite::{descendant_font, CidEncoding};
use widths::CidWidths;

/// Largest decoded size accepted for a font-related stream (CMaps, font
/// programs read for their built-in encoding).
const MAX_FONT_STREAM: usize = 8 << 20;

/// Most composite-font codes whose text is memoised per font.
const MAX_MEMO: usize = 1 << 16;

#[derive(Debug)]
enum Kind {
    Simple {
        /// Text for each code (encoding/ToUnicode merged), ligatures expanded.
        text: Vec<Option<Rc<str>>>,
        /// Advance width of each code in text-space units (1/1000 applied).
        widths: Vec<f64>,
    },
    Composite {
        encoding: CidEncoding,
        widths: CidWidths,
    },
}

/// One decoded character of a shown string.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DecodedChar {
    /// Unicode text; empty when the code has no known mapping.
    pub(crate) text: Rc<str>,
    /// Advance width in text-space units (before font size and Tc/Tw).
    pub(crate) width: f64,
    /// A one-byte code 32, which also receives the word spacing `Tw`.
    pub(crate) is_space_code: bool,
}

/// A loaded font, ready to decode strings.
#[derive(Debug)]
pub(crate) struct Font {
    kind: Kind,
    to_unicode: Option<CMap>,
    /// Writing mode 1 (vertical).
    pub(crate) vertical: bool,
    /// Multiplier applied to the font size for layout (Type3 heuristic).
    pub(crate) size_factor: f64,
    /// A bold face, by name, weight or the ForceBold flag.
    pub(crate) bold: bool,
    /// Decoded text of composite-font codes seen so far.
    memo: RefCell<HashMap<u32, Rc<str>>>,
}

fn with_ligatures_expanded(s: String) -> String {
    if s.chars().any(|c| expand_ligature(c).is_some()) {
        let mut out = String::with_capacity(s.len() + 2);
        for c in s.chars() {
            match expand_ligature(c) {
                Some(l) => out.push_str(l),
                None => out.push(c),
            }
        }
        out
    } else {
        s
    }
}

/// Whether a font dictionary describes a bold face: its name says so
/// (`Arial-BoldMT`, `Calibri Bold`, `…-Black`), its descriptor weighs 600 or
/// more, or it sets the ForceBold flag. A composite font's descriptor sits
/// on its descendant.
fn is_bold(doc: &Document, dict: &Dictionary) -> bool {
    let descriptor = descendant_font(doc, dict)
        .and_then(|d| dict_get(doc, d, b"FontDescriptor"))
        .or_else(|| dict_get(doc, dict, b"FontDescriptor"))
        .and_then(|o| o.as_dict().ok());
    let name = dict_get(doc, dict, b"BaseFont")
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).to_lowercase())
        .unwrap_or_default();
    let by_name = ["bold", "black", "heavy", "semibold", "demi"]
        .iter()
        .any(|w| name.contains(w));
    let by_weight = descriptor
        .and_then(|d| number_at(doc, d, b"FontWeight"))
        .is_some_and(|w| w >= 600.0);
    let by_flag = descriptor
        .and_then(|d| number_at(doc, d, b"Flags"))
        .is_some_and(|f| (f as i64) & (1 << 18) != 0);
    by_name || by_weight || by_flag
}

impl Font {
    /// A fallback font: WinAnsi text, Helvetica widths.
    pub(crate) fn fallback() -> Font {
        let names = BaseEncoding::WinAnsi.names();
        let mut text = Vec::with_capacity(256);
        let mut widths = Vec::with_capacity(256);
        for name in names.iter() {
            text.push(
                name.and_then(glyph_name_to_unicode)
                    .map(|t| Rc::from(with_ligatures_expanded(t))),
            );
            widths.push(
                f64::from(
                    name.and_then(|n| Std14::Helvetica.width(n))
                        .unwrap_or(556.0),
                ) / 1000.0,
            );
        }
        Font {
            kind: Kind::Simple { text, widths },
            to_unicode: None,
            vertical: false,
            size_factor: 1.0,
            bold: false,
            memo: RefCell::default(),
        }
    }

    /// Load a font from its dictionary. Never fails: unusable parts fall
    /// back to defaults.
    pub(crate) fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = dict_get(doc, dict, b"Subtype").and_then(|o| o.as_name().ok());
        let to_unicode = match dict_get(doc, dict, b"ToUnicode") {
            Some(Object::Name(n)) if n.starts_with(b"Identity") => Some(CMap::identity()),
            Some(obj) => stream_bytes(doc, obj, MAX_FONT_STREAM)
                .map(|data| CMap::parse(&data))
                .filter(CMap::has_unicode),
            None => None,
        };
        let mut font = if subtype == Some(b"Type0") {
            Self::load_composite(doc, dict, to_unicode)
        } else {
            Self::load_simple(doc, dict, subtype.unwrap_or(b"Type1"), to_unicode)
        };
        font.bold = is_bold(doc, dict);
        font
    }

    /// Text of a composite-font code, memoised per font.
    fn composite_text(&self, code: u32) -> Rc<str> {
        if let Some(t) = self.memo.borrow().get(&code) {
            return t.clone();
        }
        let mut text = self
            .to_unicode
            .as_ref()
            .and_then(|tu| tu.lookup(code))
            .filter(|s| !s.starts_with('\0'));
        if text.is_none() {
            // No usable ToUnicode: like poppler, take the code as the
            // Unicode value (right for UCS-2 CMaps and for many producers
            // that keep Unicode codes).
            text = char::from_u32(code)
                .filter(|c| !c.is_control())
                .map(|c| c.to_string());
        }
        let text: Rc<str> = Rc::from(text.map(with_ligatures_expanded).unwrap_or_default());
        let mut memo = self.memo.borrow_mut();
        if memo.len() < MAX_MEMO {
            memo.insert(code, text.clone());
        }
        text
    }

    /// Decode a shown string into (at most `max`) characters.
    pub(crate) fn decode(&self, bytes: &[u8], max: usize, out: &mut Vec<DecodedChar>) {
        out.clear();
        match &self.kind {
            Kind::Simple { text, widths } => {
                for &b in bytes.iter().take(max) {
                    let i = usize::from(b);
                    out.push(DecodedChar {
                        text: text
                            .get(i)
                            .cloned()
                            .flatten()
                            .unwrap_or_else(|| Rc::from("")),
                        width: widths.get(i).copied().unwrap_or(0.0),
                        is_space_code: b == b' ',
                    });
                }
            }
            Kind::Composite { encoding, widths } => {
                let cmap = match encoding {
                    CidEncoding::Embedded(c) => Some(c.as_ref()),
                    _ => None,
                };
                // Codes are at most four bytes long.
                let bytes = bytes.get(..max.saturating_mul(4)).unwrap_or(bytes);
                for (code, len) in split_codes(cmap, bytes, 2).into_iter().take(max) {
                    let cid = match encoding {
                        CidEncoding::Embedded(c) => c.cid(code).unwrap_or(0),
                        _ => code,
                    };
                    let text = self.composite_text(code);
                    out.push(DecodedChar {
                        text,
                        width: widths.get(cid),
                        is_space_code: len == 1 && code == 32,
                    });
                }
            }
        }
    }
}

/// Per-document cache of loaded fonts.
#[derive(Default)]
pub(crate) struct FontCache {
    by_id: HashMap<ObjectId, Rc<Font>>,
    by_addr: HashMap<usize, Rc<Font>>,
    fallback: Option<Rc<Font>>,
}

impl FontCache {
    /// The font for a `/Font` resource entry (reference or direct dictionary).
    pub(crate) fn get(&mut self, doc: &Document, entry: &Object) -> Rc<Font> {
        match entry {
            Object::Reference(id) => {
                if let Some(f) = self.by_id.get(id) {
                    return f.clone();
                }
                let font = match resolve(doc, entry).and_then(|o| o.as_dict().ok()) {
                    Some(d) => Rc::new(Font::load(doc, d)),
                    None => self.fallback(),
                };
                self.by_id.insert(*id, font.clone());
                font
            }
            Object::Dictionary(d) => {
                let addr = d as *const Dictionary as usize;
                if let Some(f) = self.by_addr.get(&addr) {
                    return f.clone();
                }
                let font = Rc::new(Font::load(doc, d));
                self.by_addr.insert(addr, font.clone());
                font
            }
            _ => self.fallback(),
        }
    }

    /// The shared fallback font.
    pub(crate) fn fallback(&mut self) -> Rc<Font> {
        self.fallback
            .get_or_insert_with(|| Rc::new(Font::fallback()))
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    fn decode(font: &Font, bytes: &[u8]) -> (String, Vec<f64>) {
        let mut out = Vec::new();
        font.decode(bytes, usize::MAX, &mut out);
        (
            out.iter().map(|c| c.text.as_ref()).collect(),
            out.iter().map(|c| c.width).collect(),
        )
    }

    #[test]
    fn standard_font_with_differences() {
        let doc = Document::with_version("1.5");
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => dictionary! {
                "BaseEncoding" => "WinAnsiEncoding",
                "Differences" => vec![Object::Integer(1), "fi".into(), "edieresis".into(), "uni20AC".into()],
            },
        };
        let f = Font::load(&doc, &font);
        let (text, widths) = decode(&f, b"\x01 n\x02\xEBA\x03");
        assert_eq!(text, "fi nëëA€");
        assert_eq!(widths.first().copied(), Some(0.5));
        assert_eq!(widths.get(1).copied(), Some(0.278));
    }

    #[test]
    fn widths_and_firstchar() {
        let doc = Document::with_version("1.5");
        let font = dictionary! {
            "Subtype" => "TrueType", "BaseFont" => "ABCDEF+Calibri",
            "Encoding" => "WinAnsiEncoding", "FirstChar" => 65,
            "Widths" => vec![Object::Integer(600), Object::Integer(700)],
        };
        let f = Font::load(&doc, &font);
        let (text, widths) = decode(&f, b"ABC");
        assert_eq!(text, "ABC");
        assert_eq!(widths, vec![0.6, 0.7, 0.0]);
    }

    #[test]
    fn type0_identity_with_tounicode_and_w() {
        let mut doc = Document::with_version("1.5");
        let cmap = b"begincodespacerange <0000> <FFFF> endcodespacerange
            beginbfchar <0003> <0020> <0011> <FB01> endbfchar
            beginbfrange <0044> <0046> <0061> endbfrange";
        let tu = doc.add_object(Stream::new(dictionary! {}, cmap.to_vec()));
        let cid_font = dictionary! {
            "Subtype" => "CIDFontType2", "DW" => 500,
            "W" => vec![Object::Integer(3), Object::Array(vec![Object::Integer(250)]),
                        Object::Integer(68), Object::Integer(70), Object::Integer(450)],
        };
        let font = dictionary! {
            "Subtype" => "Type0", "Encoding" => "Identity-H",
            "DescendantFonts" => vec![Object::Dictionary(cid_font)],
            "ToUnicode" => tu,
        };
        let f = Font::load(&doc, &font);
        let (text, widths) = decode(&f, &[0, 0x44, 0, 0x11, 0, 3, 0, 0x46, 0, 0x99]);
        assert_eq!(text, "afi c");
        assert_eq!(widths, vec![0.45, 0.5, 0.25, 0.45, 0.5]);
    }

    #[test]
    fn broken_font_dict_degrades() {
        let doc = Document::with_version("1.5");
        let font = dictionary! { "Subtype" => "Type0", "DescendantFonts" => 5, "Encoding" => 7 };
        let f = Font::load(&doc, &font);
        // No ToUnicode: codes are taken as Unicode values, as poppler does.
        let (text, widths) = decode(&f, &[0, 65, 1]);
        assert_eq!(text, "A");
        assert_eq!(widths.len(), 2);
        let empty = Font::load(&doc, &Dictionary::new());
        assert_eq!(decode(&empty, b"Hi").0, "Hi");
    }
}
