//! Tesseract's TSV of one page: a row per word with its block, paragraph,
//! line, box and confidence.
//!
//! Read three ways. The text keeps tesseract's reading order, lines joined
//! into paragraphs. The positioned lines are the page's rows, as a PDF's
//! text layer gives them: tesseract reads a form's column of labels and its
//! column of filled-in values (or a table, column by column) as separate
//! blocks, so in the text a value can stand many lines from its label,
//! while on the page, and in the rows, it stands beside it. And whether a
//! scribble stands beside a signature label, which needs the boxes too.

use super::OcrPage;
use crate::extract::positioned::{rows_from_segments, Line, Segment};
use crate::extract::signature::{ocr_ink_beside_label, OcrLine};

/// Resolution assumed for an image that does not give its own.
pub(super) const DEFAULT_DPI: u32 = 300;

/// A gap between two words of one tesseract line wider than this many
/// line heights parts them into two segments, as a column gap does.
const SEGMENT_GAP: i32 = 2;

/// Two segments share a row when their boxes overlap by this share of the
/// smaller height: less than a text layer's half, since a filled-in value
/// sits a little above or below its label on a scan and a turned page
/// tilts them further apart; still far more than two lines of text apart.
const ROW_OVERLAP: f32 = 0.25;

/// Segments of one row closer than this many line heights are one run of
/// text that tesseract cut in two, as when a box's border runs through a
/// word.
const JOIN_GAP: f32 = 0.6;

/// A "word" taller than this many times the page's median word height is
/// a box border, a rule or a stain that OCR read as `|` or `_`: left out
/// of the rows, where it would join lines it spans into one.
const MAX_WORD_HEIGHT: i32 = 3;

/// One word of the TSV.
struct Word<'a> {
    /// Block, paragraph and line numbers.
    line: (&'a str, &'a str, &'a str),
    text: &'a str,
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
    confidence: Option<f64>,
}

fn words(tsv: &str) -> Vec<Word<'_>> {
    tsv.lines()
        .skip(1)
        .filter_map(|row| {
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() < 12 || cols[0] != "5" {
                return None;
            }
            let text = cols[11].trim();
            if text.is_empty() {
                return None;
            }
            let number = |i: usize| cols[i].parse::<i32>().unwrap_or(0);
            let (left, top) = (number(6), number(7));
            Some(Word {
                line: (cols[2], cols[3], cols[4]),
                text,
                left,
                top,
                right: left.saturating_add(number(8)),
                bottom: top.saturating_add(number(9)),
                confidence: cols[10].parse::<f64>().ok().filter(|c| *c >= 0.0),
            })
        })
        .collect()
}

/// The page read from its TSV; `dpi` turns pixels into points.
pub(super) fn parse_tsv(tsv: &str, dpi: Option<u32>) -> OcrPage {
    let words = words(tsv);
    let confidences: Vec<f64> = words.iter().filter_map(|w| w.confidence).collect();
    let confidence = if confidences.is_empty() {
        0.0
    } else {
        confidences.iter().sum::<f64>() / confidences.len() as f64
    };
    let lines = tesseract_lines(&words);
    OcrPage {
        text: text(&words),
        confidence,
        ink_at_label: ocr_ink_beside_label(
            &lines
                .iter()
                .map(|line| ocr_line(line))
                .collect::<Vec<OcrLine>>(),
        ),
        lines: rows(&lines, dpi.filter(|d| *d > 0).unwrap_or(DEFAULT_DPI)),
    }
}

/// Words joined into lines, lines into paragraphs, in tesseract's order.
fn text(words: &[Word]) -> String {
    let mut text = String::new();
    let mut last: Option<(&str, &str, &str)> = None;
    for word in words {
        match last {
            Some(prev) if prev == word.line => text.push(' '),
            Some(prev) if prev.0 != word.line.0 || prev.1 != word.line.1 => {
                text.push_str("\n\n");
            }
            Some(_) => text.push('\n'),
            None => {}
        }
        text.push_str(word.text);
        last = Some(word.line);
    }
    text
}

/// The words of each tesseract line, in order.
fn tesseract_lines<'a, 'w>(words: &'w [Word<'a>]) -> Vec<&'w [Word<'a>]> {
    words.chunk_by(|a, b| a.line == b.line).collect()
}

fn ocr_line(words: &[Word]) -> OcrLine {
    let text: Vec<&str> = words.iter().map(|w| w.text).collect();
    let (left, top, right, bottom) = bounds(words.iter());
    OcrLine {
        text: text.join(" "),
        left,
        top,
        width: right - left,
        height: bottom - top,
    }
}

fn height(word: &Word) -> i32 {
    word.bottom - word.top
}

fn median(values: impl Iterator<Item = i32>) -> i32 {
    let mut values: Vec<i32> = values.collect();
    values.sort_unstable();
    values.get(values.len() / 2).copied().unwrap_or(0)
}

/// Left, top, right and bottom of the words' boxes together.
fn bounds<'w, 'a: 'w>(words: impl Iterator<Item = &'w Word<'a>> + Clone) -> (i32, i32, i32, i32) {
    let left = words.clone().map(|w| w.left).min().unwrap_or(0);
    let top = words.clone().map(|w| w.top).min().unwrap_or(0);
    let right = words.clone().map(|w| w.right).max().unwrap_or(0);
    let bottom = words.map(|w| w.bottom).max().unwrap_or(0);
    (left, top, right, bottom)
}

/// The page's rows: each tesseract line cut into segments at wide gaps,
/// segments side by side joined into one row.
fn rows(lines: &[&[Word]], dpi: u32) -> Vec<Line> {
    let points = 72.0 / dpi as f32;
    let tallest =
        median(lines.iter().flat_map(|l| l.iter()).map(height)).saturating_mul(MAX_WORD_HEIGHT);
    // One body size for the page: a line's box height depends on its
    // ascenders and descenders, not on the type it was set in, so only a
    // line clearly taller than most (a title) gets a size of its own.
    let body = median(lines.iter().map(|l| {
        let (_, top, _, bottom) = bounds(l.iter());
        bottom - top
    }));
    let mut segments = Vec::new();
    for line in lines {
        let words: Vec<&Word> = line.iter().filter(|w| height(w) <= tallest).collect();
        let (_, top, _, bottom) = bounds(words.iter().copied());
        let gap = SEGMENT_GAP.saturating_mul((bottom - top).max(1));
        for part in words.chunk_by(|a, b| b.left - a.right <= gap) {
            let (left, _, right, _) = bounds(part.iter().copied());
            // A long line on a slightly turned scan rises across the page:
            // its words' middle box, not their union, says which row it is.
            let (top, bottom) = (
                median(part.iter().map(|w| w.top)),
                median(part.iter().map(|w| w.bottom)),
            );
            let text: Vec<&str> = part.iter().map(|w| w.text).collect();
            segments.push(Segment {
                text: text.join(" "),
                x0: left as f32 * points,
                x1: right as f32 * points,
                top: top as f32 * points,
                bottom: bottom as f32 * points,
                size: if (bottom - top) * 2 >= body * 3 {
                    (bottom - top) as f32 * points
                } else {
                    body as f32 * points
                },
                bold: false,
            });
        }
    }
    let mut rows = rows_from_segments(segments, ROW_OVERLAP);
    for row in &mut rows {
        row.segments = join_close(std::mem::take(&mut row.segments));
    }
    rows
}

/// A row's segments (left to right) with those that nearly touch joined.
fn join_close(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for s in segments {
        match out.last_mut() {
            Some(prev) if s.x0 - prev.x1 <= JOIN_GAP * prev.size.min(s.size) => {
                prev.text.push(' ');
                prev.text.push_str(&s.text);
                prev.x1 = prev.x1.max(s.x1);
                prev.top = prev.top.min(s.top);
                prev.bottom = prev.bottom.max(s.bottom);
                prev.size = prev.size.max(s.size);
            }
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    /// A word row at a position: block, line, box (30 px a letter, 40 high).
    fn placed(block: usize, line: usize, left: i32, top: i32, text: &str) -> String {
        let width = 30 * text.chars().count();
        format!("5\t1\t{block}\t1\t{line}\t1\t{left}\t{top}\t{width}\t40\t90\t{text}\n")
    }

    #[test]
    fn tsv_words_become_lines_with_a_mean_confidence() {
        let words = "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tBewijs\n\
            5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\tvan\n\
            5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tdeelname\n\
            5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t60\tZoë\n";
        let page = parse_tsv(&format!("{HEADER}{words}"), None);
        assert_eq!(page.text, "Bewijs van\ndeelname\n\nZoë");
        assert_eq!(page.confidence, 75.0);
    }

    /// The text of each row's segments.
    fn segment_texts(page: &OcrPage) -> Vec<Vec<&str>> {
        page.lines
            .iter()
            .map(|l| l.segments.iter().map(|s| s.text.as_str()).collect())
            .collect()
    }

    /// A form read as a column of labels (block 1), then a column of values
    /// (block 2) with a signature in it.
    fn form(scribble: &str) -> String {
        [
            HEADER.to_string(),
            placed(1, 1, 300, 500, "Naam"),
            placed(1, 2, 300, 1800, "Handtekening"),
            placed(1, 2, 700, 1800, "aanvrager:"),
            placed(2, 1, 1200, 500, "Ahmed"),
            placed(2, 2, 1200, 600, "03-03-2025"),
            placed(2, 3, 1250, 1790, scribble),
        ]
        .concat()
    }

    #[test]
    fn labels_and_values_in_separate_blocks_share_their_row() {
        let page = parse_tsv(&form("öner"), Some(300));
        assert_eq!(
            page.text,
            "Naam\nHandtekening aanvrager:\n\nAhmed\n03-03-2025\nöner"
        );
        assert_eq!(
            segment_texts(&page),
            [
                vec!["Naam", "Ahmed"],
                vec!["03-03-2025"],
                vec!["Handtekening aanvrager:", "öner"],
            ]
        );
        // 300 dpi: 300 px is 72 points.
        let naam = &page.lines[0].segments[0];
        assert_eq!((naam.x0, naam.top), (72.0, 120.0));
    }

    #[test]
    fn ink_beside_the_label_is_seen_from_the_boxes() {
        assert!(parse_tsv(&form("öner"), Some(300)).ink_at_label);
        assert!(!parse_tsv(&form("__________"), Some(300)).ink_at_label);
    }

    #[test]
    fn a_wide_gap_inside_a_tesseract_line_parts_its_segments() {
        let tsv = [
            HEADER.to_string(),
            placed(1, 1, 100, 100, "Uren"),
            placed(1, 1, 240, 100, "per"),
            placed(1, 1, 900, 100, "36"),
        ]
        .concat();
        let page = parse_tsv(&tsv, Some(300));
        assert_eq!(segment_texts(&page)[0], ["Uren per", "36"]);
    }

    #[test]
    fn a_value_set_a_little_above_its_label_shares_its_row() {
        // On a scan the filled-in value sits 25 px (of 40) above the label:
        // too little overlap for a text layer's rule, enough for a row.
        let tsv = [
            HEADER.to_string(),
            placed(1, 1, 300, 525, "Datum"),
            placed(2, 1, 1200, 500, "04.04.2023"),
            placed(1, 2, 300, 600, "Titel"),
        ]
        .concat();
        let rows = parse_tsv(&tsv, Some(300)).lines;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].text(), "Datum 04.04.2023");
    }

    #[test]
    fn a_long_line_rising_across_a_turned_page_keeps_to_its_row() {
        // A heading, then the next line of text whose words climb 60 px
        // from left to right: their union box would reach the heading.
        let mut rows = vec![HEADER.to_string(), placed(7, 1, 260, 1589, "Inbreng")];
        let mut left = 260;
        for (i, word) in ["Als", "casusinbrenger", "heb", "ik", "vooral", "geluisterd"]
            .iter()
            .enumerate()
        {
            rows.push(placed(7, 2, left, 1660 - 12 * i as i32, word));
            left += 30 * word.len() as i32 + 20;
        }
        let page = parse_tsv(&rows.concat(), Some(300));
        let texts: Vec<String> = page.lines.iter().map(|l| l.text()).collect();
        assert_eq!(
            texts,
            ["Inbreng", "Als casusinbrenger heb ik vooral geluisterd"]
        );
    }
}
