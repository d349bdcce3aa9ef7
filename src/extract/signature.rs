//! Visual signatures (SPEC §5): an image or drawn strokes in the signature
//! area of a page, found from the positions the text layer keeps. The area
//! is to the right of and below a "handtekening" label. A line of dots or
//! underscores, or a single ruled line, is not a signature.
//!
//! On a scan there is no text layer: ink is what OCR reads as a short run of
//! stray letters at the label, in the text (`ocr_ink_near_label`) or, where
//! tesseract's reading order parts them, by the lines' boxes
//! (`ocr_ink_beside_label`).

use super::pdf_text::{Glyph, PageText};

/// Labels that open a signature area (lower case). A letter has none: it
/// is signed between its closing ("Met vriendelijke groet,") and the
/// signer's printed name, so the closing opens the area too.
const LABELS: [&str; 6] = [
    "handtekening",
    "ondertekening",
    "signature",
    "paraaf",
    "vriendelijke groet",
    "hoogachtend",
];

/// Whether a line or paragraph holds a label that opens a signature area.
pub fn is_signature_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    LABELS.iter().any(|l| lower.contains(l))
}

/// How far the signature area reaches from its label, in points.
const AREA_RIGHT: f32 = 320.0;
const AREA_BELOW: f32 = 110.0;
/// A signature is often drawn on the line above its label ("____" then
/// "Handtekening"), so the area reaches up about three lines.
const AREA_ABOVE: f32 = 60.0;

/// Segments a painted path needs to be a pen stroke rather than a box.
const MIN_STROKE_SEGMENTS: u32 = 6;

/// Whether the OCR text of a scanned page shows ink at a signature label:
/// OCR reads a handwritten signature as a short run of stray letters
/// ("Amr", "CBrrervn", "gn") on the label's line after its colon, or on a
/// line of its own just above or below it. A typed name with a function
/// ("Noor Dijkstra, teamleider"), a place and date, underscores or dots
/// are not ink.
pub fn ocr_ink_near_label(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.iter().enumerate().any(|(i, line)| {
        let lower = line.to_lowercase();
        let Some(at) = LABELS.iter().filter_map(|l| lower.find(l)).min() else {
            return false;
        };
        let after_label = line
            .get(at..)
            .and_then(|rest| rest.split_once(':'))
            .map_or("", |(_, after)| after.trim());
        // The signature stands on the label's line, just under it, or above
        // it over the printed name, place and date.
        let near = (i.saturating_sub(3)..=i + 2).filter(|&j| j != i);
        is_scribble(after_label) || near.filter_map(|j| lines.get(j)).any(|l| is_scribble(l))
    })
}

/// A line OCR read, with its box in image pixels (y down).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OcrLine {
    pub text: String,
    pub left: i32,
    pub top: i32,
    pub width: i32,
    pub height: i32,
}

/// Rows above a label's line that its signature may stand on, and below it,
/// in the label's line heights: a name is signed over the printed name,
/// place and date, or on the line under the label.
const OCR_ROWS_ABOVE: i32 = 3;
const OCR_ROWS_BELOW: i32 = 2;

/// Whether a scanned page shows ink at a signature label, by position: a
/// scribble on the label's row to its right, or just above or below it.
/// Tesseract reads a form's column of labels and its column of filled-in
/// values as separate blocks, so in the text a signature beside its label
/// can end up many lines away from it (`ocr_ink_near_label` misses it).
pub fn ocr_ink_beside_label(lines: &[OcrLine]) -> bool {
    lines.iter().enumerate().any(|(i, label)| {
        if !is_signature_label(&label.text) {
            return false;
        }
        let h = label.height.max(1);
        let (top, bottom) = (
            label.top - OCR_ROWS_ABOVE * h,
            label.top + label.height + OCR_ROWS_BELOW * h,
        );
        lines.iter().enumerate().any(|(j, line)| {
            let middle = line.top + line.height / 2;
            j != i
                && (top..=bottom).contains(&middle)
                // Beside or under the label, not in a column left of it.
                && line.left + line.width > label.left
                && line.height <= 4 * h
                && is_scribble(&line.text)
        })
    })
}

/// A short run of letters that is not a name line, a date, a label or a
/// line to write on.
fn is_scribble(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c == '_' || c == '.' || c.is_whitespace());
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let words = t.split_whitespace().count();
    let lower = t.to_lowercase();
    let is_label = [
        "datum",
        "plaats",
        "naam",
        "functie",
        "handtekening",
        "paraaf",
    ]
    .iter()
    .any(|l| lower.starts_with(l));
    let blank = text
        .chars()
        .all(|c| matches!(c, '_' | '.' | '…' | '-' | ' ' | ':'));
    // "Mark Veenstra": a printed name under the line, not a signature.
    // A name word is a capital followed by small letters ("Veenstra", not
    // "SG" or "CBrrervn").
    let capitalised_words = t
        .split_whitespace()
        .filter(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().count() >= 1
                && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
        })
        .count();
    // Scribbles are short; a long word is the end of a wrapped sentence.
    let letters_scribble = !blank
        && (2..=14).contains(&letters)
        && !t.ends_with('.')
        && (1..=3).contains(&words)
        && capitalised_words < 2
        && !t.contains(',')
        && !t.chars().any(|c| c.is_ascii_digit())
        && !is_label;
    // A short stroke OCR reads as dashes ("——"), not a long line to sign on.
    let dash_scribble =
        t.chars().count() <= 4 && t.chars().filter(|c| matches!(c, '—' | '~')).count() >= 2;
    letters_scribble || dash_scribble
}

/// A rectangle in page space (y up).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Area {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

impl Area {
    fn intersects(&self, x: f32, y: f32, w: f32, h: f32) -> bool {
        x < self.x1 && x + w > self.x0 && y < self.y1 && y + h > self.y0
    }
}

/// The 1-based number of the first page with a visual signature.
pub fn visual_signature_page(pages: &[PageText]) -> Option<u32> {
    pages
        .iter()
        .position(|p| label_areas(&p.glyph_runs).iter().any(|a| has_mark(p, a)))
        .map(|i| i as u32 + 1)
}

/// An image of some size, or a path drawn with many segments (a pen
/// stroke), inside the area.
fn has_mark(page: &PageText, area: &Area) -> bool {
    let image = page.images.iter().any(|i| {
        i.width >= 20.0 && i.height >= 8.0 && area.intersects(i.x, i.y, i.width, i.height)
    });
    // A pen stroke is a path of many (curve) segments; a form field's box
    // or a ruled line has four or fewer and is no signature.
    let strokes = page
        .paths
        .iter()
        .filter(|p| area.intersects(p.x, p.y, p.width, p.height))
        .filter(|p| p.height >= 4.0 && p.width >= 10.0 && p.segments >= MIN_STROKE_SEGMENTS)
        .map(|p| p.segments)
        .sum::<u32>()
        >= 8;
    image || strokes
}

/// The signature areas of a page: one per signature label.
fn label_areas(glyphs: &[Glyph]) -> Vec<Area> {
    let text: String = glyphs.iter().map(|g| g.text.to_lowercase()).collect();
    // Byte offset in `text` → glyph index.
    let mut starts = Vec::with_capacity(glyphs.len());
    let mut offset = 0;
    for g in glyphs {
        starts.push(offset);
        offset += g.text.to_lowercase().len();
    }
    let glyph_at = |byte: usize| starts.iter().rposition(|&s| s <= byte);
    let mut areas = Vec::new();
    for label in LABELS {
        for (at, _) in text.match_indices(label) {
            let (Some(first), Some(last)) = (glyph_at(at), glyph_at(at + label.len() - 1)) else {
                continue;
            };
            let (Some(a), Some(b)) = (glyphs.get(first), glyphs.get(last)) else {
                continue;
            };
            let size = a.font_size.max(6.0);
            areas.push(Area {
                x0: a.x - 10.0,
                y0: a.y - AREA_BELOW,
                x1: b.x + b.width + AREA_RIGHT,
                y1: a.y + size + AREA_ABOVE,
            });
        }
    }
    areas
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::pdf_text::{ImagePlacement, PathBox};

    fn label(x: f32, y: f32) -> Vec<Glyph> {
        "Handtekening:"
            .chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                text: c.to_string(),
                x: x + i as f32 * 6.0,
                y,
                width: 6.0,
                font_size: 11.0,
            })
            .collect()
    }

    fn page(images: Vec<ImagePlacement>, paths: Vec<PathBox>) -> PageText {
        PageText {
            text: "Handtekening:".into(),
            glyph_runs: label(72.0, 200.0),
            images,
            paths,
            lines: Vec::new(),
        }
    }

    #[test]
    fn a_letter_is_signed_between_its_closing_and_the_name() {
        let signed = "Het dienstverband is niet opgezegd.\nMet vriendelijke groet,\nAmr\nA. Veldman, manager bedrijfsvoering\n";
        assert!(ocr_ink_near_label(signed));
        let unsigned = "Het dienstverband is niet opgezegd.\nMet vriendelijke groet,\nA. Veldman, manager bedrijfsvoering\n";
        assert!(!ocr_ink_near_label(unsigned));
        assert!(is_signature_label("Hoogachtend,"));
    }

    #[test]
    fn an_image_next_to_the_label_is_a_signature() {
        let img = ImagePlacement {
            x: 160.0,
            y: 170.0,
            width: 120.0,
            height: 40.0,
        };
        assert_eq!(visual_signature_page(&[page(vec![img], vec![])]), Some(1));
        let far = ImagePlacement {
            x: 160.0,
            y: 700.0,
            width: 120.0,
            height: 40.0,
        };
        assert_eq!(
            visual_signature_page(&[page(vec![far], vec![])]),
            None,
            "a logo at the top is not"
        );
    }

    #[test]
    fn strokes_count_but_a_ruled_line_does_not() {
        let stroke = PathBox {
            x: 160.0,
            y: 185.0,
            width: 110.0,
            height: 25.0,
            segments: 40,
        };
        assert_eq!(
            visual_signature_page(&[page(vec![], vec![stroke])]),
            Some(1)
        );
        let line = PathBox {
            x: 160.0,
            y: 195.0,
            width: 200.0,
            height: 0.5,
            segments: 1,
        };
        assert_eq!(visual_signature_page(&[page(vec![], vec![line])]), None);
        assert_eq!(
            visual_signature_page(&[page(vec![], vec![])]),
            None,
            "dots are text, not a mark"
        );
    }

    #[test]
    fn ocr_stray_letters_at_the_label_are_ink_but_names_dates_and_lines_are_not() {
        assert!(ocr_ink_near_label(
            "Plaats: Leiden\nHandtekening werkgever:\nAmr\nNoor Dijkstra, teamleider"
        ));
        assert!(ocr_ink_near_label(
            "Handtekening leidinggevende: an\nMiriam Dijkstra, teamleider"
        ));
        assert!(ocr_ink_near_label(
            "= —__ eo\nLinda Prins\nLeiden, 8 augustus 2025\nHandtekening aanvrager:"
        ));
        assert!(!ocr_ink_near_label(
            "Handtekening aanvrager:\n______________________\nMark Veenstra\nLeiden, 8-8-2025"
        ));
        assert!(!ocr_ink_near_label(
            "voorwaarden van de certificeringsregeling.\nHandtekening:\n...................."
        ));
        assert!(!ocr_ink_near_label("Geen label hier\nAmr"));
    }

    fn line(text: &str, left: i32, top: i32, width: i32) -> OcrLine {
        OcrLine {
            text: text.into(),
            left,
            top,
            width,
            height: 40,
        }
    }

    #[test]
    fn ocr_ink_beside_a_label_counts_where_the_text_order_parts_them() {
        // A form read as a column of labels, then a column of values with
        // the signature in it: far apart in the text, side by side on the
        // page.
        let page = [
            line("Naam", 250, 500, 120),
            line("Handtekening aanvrager:", 250, 1800, 480),
            line("Ahmed van Leeuwen", 900, 500, 400),
            line("A.", 900, 590, 40),
            line("15 februari 1968", 900, 680, 300),
            line("03-03-2025", 900, 770, 200),
            line("C öner", 950, 1760, 300),
            line("Ahmed van Leeuwen", 900, 1860, 400),
        ];
        let text: Vec<&str> = page.iter().map(|l| l.text.as_str()).collect();
        assert!(!ocr_ink_near_label(&text.join("\n")));
        assert!(ocr_ink_beside_label(&page));
    }

    #[test]
    fn no_ocr_ink_without_a_scribble_beside_the_label() {
        let unsigned = [
            line("Handtekening aanvrager:", 250, 1800, 480),
            line("Ahmed van Leeuwen", 900, 1860, 400),
            line("Den Haag, 27 februari 2025", 250, 1700, 500),
        ];
        assert!(!ocr_ink_beside_label(&unsigned));
        // Stray letters far above the label, or in a column left of it,
        // are not its signature.
        let far = [
            line("Handtekening:", 900, 1800, 300),
            line("Amr", 950, 1000, 100),
            line("gn", 100, 1800, 60),
        ];
        assert!(!ocr_ink_beside_label(&far));
        assert!(!ocr_ink_beside_label(&[line("Amr", 950, 1800, 100)]));
    }
}
