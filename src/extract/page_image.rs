//! What OCR should read for a PDF page without a text layer (issue 14).
//!
//! A scanner writes each page as one image XObject drawn over the page and
//! nothing else. Rendering such a page with pdftoppm at 300 dpi costs more
//! than recognising it (PNG encoding alone is most of it) and, for a 150-dpi
//! scan, hands tesseract four times the pixels. So a page that draws exactly
//! one upright image and no text or vector paths is read from the image
//! itself, at its own resolution: a JPEG as it is, a CCITT G4 stream wrapped
//! in a TIFF header, a Flate or raw grey/RGB image as netpbm. Everything else
//! (several images, vector drawing mixed in, rotated pages, encodings or
//! colour spaces tesseract cannot take as they are, images below the
//! resolution at which small body text still reads) is rendered by pdftoppm.
//! A page that draws nothing at all has nothing to read.

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// Content of a page larger than this (decoded) is not examined: a scanned
/// page draws one image in a few dozen bytes.
const MAX_CONTENT: usize = 1024 * 1024;
/// Content operators examined at most before giving up and rendering.
const MAX_OPS: usize = 20_000;
/// An image decoded to more than this many bytes is rendered instead.
const MAX_PIXELS_BYTES: usize = 256 * 1024 * 1024;

/// How to get the pixels of one page for OCR.
#[derive(Debug, Clone, PartialEq)]
pub enum PagePlan {
    /// The page draws nothing that could hold text.
    Nothing,
    /// The page is one image, taken out at its own resolution.
    Image(PageImage),
    /// Render the page with pdftoppm at this resolution (dpi).
    Render(u32),
}

/// An image file tesseract (leptonica) reads, with its resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct PageImage {
    pub bytes: Vec<u8>,
    /// File name extension: `jpg`, `tif`, `pgm`, `pbm` or `ppm`.
    pub extension: &'static str,
    /// Pixels per inch as the image is placed on the page.
    pub dpi: u32,
}

/// The resolutions that decide between the image and a rendering.
#[derive(Debug, Clone, Copy)]
pub struct Resolutions {
    /// A grey or colour image below this is rendered at `upsample`.
    pub min_image: u32,
    /// The same for a 1-bit (bilevel) image.
    pub min_bilevel: u32,
    pub upsample: u32,
    /// Pages that are not a single image.
    pub render: u32,
}

/// Decides how page `page_id` is read by OCR.
pub fn plan(doc: &Document, page_id: ObjectId, dpi: &Resolutions) -> PagePlan {
    let Some(drawn) = drawing(doc, page_id) else {
        return PagePlan::Render(dpi.render);
    };
    if drawn.images.is_empty() && !drawn.other {
        return PagePlan::Nothing;
    }
    let [(stream, matrix)] = drawn.images.as_slice() else {
        return PagePlan::Render(dpi.render);
    };
    if drawn.other {
        return PagePlan::Render(dpi.render);
    }
    let Some(native) = placed_dpi(stream, matrix) else {
        // Turned, mirrored or degenerate placement: let pdftoppm do it.
        return PagePlan::Render(dpi.render);
    };
    let bilevel = dict_int(&stream.dict, b"BitsPerComponent") == Some(1)
        || stream
            .dict
            .get(b"ImageMask")
            .and_then(Object::as_bool)
            .unwrap_or(false);
    let min = if bilevel {
        dpi.min_bilevel
    } else {
        dpi.min_image
    };
    if native < min {
        return PagePlan::Render(dpi.upsample);
    }
    // A rendering at about the image's own resolution, for what cannot be
    // handed over as it is.
    let fallback = PagePlan::Render(native.clamp(dpi.min_image, dpi.render));
    if page_rotation(doc, page_id) != 0 {
        return fallback;
    }
    match image_file(stream, native) {
        Some(image) => PagePlan::Image(image),
        None => fallback,
    }
}

/// What a page's content draws: the image XObjects with their placement,
/// and whether anything else (text, paths, inline images, forms) is drawn.
struct Drawing<'a> {
    images: Vec<(&'a Stream, [f32; 6])>,
    other: bool,
}

fn drawing(doc: &Document, page_id: ObjectId) -> Option<Drawing<'_>> {
    let content = doc.get_page_content_with_limit(page_id, MAX_CONTENT).ok()?;
    let xobjects = page_xobjects(doc, page_id);
    let mut ctm = [1.0f32, 0.0, 0.0, 1.0, 0.0, 0.0];
    let mut stack: Vec<[f32; 6]> = Vec::new();
    let mut out = Drawing {
        images: Vec::new(),
        other: false,
    };
    for (n, op) in Content::decode_iter(&content).enumerate() {
        if n >= MAX_OPS {
            return None;
        }
        let op = op.ok()?;
        match op.operator.as_str() {
            "q" => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(ctm),
            "cm" => {
                let m: Vec<f32> = op.operands.iter().filter_map(number).collect();
                let [a, b, c, d, e, f] = m.as_slice() else {
                    return None;
                };
                ctm = multiply(&[*a, *b, *c, *d, *e, *f], &ctm);
            }
            "Do" => {
                let name = op.operands.first().and_then(|o| o.as_name().ok())?;
                let stream = xobjects
                    .and_then(|x| x.get(name).ok())
                    .and_then(|o| doc.dereference(o).ok())
                    .and_then(|(_, o)| o.as_stream().ok())?;
                let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name).ok();
                if subtype == Some(b"Image".as_slice()) {
                    out.images.push((stream, ctm));
                } else {
                    out.other = true;
                }
            }
            // Text shown, paths painted, shadings, inline images.
            "Tj" | "TJ" | "'" | "\"" | "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*"
            | "sh" | "BI" => out.other = true,
            _ => {}
        }
    }
    Some(out)
}

/// The `/XObject` resources of a page (inherited ones included).
fn page_xobjects(doc: &Document, page_id: ObjectId) -> Option<&Dictionary> {
    let (direct, ids) = doc.get_page_resources(page_id).ok()?;
    let resources = match direct {
        Some(d) => d,
        None => doc.get_dictionary(*ids.first()?).ok()?,
    };
    doc.get_dict_in_dict(resources, b"XObject").ok()
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// `m × ctm` in PDF's row-vector convention.
fn multiply(m: &[f32; 6], ctm: &[f32; 6]) -> [f32; 6] {
    [
        m[0] * ctm[0] + m[1] * ctm[2],
        m[0] * ctm[1] + m[1] * ctm[3],
        m[2] * ctm[0] + m[3] * ctm[2],
        m[2] * ctm[1] + m[3] * ctm[3],
        m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
        m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
    ]
}

/// The resolution of an image placed upright (no turn, no mirror) by
/// `matrix`: the smaller of its horizontal and vertical pixels per inch.
fn placed_dpi(stream: &Stream, matrix: &[f32; 6]) -> Option<u32> {
    let [a, b, c, d, _, _] = *matrix;
    let upright = a > 0.0 && d > 0.0 && b.abs() <= a * 1e-3 && c.abs() <= d * 1e-3;
    if !upright {
        return None;
    }
    let width = dict_int(&stream.dict, b"Width")?;
    let height = dict_int(&stream.dict, b"Height")?;
    if width <= 0 || height <= 0 {
        return None;
    }
    let dpi_x = width as f32 * 72.0 / a;
    let dpi_y = height as f32 * 72.0 / d;
    let dpi = dpi_x.min(dpi_y).round();
    (1.0..=2400.0).contains(&dpi).then_some(dpi as u32)
}

/// `/Rotate` of the page or the nearest ancestor that has one, in degrees.
fn page_rotation(doc: &Document, page_id: ObjectId) -> i64 {
    let mut id = page_id;
    for _ in 0..32 {
        let Ok(dict) = doc.get_dictionary(id) else {
            return 0;
        };
        if let Ok(r) = dict.get(b"Rotate").and_then(Object::as_i64) {
            return r.rem_euclid(360);
        }
        match dict.get(b"Parent").and_then(Object::as_reference) {
            Ok(parent) => id = parent,
            Err(_) => return 0,
        }
    }
    0
}

fn dict_int(dict: &Dictionary, key: &[u8]) -> Option<i64> {
    dict.get(key).ok().and_then(|o| o.as_i64().ok())
}

/// The image as a file tesseract reads, when its encoding and colour space
/// allow that without a rendering.
fn image_file(stream: &Stream, dpi: u32) -> Option<PageImage> {
    let dict = &stream.dict;
    // Masks, /Decode arrays (inverted samples) and masked images need the
    // page's painting rules: render them.
    let is_mask = dict
        .get(b"ImageMask")
        .and_then(Object::as_bool)
        .unwrap_or(false);
    if is_mask || dict.has(b"Decode") || dict.has(b"Mask") || dict.has(b"SMask") {
        return None;
    }
    let width = usize::try_from(dict_int(dict, b"Width")?).ok()?;
    let height = usize::try_from(dict_int(dict, b"Height")?).ok()?;
    let bits = dict_int(dict, b"BitsPerComponent").unwrap_or(8);
    let filters = stream.filters().unwrap_or_default();
    let components = colour_components(dict);
    let file = |bytes, extension| {
        Some(PageImage {
            bytes,
            extension,
            dpi,
        })
    };
    match filters.as_slice() {
        [b"DCTDecode"] if bits == 8 && matches!(components, Some(1 | 3)) => {
            file(stream.content.clone(), "jpg")
        }
        [b"CCITTFaxDecode"] if bits == 1 && components == Some(1) => {
            let params = decode_params(dict);
            file(
                ccitt_tiff(&stream.content, width, height, params, dpi)?,
                "tif",
            )
        }
        [] | [b"FlateDecode"] | [b"LZWDecode"] => {
            let size = width.checked_mul(height)?.checked_mul(3)?;
            if size > MAX_PIXELS_BYTES {
                return None;
            }
            let samples = stream.decompressed_content_with_limit(size + height).ok()?;
            let (bytes, extension) = netpbm(&samples, width, height, components?, bits)?;
            file(bytes, extension)
        }
        _ => None,
    }
}

/// Colour components of the image's colour space when tesseract reads its
/// samples as they are: grey (1) or RGB (3). Indexed, CMYK, Lab, separations
/// and the like are `None`.
fn colour_components(dict: &Dictionary) -> Option<u8> {
    match dict.get(b"ColorSpace").ok()? {
        Object::Name(n) => match n.as_slice() {
            b"DeviceGray" | b"CalGray" | b"G" => Some(1),
            b"DeviceRGB" | b"CalRGB" | b"RGB" => Some(3),
            _ => None,
        },
        Object::Array(items) => {
            let kind = items.first()?.as_name().ok()?;
            match kind {
                b"CalGray" => Some(1),
                b"CalRGB" => Some(3),
                // The ICC profile's stream would say /N; a reference is not
                // followed here, so /N is read only when inline.
                b"ICCBased" => match items.get(1)? {
                    Object::Stream(s) => match dict_int(&s.dict, b"N")? {
                        1 => Some(1),
                        3 => Some(3),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

fn decode_params(dict: &Dictionary) -> Option<&Dictionary> {
    match dict.get(b"DecodeParms").ok()? {
        Object::Dictionary(d) => Some(d),
        Object::Array(items) => items.first()?.as_dict().ok(),
        _ => None,
    }
}

/// A CCITT Group 4 stream in a one-strip TIFF. Group 3 (K >= 0) and
/// byte-aligned rows have no exact TIFF counterpart: `None`, and the page is
/// rendered.
fn ccitt_tiff(
    data: &[u8],
    width: usize,
    height: usize,
    params: Option<&Dictionary>,
    dpi: u32,
) -> Option<Vec<u8>> {
    let param = |key: &[u8]| params.and_then(|p| p.get(key).ok());
    let k = param(b"K").and_then(|o| o.as_i64().ok()).unwrap_or(0);
    let columns = param(b"Columns")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(1728);
    let rows = param(b"Rows").and_then(|o| o.as_i64().ok()).unwrap_or(0);
    let aligned = param(b"EncodedByteAlign")
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    let black_is_1 = param(b"BlackIs1")
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    if k >= 0 || aligned || columns != width as i64 || (rows != 0 && rows != height as i64) {
        return None;
    }
    let width = u32::try_from(width).ok()?;
    let height = u32::try_from(height).ok()?;
    let count = u32::try_from(data.len()).ok()?;
    // libtiff decodes the code's white runs as 0 bits. PDF shows them white
    // unless BlackIs1 is set, which shows them black (img2pdf writes that
    // for min-is-black TIFFs): TIFF WhiteIsZero (0) or BlackIsZero (1).
    let photometric: u32 = if black_is_1 { 1 } else { 0 };
    // Header (8) + entry count (2) + 12 entries (144) + next IFD (4) = 158,
    // then the two resolution rationals (16), then the strip.
    const ENTRIES: u16 = 12;
    let rationals = 8 + 2 + u32::from(ENTRIES) * 12 + 4;
    let strip = rationals + 16;
    let entries: [(u16, u16, u32); ENTRIES as usize] = [
        (256, 4, width),       // ImageWidth, LONG
        (257, 4, height),      // ImageLength
        (258, 3, 1),           // BitsPerSample, SHORT
        (259, 3, 4),           // Compression: CCITT T.6 (Group 4)
        (262, 3, photometric), // PhotometricInterpretation
        (273, 4, strip),       // StripOffsets
        (277, 3, 1),           // SamplesPerPixel
        (278, 4, height),      // RowsPerStrip
        (279, 4, count),       // StripByteCounts
        (282, 5, rationals),   // XResolution, RATIONAL (offset)
        (283, 5, rationals + 8),
        (296, 3, 2), // ResolutionUnit: inch
    ];
    let mut out = Vec::with_capacity(strip as usize + data.len());
    out.extend_from_slice(b"II*\0");
    out.extend_from_slice(&8u32.to_le_bytes());
    out.extend_from_slice(&ENTRIES.to_le_bytes());
    for (tag, kind, value) in entries {
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&kind.to_le_bytes());
        out.extend_from_slice(&1u32.to_le_bytes());
        if kind == 3 {
            out.extend_from_slice(&(value as u16).to_le_bytes());
            out.extend_from_slice(&[0, 0]);
        } else {
            out.extend_from_slice(&value.to_le_bytes());
        }
    }
    out.extend_from_slice(&0u32.to_le_bytes());
    for _ in 0..2 {
        out.extend_from_slice(&dpi.to_le_bytes());
        out.extend_from_slice(&1u32.to_le_bytes());
    }
    out.extend_from_slice(data);
    Some(out)
}

/// Decoded grey or RGB samples as a netpbm file: PGM (8-bit grey), PBM
/// (1-bit grey; PBM's 1 is black where PDF's is white) or PPM (8-bit RGB).
fn netpbm(
    samples: &[u8],
    width: usize,
    height: usize,
    components: u8,
    bits: i64,
) -> Option<(Vec<u8>, &'static str)> {
    let (magic, row, extension) = match (components, bits) {
        (1, 8) => ("P5", width, "pgm"),
        (3, 8) => ("P6", width.checked_mul(3)?, "ppm"),
        (1, 1) => ("P4", width.div_ceil(8), "pbm"),
        _ => return None,
    };
    let size = row.checked_mul(height)?;
    let pixels = samples.get(..size)?;
    let header = if magic == "P4" {
        format!("{magic}\n{width} {height}\n")
    } else {
        format!("{magic}\n{width} {height}\n255\n")
    };
    let mut out = Vec::with_capacity(header.len() + size);
    out.extend_from_slice(header.as_bytes());
    if magic == "P4" {
        out.extend(pixels.iter().map(|b| !b));
    } else {
        out.extend_from_slice(pixels);
    }
    Some((out, extension))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    const DPI: Resolutions = Resolutions {
        min_image: 200,
        min_bilevel: 200,
        upsample: 300,
        render: 300,
    };

    /// A one-page PDF whose page draws `content` with `image` as /Im0.
    fn page(content: &[u8], image: Stream) -> (Document, ObjectId) {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let image_id = doc.add_object(image);
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => content_id,
            "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image_id } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        (doc, page_id)
    }

    fn jpeg_image(width: i64, height: i64) -> Stream {
        Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => width, "Height" => height,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
            },
            b"\xff\xd8jpeg bytes".to_vec(),
        )
    }

    #[test]
    fn a_scanned_page_is_its_jpeg_at_its_own_resolution() {
        // 1654 x 2339 pixels over 595.44 x 842.04 points: 200 dpi.
        let (doc, id) = page(
            b"q 595.44 0 0 842.04 0 0 cm /Im0 Do Q",
            jpeg_image(1654, 2339),
        );
        let PagePlan::Image(image) = plan(&doc, id, &DPI) else {
            panic!("{:?}", plan(&doc, id, &DPI));
        };
        assert_eq!(image.extension, "jpg");
        assert_eq!(image.dpi, 200);
        assert_eq!(image.bytes, b"\xff\xd8jpeg bytes");
    }

    #[test]
    fn small_turned_and_mixed_pages_are_rendered() {
        // 150 dpi: rendered at the upsampling resolution.
        let (doc, id) = page(b"q 595 0 0 842 0 0 cm /Im0 Do Q", jpeg_image(1240, 1754));
        assert_eq!(plan(&doc, id, &DPI), PagePlan::Render(300));
        // Turned a quarter: pdftoppm turns it.
        let (doc, id) = page(b"q 0 842 -595 0 595 0 cm /Im0 Do Q", jpeg_image(2480, 3508));
        assert_eq!(plan(&doc, id, &DPI), PagePlan::Render(300));
        // An image and a drawn line: rendered.
        let (doc, id) = page(
            b"q 595 0 0 842 0 0 cm /Im0 Do Q 10 10 m 100 10 l S",
            jpeg_image(2480, 3508),
        );
        assert_eq!(plan(&doc, id, &DPI), PagePlan::Render(300));
        // Nothing drawn.
        let (doc, id) = page(b"q Q", jpeg_image(10, 10));
        assert_eq!(plan(&doc, id, &DPI), PagePlan::Nothing);
    }

    #[test]
    fn a_group4_page_becomes_a_tiff_and_grey_samples_a_pgm() {
        let ccitt = Stream::new(
            dictionary! {
                "Subtype" => "Image", "Width" => 1654, "Height" => 2339,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "CCITTFaxDecode",
                "DecodeParms" => vec![Object::Dictionary(dictionary! {
                    "K" => -1, "Columns" => 1654, "Rows" => 2339, "BlackIs1" => true,
                })],
            },
            vec![0x26, 0xa0, 0x00],
        );
        let (doc, id) = page(b"595.44 0 0 842.04 0 0 cm /Im0 Do", ccitt);
        let PagePlan::Image(image) = plan(&doc, id, &DPI) else {
            panic!("not an image");
        };
        assert_eq!(image.extension, "tif");
        assert_eq!(&image.bytes[..4], b"II*\0");
        assert_eq!(&image.bytes[image.bytes.len() - 3..], &[0x26, 0xa0, 0x00]);
        // Photometric (tag 262) is BlackIsZero for BlackIs1.
        let entry = image
            .bytes
            .windows(2)
            .position(|w| w == [6, 1])
            .map(|i| i + 8);
        assert_eq!(entry.map(|i| image.bytes[i]), Some(1));
        // Where 1-bit pages must have 300 dpi, it is rendered at 300.
        let strict = Resolutions {
            min_bilevel: 300,
            ..DPI
        };
        assert_eq!(plan(&doc, id, &strict), PagePlan::Render(300));

        let grey = Stream::new(
            dictionary! {
                "Subtype" => "Image", "Width" => 3, "Height" => 2,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            vec![0, 128, 255, 1, 2, 3],
        );
        let (doc, id) = page(b"q 1.08 0 0 0.72 0 0 cm /Im0 Do Q", grey);
        let PagePlan::Image(image) = plan(&doc, id, &DPI) else {
            panic!("not an image");
        };
        assert_eq!(image.dpi, 200);
        assert_eq!(image.bytes, b"P5\n3 2\n255\n\x00\x80\xff\x01\x02\x03");
    }
}
