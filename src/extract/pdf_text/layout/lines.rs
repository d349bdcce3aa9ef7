//! Step 3 of layout: words grouped into lines by baseline, lines cut into
//! fragments at wide gaps, and the text of a fragment with its word spaces.
//!
//! Separate from word building because it works on positions only (sizes,
//! baselines, gaps), in whatever order the content drew the words.

use super::{Fragment, Word, DUP_PRIMARY, LINE_BASE_TOLERANCE, WORD_BASE_TOLERANCE};

/// Gap (× font size) at which two words of a line get a space.
const SPACE_GAP: f64 = 0.03;

/// Letter-spaced lines: space threshold multiplier and cap.
const WIDE_SPACE_MUL: f64 = 1.3;

const WIDE_SPACE_CAP: f64 = 0.4;

/// Size ratio above which two words count as the same size class.
const SIMILAR_SIZE: f64 = 0.8;

/// Horizontal gap (× font size) that splits a line into fragments (wider
/// than any word space, narrower than a column gutter).
const FRAGMENT_GAP: f64 = 0.8;

/// Most existing lines examined when placing a word.
const MAX_LINE_CANDIDATES: usize = 64;

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
pub(super) fn build_fragments(mut words: Vec<Word>) -> Vec<Fragment> {
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
pub(super) fn fragment_text(frag: &Fragment) -> String {
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
