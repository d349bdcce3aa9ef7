//! Zip packages (xlsx, xlsm, xlsb, ods, docx) that do not open.
//!
//! A zip keeps its directory at the end, so an upload cut short loses it
//! first: the parts are still there, in local headers from the start of
//! the file, but no zip reader opens the archive. Such a file is named by
//! the parts its local headers name, and reported as `truncated`, which
//! tells an assessor to ask for the file again; "unsupported format: zip"
//! told them the candidate had sent an archive.

use super::sniff::find;
use crate::model::{Format, Unreadable};

/// The signature of the end-of-central-directory record.
const END_OF_DIRECTORY: &[u8] = b"PK\x05\x06";
/// The record sits within this many bytes of the end (22 bytes plus a
/// comment of at most 65535).
const END_RECORD_REACH: usize = 22 + 65_535;

/// The package format a zip that does not open was meant to be, from the
/// part names in its local headers; `None` when they name no package.
pub fn format_from_parts(bytes: &[u8]) -> Option<Format> {
    let has = |part: &[u8]| find(bytes, part).is_some();
    if has(b"xl/workbook.bin") {
        Some(Format::Xlsb)
    } else if has(b"xl/workbook.xml") {
        // Whether macros are enabled is in a compressed part: no matter
        // for a file that will not open.
        Some(Format::Xlsx)
    } else if has(b"word/document.xml") {
        Some(Format::Docx)
    } else if has(b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet") {
        Some(Format::Ods)
    } else {
        None
    }
}

/// What is wrong with a package `what` that the zip reader refused with
/// `error`: without its end record it was cut short, otherwise damaged.
pub fn damage(bytes: &[u8], what: &str, error: impl std::fmt::Display) -> Unreadable {
    let tail = &bytes[bytes.len().saturating_sub(END_RECORD_REACH)..];
    if find(tail, END_OF_DIRECTORY).is_some() {
        Unreadable::Corrupt(format!("{what}: {error}"))
    } else {
        Unreadable::Truncated(format!(
            "{what}: the zip package ends before its directory ({error})"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn package(parts: &[(&str, &[u8])], stored: bool) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let method = if stored {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        for (name, content) in parts {
            let options = zip::write::SimpleFileOptions::default().compression_method(method);
            zip.start_file(*name, options).expect("zip"); // ok: test
            zip.write_all(content).expect("zip"); // ok: test
        }
        zip.finish().expect("zip").into_inner() // ok: test
    }

    #[test]
    fn a_cut_package_is_named_by_its_parts() {
        let xlsx = package(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("xl/workbook.xml", b"<workbook/>"),
                ("xl/worksheets/sheet1.xml", &[b'x'; 4000]),
            ],
            false,
        );
        let cut = &xlsx[..xlsx.len() / 2];
        assert_eq!(format_from_parts(cut), Some(Format::Xlsx));
        let ods = package(
            &[
                (
                    "mimetype",
                    b"application/vnd.oasis.opendocument.spreadsheet",
                ),
                ("content.xml", &[b'x'; 4000]),
            ],
            true,
        );
        assert_eq!(format_from_parts(&ods[..ods.len() / 2]), Some(Format::Ods));
        let docx = package(&[("word/document.xml", b"<w:document/>")], false);
        assert_eq!(format_from_parts(&docx), Some(Format::Docx));
        let other = package(&[("foto.jpg", b"jpeg")], true);
        assert_eq!(format_from_parts(&other), None);
    }

    #[test]
    fn without_its_end_record_a_package_is_truncated() {
        let xlsx = package(&[("xl/workbook.xml", &[b'x'; 4000])], false);
        let refused = "Could not find EOCD";
        assert!(matches!(
            damage(&xlsx[..xlsx.len() - 30], "xlsx", refused),
            Unreadable::Truncated(reason) if reason.contains("ends before its directory")
        ));
        assert!(matches!(
            damage(&xlsx, "xlsx", "invalid local header"),
            Unreadable::Corrupt(_)
        ));
    }
}
