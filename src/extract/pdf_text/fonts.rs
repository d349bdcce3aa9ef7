//! Font dictionaries → character decoding: splitting shown strings into
//! character codes, and for each code its Unicode text and advance width.
//!
//! Handles simple fonts (Type1, MMType1, TrueType, Type3) with base
//! encodings, `/Differences`, built-in Type1 encodings, `/Widths` and
//! standard-14 metrics, and composite Type0 fonts (Identity-H/V, UCS-2
//! CMaps, embedded CMaps) with CID `/W` and `/DW`. A `/ToUnicode` CMap
//! always takes precedence. Anything broken degrades to a usable default.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::cmap::{split_codes, CMap};
use super::encoding::{expand_ligature, glyph_name_to_unicode, BaseEncoding};
use super::metrics::{zapf_dingbats, Std14};

/// Largest decoded size accepted for a font-related stream (CMaps, font
/// programs read for their built-in encoding).
const MAX_FONT_STREAM: usize = 8 << 20;
/// Most composite-font codes whose text is memoised per font.
const MAX_MEMO: usize = 1 << 16;
/// Longest CID width range expanded from a `/W` array.
const MAX_W_ENTRIES: usize = 1 << 16;

/// Resolve references (bounded by lopdf's own dereference limit).
pub(crate) fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Object> {
    doc.dereference(obj).ok().map(|(_, o)| o)
}

/// `dict[key]`, references resolved.
pub(crate) fn dict_get<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    key: &[u8],
) -> Option<&'a Object> {
    resolve(doc, dict.get(key).ok()?)
}

pub(crate) fn as_number(obj: &Object) -> Option<f64> {
    match obj {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn number_at(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<f64> {
    dict_get(doc, dict, key)
        .and_then(as_number)
        .filter(|v| v.is_finite())
}

/// Decoded content of a stream object, within `limit` bytes. Indirect
/// `/Filter` and `/DecodeParms` entries are resolved first.
pub(crate) fn stream_bytes(doc: &Document, obj: &Object, limit: usize) -> Option<Vec<u8>> {
    let stream = obj.as_stream().ok()?;
    let indirect = |key: &[u8]| match stream.dict.get(key) {
        Ok(Object::Reference(_)) => true,
        Ok(Object::Array(items)) => items.iter().any(|o| matches!(o, Object::Reference(_))),
        _ => false,
    };
    if indirect(b"Filter") || indirect(b"DecodeParms") {
        let mut dict = stream.dict.clone();
        for key in [&b"Filter"[..], b"DecodeParms"] {
            let resolved = match dict_get(doc, &stream.dict, key) {
                Some(Object::Array(items)) => Some(Object::Array(
                    items
                        .iter()
                        .filter_map(|o| resolve(doc, o).cloned())
                        .collect(),
                )),
                Some(other) => Some(other.clone()),
                None => None,
            };
            if let Some(v) = resolved {
                dict.set(key.to_vec(), v);
            }
        }
        let copy = lopdf::Stream::new(dict, stream.content.clone());
        return copy.decompressed_content_with_limit(limit).ok();
    }
    match stream.decompressed_content_with_limit(limit) {
        Ok(data) => Some(data),
        Err(_) if stream.dict.get(b"Filter").is_err() && stream.content.len() <= limit => {
            Some(stream.content.clone())
        }
        Err(_) => None,
    }
}

/// How a composite font turns codes into CIDs and (without ToUnicode) text.
#[derive(Debug)]
enum CidEncoding {
    /// Identity-H / Identity-V: two-byte codes, CID = code.
    Identity,
    /// Predefined Unicode CMaps (Uni…-UCS2-H, Uni…-UTF16-H): code = UTF-16.
    Ucs2,
    /// An embedded CMap stream.
    Embedded(Box<CMap>),
}

#[derive(Debug, Default)]
struct CidWidths {
    default: f64,
    single: HashMap<u32, f64>,
    ranges: Vec<(u32, u32, f64)>,
}

impl CidWidths {
    fn get(&self, cid: u32) -> f64 {
        if let Some(w) = self.single.get(&cid) {
            return *w;
        }
        // Ranges are sorted by start; check the last few starting at or
        // below `cid` (they rarely overlap).
        let idx = self.ranges.partition_point(|r| r.0 <= cid);
        self.ranges
            .get(..idx)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(8)
            .find(|(_, hi, _)| cid <= *hi)
            .map_or(self.default, |r| r.2)
    }
}

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
    let descendant = dict_get(doc, dict, b"DescendantFonts").and_then(|o| match o {
        Object::Array(a) => a.first().and_then(|f| resolve(doc, f)),
        other => Some(other),
    });
    let descriptor = descendant
        .and_then(|d| d.as_dict().ok())
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

/// Strip a subset tag (`ABCDEF+Name` → `Name`).
fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
    }
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

    fn load_composite(doc: &Document, dict: &Dictionary, to_unicode: Option<CMap>) -> Font {
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
        let descendant = dict_get(doc, dict, b"DescendantFonts")
            .and_then(|o| match o {
                Object::Array(a) => a.first().and_then(|f| resolve(doc, f)),
                other => Some(other),
            })
            .and_then(|o| o.as_dict().ok());
        let mut widths = CidWidths {
            default: 1.0,
            ..CidWidths::default()
        };
        if let Some(cid_font) = descendant {
            if let Some(dw) = number_at(doc, cid_font, b"DW") {
                widths.default = dw / 1000.0;
            }
            if let Some(Object::Array(w)) = dict_get(doc, cid_font, b"W") {
                parse_cid_widths(doc, w, &mut widths);
                widths.ranges.sort_by_key(|r| r.0);
            }
        }
        Font {
            kind: Kind::Composite { encoding, widths },
            to_unicode,
            vertical,
            size_factor: 1.0,
            bold: false,
            memo: RefCell::default(),
        }
    }

    fn load_simple(
        doc: &Document,
        dict: &Dictionary,
        subtype: &[u8],
        to_unicode: Option<CMap>,
    ) -> Font {
        let is_type3 = subtype == b"Type3";
        let base_font = dict_get(doc, dict, b"BaseFont")
            .and_then(|o| o.as_name().ok())
            .map(|n| strip_subset(&String::from_utf8_lossy(n)).to_string())
            .unwrap_or_default();
        let descriptor = dict_get(doc, dict, b"FontDescriptor").and_then(|o| o.as_dict().ok());
        let flags = descriptor
            .and_then(|d| number_at(doc, d, b"Flags"))
            .map_or(0, |f| f as i64);
        let std14 = if is_type3 {
            None
        } else {
            Std14::from_base_font(&base_font)
        };
        let symbolic = flags & 4 != 0 && flags & 32 == 0;

        // 1. Base encoding.
        let enc_obj = dict_get(doc, dict, b"Encoding");
        let named = match enc_obj {
            Some(Object::Name(n)) => BaseEncoding::from_name(n),
            Some(Object::Dictionary(d)) => dict_get(doc, d, b"BaseEncoding")
                .and_then(|o| o.as_name().ok())
                .and_then(BaseEncoding::from_name),
            _ => None,
        };
        let mut names: Vec<Option<String>> = vec![None; 256];
        let builtin = if named.is_none() {
            descriptor.and_then(|d| builtin_type1_encoding(doc, d))
        } else {
            None
        };
        if let Some(builtin) = builtin {
            names = builtin;
        } else {
            let base = named.unwrap_or(match std14 {
                Some(Std14::Symbol) => BaseEncoding::Symbol,
                _ if subtype == b"Type1" || subtype == b"MMType1" => BaseEncoding::Standard,
                _ => BaseEncoding::WinAnsi,
            });
            for (slot, name) in names.iter_mut().zip(base.names().iter()) {
                *slot = name.map(str::to_string);
            }
        }
        // 2. Differences.
        if let Some(Object::Dictionary(d)) = enc_obj {
            if let Some(Object::Array(diffs)) = dict_get(doc, d, b"Differences") {
                let mut code: i64 = 0;
                for item in diffs {
                    match resolve(doc, item) {
                        Some(Object::Integer(i)) => code = *i,
                        Some(Object::Real(r)) => code = *r as i64,
                        Some(Object::Name(n)) => {
                            if let Some(slot) =
                                usize::try_from(code).ok().and_then(|c| names.get_mut(c))
                            {
                                *slot = Some(String::from_utf8_lossy(n).into_owned());
                            }
                            code += 1;
                        }
                        _ => {}
                    }
                }
            }
        }
        let dingbats =
            std14 == Some(Std14::ZapfDingbats) && !matches!(enc_obj, Some(Object::Dictionary(_)));
        // 3. Text per code.
        let win = BaseEncoding::WinAnsi.names();
        let mut text: Vec<Option<Rc<str>>> = Vec::with_capacity(256);
        for (code, name) in names.iter().enumerate() {
            let mut t = to_unicode
                .as_ref()
                .and_then(|tu| tu.lookup(code as u32))
                .filter(|s| !s.is_empty() && !s.starts_with('\0'));
            if t.is_none() && dingbats {
                t = zapf_dingbats(code as u8).map(|(c, _)| c.to_string());
            }
            if t.is_none() {
                t = match name {
                    Some(n) => {
                        glyph_name_to_unicode(n).or_else(|| unknown_glyph_name(n, code, win))
                    }
                    None if symbolic || is_type3 || to_unicode.is_none() => win
                        .get(code)
                        .copied()
                        .flatten()
                        .and_then(glyph_name_to_unicode),
                    None => None,
                };
            }
            text.push(t.map(|t| Rc::from(with_ligatures_expanded(t))));
        }

        // 4. Widths.
        let font_matrix = if is_type3 {
            match dict_get(doc, dict, b"FontMatrix") {
                Some(Object::Array(m)) if m.len() == 6 => {
                    let v: Vec<f64> = m
                        .iter()
                        .map(|o| resolve(doc, o).and_then(as_number).unwrap_or(0.0))
                        .collect();
                    [
                        v.first().copied().unwrap_or(0.001),
                        v.get(3).copied().unwrap_or(0.001),
                    ]
                }
                _ => [0.001, 0.001],
            }
        } else {
            [0.001, 0.001]
        };
        // Glyph space → text space: 1/1000 unless a Type3 FontMatrix says otherwise.
        let to_text = |w: f64| {
            if is_type3 {
                w * font_matrix[0]
            } else {
                w / 1000.0
            }
        };
        let missing = descriptor
            .and_then(|d| number_at(doc, d, b"MissingWidth"))
            .unwrap_or(0.0);
        let mut widths: Vec<f64> = vec![to_text(missing); 256];
        let mut have_widths = false;
        if let Some(Object::Array(ws)) = dict_get(doc, dict, b"Widths") {
            let first = number_at(doc, dict, b"FirstChar").unwrap_or(0.0).max(0.0) as usize;
            for (i, w) in ws.iter().enumerate() {
                let Some(slot) = widths.get_mut(first.saturating_add(i)) else {
                    break;
                };
                if let Some(w) = resolve(doc, w)
                    .and_then(as_number)
                    .filter(|w| w.is_finite())
                {
                    *slot = to_text(w);
                    if w != 0.0 {
                        have_widths = true;
                    }
                }
            }
        }
        if !have_widths && !is_type3 {
            let metrics = std14.unwrap_or_else(|| Std14::substitute(&base_font, flags));
            for (code, slot) in widths.iter_mut().enumerate() {
                let w = if metrics == Std14::Symbol {
                    Std14::symbol_width(code as u8)
                } else if metrics == Std14::ZapfDingbats {
                    zapf_dingbats(code as u8).map(|(_, w)| w)
                } else {
                    names
                        .get(code)
                        .and_then(|n| n.as_deref())
                        .and_then(|n| metrics.width(n))
                };
                let has_name = names.get(code).is_some_and(Option::is_some);
                let default = match metrics {
                    Std14::Symbol | Std14::ZapfDingbats => 0.0,
                    _ if !has_name => 0.0,
                    Std14::Courier => 600.0,
                    _ => 500.0,
                };
                *slot = f64::from(w.unwrap_or(default)) / 1000.0;
            }
        }

        // Type3 fonts: guess the glyph scale from typical letter widths.
        let mut size_factor = 1.0;
        if is_type3 {
            let width_of = |pred: &dyn Fn(&str) -> bool| {
                names.iter().enumerate().find_map(|(code, n)| {
                    let n = n.as_deref()?;
                    let w = *widths.get(code)?;
                    (pred(n) && w > 0.0).then_some(w)
                })
            };
            if let Some(w) = width_of(&|n| n == "m") {
                size_factor = w / 0.6;
            } else if let Some(w) =
                width_of(&|n| n.len() == 1 && n.bytes().all(|b| b.is_ascii_alphabetic()))
            {
                size_factor = w / 0.5;
            } else if let Some(w) = width_of(&|_| true) {
                size_factor = w / 0.5;
            }
            if font_matrix[0] != 0.0 {
                size_factor *= (font_matrix[1] / font_matrix[0]).abs();
            }
            if !size_factor.is_finite() || size_factor <= 0.0 {
                size_factor = 1.0;
            }
        }
        Font {
            kind: Kind::Simple { text, widths },
            to_unicode: None,
            vertical: false,
            size_factor,
            bold: false,
            memo: RefCell::default(),
        }
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

/// Glyph names without a Unicode meaning (`g65`, `cid65`, `square`): like
/// poppler, pass the code through as its WinAnsi character.
fn unknown_glyph_name(
    name: &str,
    code: usize,
    win: &[Option<&'static str>; 256],
) -> Option<String> {
    if code < 32 || name == ".notdef" {
        return None;
    }
    win.get(code)
        .copied()
        .flatten()
        .and_then(glyph_name_to_unicode)
}

fn parse_cid_widths(doc: &Document, w: &[Object], out: &mut CidWidths) {
    let mut i = 0;
    let mut budget = MAX_W_ENTRIES * 4;
    while i < w.len() && budget > 0 {
        let first = w.get(i).and_then(|o| resolve(doc, o)).and_then(as_number);
        let second = w.get(i + 1).and_then(|o| resolve(doc, o));
        match (first, second) {
            (Some(start), Some(Object::Array(list))) => {
                let start = start.max(0.0) as u32;
                for (k, item) in list.iter().enumerate().take(MAX_W_ENTRIES) {
                    if let Some(v) = resolve(doc, item).and_then(as_number) {
                        out.single
                            .insert(start.saturating_add(k as u32), v / 1000.0);
                    }
                }
                budget = budget.saturating_sub(list.len());
                i += 2;
            }
            (Some(lo), Some(hi_obj)) => {
                let hi = as_number(hi_obj);
                let v = w
                    .get(i + 2)
                    .and_then(|o| resolve(doc, o))
                    .and_then(as_number);
                if let (Some(hi), Some(v)) = (hi, v) {
                    if hi >= lo {
                        out.ranges
                            .push((lo.max(0.0) as u32, hi.max(0.0) as u32, v / 1000.0));
                    }
                }
                budget = budget.saturating_sub(1);
                i += 3;
            }
            _ => i += 1,
        }
    }
}

/// The built-in encoding of an embedded font program: a Type1 `/FontFile`
/// (its cleartext `dup <code> /<name> put` entries) or a CFF `/FontFile3`.
fn builtin_type1_encoding(doc: &Document, descriptor: &Dictionary) -> Option<Vec<Option<String>>> {
    if let Some(cff) = dict_get(doc, descriptor, b"FontFile3") {
        let is_type1c = cff
            .as_stream()
            .ok()
            .and_then(|s| s.dict.get(b"Subtype").ok())
            .and_then(|o| o.as_name().ok())
            == Some(b"Type1C");
        return if is_type1c {
            super::cff::builtin_encoding(&stream_bytes(doc, cff, MAX_FONT_STREAM)?)
        } else {
            None
        };
    }
    let file = dict_get(doc, descriptor, b"FontFile")?;
    let data = stream_bytes(doc, file, MAX_FONT_STREAM)?;
    let clear_len = file
        .as_stream()
        .ok()
        .and_then(|s| s.dict.get(b"Length1").ok())
        .and_then(as_number)
        .map_or(data.len(), |l| (l.max(0.0) as usize).min(data.len()));
    let clear = data.get(..clear_len)?;
    let enc_pos = find(clear, b"/Encoding")?;
    let rest = clear.get(enc_pos..)?;
    let head = rest.get(..rest.len().min(40))?;
    if find(head, b"StandardEncoding").is_some() {
        return None;
    }
    let end = find(rest, b"readonly def")
        .or_else(|| find(rest, b"eexec"))
        .unwrap_or(rest.len());
    let section = std::str::from_utf8(rest.get(..end)?).ok()?;
    let mut names: Vec<Option<String>> = vec![None; 256];
    let mut any = false;
    let toks: Vec<&str> = section.split_ascii_whitespace().collect();
    for win in toks.windows(4) {
        if let [dup, code, name, put] = win {
            if *dup == "dup" && *put == "put" {
                if let (Ok(code), Some(name)) = (code.parse::<usize>(), name.strip_prefix('/')) {
                    if let Some(slot) = names.get_mut(code) {
                        *slot = Some(name.to_string());
                        any = true;
                    }
                }
            }
        }
    }
    any.then_some(names)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
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
