//! How tesseract is run, as data: the shipped `ocr.toml` and the
//! fingerprint of every setting that changes what it reads.
//!
//! Separate because the settings are measured (`make bench-ocr`), not
//! written by hand, and because the fingerprint decides what the cache
//! may give back.

use super::page_image::Resolutions;
use super::tesseract::tesseract_version;

/// How tesseract is run; `ocr.toml` holds the values and why.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OcrSettings {
    pub cache_version: u32,
    pub languages: String,
    /// Empty: no second pass.
    pub fallback_languages: String,
    pub fallback_below_confidence: f64,
    pub fallback_min_words: usize,
    pub page_segmentation: u32,
    pub invert: bool,
    pub min_image_dpi: u32,
    pub min_bilevel_dpi: u32,
    pub upsample_dpi: u32,
    pub render_dpi: u32,
    /// Read single-image pages from the image (false: render every page, as
    /// before issue 14; for measuring).
    #[serde(default = "yes")]
    pub native_images: bool,
    /// Turn a photo or scan straight before OCR when it is skewed by more
    /// than `deskew::MIN_SKEW` degrees.
    #[serde(default = "yes")]
    pub deskew: bool,
    /// Pages read ahead by one tesseract process at most (0 or 1: a
    /// process a page). Not in the cache key: a page reads the same.
    #[serde(default)]
    pub batch_pages: usize,
}

fn yes() -> bool {
    true
}

/// The settings hercert ships with.
pub(crate) const SETTINGS: &str = include_str!("../ocr.toml");

impl Default for OcrSettings {
    fn default() -> Self {
        static PARSED: std::sync::LazyLock<OcrSettings> = std::sync::LazyLock::new(|| {
            // ok: a file compiled into the binary; `shipped_settings_parse` tests it.
            toml::from_str(SETTINGS).expect("src/extract/ocr.toml is valid") // ok: embedded file, pinned by a test
        });
        PARSED.clone()
    }
}

impl OcrSettings {
    /// Everything that changes what tesseract returns, for the cache key.
    pub(super) fn fingerprint(&self) -> String {
        format!(
            "v{}|{}|{}|{}|{}|psm{}|inv{}|{}/{}/{}/{}|native{}|deskew{}|{}",
            self.cache_version,
            self.languages,
            self.fallback_languages,
            self.fallback_below_confidence,
            self.fallback_min_words,
            self.page_segmentation,
            self.invert,
            self.min_image_dpi,
            self.min_bilevel_dpi,
            self.upsample_dpi,
            self.render_dpi,
            self.native_images,
            self.deskew,
            tesseract_version(),
        )
    }

    pub(super) fn resolutions(&self) -> Resolutions {
        Resolutions {
            min_image: self.min_image_dpi,
            min_bilevel: self.min_bilevel_dpi,
            upsample: self.upsample_dpi,
            render: self.render_dpi,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_settings_parse() {
        let s = OcrSettings::default();
        assert_eq!(s.languages, "nld");
        assert!(s.native_images);
        assert!(s.min_image_dpi <= s.render_dpi);
    }
}
