//! Deskewing a photo or scan before OCR (issue 21). A page photographed or
//! fed 1–3° askew loses whole paragraphs in tesseract's layout analysis:
//! on an unseen batch a werkgeversverklaring photographed at 2° came out
//! as its letterhead and its signer's name, the sentence with the start
//! date, the role and the hours gone. Turned straight, every line reads.
//!
//! The angle is the one at which the page's dark pixels stack into the
//! sharpest rows (the variance of the projection profile, the classic
//! measure of Postl and of Leptonica's `pixFindSkew`), searched coarse to
//! fine on a reduced copy. Turning is bilinear about the centre, the
//! corners filled with paper.

use super::ink::{paper_level, Grey};

/// Angles searched, in degrees either way, and the final step.
const MAX_SKEW: f32 = 5.0;
const COARSE_STEP: f32 = 0.5;
const FINE_STEP: f32 = 0.05;

/// A page turned by less than this reads as it is.
pub const MIN_SKEW: f32 = 0.2;

/// The reduced copy is about this wide.
const REDUCED_WIDTH: u32 = 800;

/// The page's skew in degrees (positive: the lines rise to the right, in
/// image coordinates with y down), or none when it has too little ink to
/// tell.
pub fn skew_degrees(image: &Grey) -> Option<f32> {
    let step = (image.width / REDUCED_WIDTH).max(1) as usize;
    let paper = paper_level(image.pixels.iter().step_by(7).copied());
    let threshold = (paper as f32 * 0.6) as u8;
    // The top edges of dark strokes on the reduced page, as (x, y) in
    // reduced units: a dark pixel under a light one. Edges, not all dark
    // pixels, so that a dark desk around a photographed page counts only
    // by its border with the paper, which runs at the page's skew too.
    let mut dark: Vec<(f32, f32)> = Vec::new();
    let (w, h) = (image.width as usize, image.height as usize);
    for y in (2 * step..h).step_by(step) {
        let row = &image.pixels[y * w..(y + 1) * w];
        let above = &image.pixels[(y - 2 * step) * w..(y - 2 * step + 1) * w];
        for x in (0..w).step_by(step) {
            if row[x] < threshold && above[x] >= threshold {
                dark.push(((x / step) as f32, (y / step) as f32));
            }
        }
    }
    if dark.len() < 200 {
        return None;
    }
    let rows = h / step + 1;
    let score = |degrees: f32| -> f64 {
        let slope = degrees.to_radians().tan();
        let reach = (w / step) as f32 * slope.abs();
        let offset = reach.ceil() as usize + 1;
        let mut profile = vec![0u32; rows + 2 * offset + 1];
        for &(x, y) in &dark {
            // The row a pixel falls in once the page is turned straight:
            // a line rising by the slope comes out level.
            let straight = y + x * slope + offset as f32;
            if let Some(bin) = profile.get_mut(straight.max(0.0) as usize) {
                *bin += 1;
            }
        }
        profile.iter().map(|&c| f64::from(c) * f64::from(c)).sum()
    };
    let best = |from: f32, to: f32, step: f32| -> f32 {
        let mut best = (f64::MIN, 0.0f32);
        let mut a = from;
        while a <= to + 1e-6 {
            let s = score(a);
            if s > best.0 {
                best = (s, a);
            }
            a += step;
        }
        best.1
    };
    let coarse = best(-MAX_SKEW, MAX_SKEW, COARSE_STEP);
    Some(best(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP))
}

/// The page turned by `degrees` the other way, so that a skew of
/// `degrees` comes out straight; bilinear, corners filled with paper.
pub fn straightened(image: &Grey, degrees: f32) -> Grey {
    let (w, h) = (image.width as usize, image.height as usize);
    let (sin, cos) = degrees.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let paper = paper_level(image.pixels.iter().step_by(7).copied());
    let mut pixels = vec![paper; w * h];
    let (max_x, max_y) = ((w - 1) as f32, (h - 1) as f32);
    for (y, row) in pixels.chunks_exact_mut(w).enumerate() {
        let dy = y as f32 - cy;
        // Where this row's first pixel stands on the skewed page, turned
        // back by the skew; each step right moves it by (cos, -sin).
        let mut sx = cx - cx * cos + dy * sin;
        let mut sy = cy + cx * sin + dy * cos;
        for out in row.iter_mut() {
            if sx >= 0.0 && sy >= 0.0 && sx < max_x && sy < max_y {
                let (x0, y0) = (sx as usize, sy as usize);
                let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
                let i = y0 * w + x0;
                let p = &image.pixels;
                let top = f32::from(p[i]) + (f32::from(p[i + 1]) - f32::from(p[i])) * fx;
                let bottom =
                    f32::from(p[i + w]) + (f32::from(p[i + w + 1]) - f32::from(p[i + w])) * fx;
                *out = (top + (bottom - top) * fy + 0.5) as u8;
            }
            sx += cos;
            sy -= sin;
        }
    }
    Grey {
        width: image.width,
        height: image.height,
        pixels,
    }
}

/// The page as a binary PGM (P5), which tesseract reads without decoding.
pub fn to_pgm(image: &Grey) -> Vec<u8> {
    let mut out = format!("P5\n{} {}\n255\n", image.width, image.height).into_bytes();
    out.extend_from_slice(&image.pixels);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of text lines drawn at `degrees` (lines rising to the right
    /// in image coordinates for a positive angle).
    fn lines_at(degrees: f32) -> Grey {
        let (width, height) = (1200u32, 900u32);
        let mut pixels = vec![235u8; (width * height) as usize];
        let slope = degrees.to_radians().tan();
        for line in 0..18 {
            let base = 100.0 + line as f32 * 40.0;
            for x in 100..1100u32 {
                // Words: ink in runs, gaps between.
                if (x / 37) % 5 == 4 {
                    continue;
                }
                for thick in 0..12 {
                    let y = base + thick as f32 - x as f32 * slope;
                    if (0.0..height as f32).contains(&y) && (x + thick) % 3 != 0 {
                        pixels[y as usize * width as usize + x as usize] = 30;
                    }
                }
            }
        }
        Grey {
            width,
            height,
            pixels,
        }
    }

    #[test]
    fn the_skew_of_a_page_of_lines_is_found_to_a_tenth_of_a_degree() {
        for degrees in [-2.5f32, -1.2, 0.0, 0.7, 2.0, 3.1] {
            let found = skew_degrees(&lines_at(degrees)).expect("ink"); // ok: test
            assert!((found - degrees).abs() <= 0.1, "{degrees} found {found}");
        }
    }

    #[test]
    fn a_straightened_page_has_no_skew_left() {
        let page = lines_at(2.0);
        let skew = skew_degrees(&page).expect("ink"); // ok: test
        let straight = straightened(&page, skew);
        let left = skew_degrees(&straight).expect("ink"); // ok: test
        assert!(left.abs() <= MIN_SKEW, "{left}");
    }

    #[test]
    fn a_blank_page_has_no_skew_to_tell() {
        let blank = Grey {
            width: 400,
            height: 300,
            pixels: vec![240; 400 * 300],
        };
        assert_eq!(skew_degrees(&blank), None);
    }
}
