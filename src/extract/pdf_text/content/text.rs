//! The text-showing half of the interpreter: a shown string decoded by its
//! font and turned into glyphs placed in user space (text matrix, CTM,
//! spacing, rise, horizontal scaling, writing mode), `/ActualText`
//! replacements, and the plain text of form fields without an appearance.
//!
//! Separate from the operator loop because this is where the text state
//! becomes positions: the arithmetic poppler's layout thresholds depend on.

use std::rc::Rc;

use lopdf::{Dictionary, Object};

use super::{resource, GState, Interpreter};
use crate::extract::pdf_text::lexer::Operand;
use crate::extract::pdf_text::matrix::{apply, mul, translation, Matrix};
use crate::extract::pdf_text::objects::{dict_get, resolve};

/// Most glyphs recorded per page (a dense real page has a few thousand).
const MAX_GLYPHS: usize = 400_000;

/// A glyph as shown, before layout.
#[derive(Debug, Clone)]
pub(crate) struct RawGlyph {
    pub(crate) text: Rc<str>,
    /// Origin in user space.
    pub(crate) x: f64,
    pub(crate) y: f64,
    /// Extent of the glyph along the baseline in user space (advance
    /// without Tc/Tw, horizontal scaling applied).
    pub(crate) dx: f64,
    pub(crate) dy: f64,
    /// Font size in user space.
    pub(crate) font_size: f64,
    /// Font size used by layout thresholds (Type3 heuristic applied).
    pub(crate) layout_size: f64,
    /// Text direction: 0 = left→right, 1 = top→bottom, 2 = upside down,
    /// 3 = bottom→top.
    pub(crate) rot: u8,
    /// Set in a bold face: headings are found by it.
    pub(crate) bold: bool,
}

/// Direction of text drawn with the (text × CTM) matrix `m`.
fn rotation_of(m: &Matrix) -> u8 {
    let [a, b, c, d, _, _] = *m;
    if (a * d).abs() >= (b * c).abs() {
        if a > 0.0 || (a == 0.0 && d > 0.0) {
            0
        } else {
            2
        }
    } else if c > 0.0 {
        // Glyph "up" points to +x: text runs downwards.
        1
    } else {
        3
    }
}

impl<'d> Interpreter<'d, '_> {
    /// The /ActualText of a `BDC` property list (inline or named in the
    /// `/Properties` resources).
    pub(super) fn actual_text(
        &self,
        props: Option<&Operand<'_>>,
        res: Option<&'d Dictionary>,
    ) -> Option<String> {
        match props? {
            Operand::Dict(entries) => entries.iter().find_map(|(k, v)| match (k.as_ref(), v) {
                (b"ActualText", Operand::Str(s)) => lopdf::decode_text_string(&Object::String(
                    s.clone(),
                    lopdf::StringFormat::Literal,
                ))
                .ok(),
                _ => None,
            }),
            Operand::Name(name) => {
                let dict = resolve(self.doc, resource(self.doc, res, b"Properties", name)?)?
                    .as_dict()
                    .ok()?;
                lopdf::decode_text_string(dict_get(self.doc, dict, b"ActualText")?).ok()
            }
            _ => None,
        }
    }

    /// Replace the glyphs recorded since `first` by one glyph carrying the
    /// actual text and spanning their extent (nothing if none were shown).
    pub(super) fn replace_with_actual_text(&mut self, text: String, first: usize) {
        let glyphs = &mut self.sink.glyphs;
        let (Some(head), Some(last)) = (glyphs.get(first), glyphs.last()) else {
            return;
        };
        let (x, y) = (head.x, head.y);
        let (dx, dy) = (last.x + last.dx - x, last.y + last.dy - y);
        let replacement = RawGlyph {
            text: Rc::from(text),
            x,
            y,
            dx,
            dy,
            font_size: head.font_size,
            layout_size: head.layout_size,
            rot: head.rot,
            bold: head.bold,
        };
        glyphs.truncate(first);
        glyphs.push(replacement);
    }

    /// Record plain text as if shown in Helvetica at `size` from baseline
    /// origin `(x, y)`; used for form fields that have no appearance stream.
    pub(crate) fn push_plain_text(&mut self, text: &str, x: f64, y: f64, size: f64) {
        let mut pos = x;
        for c in text.chars() {
            let width = if c == ' ' { 0.278 } else { 0.556 } * size;
            self.sink.glyphs.push(RawGlyph {
                text: Rc::from(c.to_string()),
                x: pos,
                y,
                dx: width,
                dy: 0.0,
                font_size: size,
                layout_size: size,
                rot: 0,
                bold: false,
            });
            pos += width;
        }
    }

    /// Decode and record the glyphs of one shown string, advancing `tm`.
    pub(super) fn show(&mut self, gs: &GState, tm: &mut Matrix, bytes: &[u8]) {
        let font = match &gs.font {
            Some(f) => f.clone(),
            None => self.fonts.fallback(),
        };
        if self.sink.glyphs.len() >= MAX_GLYPHS {
            return;
        }
        let mut chars = std::mem::take(&mut self.scratch);
        font.decode(
            bytes,
            MAX_GLYPHS.saturating_sub(self.sink.glyphs.len()),
            &mut chars,
        );
        let fs = gs.font_size;
        for ch in chars.drain(..) {
            // Text rendering matrix without translation tricks: the glyph
            // origin is (0, rise) in text space.
            let m = mul(tm, &gs.ctm);
            let (x, y) = apply(&m, 0.0, gs.rise);
            let spacing = gs.char_spacing
                + if ch.is_space_code {
                    gs.word_spacing
                } else {
                    0.0
                };
            let (tx, ty) = if font.vertical {
                (0.0, -fs + spacing)
            } else {
                ((ch.width * fs + spacing) * gs.h_scale, 0.0)
            };
            // The glyph's own extent excludes Tc/Tw (as poppler measures it),
            // so letter-spaced text shows gaps between glyphs.
            let (bx, by) = if font.vertical {
                (0.0, ty - spacing)
            } else {
                (tx - spacing * gs.h_scale, 0.0)
            };
            let dx = m[0] * bx + m[2] * by;
            let dy = m[1] * bx + m[3] * by;
            let size = fs * (m[2] * m[2] + m[3] * m[3]).sqrt();
            // Orientation from the glyph space axes (horizontal scaling and
            // font size signs included).
            let fm = [
                m[0] * fs * gs.h_scale,
                m[1] * fs * gs.h_scale,
                m[2] * fs,
                m[3] * fs,
                0.0,
                0.0,
            ];
            if x.is_finite()
                && y.is_finite()
                && dx.is_finite()
                && dy.is_finite()
                && size.is_finite()
                && self.sink.glyphs.len() < MAX_GLYPHS
            {
                self.sink.glyphs.push(RawGlyph {
                    text: ch.text,
                    x,
                    y,
                    dx,
                    dy,
                    font_size: size,
                    layout_size: size * font.size_factor,
                    rot: rotation_of(&fm),
                    bold: font.bold,
                });
            }
            *tm = mul(&translation(tx, ty), tm);
        }
        self.scratch = chars;
    }
}
