//! Steps 1 and 2 of layout: glyphs become words in content order, and
//! words drawn twice (fake bold, shadows) are dropped.
//!
//! A word is decided from one glyph to the next, in the order the content
//! stream drew them, before anything is sorted by position: this is where
//! pdftotext's word breaks come from, and the only step that sees spaces.

use std::collections::HashMap;

use super::{RawGlyph, Word, DUP_PRIMARY, DUP_SECONDARY, WORD_BASE_TOLERANCE};

/// Gap (× font size) beyond which a new word starts.
const WORD_BREAK_GAP: f64 = 0.1;

/// Overlap (× font size) beyond which a new word starts.
const WORD_BREAK_OVERLAP: f64 = 0.2;

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

fn is_blank(text: &str) -> bool {
    !text.is_empty() && text.chars().all(char::is_whitespace)
}

/// Step 1: words in content order.
pub(super) fn build_words(glyphs: &[&RawGlyph]) -> Vec<Word> {
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
pub(super) fn drop_duplicates(words: Vec<Word>) -> Vec<Word> {
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
