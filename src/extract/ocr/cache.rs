//! The OCR cache on disk: what a page is known by (the image's hash, or the
//! file's and the page for a rendering), where its text is kept (a hash of
//! that key and every OCR setting), and files only their owner can read.
//!
//! Separate because it holds document text: its folder is created 0700,
//! its files 0600, written under a temporary name and renamed into place.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Input, Ocr, OcrPage};

impl Input {
    /// What the cache knows this page by: the image's hash, or the file's
    /// hash and the page for a rendering (with the resolution either way).
    pub(super) fn key(&self, sha256: &str, page: u32) -> String {
        match self {
            Input::Nothing => String::new(),
            Input::Image(image) => format!(
                "image:{}:{}:{}",
                hex(&Sha256::digest(&image.bytes)),
                image.extension,
                image.dpi
            ),
            Input::Render(dpi) => format!("page:{sha256}:{page}:{dpi}"),
        }
    }
}

impl Ocr {
    fn cache_path(&self, key: &str) -> Option<PathBuf> {
        let dir = self.cache_dir.as_ref()?;
        let mut h = Sha256::new();
        h.update(self.settings.fingerprint().as_bytes());
        h.update([0]);
        h.update(key.as_bytes());
        Some(dir.join(format!("{}.txt", hex(&h.finalize()))))
    }

    pub(super) fn cached(&self, key: &str) -> Option<OcrPage> {
        let body = std::fs::read_to_string(self.cache_path(key)?).ok()?;
        let (head, rest) = body.split_once('\n')?;
        let (lines, text) = rest.split_once('\n')?;
        let mut head = head.split_whitespace();
        let confidence = head.next()?.parse().ok()?;
        Some(OcrPage {
            text: text.to_string(),
            confidence,
            ink_at_label: head.next() == Some("ink"),
            lines: serde_json::from_str(lines).ok()?,
        })
    }

    /// Best effort: a cache that cannot be written only costs time. The
    /// folder is made 0700 and each file 0600 (they hold document text),
    /// written under a temporary name and renamed into place.
    pub(super) fn store(&self, key: &str, result: &OcrPage) {
        let Some(path) = self.cache_path(key) else {
            return;
        };
        if let Some(dir) = path.parent() {
            if create_private_dir(dir).is_err() {
                return;
            }
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        let ink = if result.ink_at_label { " ink" } else { "" };
        let Ok(lines) = serde_json::to_string(&result.lines) else {
            return;
        };
        let body = format!("{:.2}{ink}\n{lines}\n{}", result.confidence, result.text);
        if write_private(&tmp, body.as_bytes()).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// Creates `dir` (and missing parents) with mode 0700.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes a new file with mode 0600.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(bytes)
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ocr::OcrSettings;

    #[cfg(unix)]
    #[test]
    fn the_cache_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().expect("tempdir"); // ok: test
        let ocr = Ocr {
            cache_dir: Some(root.path().join("a/ocr")),
            ..Ocr::default()
        };
        let page = OcrPage {
            text: "Bewijs van deelname".into(),
            confidence: 91.5,
            ink_at_label: false,
            lines: Vec::new(),
        };
        ocr.store("image:abc", &page);
        assert_eq!(ocr.cached("image:abc"), Some(page));
        let signed = OcrPage {
            ink_at_label: true,
            lines: crate::extract::positioned::lines_from_text(0, "Naam   Jan de Vries"),
            ..OcrPage::blank()
        };
        ocr.store("image:signed", &signed);
        assert_eq!(ocr.cached("image:signed"), Some(signed));
        assert_eq!(ocr.cached("image:abd"), None);
        let dir = root.path().join("a/ocr");
        let mode = |p: &Path| {
            std::fs::metadata(p)
                .map(|m| m.permissions().mode() & 0o777)
                .ok()
        };
        assert_eq!(mode(&dir), Some(0o700));
        let files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("cache folder") // ok: test
            .flatten()
            .map(|e| e.path())
            .collect();
        assert_eq!(files.len(), 2);
        assert!(files.iter().all(|f| mode(f) == Some(0o600)));
        // Other settings are another cache.
        let other = Ocr {
            settings: OcrSettings {
                languages: "nld+eng".into(),
                ..OcrSettings::default()
            },
            ..ocr
        };
        assert_eq!(other.cached("image:abc"), None);
    }
}
