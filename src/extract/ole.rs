//! OLE compound files (an xls, or the container a password-protected xlsx
//! travels in) are opened by the cfb crate and written out again before
//! calamine reads them.
//!
//! calamine reads the compound-file layer itself and trusts its sector
//! chains: a chain that points at the sector just past the end of a
//! truncated file, or a FAT shorter than the file, makes it slice out of
//! bounds and panic (calamine 0.38, `cfb.rs`, `Sectors::get`; found by
//! `make fuzz-smoke`). The sandbox turns such a panic into a finding, but
//! its reason ("slice index starts at 32256 but ends at 32252") tells an
//! assessor nothing, and a reader that panics on a truncated upload is one
//! we cannot fuzz. The cfb crate checks every chain when it opens a file
//! and writes only conformant ones, so calamine sees a container whose
//! chains hold. What cfb cannot open is `truncated` or `corrupt` with cfb's
//! own reason.

use crate::model::Unreadable;
use std::io::{Cursor, ErrorKind};

/// The signature every compound file starts with.
pub const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The stream an encrypted OOXML package keeps its ciphertext in (MS-OFFCRYPTO).
const ENCRYPTED_PACKAGE: &str = "/EncryptedPackage";

/// Whether `bytes` claim to be a compound file.
pub fn is_compound_file(bytes: &[u8]) -> bool {
    bytes.starts_with(&SIGNATURE)
}

/// The compound file in `bytes`, rewritten with every stream, storage and
/// state bit it holds but sound chains; an OOXML package inside one is
/// `Encrypted` (hercert has no password to open it with).
pub fn rewrite(bytes: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let mut source = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(damaged)?;
    if source.is_stream(ENCRYPTED_PACKAGE) {
        return Err(Unreadable::Encrypted);
    }
    let copy = source
        .copy_to(Cursor::new(Vec::with_capacity(bytes.len())))
        .map_err(damaged)?;
    Ok(copy.into_inner().into_inner())
}

/// cfb's reason, as the kind of damage an assessor can act on: a file that
/// ends before the sectors its tables point at is `truncated` (an upload
/// cut short), any other damage `corrupt`.
fn damaged(e: std::io::Error) -> Unreadable {
    let reason = format!("OLE container: {e}");
    let points_past_end = ["too small", "but file has only", "but sector count is only"]
        .iter()
        .any(|said| reason.contains(said));
    if e.kind() == ErrorKind::UnexpectedEof || points_past_end {
        Unreadable::Truncated(reason)
    } else {
        Unreadable::Corrupt(reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A small compound file with a `Workbook` stream of `len` bytes.
    fn compound_file(len: usize) -> Vec<u8> {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("create"); // ok: test
        let mut stream = file.create_stream("/Workbook").expect("stream"); // ok: test
        stream.write_all(&vec![0x42; len]).expect("write"); // ok: test
        drop(stream);
        file.flush().expect("flush"); // ok: test
        file.into_inner().into_inner()
    }

    #[test]
    fn a_sound_container_keeps_its_streams() {
        let original = compound_file(10_000);
        let rewritten = rewrite(&original).expect("sound"); // ok: test
        assert!(is_compound_file(&rewritten));
        let reopened = cfb::CompoundFile::open(Cursor::new(rewritten)).expect("reopen"); // ok: test
        assert_eq!(reopened.entry("/Workbook").expect("entry").len(), 10_000); // ok: test
    }

    #[test]
    fn a_truncated_container_is_damaged_or_rewritten_soundly() {
        let original = compound_file(10_000);
        for cut in [8, 100, 511, 512, 1024, 4096, original.len() - 700] {
            match rewrite(&original[..cut]) {
                Err(Unreadable::Truncated(reason) | Unreadable::Corrupt(reason)) => {
                    assert!(reason.starts_with("OLE container"), "{cut}: {reason}")
                }
                // cfb reads a short last sector as zeros: the copy holds.
                Ok(rewritten) => {
                    let reopened = cfb::CompoundFile::open(Cursor::new(rewritten)).expect("sound"); // ok: test
                    assert!(reopened.is_stream("/Workbook"), "cut at {cut}");
                }
                Err(other) => panic!("cut at {cut}: {other:?}"),
            }
        }
    }

    #[test]
    fn an_encrypted_ooxml_package_is_encrypted() {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("create"); // ok: test
        file.create_stream("/EncryptionInfo").expect("info"); // ok: test
        file.create_stream(ENCRYPTED_PACKAGE).expect("package"); // ok: test
        file.flush().expect("flush"); // ok: test
        let bytes = file.into_inner().into_inner();
        assert!(matches!(rewrite(&bytes), Err(Unreadable::Encrypted)));
    }
}
