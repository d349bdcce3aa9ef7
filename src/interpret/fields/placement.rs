//! Where a label's value stands: the rest of the label's own segment, the
//! cell to its right, or the cell below it — and a text value that wraps
//! onto the lines under it.
//!
//! Separate from label search because it works on positions (segments,
//! columns, line gaps) once a label has been found.

use super::values::{type_fits, without_full_stop, without_ocr_fence};
use super::{Capture, FieldReader, Found, ValueType};
use crate::extract::positioned::{Line, Segment};
use crate::text::label;

impl FieldReader<'_> {
    /// The value of a label found at segment `si` of line `li`.
    pub(super) fn value_for(
        &self,
        li: usize,
        si: usize,
        m: &label::LabelMatch,
        ty: ValueType,
    ) -> Option<Found> {
        let line = self.lines.get(li)?;
        let seg = line.segments.get(si)?;
        let rest = seg.text.get(m.value_start..).unwrap_or("").trim();
        if !rest.is_empty() && type_fits(rest, ty) {
            let mut value = rest.to_string();
            if ty == ValueType::Text {
                // Where the value starts on the segment, by its share of
                // the characters.
                let total = seg.text.chars().count().max(1) as f32;
                let before = seg.text[..m.value_start].chars().count() as f32;
                let x = seg.x0 + (seg.x1 - seg.x0) * before / total;
                value = self.with_continuation(li, x, value);
            }
            return Some(found(value, line.page, seg, Capture::SameSegment));
        }
        if !rest.is_empty() && m.separated && ty != ValueType::Text {
            // "Datum: onbekend": the label has a value, of the wrong type.
            return None;
        }
        // In a header row (two or more labels side by side) values stand
        // under their labels, not beside them.
        let header_row = line
            .segments
            .iter()
            .filter(|s| self.is_label(&s.text))
            .count()
            >= 2;
        if let Some(next) = line.segments.get(si + 1).filter(|_| !header_row) {
            if !self.is_label(&next.text)
                && !label::is_label_residue(&next.text)
                && type_fits(&next.text, ty)
            {
                let mut value = next.text.trim().to_string();
                if ty == ValueType::Text {
                    value = self.with_continuation(li, next.x0, value);
                }
                return Some(found(value, line.page, next, Capture::Right));
            }
        }
        // The line below: the segment under the label or its value column.
        let below = self.line_below(li)?;
        let column = line.segments.get(si + 1).map_or(seg.x0, |n| n.x0);
        let under = below
            .segments
            .iter()
            .find(|s| s.x0 <= column + 4.0 && s.x1 >= seg.x0.min(column))
            .or_else(|| {
                (line.segments.len() == si + 1)
                    .then(|| below.segments.first())
                    .flatten()
            })?;
        if self.is_label(&under.text) || label::is_label_residue(&under.text) {
            return None;
        }
        if !type_fits(&under.text, ty) {
            return None;
        }
        Some(found(
            under.text.trim().to_string(),
            below.page,
            under,
            Capture::Below,
        ))
    }

    /// The next line on the same page, if it is close (a value under its
    /// label, not the next paragraph).
    pub(super) fn line_below(&self, li: usize) -> Option<&Line> {
        let line = self.lines.get(li)?;
        let next = self.lines.get(li + 1)?;
        let height = (line.bottom() - line.top()).max(6.0);
        (next.page == line.page && next.top() - line.bottom() < 2.0 * height).then_some(next)
    }

    /// A text value that wraps: the following lines that start in the
    /// value's column and have nothing in the label column.
    fn with_continuation(&self, li: usize, column: f32, mut value: String) -> String {
        for at in li..li + 3 {
            let Some(next) = self.line_below(at) else {
                break;
            };
            let Some(first) = next.segments.first() else {
                break;
            };
            if (first.x0 - column).abs() > 4.0 || next.segments.len() > 1 {
                break;
            }
            if self.is_label(&first.text) || label::is_label_residue(&first.text) {
                break;
            }
            value.push(' ');
            value.push_str(first.text.trim());
        }
        value
    }
}

pub(super) fn found(value: String, page: u32, seg: &Segment, capture: Capture) -> Found {
    Found {
        value: without_full_stop(without_ocr_fence(&value).to_string()),
        page,
        bbox: [seg.x0, seg.top, seg.x1, seg.bottom],
        label: String::new(),
        score: 0.0,
        capture,
        weak: false,
    }
}
