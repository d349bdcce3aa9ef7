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

use std::collections::HashMap;
use std::time::Instant;

use super::content::RawGlyph;
use super::PdfTextError;

fn check(deadline: Option<Instant>) -> Result<(), PdfTextError> {
    match deadline {
        Some(d) if Instant::now() >= d => Err(PdfTextError::DeadlineExceeded),
        _ => Ok(()),
    }
}

/// Gap (× font size) beyond which a new word starts.
const WORD_BREAK_GAP: f64 = 0.1;
/// Overlap (× font size) beyond which a new word starts.
const WORD_BREAK_OVERLAP: f64 = 0.2;
/// Largest baseline difference (user-space units) inside one word.
const WORD_BASE_TOLERANCE: f64 = 0.5;
/// Gap (× font size) at which two words of a line get a space.
const SPACE_GAP: f64 = 0.03;
/// Letter-spaced lines: space threshold multiplier and cap.
const WIDE_SPACE_MUL: f64 = 1.3;
const WIDE_SPACE_CAP: f64 = 0.4;
/// Duplicate detection tolerances (× font size) along and across lines.
const DUP_PRIMARY: f64 = 0.1;
const DUP_SECONDARY: f64 = 0.2;
/// Size ratio above which two words count as the same size class.
const SIMILAR_SIZE: f64 = 0.8;
/// Baseline difference (× font size) still counted as the same line.
const LINE_BASE_TOLERANCE: f64 = 0.5;
/// Horizontal gap (× font size) that splits a line into fragments (wider
/// than any word space, narrower than a column gutter).
const FRAGMENT_GAP: f64 = 0.8;
/// Smallest gutter (× median font size) for a vertical XY-cut.
const COLUMN_GAP: f64 = 0.8;
/// Most existing lines examined when placing a word.
const MAX_LINE_CANDIDATES: usize = 64;
/// Work budget (fragments sorted) for XY-cuts; beyond it, regions are
/// simply read top to bottom.
const MAX_CUT_WORK: usize = 4_000_000;
/// Smallest full-width gap (× median font size) between bands of a region.
const BAND_GAP: f64 = 0.4;
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

/// Frame coordinates of a glyph: start and end along the text direction
/// and the baseline position across it.
fn frame(g: &RawGlyph) -> (f64, f64, f64) {
    match g.rot {
        1 => (-g.y, -g.y - g.dy, g.x),
        2 => (-g.x, -g.x - g.dx, -g.y),
        3 => (g.y, g.y + g.dy, -g.x),
        _ => (g.x, g.x + g.dx, g.y),
    }
}

/// Is the glyph visible on the page (poppler drops the others)?
pub(crate) fn inside(g: &RawGlyph, crop: &CropBox) -> bool {
    let (xa, xb) = (g.x.min(g.x + g.dx), g.x.max(g.x + g.dx));
    let (ya, yb) = (g.y.min(g.y + g.dy), g.y.max(g.y + g.dy));
    xb >= crop[0] && xa <= crop[2] && yb >= crop[1] && ya <= crop[3]
}

fn is_blank(text: &str) -> bool {
    !text.is_empty() && text.chars().all(char::is_whitespace)
}

/// Step 1: words in content order.
fn build_words(glyphs: &[&RawGlyph]) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut cur: Option<Word> = None;
    let mut last_overlap = false;
    for g in glyphs {
        if is_blank(&g.text) {
            words.extend(cur.take());
            last_overlap = false;
            continue;
        }
        let (p0, p1, s) = frame(g);
        let size = g.layout_size.abs();
        if let Some(w) = cur.as_mut() {
            let sp = p0 - w.p_max;
            let delta = p0 - w.last_start;
            let overlap =
                delta.abs() < DUP_PRIMARY * w.size && (s - w.base).abs() < DUP_SECONDARY * w.size;
            let size_changed = (size - w.size).abs() > 1e-3 * w.size.max(1e-9);
            if overlap
                || last_overlap
                || sp < -WORD_BREAK_OVERLAP * w.size
                || sp > WORD_BREAK_GAP * w.size
                || (s - w.base).abs() > WORD_BASE_TOLERANCE
                || size_changed
                || g.rot != w.rot
            {
                words.extend(cur.take());
            }
            last_overlap = overlap;
        }
        match cur.as_mut() {
            Some(w) => {
                w.text.push_str(&g.text);
                w.chars += g.text.chars().count();
                w.p_min = w.p_min.min(p0.min(p1));
                w.p_max = w.p_max.max(p1.max(p0));
                w.last_start = p0;
            }
            None => {
                cur = Some(Word {
                    text: g.text.to_string(),
                    chars: g.text.chars().count(),
                    p_min: p0.min(p1),
                    p_max: p1.max(p0),
                    base: s,
                    size,
                    rot: g.rot,
                    last_start: p0,
                    bold: g.bold,
                });
            }
        }
    }
    words.extend(cur);
    words.retain(|w| !w.text.is_empty());
    words
}

/// Step 2: drop words drawn twice at (almost) the same place.
fn drop_duplicates(words: Vec<Word>) -> Vec<Word> {
    let mut seen: HashMap<(String, u8), Vec<(f64, f64)>> = HashMap::new();
    let mut out = Vec::with_capacity(words.len());
    for w in words {
        let key = (w.text.clone(), w.rot);
        let entry = seen.entry(key).or_default();
        let dup = entry.iter().any(|&(p, s)| {
            (p - w.p_min).abs() < DUP_PRIMARY * w.size
                && (s - w.base).abs() < DUP_SECONDARY * w.size
        });
        if dup {
            continue;
        }
        if entry.len() < 64 {
            entry.push((w.p_min, w.base));
        }
        out.push(w);
    }
    out
}

/// Can `w` join a line with baseline `base` and main size `size` whose
/// words occupy `spans`? Words on the same baseline always join; words of
/// a similar size when their baselines are close. Smaller or larger ones (superscripts, subscripts, footnote
/// marks) only right next to a word of the line, without overlapping one,
/// up to half the larger size away.
fn joins_line(w: &Word, base: f64, size: f64, spans: &[(f64, f64)]) -> bool {
    let d = (w.base - base).abs();
    let (small, big) = (size.min(w.size), size.max(w.size));
    // The same baseline: one line whatever the sizes.
    if d <= WORD_BASE_TOLERANCE.max(DUP_PRIMARY * small) {
        return true;
    }
    if small >= SIMILAR_SIZE * big {
        return d <= LINE_BASE_TOLERANCE * small;
    }
    let slack = DUP_PRIMARY * w.size;
    let near = LINE_BASE_TOLERANCE * big;
    d <= LINE_BASE_TOLERANCE * big
        && !spans
            .iter()
            .any(|&(a, b)| b.min(w.p_max) - a.max(w.p_min) > slack)
        && spans
            .iter()
            .any(|&(a, b)| w.p_min - b < near && a - w.p_max < near)
}

/// A line under construction.
struct LineAcc {
    base: f64,
    size: f64,
    spans: Vec<(f64, f64)>,
    words: Vec<Word>,
}

/// Step 3a: group the words of one direction into line fragments. Larger
/// words are placed first so that they define the lines, then smaller ones
/// (superscripts, footnote marks) join the nearest compatible line.
fn build_fragments(mut words: Vec<Word>) -> Vec<Fragment> {
    words.sort_by(|a, b| {
        b.size
            .total_cmp(&a.size)
            .then(b.base.total_cmp(&a.base))
            .then(a.p_min.total_cmp(&b.p_min))
    });
    let max_size = words.iter().map(|w| w.size).fold(0.0, f64::max);
    let reach = LINE_BASE_TOLERANCE * max_size;
    // Sorted by decreasing base.
    let mut lines: Vec<LineAcc> = Vec::new();
    for w in words {
        let start = lines.partition_point(|l| l.base > w.base + reach);
        let mut best: Option<(usize, f64)> = None;
        for (i, l) in lines
            .iter()
            .enumerate()
            .skip(start)
            .take(MAX_LINE_CANDIDATES)
        {
            if l.base < w.base - reach {
                break;
            }
            if joins_line(&w, l.base, l.size, &l.spans) {
                let d = (w.base - l.base).abs();
                if best.is_none_or(|(_, bd)| d < bd) {
                    best = Some((i, d));
                }
            }
        }
        match best.and_then(|(i, _)| lines.get_mut(i)) {
            Some(l) => {
                l.spans.push((w.p_min, w.p_max));
                l.words.push(w);
            }
            None => {
                let at = lines.partition_point(|l| l.base > w.base);
                lines.insert(
                    at,
                    LineAcc {
                        base: w.base,
                        size: w.size,
                        spans: vec![(w.p_min, w.p_max)],
                        words: vec![w],
                    },
                );
            }
        }
    }
    let mut frags = Vec::new();
    for LineAcc {
        words: mut line, ..
    } in lines
    {
        line.sort_by(|a, b| a.p_min.total_cmp(&b.p_min));
        let space = space_threshold(&line);
        let mut current: Vec<Word> = Vec::new();
        for w in line {
            if let Some(prev) = current.last() {
                let size = prev.size.max(w.size);
                if w.p_min - prev.p_max > FRAGMENT_GAP * size {
                    frags.push(make_fragment(std::mem::take(&mut current), space));
                }
            }
            current.push(w);
        }
        if !current.is_empty() {
            frags.push(make_fragment(current, space));
        }
    }
    frags
}

fn make_fragment(words: Vec<Word>, space: f64) -> Fragment {
    let p_min = words.iter().map(|w| w.p_min).fold(f64::INFINITY, f64::min);
    let p_max = words
        .iter()
        .map(|w| w.p_max)
        .fold(f64::NEG_INFINITY, f64::max);
    // Baseline and size of the largest word (superscripts do not count).
    let main = words
        .iter()
        .max_by(|a, b| a.size.total_cmp(&b.size).then(b.chars.cmp(&a.chars)));
    let (base, size) = main.map_or((0.0, 0.0), |w| (w.base, w.size));
    Fragment {
        words,
        space,
        p_min,
        p_max,
        base,
        size,
    }
}

/// Step 3b: poppler's word-space threshold for a line (words sorted by
/// position): 0.03 × font size, except in lines made only of single
/// characters, where it follows the letter pitch.
fn space_threshold(words: &[Word]) -> f64 {
    let Some(first) = words.first() else {
        return 0.0;
    };
    let fs = first.size;
    if words.len() > 1 && words.iter().all(|w| w.chars == 1) {
        let min_gap = words
            .windows(2)
            .map(|p| match p {
                [a, b] => b.p_min - a.p_max,
                _ => f64::INFINITY,
            })
            .fold(f64::INFINITY, f64::min);
        if min_gap > 0.0 {
            return (WIDE_SPACE_MUL * min_gap).min(WIDE_SPACE_CAP * fs);
        }
    }
    SPACE_GAP * fs
}

/// The text of a fragment: words with a space where the gap is wide enough.
fn fragment_text(frag: &Fragment) -> String {
    let mut out = String::new();
    let mut prev: Option<&Word> = None;
    for w in &frag.words {
        if let Some(p) = prev {
            if w.p_min - p.p_max >= frag.space {
                out.push(' ');
            }
        }
        out.push_str(&w.text);
        prev = Some(w);
    }
    out
}

/// Step 4: order fragments by recursive XY-cuts. A region is split into
/// bands at every clear horizontal gap (table rows, paragraphs spanning
/// the region) unless it has a column gutter and at most one such gap
/// (two-column text), in which case the widest gutter splits it first.
fn reading_order(frags: &[Fragment]) -> Vec<usize> {
    let mut sizes: Vec<f64> = frags.iter().map(|f| f.size).collect();
    sizes.sort_by(f64::total_cmp);
    let median = sizes.get(sizes.len() / 2).copied().unwrap_or(10.0);
    let min_gutter = COLUMN_GAP * median;
    let min_band_gap = BAND_GAP * median;

    let mut order = Vec::with_capacity(frags.len());
    // Explicit stack of regions; processed last-in-first-out, so children
    // are pushed in reverse reading order.
    let mut stack: Vec<Vec<usize>> = vec![(0..frags.len()).collect()];
    let mut work = 0usize;
    while let Some(mut region) = stack.pop() {
        if region.len() <= 1 {
            order.extend(region);
            continue;
        }
        work += region.len();
        if work > MAX_CUT_WORK {
            region.sort_by(|&a, &b| {
                let (fa, fb) = (&frags[a], &frags[b]);
                fb.base
                    .total_cmp(&fa.base)
                    .then(fa.p_min.total_cmp(&fb.p_min))
            });
            order.extend(region);
            continue;
        }
        let bands = horizontal_bands(frags, &mut region, min_band_gap);
        let columns = vertical_cut(frags, &mut region, min_gutter);
        // Columns win when nothing spans the gutter, or when a single
        // full-width gap splits two real columns of several lines each.
        let columns = columns.filter(|(left, right)| {
            bands.len() <= 1 || (bands.len() == 2 && left.len() >= 3 && right.len() >= 3)
        });
        match (columns, bands.len()) {
            (Some((left, right)), _) => {
                stack.push(right);
                stack.push(left);
            }
            (_, n) if n >= 2 => stack.extend(bands.into_iter().rev()),
            _ => {
                // Inseparable: top to bottom, then left to right.
                region.sort_by(|&a, &b| {
                    let (fa, fb) = (&frags[a], &frags[b]);
                    fb.base
                        .total_cmp(&fa.base)
                        .then(fa.p_min.total_cmp(&fb.p_min))
                });
                order.extend(region);
            }
        }
    }
    order
}

/// Widest vertical gutter that separates the region into left and right;
/// a side made of one or two short fragments (a bullet, a list number)
/// does not count as a column.
fn vertical_cut(
    frags: &[Fragment],
    region: &mut [usize],
    min_gutter: f64,
) -> Option<(Vec<usize>, Vec<usize>)> {
    region.sort_by(|&a, &b| frags[a].p_min.total_cmp(&frags[b].p_min));
    let substantial = |idx: &usize| frags[*idx].words.iter().map(|w| w.chars).sum::<usize>() > 3;
    let is_column = |side: &[usize]| side.len() >= 3 || side.iter().any(substantial);
    let mut best: Option<(usize, f64)> = None;
    let mut reach = f64::NEG_INFINITY;
    for (i, &idx) in region.iter().enumerate() {
        let f = &frags[idx];
        if i > 0 {
            let gap = f.p_min - reach;
            if gap >= min_gutter
                && best.is_none_or(|(_, g)| gap > g)
                && is_column(&region[..i])
                && is_column(&region[i..])
            {
                best = Some((i, gap));
            }
        }
        reach = reach.max(f.p_max);
    }
    let (split, _) = best?;
    Some((region[..split].to_vec(), region[split..].to_vec()))
}

/// Split the region at every full-width horizontal gap of at least
/// `min_gap`, top to bottom. Returns one band when there is none.
fn horizontal_bands(frags: &[Fragment], region: &mut [usize], min_gap: f64) -> Vec<Vec<usize>> {
    region.sort_by(|&a, &b| frags[b].top().total_cmp(&frags[a].top()));
    let mut bands: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut floor = f64::INFINITY;
    for &idx in region.iter() {
        let f = &frags[idx];
        if !current.is_empty() && floor - f.top() >= min_gap {
            bands.push(std::mem::take(&mut current));
        }
        current.push(idx);
        floor = floor.min(f.bottom());
    }
    if !current.is_empty() {
        bands.push(current);
    }
    bands
}

/// Lay out the glyphs of one page (already filtered to the visible area).
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

/// The page text, and its line fragments in reading order with their
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

/// When a hyphenated line is followed in reading order by one or two
/// short fragments (margin line numbers, page marks) and then by its
/// continuation, move the continuation up so the word can be rejoined.
fn pull_up_continuations(frags: &[Fragment], order: &mut [usize]) {
    let short = |i: usize| {
        frags
            .get(i)
            .is_some_and(|f| f.words.iter().map(|w| w.chars).sum::<usize>() <= 3)
    };
    for k in 0..order.len() {
        let Some(frag) = order.get(k).and_then(|&i| frags.get(i)) else {
            continue;
        };
        if !frag.words.last().is_some_and(|w| w.text.ends_with('-')) {
            continue;
        }
        for skip in 1..=2 {
            let Some(&cand) = order.get(k + 1 + skip) else {
                break;
            };
            let skippable = |j: usize| {
                order.get(k + j).is_some_and(|&i| {
                    short(i)
                        && frags
                            .get(i)
                            .is_some_and(|f| !continues_right(frag, f) || !has_letters(f))
                })
            };
            if !(1..=skip).all(skippable) {
                break;
            }
            if frags
                .get(cand)
                .is_some_and(|next| continues_below(frag, next))
            {
                // Rotate the candidate in front of the short fragments.
                if let Some(window) = order.get_mut(k + 1..=k + 1 + skip) {
                    window.rotate_right(1);
                }
                break;
            }
        }
    }
}

fn has_letters(f: &Fragment) -> bool {
    f.words
        .iter()
        .any(|w| w.text.chars().any(char::is_alphabetic))
}

/// Does `next` continue `prev` further along the same baseline?
fn continues_right(prev: &Fragment, next: &Fragment) -> bool {
    (next.base - prev.base).abs() <= LINE_BASE_TOLERANCE * prev.size.min(next.size)
        && next.p_min >= prev.p_max
}

/// Strong right-to-left characters (Hebrew, Arabic, Syriac, Thaana, NKo…).
fn is_rtl(c: char) -> bool {
    (matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        || matches!(c, '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}'))
        && !is_arabic_digit(c)
}

fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Strong left-to-right letters and digits (never also right-to-left).
fn is_ltr_or_number(c: char) -> bool {
    (c.is_alphabetic() && !is_rtl(c)) || c.is_ascii_digit() || is_arabic_digit(c)
}

/// Put visually ordered right-to-left runs into logical order, as
/// pdftotext does: on a left-to-right page each right-to-left run
/// (with the neutrals that follow it) is reversed; on a right-to-left page
/// the whole line is reversed except its left-to-right/number runs.
fn reorder_bidi(text: &str, primary_ltr: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(text.len());
    if primary_ltr {
        let mut i = 0;
        while i < n {
            let mut j = i;
            while j < n && !chars.get(j).copied().is_some_and(is_rtl) {
                j += 1;
            }
            out.extend(chars.get(i..j).unwrap_or(&[]));
            i = j;
            while j < n && !chars.get(j).copied().is_some_and(is_ltr_or_number) {
                j += 1;
            }
            out.extend(chars.get(i..j).unwrap_or(&[]).iter().rev());
            // Always advance, whatever the character classes say.
            i = j.max(i + 1);
        }
    } else {
        let mut i = n;
        while i > 0 {
            let mut j = i;
            while j > 0 && !chars.get(j - 1).copied().is_some_and(is_ltr_or_number) {
                j -= 1;
            }
            out.extend(chars.get(j..i).unwrap_or(&[]).iter().rev());
            i = j;
            while j > 0 && !chars.get(j - 1).copied().is_some_and(is_rtl) {
                j -= 1;
            }
            out.extend(chars.get(j..i).unwrap_or(&[]));
            // Always advance, whatever the character classes say.
            i = j.min(i.saturating_sub(1));
        }
    }
    out
}

/// Is `next` the following line of the same column as `frag`?
fn continues_below(frag: &Fragment, next: &Fragment) -> bool {
    let size = frag.size.max(next.size);
    next.base < frag.base
        && frag.base - next.base < 2.5 * size
        && next.p_min < frag.p_max
        && frag.p_min < next.p_max
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

    fn text(glyphs: &[RawGlyph]) -> String {
        let refs: Vec<&RawGlyph> = glyphs.iter().collect();
        page_text(&refs, None).map(|(t, _)| t).unwrap_or_default()
    }

    #[test]
    fn gaps_make_spaces_and_lines_break() {
        let mut g = run("Naam:", 10.0, 700.0);
        // Gap of 3pt (0.3 × size) without a space glyph: a word space.
        g.extend(run("Zoë", 38.0, 700.0));
        g.extend(run("Jansen", 10.0, 686.0));
        assert_eq!(text(&g), "Naam: Zoë\nJansen");
    }

    #[test]
    fn tiny_gaps_do_not_split_words() {
        let mut g = run("offi", 10.0, 700.0);
        g.extend(run("ciële", 30.4, 700.0));
        assert_eq!(text(&g), "officiële");
    }

    #[test]
    fn out_of_order_content_is_sorted_by_position() {
        let mut g = run("world", 38.0, 700.0);
        g.extend(run("hello", 10.0, 700.0));
        g.extend(run("below", 10.0, 680.0));
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
        let mut g = run("bold", 10.0, 700.0);
        g.extend(run("bold", 10.3, 700.0));
        assert_eq!(text(&g), "bold");
        let mut g = run("recerti-", 10.0, 700.0);
        g.extend(run("ficering", 10.0, 688.0));
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
    fn right_to_left_runs_are_reversed() {
        // Neutrals after a right-to-left run travel with it (as in pdftotext).
        assert_eq!(reorder_bidi("abc ابحرم xyz", true), "abc  مرحباxyz");
        assert_eq!(reorder_bidi("abc ابحرم", true), "abc مرحبا");
        // Arabic-Indic digits must not stall the scan.
        assert_eq!(reorder_bidi("\u{0661}\u{0662} ب", true).chars().count(), 4);
        assert_eq!(reorder_bidi("\u{0661}\u{0662} ب", false).chars().count(), 4);
        assert_eq!(
            reorder_bidi("ملاعلاب 2024 ابحرم", false),
            "مرحبا  2024بالعالم"
        );
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
