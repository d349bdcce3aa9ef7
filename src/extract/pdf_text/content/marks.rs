//! What the interpreter records besides text: the bounding boxes of painted
//! paths and where images were drawn, for the signature rules that look for
//! a drawn signature near a word.
//!
//! Separate because none of it depends on the text state: only the CTM and
//! the path operators, each kept within a per-page budget.

use super::Interpreter;
use crate::extract::pdf_text::matrix::{apply, transformed_bounds, Matrix};
use crate::extract::pdf_text::{ImagePlacement, PathBox};

/// Most path boxes recorded per page.
const MAX_PATHS: usize = 50_000;

/// Most image placements recorded per page.
const MAX_IMAGES: usize = 10_000;

/// Bounding box of the path under construction.
#[derive(Default)]
pub(super) struct PathBuilder {
    min: (f64, f64),
    max: (f64, f64),
    pub(super) segments: u32,
    current: Option<(f64, f64)>,
}

impl PathBuilder {
    pub(super) fn add_point(&mut self, ctm: &Matrix, x: f64, y: f64) {
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

    pub(super) fn take(&mut self) -> Option<PathBox> {
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

impl Interpreter<'_, '_> {
    /// Record where an image lands: its unit square mapped by the CTM.
    pub(super) fn place_image(&mut self, ctm: &Matrix) {
        if self.sink.images.len() >= MAX_IMAGES {
            return;
        }
        let [x0, y0, x1, y1] = transformed_bounds(ctm, &[0.0, 0.0, 1.0, 1.0]);
        if x0.is_finite() && y0.is_finite() && x1.is_finite() && y1.is_finite() {
            self.sink.images.push(ImagePlacement {
                x: x0 as f32,
                y: y0 as f32,
                width: (x1 - x0) as f32,
                height: (y1 - y0) as f32,
            });
        }
    }

    /// Record the path just painted (stroked or filled), within the budget.
    pub(super) fn paint(&mut self, path: &mut PathBuilder) {
        if let Some(pb) = path.take() {
            if self.sink.paths.len() < MAX_PATHS {
                self.sink.paths.push(pb);
            }
        }
    }
}
