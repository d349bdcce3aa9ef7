//! Positioned lines: the layout every reader hands to the field stage.
//!
//! A label and its value are tied by where they sit, not by how a text
//! extractor happened to join them: "Tijd aanwezigheid (excl. pauze &" and
//! "5" are two segments of one line, the wrapped "inloop) - A" a line
//! below. PDF line fragments, docx paragraphs and table cells, and sheet
//! cells all map onto the same model, so one field reader serves them all.
//!
//! Coordinates are in points from the top-left of the page (y grows down).
//! Formats without geometry get a synthetic one: a docx paragraph or a sheet
//! row is one line of [`SYNTHETIC_LINE_HEIGHT`], a table or sheet column
//! [`SYNTHETIC_COLUMN_WIDTH`] wide, which keeps "the cell to the right" and
//! "the cell below" meaningful.

use serde::{Deserialize, Serialize};

/// Height of one line of a format without geometry.
pub const SYNTHETIC_LINE_HEIGHT: f32 = 14.0;
/// Width of one table or sheet column of a format without geometry.
pub const SYNTHETIC_COLUMN_WIDTH: f32 = 120.0;
/// Font size given to text of a format without geometry.
pub const SYNTHETIC_SIZE: f32 = 10.0;

/// A run of text on one line with no wide gap inside: a PDF line fragment,
/// a table cell, a sheet cell, a tab-separated part of a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub text: String,
    pub x0: f32,
    pub x1: f32,
    pub top: f32,
    pub bottom: f32,
    /// Font size in points.
    pub size: f32,
    /// Set in a bold face (PDF font name or weight, docx `w:b`, heading style).
    pub bold: bool,
}

/// One visual line of a page: its segments from left to right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// 1-based page (a sheet counts as a page).
    pub page: u32,
    pub segments: Vec<Segment>,
}

impl Line {
    pub fn top(&self) -> f32 {
        self.segments
            .iter()
            .map(|s| s.top)
            .fold(f32::INFINITY, f32::min)
    }

    pub fn bottom(&self) -> f32 {
        self.segments
            .iter()
            .map(|s| s.bottom)
            .fold(f32::NEG_INFINITY, f32::max)
    }

    pub fn x0(&self) -> f32 {
        self.segments
            .iter()
            .map(|s| s.x0)
            .fold(f32::INFINITY, f32::min)
    }

    /// The segments joined by a space.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for s in &self.segments {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&s.text);
        }
        out
    }

    /// The largest font size on the line.
    pub fn size(&self) -> f32 {
        self.segments.iter().map(|s| s.size).fold(0.0, f32::max)
    }

    /// Every segment with letters is bold.
    pub fn bold(&self) -> bool {
        let lettered: Vec<&Segment> = self
            .segments
            .iter()
            .filter(|s| s.text.chars().any(char::is_alphabetic))
            .collect();
        !lettered.is_empty() && lettered.iter().all(|s| s.bold)
    }
}

/// Segments grouped into visual lines: two segments are on one line when
/// their vertical extents overlap by `min_overlap` of the smaller height
/// (half for a text layer: PDFBOX-731's rule in spirit); each line's
/// segments from left to right. Page numbers are set by the caller.
pub fn rows_from_segments(mut segments: Vec<Segment>, min_overlap: f32) -> Vec<Line> {
    segments.sort_by(|a, b| a.top.total_cmp(&b.top).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Line> = Vec::new();
    for s in segments {
        let joins = lines.last().is_some_and(|l| {
            let (top, bottom) = (l.top(), l.bottom());
            let overlap = bottom.min(s.bottom) - top.max(s.top);
            let smaller = (bottom - top).min(s.bottom - s.top).max(0.1);
            overlap >= min_overlap * smaller
        });
        match lines.last_mut() {
            Some(l) if joins => l.segments.push(s),
            _ => lines.push(Line {
                page: 0,
                segments: vec![s],
            }),
        }
    }
    for l in &mut lines {
        l.segments.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    lines
}

/// Lines of a page known only as text (OCR output, plain text, CSV): one
/// line per text line, split into segments at tabs and at runs of three or
/// more spaces, which is how such text shows a column gap.
pub fn lines_from_text(page: u32, text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    for (row, raw) in text.lines().enumerate() {
        let top = row as f32 * SYNTHETIC_LINE_HEIGHT;
        let mut segments = Vec::new();
        for (column, part) in split_columns(raw) {
            segments.push(synthetic_segment(part, column, top, false));
        }
        if !segments.is_empty() {
            lines.push(Line { page, segments });
        }
    }
    lines
}

/// The parts of a text line with the character column each starts at.
fn split_columns(line: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut spaces = 0;
    let mut column = 0;
    let mut start_column = 0;
    for (i, c) in line.char_indices() {
        if c == '\t' || (c.is_whitespace() && spaces >= 2) {
            if let Some(s) = start.take() {
                push_part(&mut parts, start_column, &line[s..i]);
            }
            spaces = 0;
        } else if c.is_whitespace() {
            spaces += 1;
        } else {
            spaces = 0;
            if start.is_none() {
                start = Some(i);
                start_column = column;
            }
        }
        column += if c == '\t' { 8 - column % 8 } else { 1 };
    }
    if let Some(s) = start {
        push_part(&mut parts, start_column, &line[s..]);
    }
    parts
}

fn push_part<'a>(parts: &mut Vec<(usize, &'a str)>, column: usize, text: &'a str) {
    let text = text.trim();
    if !text.is_empty() {
        parts.push((column, text));
    }
}

/// A segment of a format without geometry; `column` in characters.
fn synthetic_segment(text: &str, column: usize, top: f32, bold: bool) -> Segment {
    let x0 = column as f32 * SYNTHETIC_SIZE * 0.5;
    Segment {
        text: text.to_string(),
        x0,
        x1: x0 + text.chars().count() as f32 * SYNTHETIC_SIZE * 0.5,
        top,
        bottom: top + SYNTHETIC_SIZE,
        size: SYNTHETIC_SIZE,
        bold,
    }
}

/// A table row or sheet row: one segment per non-empty cell, each in its
/// own column, so the cell to the right and the cell below line up.
pub fn row_line(page: u32, row: usize, cells: &[(usize, String)], bold: bool) -> Option<Line> {
    let top = row as f32 * SYNTHETIC_LINE_HEIGHT;
    let segments: Vec<Segment> = cells
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(column, text)| {
            let x0 = *column as f32 * SYNTHETIC_COLUMN_WIDTH;
            Segment {
                text: text.trim().to_string(),
                x0,
                x1: x0 + SYNTHETIC_COLUMN_WIDTH * 0.9,
                top,
                bottom: top + SYNTHETIC_SIZE,
                size: SYNTHETIC_SIZE,
                bold,
            }
        })
        .collect();
    (!segments.is_empty()).then_some(Line { page, segments })
}

/// A paragraph of a format without geometry, on synthetic line `row`:
/// tab-separated parts become segments.
pub fn paragraph_line(page: u32, row: usize, text: &str, size: f32, bold: bool) -> Option<Line> {
    let top = row as f32 * SYNTHETIC_LINE_HEIGHT;
    let segments: Vec<Segment> = split_columns(text)
        .into_iter()
        .map(|(column, part)| Segment {
            size,
            ..synthetic_segment(part, column, top, bold)
        })
        .collect();
    (!segments.is_empty()).then_some(Line { page, segments })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_lines_split_at_tabs_and_wide_gaps() {
        let lines = lines_from_text(
            1,
            "Naam\tZoë de Vries\nTijd aanwezigheid (excl. pauze &     5\n\nvrije tekst met  twee spaties",
        );
        assert_eq!(lines.len(), 3);
        let texts: Vec<&str> = lines[0].segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["Naam", "Zoë de Vries"]);
        assert_eq!(lines[1].segments.len(), 2);
        assert_eq!(lines[1].segments[1].text, "5");
        assert_eq!(lines[2].segments.len(), 1, "two spaces are a word gap");
        assert!(lines[1].top() < lines[2].top());
    }

    #[test]
    fn rows_put_cells_in_columns() {
        let cells = vec![(0, "Datum".to_string()), (2, "Uren".to_string())];
        let line = row_line(1, 3, &cells, true).expect("a row with text"); // ok: test
        assert_eq!(line.segments.len(), 2);
        assert!(line.segments[1].x0 > line.segments[0].x1);
        assert!(line.bold());
        assert_eq!(line.text(), "Datum Uren");
        assert!(row_line(1, 4, &[(0, " ".to_string())], false).is_none());
    }
}
