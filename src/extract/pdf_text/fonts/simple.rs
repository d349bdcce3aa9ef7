//! Simple fonts (Type1, MMType1, TrueType, Type3): the glyph name of each
//! of the 256 codes — base encoding, built-in encoding of an embedded font
//! program, `/Differences` — and from it, or from `/ToUnicode`, each code's
//! text.
//!
//! Separate from composite fonts because everything here goes through
//! glyph names, and from the width tables because a name decides the text
//! even where the font's own widths decide the spacing.

use std::cell::RefCell;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object};

use super::widths::{simple_widths, type3_font_matrix, type3_size_factor};
use super::{with_ligatures_expanded, Font, Kind, MAX_FONT_STREAM};
use crate::extract::pdf_text::cff;
use crate::extract::pdf_text::cmap::CMap;
use crate::extract::pdf_text::encoding::{glyph_name_to_unicode, BaseEncoding};
use crate::extract::pdf_text::metrics::{zapf_dingbats, Std14};
use crate::extract::pdf_text::objects::{as_number, dict_get, number_at, resolve, stream_bytes};

impl Font {
    /// A simple font: the text and width of each of its 256 codes.
    pub(super) fn load_simple(
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
        let enc_obj = dict_get(doc, dict, b"Encoding");
        let names = code_names(doc, enc_obj, descriptor, subtype, std14);
        let dingbats =
            std14 == Some(Std14::ZapfDingbats) && !matches!(enc_obj, Some(Object::Dictionary(_)));
        let text = code_texts(&names, to_unicode.as_ref(), dingbats, symbolic || is_type3);
        let font_matrix = is_type3.then(|| type3_font_matrix(doc, dict));
        let standard = std14.unwrap_or_else(|| Std14::substitute(&base_font, flags));
        let widths = simple_widths(doc, dict, descriptor, &names, font_matrix, standard);
        let size_factor = font_matrix.map_or(1.0, |m| type3_size_factor(&names, &widths, m));
        Font {
            kind: Kind::Simple { text, widths },
            to_unicode: None,
            vertical: false,
            size_factor,
            bold: false,
            memo: RefCell::default(),
        }
    }
}

/// The glyph name of each code: the base encoding (named, else the font
/// program's built-in one, else the standard font's or the subtype's
/// default), then the `/Differences` over it.
fn code_names(
    doc: &Document,
    enc_obj: Option<&Object>,
    descriptor: Option<&Dictionary>,
    subtype: &[u8],
    std14: Option<Std14>,
) -> Vec<Option<String>> {
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
    names
}

/// The text of each code: `/ToUnicode` first, then ZapfDingbats' own
/// characters, then the glyph name; a code without a name reads as WinAnsi
/// when `unnamed_as_win` (symbolic and Type3 fonts) or when there is no
/// `/ToUnicode`. Ligatures are expanded.
fn code_texts(
    names: &[Option<String>],
    to_unicode: Option<&CMap>,
    dingbats: bool,
    unnamed_as_win: bool,
) -> Vec<Option<Rc<str>>> {
    let win = BaseEncoding::WinAnsi.names();
    let mut text: Vec<Option<Rc<str>>> = Vec::with_capacity(256);
    for (code, name) in names.iter().enumerate() {
        let mut t = to_unicode
            .and_then(|tu| tu.lookup(code as u32))
            .filter(|s| !s.is_empty() && !s.starts_with('\0'));
        if t.is_none() && dingbats {
            t = zapf_dingbats(code as u8).map(|(c, _)| c.to_string());
        }
        if t.is_none() {
            t = match name {
                Some(n) => glyph_name_to_unicode(n).or_else(|| unknown_glyph_name(n, code, win)),
                None if unnamed_as_win || to_unicode.is_none() => win
                    .get(code)
                    .copied()
                    .flatten()
                    .and_then(glyph_name_to_unicode),
                None => None,
            };
        }
        text.push(t.map(|t| Rc::from(with_ligatures_expanded(t))));
    }
    text
}

/// Strip a subset tag (`ABCDEF+Name` → `Name`).
fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
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
            cff::builtin_encoding(&stream_bytes(doc, cff, MAX_FONT_STREAM)?)
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
