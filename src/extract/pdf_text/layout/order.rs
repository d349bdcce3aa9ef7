//! Step 4 of layout: the reading order of a page's fragments, by recursive
//! XY-cuts (columns before rows), and the few moves that let a hyphenated
//! word be rejoined across margin marks.
//!
//! Separate because it decides between whole regions of the page, where
//! the steps before it decide between neighbouring glyphs and words.

use super::{Fragment, LINE_BASE_TOLERANCE};

/// Smallest gutter (× median font size) for a vertical XY-cut.
const COLUMN_GAP: f64 = 0.8;

/// Work budget (fragments sorted) for XY-cuts; beyond it, regions are
/// simply read top to bottom.
const MAX_CUT_WORK: usize = 4_000_000;

/// Smallest full-width gap (× median font size) between bands of a region.
const BAND_GAP: f64 = 0.4;

/// Step 4: order fragments by recursive XY-cuts. A region is split into
/// bands at every clear horizontal gap (table rows, paragraphs spanning
/// the region) unless it has a column gutter and at most one such gap
/// (two-column text), in which case the widest gutter splits it first.
pub(super) fn reading_order(frags: &[Fragment]) -> Vec<usize> {
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
            sort_top_to_bottom(frags, &mut region);
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
                // Inseparable.
                sort_top_to_bottom(frags, &mut region);
                order.extend(region);
            }
        }
    }
    order
}

/// A region read without cuts: top to bottom, then left to right.
fn sort_top_to_bottom(frags: &[Fragment], region: &mut [usize]) {
    region.sort_by(|&a, &b| {
        let (fa, fb) = (&frags[a], &frags[b]);
        fb.base
            .total_cmp(&fa.base)
            .then(fa.p_min.total_cmp(&fb.p_min))
    });
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

/// When a hyphenated line is followed in reading order by one or two
/// short fragments (margin line numbers, page marks) and then by its
/// continuation, move the continuation up so the word can be rejoined.
pub(super) fn pull_up_continuations(frags: &[Fragment], order: &mut [usize]) {
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
pub(super) fn continues_right(prev: &Fragment, next: &Fragment) -> bool {
    (next.base - prev.base).abs() <= LINE_BASE_TOLERANCE * prev.size.min(next.size)
        && next.p_min >= prev.p_max
}

/// Is `next` the following line of the same column as `frag`?
pub(super) fn continues_below(frag: &Fragment, next: &Fragment) -> bool {
    let size = frag.size.max(next.size);
    next.base < frag.base
        && frag.base - next.base < 2.5 * size
        && next.p_min < frag.p_max
        && frag.p_min < next.p_max
}
