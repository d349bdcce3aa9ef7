//! Decompression, allocation and recursion bombs, built at run time (a
//! gigabyte costs megabytes and no compressor time). Shared by the attack
//! suite (`tests/hostile.rs`) and `make bench`'s bomb cohort
//! (`examples/bombs.rs` includes this file by path), so that the cohort the
//! benchmark measures is the one the tests assert on.
//!
//! Self-contained on purpose (only `flate2`): the example that includes it
//! has no `support` module around it.

#![allow(dead_code)] // each includer uses a part

use std::path::Path;

/// A minimal zip writer for parts whose deflate stream is made by hand.
pub struct Part {
    pub name: &'static str,
    pub method: u16,
    pub crc: u32,
    pub size: u64,
    pub data: Vec<u8>,
}

pub fn zip(parts: &[Part]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for part in parts {
        let offset = out.len() as u32;
        let size32 = part.size.min(u32::MAX as u64) as u32;
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&20u16.to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(&part.method.to_le_bytes());
        local.extend_from_slice(&[0, 0, 0x21, 0]); // time, date
        local.extend_from_slice(&part.crc.to_le_bytes());
        local.extend_from_slice(&(part.data.len() as u32).to_le_bytes());
        local.extend_from_slice(&size32.to_le_bytes());
        local.extend_from_slice(&(part.name.len() as u16).to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(part.name.as_bytes());
        out.extend_from_slice(&local);
        out.extend_from_slice(&part.data);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&part.method.to_le_bytes());
        central.extend_from_slice(&[0, 0, 0x21, 0]);
        central.extend_from_slice(&part.crc.to_le_bytes());
        central.extend_from_slice(&(part.data.len() as u32).to_le_bytes());
        central.extend_from_slice(&size32.to_le_bytes());
        central.extend_from_slice(&(part.name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(part.name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

pub fn stored(name: &'static str, data: &[u8]) -> Part {
    let mut crc = flate2::Crc::new();
    crc.update(data);
    Part {
        name,
        method: 0,
        crc: crc.sum(),
        size: data.len() as u64,
        data: data.to_vec(),
    }
}

/// A bit writer for a hand-made deflate stream (fixed Huffman codes).
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u64, bits: u32) {
        self.acc |= value << self.n;
        self.n += bits;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// A Huffman code is sent most significant bit first.
    fn code(&mut self, code: u64, bits: u32) {
        let mut rev = 0;
        for i in 0..bits {
            rev |= ((code >> i) & 1) << (bits - 1 - i);
        }
        self.put(rev, bits);
    }
    fn literal(&mut self, byte: u8) {
        if byte < 144 {
            self.code(0x30 + byte as u64, 8);
        } else {
            self.code(0x190 + (byte as u64 - 144), 9);
        }
    }
}

/// `prefix`, then `count` × `fill`, then `suffix`, deflated by hand: a
/// stream of back-references, so that a gigabyte costs megabytes and no
/// compressor time. Returns the part with its CRC.
pub fn deflated_run(
    name: &'static str,
    prefix: &[u8],
    fill: u8,
    count: u64,
    suffix: &[u8],
) -> Part {
    let mut b = Bits {
        out: Vec::new(),
        acc: 0,
        n: 0,
    };
    b.put(1, 1); // final block
    b.put(1, 2); // fixed Huffman
    let mut crc = flate2::Crc::new();
    crc.update(prefix);
    for &c in prefix {
        b.literal(c);
    }
    b.literal(fill);
    let mut left = count - 1;
    while left >= 258 + 3 {
        b.code(0b1100_0101, 8); // length code 285 = 258
        b.code(0, 5); // distance code 0 = 1
        left -= 258;
    }
    for _ in 0..left {
        b.literal(fill);
    }
    let chunk = vec![fill; 1 << 20];
    let mut todo = count;
    while todo > 0 {
        let n = todo.min(chunk.len() as u64) as usize;
        crc.update(&chunk[..n]);
        todo -= n as u64;
    }
    crc.update(suffix);
    for &c in suffix {
        b.literal(c);
    }
    b.code(0, 7); // end of block
    b.put(0, 7);
    Part {
        name,
        method: 8,
        crc: crc.sum(),
        size: prefix.len() as u64 + count + suffix.len() as u64,
        data: b.out,
    }
}

const XLSX_CONTENT_TYPES: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
const XLSX_RELS: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const XLSX_WORKBOOK: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const XLSX_WORKBOOK_RELS: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
const XLSX_SHEET: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#;

pub fn xlsx_with_shared_strings(shared: Part) -> Vec<u8> {
    zip(&[
        stored("[Content_Types].xml", XLSX_CONTENT_TYPES),
        stored("_rels/.rels", XLSX_RELS),
        stored("xl/workbook.xml", XLSX_WORKBOOK),
        stored("xl/_rels/workbook.xml.rels", XLSX_WORKBOOK_RELS),
        stored("xl/worksheets/sheet1.xml", XLSX_SHEET),
        shared,
    ])
}

/// The 801-byte ODS: one row of 16384 filled cells, repeated 6000 times.
pub fn ods_bomb() -> Vec<u8> {
    let content = br#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Blad1"><table:table-row table:number-rows-repeated="6000"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let manifest = br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip(&[
        stored(
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        stored("content.xml", content),
        stored("META-INF/manifest.xml", manifest),
    ])
}

/// The XML of a shared-strings part holding one string of `len` × `a`.
const SST_OPEN: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"#;

/// An xlsx whose one shared string is 1 GiB long (a deflate stream of
/// about 6 MB).
pub fn xlsx_huge_string() -> Vec<u8> {
    xlsx_with_shared_strings(deflated_run(
        "xl/sharedStrings.xml",
        SST_OPEN,
        b'a',
        1 << 30,
        b"</t></si></sst>",
    ))
}

/// An xlsx with 1.5 million small shared strings.
pub fn xlsx_many_strings() -> Vec<u8> {
    let mut many = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    );
    for i in 0..1_500_000u32 {
        many.push_str(&format!("<si><t>{i}</t></si>"));
    }
    many.push_str("</sst>");
    xlsx_with_shared_strings(stored("xl/sharedStrings.xml", many.as_bytes()))
}

/// A PDF from numbered object bodies (object 1 is the catalog), with a
/// correct cross-reference table. Bodies are bytes: a stream may be binary.
pub fn pdf_from_objects(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// A stream object: its dictionary entries, then the data.
fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut body = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    body.extend_from_slice(data);
    body.extend_from_slice(b"\nendstream");
    body
}

/// Catalog, a page tree of one page with the given resources, and its
/// content stream as object 4.
fn one_page(resources: &str, content: Vec<u8>) -> Vec<Vec<u8>> {
    vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << {resources} >> /Contents 4 0 R >>"
        )
        .into_bytes(),
        content,
    ]
}

/// A 6.5 KB PDF whose content stream nests 2,500 arrays.
pub fn nested_arrays_pdf() -> Vec<u8> {
    let nested = format!("{}{}", "[".repeat(2500), "]".repeat(2500));
    pdf_from_objects(&one_page("", stream("", nested.as_bytes())))
}

/// zlib framing (RFC 1950) around a raw deflate part, with the Adler-32 of
/// `prefix`, `count` × `fill`, `suffix` computed in closed form.
fn zlib(part: &Part, prefix: &[u8], fill: u8, count: u64, suffix: &[u8]) -> Vec<u8> {
    const MOD: u128 = 65521;
    let (mut a, mut b) = (1u128, 0u128);
    let bytes = |data: &[u8], a: &mut u128, b: &mut u128| {
        for &c in data {
            *a = (*a + c as u128) % MOD;
            *b = (*b + *a) % MOD;
        }
    };
    bytes(prefix, &mut a, &mut b);
    let (n, c) = (count as u128, fill as u128);
    b = (b + n * a + c * (n * (n + 1) / 2)) % MOD;
    a = (a + n * c) % MOD;
    bytes(suffix, &mut a, &mut b);
    let mut out = vec![0x78, 0x01];
    out.extend_from_slice(&part.data);
    out.extend_from_slice(&(((b << 16) | a) as u32).to_be_bytes());
    out
}

/// A one-page PDF whose Flate content stream inflates to 1 GiB of spaces.
pub fn flate_bomb_pdf() -> Vec<u8> {
    let count = 1u64 << 30;
    let part = deflated_run("content", b"BT ", b' ', count, b" ET");
    let data = zlib(&part, b"BT ", b' ', count, b" ET");
    pdf_from_objects(&one_page("", stream("/Filter /FlateDecode", &data)))
}

/// A one-page PDF showing one grey image that claims 40000 × 40000 pixels
/// (1.6 GB unpacked) with a few kilobytes of data: a reader that believes
/// the dictionary allocates the lot.
pub fn image_bomb_pdf() -> Vec<u8> {
    let count = 1u64 << 20;
    let part = deflated_run("image", b"", 0xff, count, b"");
    let data = zlib(&part, b"", 0xff, count, b"");
    let mut objects = one_page(
        "/XObject << /Im0 5 0 R >>",
        stream("", b"q 595 0 0 842 0 0 cm /Im0 Do Q"),
    );
    objects.push(stream(
        "/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
        &data,
    ));
    pdf_from_objects(&objects)
}

/// A PDF of `pages` pages sharing one content stream (100,000 pages are
/// about 9 MB).
pub fn many_pages_pdf(pages: usize) -> Vec<u8> {
    let mut objects = Vec::with_capacity(pages + 3);
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: String = (0..pages).map(|i| format!("{} 0 R ", i + 4)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{kids}] /Count {pages} >>").into_bytes());
    objects.push(stream("", b"BT /F1 11 Tf 72 760 Td (Bladzijde) Tj ET"));
    for _ in 0..pages {
        objects.push(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>".to_vec(),
        );
    }
    pdf_from_objects(&objects)
}

/// A page tree whose node lists itself among its kids, and a page whose
/// contents array contains itself.
pub fn cyclic_pdf() -> Vec<u8> {
    pdf_from_objects(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_vec(),
        b"[4 0 R 4 0 R]".to_vec(),
    ])
}

/// Every bomb, as (file name, bytes), in the order a cohort holds them.
pub fn all() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("overzicht.ods", ods_bomb()),
        ("uren.xlsx", xlsx_huge_string()),
        ("veel.xlsx", xlsx_many_strings()),
        ("genest.pdf", nested_arrays_pdf()),
        ("flate.pdf", flate_bomb_pdf()),
        ("plaatje.pdf", image_bomb_pdf()),
        ("honderdduizend.pdf", many_pages_pdf(100_000)),
        ("kringloop.pdf", cyclic_pdf()),
    ]
}

/// Writes every bomb into `cohort`, one candidate folder each (B01, B02,
/// ...), so that each dossier is assessed with its bomb in it.
pub fn write_cohort(cohort: &Path) -> std::io::Result<Vec<String>> {
    let mut written = Vec::new();
    for (i, (name, bytes)) in all().into_iter().enumerate() {
        let folder = cohort.join(format!("B{:02}", i + 1));
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join(name), bytes)?;
        written.push(format!("B{:02}/{name}", i + 1));
    }
    Ok(written)
}
