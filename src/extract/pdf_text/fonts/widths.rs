//! Advance widths: a simple font's `/Widths` (or, without them, the
//! metrics of a standard font), a composite font's CID widths (`/W`,
//! `/DW`), and the glyph scale of a Type3 font guessed from its widths.
//!
//! Separate from decoding because widths place glyphs, and layout's word
//! and space thresholds depend on them alone: a wrong width splits words
//! where the text is right.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use crate::extract::pdf_text::metrics::{zapf_dingbats, Std14};
use crate::extract::pdf_text::objects::{as_number, dict_get, number_at, resolve};

/// Longest CID width range expanded from a `/W` array.
const MAX_W_ENTRIES: usize = 1 << 16;

/// A composite font's widths by CID: single entries, ranges, and the
/// default for every other CID.
#[derive(Debug, Default)]
pub(super) struct CidWidths {
    default: f64,
    single: HashMap<u32, f64>,
    ranges: Vec<(u32, u32, f64)>,
}

impl CidWidths {
    pub(super) fn get(&self, cid: u32) -> f64 {
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

impl CidWidths {
    /// The CID widths of a descendant font: `/DW` (1000 when missing) and
    /// the `/W` array, its ranges sorted.
    pub(super) fn load(doc: &Document, cid_font: Option<&Dictionary>) -> CidWidths {
        let mut widths = CidWidths {
            default: 1.0,
            ..CidWidths::default()
        };
        if let Some(cid_font) = cid_font {
            if let Some(dw) = number_at(doc, cid_font, b"DW") {
                widths.default = dw / 1000.0;
            }
            if let Some(Object::Array(w)) = dict_get(doc, cid_font, b"W") {
                parse_cid_widths(doc, w, &mut widths);
                widths.ranges.sort_by_key(|r| r.0);
            }
        }
        widths
    }
}

/// Reads a `/W` array (`c [w1 w2 …]` and `c_first c_last w` entries) into
/// `out`, within a budget of entries.
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

/// A Type3 font's `/FontMatrix` scale along x and y (the glyph space of
/// other fonts is 1/1000 em).
pub(super) fn type3_font_matrix(doc: &Document, dict: &Dictionary) -> [f64; 2] {
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
}

/// The advance width of each of a simple font's 256 codes in text space:
/// `/Widths` from `/FirstChar`, `/MissingWidth` elsewhere. A font with no
/// nonzero width takes those of `standard` by glyph name (not a Type3
/// font, whose `type3` font matrix scales its own widths).
pub(super) fn simple_widths(
    doc: &Document,
    dict: &Dictionary,
    descriptor: Option<&Dictionary>,
    names: &[Option<String>],
    type3: Option<[f64; 2]>,
    standard: Std14,
) -> Vec<f64> {
    // Glyph space → text space: 1/1000 unless a Type3 FontMatrix says otherwise.
    let to_text = |w: f64| match type3 {
        Some(font_matrix) => w * font_matrix[0],
        None => w / 1000.0,
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
    if !have_widths && type3.is_none() {
        for (code, slot) in widths.iter_mut().enumerate() {
            let w = if standard == Std14::Symbol {
                Std14::symbol_width(code as u8)
            } else if standard == Std14::ZapfDingbats {
                zapf_dingbats(code as u8).map(|(_, w)| w)
            } else {
                names
                    .get(code)
                    .and_then(|n| n.as_deref())
                    .and_then(|n| standard.width(n))
            };
            let has_name = names.get(code).is_some_and(Option::is_some);
            let default = match standard {
                Std14::Symbol | Std14::ZapfDingbats => 0.0,
                _ if !has_name => 0.0,
                Std14::Courier => 600.0,
                _ => 500.0,
            };
            *slot = f64::from(w.unwrap_or(default)) / 1000.0;
        }
    }
    widths
}

/// A Type3 font's glyph scale for layout, guessed from typical letter
/// widths ("m", else any single letter, else any glyph) and the aspect of
/// its font matrix; 1 when nothing sensible comes out.
pub(super) fn type3_size_factor(
    names: &[Option<String>],
    widths: &[f64],
    font_matrix: [f64; 2],
) -> f64 {
    let mut size_factor = 1.0;
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
    size_factor
}
