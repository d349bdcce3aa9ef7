//! Content-stream interpreter: runs the text, graphics-state, XObject and
//! path operators of a page and records every shown glyph with its
//! position in user space, plus where images and painted paths landed.
//!
//! Supported: `BT ET Tf Td TD Tm T* Tc Tw Tz TL Ts Tr ' " Tj TJ`, `cm q Q`,
//! `Do` (images; Form XObjects with `/Matrix` and `/Resources`, depth- and
//! cycle-limited), inline images, `m l c v y re h` and the painting
//! operators, and marked content with `/ActualText` (which replaces the
//! glyphs it covers). Work is bounded by [`Limits`](super::Limits).

use std::rc::Rc;
use std::time::Instant;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{as_number, dict_get, resolve, stream_bytes, DecodedChar, Font, FontCache};
use super::lexer::{Lexer, Operand, Token};
use super::{ImagePlacement, Limits, PathBox, PdfTextError};

/// Most operands kept for one operator; extra ones are dropped.
const MAX_OPERANDS: usize = 64;
/// Deepest `q` nesting tracked.
const MAX_GSTATE_DEPTH: usize = 256;
/// Most path boxes recorded per page.
const MAX_PATHS: usize = 50_000;
/// Most image placements recorded per page.
const MAX_IMAGES: usize = 10_000;
/// Most glyphs recorded per page (a dense real page has a few thousand).
const MAX_GLYPHS: usize = 400_000;
/// Hard cap on Form XObject nesting, whatever the limits say (stack safety).
const MAX_FORM_DEPTH: usize = 64;
/// Decoded bytes of content (page and forms) processed per page at most.
const MAX_CONTENT_BYTES: usize = 128 << 20;
/// How often (in operators) the deadline is checked.
const DEADLINE_CHECK_EVERY: usize = 256;

/// An affine matrix `[a b c d e f]` as in PDF.
pub(crate) type Matrix = [f64; 6];

pub(crate) const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m1 × m2`: apply `m1` first, then `m2`.
pub(crate) fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    let [a, b, c, d, e, f] = *m1;
    let [a2, b2, c2, d2, e2, f2] = *m2;
    [
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    ]
}

pub(crate) fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// Matrix from a PDF array object (6 numbers); `None` if malformed.
pub(crate) fn matrix_from_object(doc: &Document, obj: Option<&Object>) -> Option<Matrix> {
    let arr = obj?.as_array().ok()?;
    if arr.len() != 6 {
        return None;
    }
    let mut m = IDENTITY;
    for (slot, o) in m.iter_mut().zip(arr.iter()) {
        *slot = resolve(doc, o).and_then(as_number)?;
    }
    m.iter().all(|v| v.is_finite()).then_some(m)
}

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

/// What one page produced.
#[derive(Debug, Default)]
pub(crate) struct PageSink {
    pub(crate) glyphs: Vec<RawGlyph>,
    pub(crate) images: Vec<ImagePlacement>,
    pub(crate) paths: Vec<PathBox>,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    font_size: f64,
    char_spacing: f64,
    word_spacing: f64,
    h_scale: f64,
    leading: f64,
    rise: f64,
}

impl GState {
    fn new(ctm: Matrix) -> Self {
        GState {
            ctm,
            font: None,
            font_size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            h_scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// Bounding box of the path under construction.
#[derive(Default)]
struct PathBuilder {
    min: (f64, f64),
    max: (f64, f64),
    segments: u32,
    current: Option<(f64, f64)>,
}

impl PathBuilder {
    fn add_point(&mut self, ctm: &Matrix, x: f64, y: f64) {
        let (ux, uy) = apply(ctm, x, y);
        if !ux.is_finite() || !uy.is_finite() {
            return;
        }
        if self.segments == 0 && self.current.is_none() {
            self.min = (ux, uy);
            self.max = (ux, uy);
        } else {
            self.min = (self.min.0.min(ux), self.min.1.min(uy));
            self.max = (self.max.0.max(ux), self.max.1.max(uy));
        }
        self.current = Some((x, y));
    }

    fn take(&mut self) -> Option<PathBox> {
        let result = (self.segments > 0).then_some(PathBox {
            x: self.min.0 as f32,
            y: self.min.1 as f32,
            width: (self.max.0 - self.min.0) as f32,
            height: (self.max.1 - self.min.1) as f32,
            segments: self.segments,
        });
        *self = PathBuilder::default();
        result
    }
}

/// Interpreter state shared by the page content, its forms and its
/// annotation appearances.
pub(crate) struct Interpreter<'d, 'c> {
    doc: &'d Document,
    limits: &'c Limits,
    fonts: &'c mut FontCache,
    ops: usize,
    bytes_used: usize,
    form_stack: Vec<ObjectId>,
    scratch: Vec<DecodedChar>,
    pub(crate) sink: PageSink,
}

/// Look up `/Category/Name` in a resource dictionary (the entry is
/// returned unresolved so references can serve as cache keys).
fn resource<'d>(
    doc: &'d Document,
    res: Option<&'d Dictionary>,
    category: &[u8],
    name: &[u8],
) -> Option<&'d Object> {
    let cat = dict_get(doc, res?, category)?.as_dict().ok()?;
    cat.get(name).ok()
}

fn num(ops: &[Operand<'_>], i: usize) -> f64 {
    ops.get(i)
        .and_then(Operand::num)
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
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

impl<'d, 'c> Interpreter<'d, 'c> {
    pub(crate) fn new(doc: &'d Document, limits: &'c Limits, fonts: &'c mut FontCache) -> Self {
        Interpreter {
            doc,
            limits,
            fonts,
            ops: 0,
            bytes_used: 0,
            form_stack: Vec::new(),
            scratch: Vec::new(),
            sink: PageSink::default(),
        }
    }

    /// Decode a content stream object within the page's byte budget.
    pub(crate) fn content_bytes(&mut self, obj: &Object) -> Option<Vec<u8>> {
        let remaining = MAX_CONTENT_BYTES.saturating_sub(self.bytes_used);
        let data = stream_bytes(self.doc, obj, remaining)?;
        self.bytes_used += data.len();
        Some(data)
    }

    fn count_op(&mut self) -> Result<(), PdfTextError> {
        self.ops += 1;
        if self.ops > self.limits.max_ops_per_page {
            return Err(PdfTextError::TooManyOperations {
                limit: self.limits.max_ops_per_page,
            });
        }
        if self.ops.is_multiple_of(DEADLINE_CHECK_EVERY) {
            self.check_deadline()?;
        }
        Ok(())
    }

    pub(crate) fn check_deadline(&self) -> Result<(), PdfTextError> {
        match self.limits.deadline {
            Some(deadline) if Instant::now() >= deadline => Err(PdfTextError::DeadlineExceeded),
            _ => Ok(()),
        }
    }

    /// Run a content stream with the given resources and initial CTM.
    pub(crate) fn run(
        &mut self,
        content: &[u8],
        res: Option<&'d Dictionary>,
        ctm: Matrix,
        depth: usize,
    ) -> Result<(), PdfTextError> {
        let mut lexer = Lexer::new(content);
        let mut operands: Vec<Operand<'_>> = Vec::with_capacity(8);
        let mut gs = GState::new(ctm);
        let mut stack: Vec<GState> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut path = PathBuilder::default();
        // Open marked-content sequences; `Some(text, first glyph)` for those
        // carrying an /ActualText replacement.
        let mut marked: Vec<Option<(String, usize)>> = Vec::new();

        while let Some(tok) = lexer.next_token() {
            let op = match tok {
                Token::Operand(o) => {
                    if operands.len() < MAX_OPERANDS {
                        operands.push(o);
                    }
                    continue;
                }
                Token::InlineImage => {
                    self.count_op()?;
                    self.place_image(&gs.ctm);
                    operands.clear();
                    continue;
                }
                Token::Operator(op) => op,
            };
            self.count_op()?;
            let o = operands.as_slice();
            match op {
                b"q" if stack.len() < MAX_GSTATE_DEPTH => stack.push(gs.clone()),
                b"Q" => {
                    if let Some(prev) = stack.pop() {
                        gs = prev;
                    }
                }
                b"cm" => {
                    let m = [
                        num(o, 0),
                        num(o, 1),
                        num(o, 2),
                        num(o, 3),
                        num(o, 4),
                        num(o, 5),
                    ];
                    gs.ctm = mul(&m, &gs.ctm);
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                b"ET" => {}
                b"Tf" => {
                    gs.font_size = num(o, 1);
                    gs.font = Some(match o.first().and_then(Operand::name) {
                        Some(name) => match resource(self.doc, res, b"Font", name) {
                            Some(entry) => self.fonts.get(self.doc, entry),
                            None => self.fonts.fallback(),
                        },
                        None => self.fonts.fallback(),
                    });
                }
                b"Tc" => gs.char_spacing = num(o, 0),
                b"Tw" => gs.word_spacing = num(o, 0),
                b"Tz" => gs.h_scale = num(o, 0) / 100.0,
                b"TL" => gs.leading = num(o, 0),
                b"Ts" => gs.rise = num(o, 0),
                b"Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, num(o, 0), num(o, 1)], &tlm);
                    tm = tlm;
                }
                b"TD" => {
                    gs.leading = -num(o, 1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, num(o, 0), num(o, 1)], &tlm);
                    tm = tlm;
                }
                b"Tm" => {
                    tlm = [
                        num(o, 0),
                        num(o, 1),
                        num(o, 2),
                        num(o, 3),
                        num(o, 4),
                        num(o, 5),
                    ];
                    tm = tlm;
                }
                b"T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                b"Tj" => {
                    if let Some(Operand::Str(s)) = o.first() {
                        self.show(&gs, &mut tm, s);
                    }
                }
                b"'" | b"\"" => {
                    let text_idx = if op == b"'" {
                        0
                    } else {
                        gs.word_spacing = num(o, 0);
                        gs.char_spacing = num(o, 1);
                        2
                    };
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    if let Some(Operand::Str(s)) = o.get(text_idx) {
                        self.show(&gs, &mut tm, s);
                    }
                }
                b"TJ" => {
                    if let Some(Operand::Array(items)) = o.first() {
                        for item in items {
                            match item {
                                Operand::Str(s) => self.show(&gs, &mut tm, s),
                                Operand::Number(n) if n.is_finite() => {
                                    let vertical = gs.font.as_ref().is_some_and(|f| f.vertical);
                                    let shift = -n / 1000.0 * gs.font_size;
                                    let t = if vertical {
                                        [1.0, 0.0, 0.0, 1.0, 0.0, shift]
                                    } else {
                                        [1.0, 0.0, 0.0, 1.0, shift * gs.h_scale, 0.0]
                                    };
                                    tm = mul(&t, &tm);
                                }
                                _ => {}
                            }
                        }
                    }
                }
                b"BMC" if marked.len() < MAX_GSTATE_DEPTH => marked.push(None),
                b"BDC" if marked.len() < MAX_GSTATE_DEPTH => {
                    let actual = self.actual_text(o.get(1), res);
                    marked.push(actual.map(|t| (t, self.sink.glyphs.len())));
                }
                b"EMC" => {
                    if let Some(Some((text, first))) = marked.pop() {
                        self.replace_with_actual_text(text, first);
                    }
                }
                b"Do" => {
                    if let Some(name) = o.first().and_then(Operand::name) {
                        if let Some(entry) = resource(self.doc, res, b"XObject", name) {
                            self.do_xobject(entry, res, &gs.ctm, depth)?;
                        }
                    }
                }
                b"m" => {
                    path.add_point(&gs.ctm, num(o, 0), num(o, 1));
                }
                b"l" => {
                    path.add_point(&gs.ctm, num(o, 0), num(o, 1));
                    path.segments = path.segments.saturating_add(1);
                }
                b"c" => {
                    for i in 0..3 {
                        path.add_point(&gs.ctm, num(o, 2 * i), num(o, 2 * i + 1));
                    }
                    path.segments = path.segments.saturating_add(1);
                }
                b"v" | b"y" => {
                    for i in 0..2 {
                        path.add_point(&gs.ctm, num(o, 2 * i), num(o, 2 * i + 1));
                    }
                    path.segments = path.segments.saturating_add(1);
                }
                b"re" => {
                    let (x, y, w, h) = (num(o, 0), num(o, 1), num(o, 2), num(o, 3));
                    path.add_point(&gs.ctm, x, y);
                    path.add_point(&gs.ctm, x + w, y);
                    path.add_point(&gs.ctm, x + w, y + h);
                    path.add_point(&gs.ctm, x, y + h);
                    path.segments = path.segments.saturating_add(4);
                }
                b"h" => {}
                b"S" | b"s" | b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*" => {
                    if let Some(pb) = path.take() {
                        if self.sink.paths.len() < MAX_PATHS {
                            self.sink.paths.push(pb);
                        }
                    }
                }
                b"n" => {
                    path.take();
                }
                _ => {}
            }
            operands.clear();
        }
        Ok(())
    }

    fn place_image(&mut self, ctm: &Matrix) {
        if self.sink.images.len() >= MAX_IMAGES {
            return;
        }
        let corners = [
            apply(ctm, 0.0, 0.0),
            apply(ctm, 1.0, 0.0),
            apply(ctm, 0.0, 1.0),
            apply(ctm, 1.0, 1.0),
        ];
        let (mut x0, mut y0) = (f64::INFINITY, f64::INFINITY);
        let (mut x1, mut y1) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for (x, y) in corners {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        if x0.is_finite() && y0.is_finite() && x1.is_finite() && y1.is_finite() {
            self.sink.images.push(ImagePlacement {
                x: x0 as f32,
                y: y0 as f32,
                width: (x1 - x0) as f32,
                height: (y1 - y0) as f32,
            });
        }
    }

    fn do_xobject(
        &mut self,
        entry: &'d Object,
        res: Option<&'d Dictionary>,
        ctm: &Matrix,
        depth: usize,
    ) -> Result<(), PdfTextError> {
        let id = entry.as_reference().ok();
        let Some(obj) = resolve(self.doc, entry) else {
            return Ok(());
        };
        let Ok(stream) = obj.as_stream() else {
            return Ok(());
        };
        match dict_get(self.doc, &stream.dict, b"Subtype").and_then(|o| o.as_name().ok()) {
            Some(b"Image") => {
                self.place_image(ctm);
                Ok(())
            }
            Some(b"Form") | None => {
                let matrix = matrix_from_object(self.doc, stream.dict.get(b"Matrix").ok())
                    .unwrap_or(IDENTITY);
                self.run_form(obj, id, res, mul(&matrix, ctm), depth)
            }
            Some(_) => Ok(()),
        }
    }

    /// Run a Form XObject (or annotation appearance stream) whose full
    /// matrix (`/Matrix` × CTM) is already known.
    pub(crate) fn run_form(
        &mut self,
        obj: &'d Object,
        id: Option<ObjectId>,
        parent_res: Option<&'d Dictionary>,
        ctm: Matrix,
        depth: usize,
    ) -> Result<(), PdfTextError> {
        if depth >= self.limits.max_xobject_depth.min(MAX_FORM_DEPTH) {
            return Ok(());
        }
        if let Some(id) = id {
            if self.form_stack.contains(&id) {
                return Ok(());
            }
        }
        let Ok(stream) = obj.as_stream() else {
            return Ok(());
        };
        let res = dict_get(self.doc, &stream.dict, b"Resources")
            .and_then(|o| o.as_dict().ok())
            .or(parent_res);
        let Some(data) = self.content_bytes(obj) else {
            return Ok(());
        };
        if let Some(id) = id {
            self.form_stack.push(id);
        }
        let result = self.run(&data, res, ctm, depth + 1);
        if id.is_some() {
            self.form_stack.pop();
        }
        result
    }

    /// The /ActualText of a `BDC` property list (inline or named in the
    /// `/Properties` resources).
    fn actual_text(
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
    fn replace_with_actual_text(&mut self, text: String, first: usize) {
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
    fn show(&mut self, gs: &GState, tm: &mut Matrix, bytes: &[u8]) {
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
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], tm);
        }
        self.scratch = chars;
    }
}
