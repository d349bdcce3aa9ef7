//! Content-stream interpreter: runs the text, graphics-state, XObject and
//! path operators of a page and records every shown glyph with its
//! position in user space, plus where images and painted paths landed.
//!
//! Supported: `BT ET Tf Td TD Tm T* Tc Tw Tz TL Ts Tr ' " Tj TJ`, `cm q Q`,
//! `Do` (images; Form XObjects with `/Matrix` and `/Resources`, depth- and
//! cycle-limited), inline images, `m l c v y re h` and the painting
//! operators, and marked content with `/ActualText` (which replaces the
//! glyphs it covers). Work is bounded by [`Limits`](super::Limits).
//!
//! This module runs the operator loop, the graphics-state stack and the
//! forms; `text` turns shown strings into glyphs and `marks` records paths
//! and images.

mod marks;
mod text;

use std::rc::Rc;
use std::time::Instant;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{DecodedChar, Font, FontCache};
use super::lexer::{Lexer, Operand, Token};
use super::matrix::{matrix_from_object, mul, translation, Matrix, IDENTITY};
use super::objects::{dict_get, resolve, stream_bytes};
use super::{ImagePlacement, Limits, PathBox, PdfTextError};
use marks::PathBuilder;
pub(crate) use text::RawGlyph;

/// Most operands kept for one operator; extra ones are dropped.
const MAX_OPERANDS: usize = 64;

/// Deepest `q` nesting tracked.
const MAX_GSTATE_DEPTH: usize = 256;

/// Hard cap on Form XObject nesting, whatever the limits say (stack safety).
const MAX_FORM_DEPTH: usize = 64;

/// Decoded bytes of content (page and forms) processed per page at most.
const MAX_CONTENT_BYTES: usize = 128 << 20;

/// How often (in operators) the deadline is checked.
const DEADLINE_CHECK_EVERY: usize = 256;

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

/// The six numbers of a `cm` or `Tm` operator.
fn matrix_operands(ops: &[Operand<'_>]) -> Matrix {
    std::array::from_fn(|i| num(ops, i))
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
                    gs.ctm = mul(&matrix_operands(o), &gs.ctm);
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
                    tlm = mul(&translation(num(o, 0), num(o, 1)), &tlm);
                    tm = tlm;
                }
                b"TD" => {
                    gs.leading = -num(o, 1);
                    tlm = mul(&translation(num(o, 0), num(o, 1)), &tlm);
                    tm = tlm;
                }
                b"Tm" => {
                    tlm = matrix_operands(o);
                    tm = tlm;
                }
                b"T*" => {
                    tlm = mul(&translation(0.0, -gs.leading), &tlm);
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
                    tlm = mul(&translation(0.0, -gs.leading), &tlm);
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
                                        translation(0.0, shift)
                                    } else {
                                        translation(shift * gs.h_scale, 0.0)
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
                    self.paint(&mut path);
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
}
