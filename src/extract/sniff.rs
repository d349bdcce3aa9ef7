//! Sniff a file's format from its first bytes. Candidates rename files
//! freely, so the extension is only consulted to break a tie the bytes leave
//! open (an OLE container is a Word or an Excel file).

use crate::model::Format;
use std::io::{Cursor, Read};

/// The format of `bytes`; `name` is the file name, used only as a hint.
pub fn sniff(bytes: &[u8], name: &str) -> Format {
    if bytes.is_empty() {
        return Format::Empty;
    }
    let head = &bytes[..bytes.len().min(1024)];
    if find(head, b"%PDF-").is_some() {
        return Format::Pdf;
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return sniff_zip(bytes, name);
    }
    if super::ole::is_compound_file(head) {
        return sniff_ole(bytes, name);
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Format::Jpeg;
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Format::Png;
    }
    if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") {
        return Format::Tiff;
    }
    if looks_like_text(bytes) {
        let text = crate::text::decode::decode_text(&bytes[..bytes.len().min(64 * 1024)]);
        if crate::text::decode::looks_delimited(&text) {
            return Format::Csv;
        }
        return Format::Text;
    }
    Format::Unknown
}

/// Tells OOXML and ODF packages apart by the parts they hold.
fn sniff_zip(bytes: &[u8], name: &str) -> Format {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // Cut short or damaged: the part names in the local headers, else
        // the extension, say what it was meant to be, so its reader can
        // say what is wrong with it.
        return super::zip_package::format_from_parts(bytes)
            .or_else(|| package_by_extension(name))
            .unwrap_or(Format::Zip);
    };
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    if has("xl/workbook.bin") {
        return Format::Xlsb;
    }
    if has("xl/workbook.xml") {
        let macro_enabled = archive
            .by_name("[Content_Types].xml")
            .ok()
            .and_then(|f| read_capped(f, 256 * 1024))
            .is_some_and(|ct| ct.contains("macroEnabled"));
        return if macro_enabled {
            Format::Xlsm
        } else {
            Format::Xlsx
        };
    }
    if has("word/document.xml") {
        return Format::Docx;
    }
    if has("mimetype") {
        let mime = archive
            .by_name("mimetype")
            .ok()
            .and_then(|f| read_capped(f, 256))
            .unwrap_or_default();
        if mime.contains("opendocument.spreadsheet") {
            return Format::Ods;
        }
        if mime.contains("opendocument.text") {
            return Format::Odt;
        }
    }
    Format::Zip
}

fn package_by_extension(name: &str) -> Option<Format> {
    let lower = name.to_lowercase();
    let (_, extension) = lower.rsplit_once('.')?;
    match extension {
        "xlsx" => Some(Format::Xlsx),
        "xlsm" => Some(Format::Xlsm),
        "xlsb" => Some(Format::Xlsb),
        "ods" => Some(Format::Ods),
        "docx" => Some(Format::Docx),
        _ => None,
    }
}

fn read_capped(file: impl Read, cap: u64) -> Option<String> {
    let mut text = String::new();
    file.take(cap).read_to_string(&mut text).ok()?;
    Some(text)
}

/// OLE compound files hold old Excel and Word files, and encrypted OOXML.
/// The directory names the streams in UTF-16.
fn sniff_ole(bytes: &[u8], name: &str) -> Format {
    // Stream names are UTF-16LE; some writers capitalise them (WORKBOOK).
    let has_stream = |s: &str| {
        let wanted: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        bytes
            .windows(wanted.len())
            .any(|w| w.eq_ignore_ascii_case(&wanted))
    };
    if has_stream("Workbook") || has_stream("Book") {
        return Format::Xls;
    }
    if has_stream("WordDocument") {
        return Format::Doc;
    }
    if has_stream("EncryptedPackage") {
        // An encrypted xlsx or docx: the extension is the only hint left.
        let lower = name.to_lowercase();
        return if lower.ends_with(".docx") {
            Format::Docx
        } else {
            Format::Xlsx
        };
    }
    // A container cut short before its directory names no stream; a .xls
    // name is then read as one, so the finding says what is wrong with it
    // (truncated) rather than that hercert does not know the format.
    if name.to_lowercase().ends_with(".xls") {
        return Format::Xls;
    }
    Format::Unknown
}

/// Text when the start has no NUL bytes and few control characters.
fn looks_like_text(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)))
        .count();
    controls == 0 || (controls * 100 < head.len() && !head.contains(&0))
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_decide_not_the_extension() {
        assert_eq!(sniff(b"%PDF-1.7\n...", "x.xlsx"), Format::Pdf);
        assert_eq!(sniff(b"", "x.pdf"), Format::Empty);
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0rest", "scan.pdf"), Format::Jpeg);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nrest", "a.pdf"), Format::Png);
        assert_eq!(
            sniff(
                b"datum;titel;uren\n2024-01-02;Cursus;3\n2024-02-03;Congres;4\n",
                "x.pdf"
            ),
            Format::Csv
        );
        assert_eq!(
            sniff(
                b"Dit is gewoon een brief zonder kolommen.\nMet een tweede regel.\n",
                "x.xlsx"
            ),
            Format::Text
        );
        assert_eq!(sniff(&[0u8, 1, 2, 3, 0, 0, 7, 8], "x.bin"), Format::Unknown);
    }

    #[test]
    fn an_ole_container_without_a_directory_leans_on_its_extension() {
        let mut headless = crate::extract::ole::SIGNATURE.to_vec();
        headless.resize(2048, 0);
        assert_eq!(sniff(&headless, "Overzicht PE.XLS"), Format::Xls);
        assert_eq!(sniff(&headless, "verklaring.bin"), Format::Unknown);
        let mut workbook = headless.clone();
        let name: Vec<u8> = "Workbook"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        workbook[1024..1024 + name.len()].copy_from_slice(&name);
        assert_eq!(sniff(&workbook, "verklaring.bin"), Format::Xls);
    }

    #[test]
    fn a_zip_that_does_not_open_leans_on_its_parts_then_its_extension() {
        let headless = b"PK\x03\x04\x14\x00\x00\x00\x08\x00garbage after the header".to_vec();
        assert_eq!(sniff(&headless, "Overzicht.ODS"), Format::Ods);
        assert_eq!(sniff(&headless, "verklaring.docx"), Format::Docx);
        assert_eq!(sniff(&headless, "bijlagen.zip"), Format::Zip);
        let mut named = headless.clone();
        named.extend_from_slice(b"xl/workbook.xml");
        assert_eq!(sniff(&named, "bijlagen.zip"), Format::Xlsx);
    }

    #[test]
    fn zip_packages_are_told_apart() {
        use std::io::Write;
        let make = |parts: &[(&str, &str)]| {
            let mut buf = Cursor::new(Vec::new());
            {
                let mut w = zip::ZipWriter::new(&mut buf);
                for (name, body) in parts {
                    let opts = zip::write::SimpleFileOptions::default();
                    w.start_file(*name, opts).expect("zip entry"); // ok: test
                    w.write_all(body.as_bytes()).expect("zip write"); // ok: test
                }
                w.finish().expect("zip finish"); // ok: test
            }
            buf.into_inner()
        };
        let xlsx = make(&[
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", "<w/>"),
        ]);
        assert_eq!(sniff(&xlsx, "a.pdf"), Format::Xlsx);
        let docx = make(&[("word/document.xml", "<d/>")]);
        assert_eq!(sniff(&docx, "a.pdf"), Format::Docx);
        let ods = make(&[("mimetype", "application/vnd.oasis.opendocument.spreadsheet")]);
        assert_eq!(sniff(&ods, "a.xlsx"), Format::Ods);
        let other = make(&[("foto.jpg", "x")]);
        assert_eq!(sniff(&other, "a.zip"), Format::Zip);
    }
}
