//! The affine matrices of PDF graphics: composing them, applying them to a
//! point, reading them from a file, and fitting a form's box to a rectangle.
//!
//! Content streams, Form XObjects and annotation appearances all place what
//! they draw through these; the arithmetic lives here once so that the
//! operator interpreter reads as operators.

use lopdf::{Document, Object};

use super::objects::{as_number, resolve};

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

/// A move by `(tx, ty)`.
pub(crate) fn translation(tx: f64, ty: f64) -> Matrix {
    [1.0, 0.0, 0.0, 1.0, tx, ty]
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

/// The bounding box `[x0, y0, x1, y1]` of the rectangle `b` mapped by `m`.
pub(crate) fn transformed_bounds(m: &Matrix, b: &[f64; 4]) -> [f64; 4] {
    let corners = [
        apply(m, b[0], b[1]),
        apply(m, b[2], b[1]),
        apply(m, b[0], b[3]),
        apply(m, b[2], b[3]),
    ];
    let x0 = corners.iter().map(|c| c.0).fold(f64::INFINITY, f64::min);
    let y0 = corners.iter().map(|c| c.1).fold(f64::INFINITY, f64::min);
    let x1 = corners
        .iter()
        .map(|c| c.0)
        .fold(f64::NEG_INFINITY, f64::max);
    let y1 = corners
        .iter()
        .map(|c| c.1)
        .fold(f64::NEG_INFINITY, f64::max);
    [x0, y0, x1, y1]
}

/// The matrix mapping the appearance's transformed bounding box onto the
/// annotation rectangle (ISO 32000-1, 12.5.5).
pub(crate) fn bbox_to_rect(matrix: &Matrix, bbox: &[f64; 4], rect: &[f64; 4]) -> Matrix {
    let [x0, y0, x1, y1] = transformed_bounds(matrix, bbox);
    let sx = if x1 > x0 {
        (rect[2] - rect[0]) / (x1 - x0)
    } else {
        1.0
    };
    let sy = if y1 > y0 {
        (rect[3] - rect[1]) / (y1 - y0)
    } else {
        1.0
    };
    [sx, 0.0, 0.0, sy, rect[0] - x0 * sx, rect[1] - y0 * sy]
}
