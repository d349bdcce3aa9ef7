//! Signatures from pixels (issue 21): on a photo or a scan there is no
//! text layer to trust, and tesseract drops a pen stroke without a word.
//! So the page image itself is looked at, in the area a signature label
//! opens: below the label and to its right, a few line heights deep.
//!
//! Ink there is dark pixels that are neither printed text (every word box
//! tesseract read is masked out) nor a ruled or dotted line. What is left
//! is grouped into connected strokes; a signature is a stroke as tall as
//! half a line of text and twice as wide as one, and sparse, as a pen's
//! line is, not a filled block.
//!
//! Separate from `signature.rs` because it is the one place that decodes
//! pixels, bounded in size like every other parse.

use std::path::Path;

/// A box in image pixels, y down, right and bottom exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PixelBox {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl PixelBox {
    fn height(&self) -> i32 {
        self.bottom - self.top
    }

    fn contains(&self, x: i32, y: i32) -> bool {
        (self.left..self.right).contains(&x) && (self.top..self.bottom).contains(&y)
    }
}

/// A page image in grey, one byte a pixel, row by row.
pub struct Grey {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl Grey {
    fn at(&self, x: i32, y: i32) -> u8 {
        if x < 0 || y < 0 || x >= self.width as i32 || y >= self.height as i32 {
            return 255;
        }
        self.pixels[y as usize * self.width as usize + x as usize]
    }
}

/// Pixels an image may have to be looked at: a page at 300 dpi is about
/// 9 million; a photo from a phone 12 to 50 million.
const MAX_PIXELS: u64 = 60_000_000;

/// Bytes the decoder may allocate.
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// The image at `path` in grey, when it is a JPEG, PNG or PNM within the
/// bounds above. Anything else (a TIFF, a huge or damaged file) is no
/// image to look at, which leaves the signature to the text.
pub fn decode_grey(path: &Path) -> Option<Grey> {
    use image::ImageDecoder;
    let mut reader = image::ImageReader::open(path)
        .ok()?
        .with_guessed_format()
        .ok()?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    // The header first: the pixel bound holds before anything is decoded.
    let decoder = reader.into_decoder().ok()?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return None;
    }
    let grey = image::DynamicImage::from_decoder(decoder)
        .ok()?
        .into_luma8();
    Some(Grey {
        width: grey.width(),
        height: grey.height(),
        pixels: grey.into_raw(),
    })
}

/// How far the signature area reaches from its label, in the label's line
/// heights: a name is signed under the label or to its right, over the
/// printed name, or on the line just above.
const AREA_ABOVE: i32 = 2;
const AREA_BELOW: i32 = 5;
const AREA_LEFT: i32 = 2;
const AREA_RIGHT: i32 = 25;

/// A pixel this much darker than the area's paper is ink.
const INK_CONTRAST: i32 = 70;

/// A stroke spans at least this share of a line height in height and
/// this many line heights in width, and covers at most this share of its
/// box (a pen's line, not a filled block or a logo).
const MIN_STROKE_HEIGHT: f32 = 0.5;
const MIN_STROKE_WIDTH: f32 = 2.0;
const MAX_STROKE_DENSITY: f32 = 0.35;

/// Whether ink that is no printed text or ruled line stands in the
/// signature area of any of `labels`. `words` are every word box OCR read
/// on the page (the labels' own included).
pub fn ink_beside_labels(image: &Grey, labels: &[PixelBox], words: &[PixelBox]) -> bool {
    labels.iter().any(|label| ink_beside(image, label, words))
}

fn ink_beside(image: &Grey, label: &PixelBox, words: &[PixelBox]) -> bool {
    let h = label.height().max(4);
    let area = PixelBox {
        left: (label.left - AREA_LEFT * h).max(0),
        top: (label.top - AREA_ABOVE * h).max(0),
        right: (label.right + AREA_RIGHT * h).min(image.width as i32),
        bottom: (label.bottom + AREA_BELOW * h).min(image.height as i32),
    };
    let (w, ah) = (area.right - area.left, area.bottom - area.top);
    if w <= 0 || ah <= 0 {
        return false;
    }
    let samples = (area.top..area.bottom).step_by(2).flat_map(|y| {
        (area.left..area.right)
            .step_by(2)
            .map(move |x| image.at(x, y))
    });
    let paper = i32::from(paper_level(samples));
    let pad = (h / 8).max(2);
    let masked: Vec<PixelBox> = words
        .iter()
        .map(|b| PixelBox {
            left: b.left - pad,
            top: b.top - pad,
            right: b.right + pad,
            bottom: b.bottom + pad,
        })
        .filter(|b| {
            b.right > area.left && b.left < area.right && b.bottom > area.top && b.top < area.bottom
        })
        .collect();
    // The ink map of the area: dark, and outside every word box.
    let mut ink = vec![false; (w * ah) as usize];
    for y in 0..ah {
        for x in 0..w {
            let (px, py) = (area.left + x, area.top + y);
            let dark = i32::from(image.at(px, py)) < paper - INK_CONTRAST;
            if dark && !masked.iter().any(|b| b.contains(px, py)) {
                ink[(y * w + x) as usize] = true;
            }
        }
    }
    remove_rules(&mut ink, w, ah, h);
    strokes(&ink, w, ah).iter().any(|s| {
        let (sw, sh) = (s.right - s.left, s.bottom - s.top);
        let density = s.pixels as f32 / (sw * sh).max(1) as f32;
        sh as f32 >= MIN_STROKE_HEIGHT * h as f32
            && sw as f32 >= MIN_STROKE_WIDTH * h as f32
            && density <= MAX_STROKE_DENSITY
    })
}

/// The paper's grey among sampled pixels: their 80th percentile, so that
/// text and shadows do not pull it down.
pub fn paper_level(levels: impl Iterator<Item = u8>) -> u8 {
    let mut histogram = [0u32; 256];
    let mut n = 0u32;
    for level in levels {
        histogram[usize::from(level)] += 1;
        n += 1;
    }
    let mut seen = 0u32;
    for (level, count) in histogram.iter().enumerate() {
        seen += count;
        if seen * 5 >= n * 4 {
            return level as u8;
        }
    }
    255
}

/// Clears ruled lines: a run of ink along a row (or a column) longer than
/// a few line heights. The dots or dashes of a line to sign on stay; each
/// is far too small for a stroke.
fn remove_rules(ink: &mut [bool], w: i32, h: i32, line: i32) {
    let long = 4 * line;
    clear_long_runs(ink, h, w, long, |row, x| (row * w + x) as usize);
    clear_long_runs(ink, w, h, long, |column, y| (y * w + column) as usize);
}

/// Along each of `lines` lines of `length` pixels (`at(line, position)`
/// giving the index), clears every run of ink `long` pixels or longer.
fn clear_long_runs(
    ink: &mut [bool],
    lines: i32,
    length: i32,
    long: i32,
    at: impl Fn(i32, i32) -> usize,
) {
    for line in 0..lines {
        let mut p = 0;
        while p < length {
            if !ink[at(line, p)] {
                p += 1;
                continue;
            }
            let start = p;
            while p < length && ink[at(line, p)] {
                p += 1;
            }
            if p - start >= long {
                for k in start..p {
                    ink[at(line, k)] = false;
                }
            }
        }
    }
}

/// A connected group of ink pixels.
#[derive(Debug)]
struct Stroke {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
    pixels: u32,
}

/// The 8-connected groups of ink, by flood fill. Gaps of a pixel in a
/// thin pen line (anti-aliasing, JPEG) are bridged by letting a pixel
/// reach two pixels away.
fn strokes(ink: &[bool], w: i32, h: i32) -> Vec<Stroke> {
    let mut seen = vec![false; ink.len()];
    let mut out = Vec::new();
    let mut stack = Vec::new();
    for start in 0..ink.len() {
        if !ink[start] || seen[start] {
            continue;
        }
        seen[start] = true;
        stack.push(start);
        let (sx, sy) = ((start as i32) % w, (start as i32) / w);
        let mut s = Stroke {
            left: sx,
            top: sy,
            right: sx + 1,
            bottom: sy + 1,
            pixels: 0,
        };
        while let Some(i) = stack.pop() {
            let (x, y) = ((i as i32) % w, (i as i32) / w);
            s.pixels += 1;
            s.left = s.left.min(x);
            s.right = s.right.max(x + 1);
            s.top = s.top.min(y);
            s.bottom = s.bottom.max(y + 1);
            for dy in -2..=2 {
                for dx in -2..=2 {
                    let (nx, ny) = (x + dx, y + dy);
                    if nx < 0 || ny < 0 || nx >= w || ny >= h {
                        continue;
                    }
                    let j = (ny * w + nx) as usize;
                    if ink[j] && !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A white page with a label box and its printed word at (100, 100),
    /// 30 pixels high.
    fn page() -> (Grey, PixelBox) {
        let (width, height) = (1200u32, 600u32);
        let mut pixels = vec![240u8; (width * height) as usize];
        let label = PixelBox {
            left: 100,
            top: 100,
            right: 400,
            bottom: 130,
        };
        // The printed label: dark inside its box.
        for y in 105..125 {
            for x in (105..395).step_by(3) {
                pixels[(y * width + x) as usize] = 20;
            }
        }
        (
            Grey {
                width,
                height,
                pixels,
            },
            label,
        )
    }

    fn draw(grey: &mut Grey, points: &[(i32, i32)]) {
        for pair in points.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            let steps = (x1 - x0).abs().max((y1 - y0).abs()).max(1);
            for t in 0..=steps {
                let x = x0 + (x1 - x0) * t / steps;
                let y = y0 + (y1 - y0) * t / steps;
                for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
                    let i = ((y + dy) as u32 * grey.width + (x + dx) as u32) as usize;
                    grey.pixels[i] = 40;
                }
            }
        }
    }

    #[test]
    fn a_pen_stroke_under_the_label_is_ink() {
        let (mut grey, label) = page();
        draw(
            &mut grey,
            &[
                (120, 200),
                (140, 175),
                (160, 210),
                (190, 180),
                (220, 215),
                (260, 185),
                (300, 205),
            ],
        );
        assert!(ink_beside_labels(&grey, &[label], &[label]));
    }

    #[test]
    fn a_dotted_line_a_rule_and_printed_text_are_not() {
        let (mut grey, label) = page();
        // A dotted line to sign on.
        for x in (110..700).step_by(6) {
            draw(&mut grey, &[(x, 200), (x + 1, 200)]);
        }
        // A ruled line and a table border.
        draw(&mut grey, &[(100, 240), (900, 240)]);
        draw(&mut grey, &[(500, 90), (500, 300)]);
        // A printed name OCR read.
        let name = PixelBox {
            left: 110,
            top: 260,
            right: 330,
            bottom: 285,
        };
        for y in 262..283 {
            for x in (112..328).step_by(2) {
                grey.pixels[(y * grey.width + x) as usize] = 20;
            }
        }
        assert!(!ink_beside_labels(&grey, &[label], &[label, name]));
    }

    #[test]
    fn a_jpeg_and_a_png_decode_to_the_same_reading() {
        let (mut grey, label) = page();
        draw(
            &mut grey,
            &[(120, 200), (150, 170), (180, 215), (230, 180), (290, 210)],
        );
        let dir = tempfile::tempdir().expect("tempdir"); // ok: test
        let image = image::GrayImage::from_raw(grey.width, grey.height, grey.pixels.clone())
            .expect("buffer"); // ok: test
        for name in ["page.png", "page.jpg"] {
            let path = dir.path().join(name);
            image.save(&path).expect("save"); // ok: test
            let decoded = decode_grey(&path).expect("decodes"); // ok: test
            assert_eq!((decoded.width, decoded.height), (grey.width, grey.height));
            assert!(ink_beside_labels(&decoded, &[label], &[label]), "{name}");
        }
        // Not an image: nothing to look at, no panic.
        let text = dir.path().join("page.txt");
        std::fs::write(&text, b"geen plaatje").expect("write"); // ok: test
        assert!(decode_grey(&text).is_none());
    }

    #[test]
    fn a_filled_block_is_no_stroke() {
        let (mut grey, label) = page();
        for y in 180..230 {
            for x in 150..300 {
                grey.pixels[(y * grey.width + x) as usize] = 30;
            }
        }
        assert!(!ink_beside_labels(&grey, &[label], &[label]));
    }
}
