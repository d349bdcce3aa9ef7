//! Layout: turns positioned glyphs into page text.
//!
//! Mirrors the behaviour of poppler's `pdftotext` reading-order mode:
//! 1. glyphs become words in content order (a word ends at a whitespace
//!    glyph, a gap wider than 0.1 × font size, an overlap, a baseline or
//!    font-size change, or a change of text direction);
//! 2. duplicated words (fake bold, shadows) are dropped;
//! 3. words are grouped into lines by baseline and split into line
//!    fragments at wide gaps; inside a fragment words are ordered by
//!    position and separated by a space when their gap is at least
//!    0.03 × font size (lines of single letters use the letter pitch);
//! 4. fragments are put in reading order by recursive XY-cuts (columns
//!    before rows), joined with `\n`; a line ending in `-` that continues
//!    on the next line of the same column is joined without the hyphen.
//!
//! Coordinates are first rotated so that every text direction reads along
//! +p with lines stacked towards −s.
//!
//! The steps are submodules: `words` (1, 2), `lines` (3), `order` (4) and
//! `bidi` (right-to-left lines); this module holds what they share (the
//! word and fragment, the tolerances more than one step uses) and runs them
//! per text direction.

mod bidi;
mod lines;
mod order;
mod words;

use std::time::Instant;

use unicode_normalization::UnicodeNormalization;

use super::content::RawGlyph;
use super::PdfTextError;
use bidi::{is_rtl, reorder_bidi};
use lines::{build_fragments, fragment_text};
use order::{continues_below, continues_right, pull_up_continuations, reading_order};
use words::{build_words, drop_duplicates};

fn check(deadline: Option<Instant>) -> Result<(), PdfTextError> {
    match deadline {
        Some(d) if Instant::now() >= d => Err(PdfTextError::DeadlineExceeded),
        _ => Ok(()),
    }
}

/// Largest baseline difference (user-space units) inside one word.
const WORD_BASE_TOLERANCE: f64 = 0.5;

/// Duplicate detection tolerances (× font size) along and across lines.
const DUP_PRIMARY: f64 = 0.1;

const DUP_SECONDARY: f64 = 0.2;

/// Baseline difference (× font size) still counted as the same line.
const LINE_BASE_TOLERANCE: f64 = 0.5;

/// Ascent and descent (× font size) used for fragment boxes.
const ASCENT: f64 = 0.75;

const DESCENT: f64 = 0.2;

/// The page's visible area in user space: `[x0, y0, x1, y1]`.
pub(crate) type CropBox = [f64; 4];

#[derive(Debug, Clone)]
struct Word {
    text: String,
    chars: usize,
    p_min: f64,
    p_max: f64,
    base: f64,
    size: f64,
    rot: u8,
    /// Start of the last glyph, for overlap detection.
    last_start: f64,
    bold: bool,
}

#[derive(Debug)]
struct Fragment {
    words: Vec<Word>,
    /// Gap at which two words get a space (decided per baseline line).
    space: f64,
    p_min: f64,
    p_max: f64,
    base: f64,
    size: f64,
}

impl Fragment {
    /// Every word with letters is set in a bold face.
    fn is_bold(&self) -> bool {
        let mut lettered = self
            .words
            .iter()
            .filter(|w| w.text.chars().any(char::is_alphabetic))
            .peekable();
        lettered.peek().is_some() && lettered.all(|w| w.bold)
    }

    fn top(&self) -> f64 {
        self.base + ASCENT * self.size
    }
    fn bottom(&self) -> f64 {
        self.base - DESCENT * self.size
    }
}

/// Is the glyph visible on the page (poppler drops the others)?
pub(crate) fn inside(g: &RawGlyph, crop: &CropBox) -> bool {
    let (xa, xb) = (g.x.min(g.x + g.dx), g.x.max(g.x + g.dx));
    let (ya, yb) = (g.y.min(g.y + g.dy), g.y.max(g.y + g.dy));
    xb >= crop[0] && xa <= crop[2] && yb >= crop[1] && ya <= crop[3]
}

/// A line fragment in reading order, in the frame of its text direction
/// (for upright text: `p` is x, `base` is the baseline's y, upwards).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlacedFragment {
    pub(crate) text: String,
    pub(crate) p_min: f64,
    pub(crate) p_max: f64,
    pub(crate) top: f64,
    pub(crate) bottom: f64,
    pub(crate) size: f64,
    pub(crate) bold: bool,
    pub(crate) rot: u8,
}

/// Lays out the glyphs of one page (already filtered to the visible area):
/// the page text, and its line fragments in reading order with their
/// positions (what the field stage reads labels and values from).
pub(crate) fn page_text(
    glyphs: &[&RawGlyph],
    deadline: Option<Instant>,
) -> Result<(String, Vec<PlacedFragment>), PdfTextError> {
    let words = drop_duplicates(build_words(glyphs));
    check(deadline)?;
    let balance: i64 = words
        .iter()
        .flat_map(|w| w.text.chars())
        .map(|c| match (is_rtl(c), c.is_alphabetic()) {
            (true, _) => -1,
            (false, true) => 1,
            _ => 0,
        })
        .sum();
    let primary_ltr = balance >= 0;
    let mut by_rot: [Vec<Word>; 4] = Default::default();
    for w in words {
        if let Some(group) = by_rot.get_mut(usize::from(w.rot)) {
            group.push(w);
        }
    }
    let mut out = String::new();
    let mut placed = Vec::new();
    for group in by_rot {
        if group.is_empty() {
            continue;
        }
        let frags = build_fragments(group);
        check(deadline)?;
        let mut order = reading_order(&frags);
        check(deadline)?;
        pull_up_continuations(&frags, &mut order);
        let mut pending_hyphen = false;
        for (k, &i) in order.iter().enumerate() {
            let Some(frag) = frags.get(i) else { continue };
            let mut text = fragment_text(frag);
            if text.chars().any(is_rtl) {
                text = reorder_bidi(&text, primary_ltr);
            }
            placed.push(PlacedFragment {
                text: text.clone(),
                p_min: frag.p_min,
                p_max: frag.p_max,
                top: frag.top(),
                bottom: frag.bottom(),
                size: frag.size,
                bold: frag.is_bold(),
                rot: frag.words.first().map_or(0, |w| w.rot),
            });
            let same_line = k
                .checked_sub(1)
                .and_then(|j| order.get(j))
                .and_then(|&j| frags.get(j))
                .is_some_and(|prev| continues_right(prev, frag));
            if !out.is_empty() && !pending_hyphen {
                out.push(if same_line { ' ' } else { '\n' });
            }
            pending_hyphen = false;
            // A hyphen right after a letter or digit at the end of a column line
            // splits a word: join it with the next line, dropping the hyphen.
            let hyphenated =
                text.ends_with('-') && text.chars().rev().nth(1).is_some_and(char::is_alphanumeric);
            // pdftotext also swallows a line that is only a hyphen (empty
            // table cells) when more text follows.
            if text == "-" && k + 1 < order.len() {
                pending_hyphen = true;
                continue;
            }
            if hyphenated {
                let continues = order
                    .get(k + 1)
                    .and_then(|&j| frags.get(j))
                    .is_some_and(|next| continues_below(frag, next));
                if continues {
                    text.pop();
                    pending_hyphen = true;
                }
            }
            out.push_str(&text);
        }
    }
    Ok((out, placed))
}

/// Fragments grouped into visual lines (upright text only: rotated text
/// is stamps and margins, never a label and its value), positioned from
/// the top-left of the crop box. Page numbers are set by the caller.
pub(crate) fn positioned_lines(
    fragments: &[PlacedFragment],
    crop: &CropBox,
) -> Vec<crate::extract::positioned::Line> {
    use crate::extract::positioned::{rows_from_segments, Segment};
    let segments: Vec<Segment> = fragments
        .iter()
        .filter(|f| f.rot == 0 && !f.text.trim().is_empty())
        .map(|f| Segment {
            text: f.text.nfc().collect(),
            x0: (f.p_min - crop[0]) as f32,
            x1: (f.p_max - crop[0]) as f32,
            top: (crop[3] - f.top) as f32,
            bottom: (crop[3] - f.bottom) as f32,
            size: f.size as f32,
            bold: f.bold,
        })
        .collect();
    rows_from_segments(segments, 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(text: &str, x: f64, y: f64, w: f64, size: f64) -> RawGlyph {
        RawGlyph {
            text: std::rc::Rc::from(text),
            x,
            y,
            dx: w,
            dy: 0.0,
            font_size: size,
            layout_size: size,
            rot: 0,
            bold: false,
        }
    }

    /// Glyphs for a string at 10pt with 5pt advance per char.
    fn run(s: &str, x: f64, y: f64) -> Vec<RawGlyph> {
        s.chars()
            .enumerate()
            .map(|(i, c)| glyph(&c.to_string(), x + 5.0 * i as f64, y, 5.0, 10.0))
            .collect()
    }

    /// Several runs in content order, each `(text, x, baseline)`.
    fn runs(parts: &[(&str, f64, f64)]) -> Vec<RawGlyph> {
        parts.iter().flat_map(|&(s, x, y)| run(s, x, y)).collect()
    }

    fn text(glyphs: &[RawGlyph]) -> String {
        let refs: Vec<&RawGlyph> = glyphs.iter().collect();
        page_text(&refs, None).map(|(t, _)| t).unwrap_or_default()
    }

    #[test]
    fn gaps_make_spaces_and_lines_break() {
        // A gap of 3pt (0.3 × size) without a space glyph: a word space.
        let g = runs(&[
            ("Naam:", 10.0, 700.0),
            ("Zoë", 38.0, 700.0),
            ("Jansen", 10.0, 686.0),
        ]);
        assert_eq!(text(&g), "Naam: Zoë\nJansen");
    }

    #[test]
    fn tiny_gaps_do_not_split_words() {
        let g = runs(&[("offi", 10.0, 700.0), ("ciële", 30.4, 700.0)]);
        assert_eq!(text(&g), "officiële");
    }

    #[test]
    fn out_of_order_content_is_sorted_by_position() {
        let g = runs(&[
            ("world", 38.0, 700.0),
            ("hello", 10.0, 700.0),
            ("below", 10.0, 680.0),
        ]);
        assert_eq!(text(&g), "hello world\nbelow");
    }

    #[test]
    fn explicit_space_glyph_breaks_words() {
        // A line of single letters uses the letter pitch: with a narrow
        // space glyph poppler joins them, with a wide one it keeps them.
        let g = vec![
            glyph("a", 10.0, 700.0, 5.0, 10.0),
            glyph(" ", 15.0, 700.0, 2.5, 10.0),
            glyph("b", 17.5, 700.0, 5.0, 10.0),
        ];
        assert_eq!(text(&g), "ab");
        assert_eq!(text(&run("a b", 10.0, 700.0)), "a b");
        let g = run("ab cd", 10.0, 700.0);
        assert_eq!(text(&g), "ab cd");
    }

    #[test]
    fn duplicates_are_dropped_and_hyphens_joined() {
        let g = runs(&[("bold", 10.0, 700.0), ("bold", 10.3, 700.0)]);
        assert_eq!(text(&g), "bold");
        let g = runs(&[("recerti-", 10.0, 700.0), ("ficering", 10.0, 688.0)]);
        assert_eq!(text(&g), "recertificering");
    }

    #[test]
    fn two_columns_are_read_column_by_column() {
        let mut g = Vec::new();
        for (i, (l, r)) in [("links1", "rechts1"), ("links2", "rechts2")]
            .iter()
            .enumerate()
        {
            let y = 700.0 - 12.0 * i as f64;
            g.extend(run(l, 10.0, y));
            g.extend(run(r, 200.0, y));
        }
        assert_eq!(text(&g), "links1\nlinks2\nrechts1\nrechts2");
    }

    #[test]
    fn superscript_stays_on_line() {
        let mut g = run("1", 10.0, 700.0);
        g.push(glyph("e", 15.0, 703.0, 3.0, 6.0));
        g.extend(run("plaats", 21.0, 700.0));
        assert_eq!(text(&g), "1e plaats");
    }

    #[test]
    fn rotated_text_is_separate() {
        let mut g = run("horizontal", 10.0, 700.0);
        for (i, c) in "up".chars().enumerate() {
            let mut gl = glyph(&c.to_string(), 300.0, 100.0 + 5.0 * i as f64, 0.0, 10.0);
            gl.dy = 5.0;
            gl.rot = 3;
            g.push(gl);
        }
        assert_eq!(text(&g), "horizontal\nup");
    }
}
