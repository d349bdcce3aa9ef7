//! Running tesseract: whether it (and its Dutch data) is installed, which
//! version it is, its command line, and the second pass in the fallback
//! languages when the first reads poorly or reads as English.
//!
//! Separate from what is read (pages, images, the cache) because this is
//! the one place that knows tesseract's flags and output format.

use std::path::Path;
use std::process::{Command, Stdio};

use super::process::run;
use super::tsv::parse_tsv;
use super::{Ocr, OcrError, OcrPage};

/// `tesseract --version`'s first line, part of the cache key: another
/// tesseract may read the same image differently.
pub(super) fn tesseract_version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        Command::new("tesseract")
            .arg("--version")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()
            .and_then(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .next()
                    .map(|l| l.trim().to_string())
            })
            .unwrap_or_default()
    });
    &VERSION
}

impl Ocr {
    /// Whether both tools and the Dutch data are installed.
    pub fn available() -> Result<(), OcrError> {
        static CHECK: std::sync::LazyLock<Result<(), OcrError>> = std::sync::LazyLock::new(|| {
            for tool in ["pdftoppm", "tesseract"] {
                let ok = Command::new(tool)
                    .arg("-v")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok();
                if !ok {
                    return Err(OcrError::Unavailable(format!("{tool} not found")));
                }
            }
            let langs = Command::new("tesseract")
                .arg("--list-langs")
                .stderr(Stdio::null())
                .output();
            match langs {
                Ok(out)
                    if String::from_utf8_lossy(&out.stdout)
                        .lines()
                        .any(|l| l.trim() == "nld") =>
                {
                    Ok(())
                }
                _ => Err(OcrError::Unavailable(
                    "tesseract has no Dutch data (tesseract-ocr-nld)".into(),
                )),
            }
        });
        CHECK.clone()
    }

    /// One pass with the first languages; a second with the fallback
    /// languages when the first reads poorly or as English, keeping the
    /// pass with the higher confidence.
    pub(super) fn recognise(&self, image: &Path, dpi: Option<u32>) -> Result<OcrPage, OcrError> {
        let straight = super::straightened_copy(image, &self.settings);
        let image = straight.as_deref().unwrap_or(image);
        let first = self.tesseract(image, dpi, &self.settings.languages)?;
        if !self.wants_second_pass(&first) {
            return Ok(first);
        }
        let second = self.tesseract(image, dpi, &self.settings.fallback_languages);
        Ok(better(first, second))
    }

    /// Whether a first pass read poorly or read as English.
    pub(super) fn wants_second_pass(&self, first: &OcrPage) -> bool {
        let s = &self.settings;
        !s.fallback_languages.is_empty()
            && first.text.split_whitespace().count() >= s.fallback_min_words
            && (first.confidence < s.fallback_below_confidence
                || crate::extract::language::detect(&first.text) == "en")
    }

    pub(super) fn tesseract(
        &self,
        image: &Path,
        dpi: Option<u32>,
        languages: &str,
    ) -> Result<OcrPage, OcrError> {
        let tsv = run(
            &mut self.tesseract_command(image, dpi, languages),
            self.timeout,
        )?;
        let mut page = parse_tsv(&tsv, dpi);
        super::with_pixel_ink(&mut page, image, dpi);
        Ok(page)
    }

    /// tesseract writing TSV for an image, or for a list of image files
    /// (one path a line: one process reads them all, `page_num` numbering
    /// them).
    pub(super) fn tesseract_command(
        &self,
        input: &Path,
        dpi: Option<u32>,
        languages: &str,
    ) -> Command {
        let mut command = Command::new("tesseract");
        command
            .arg(input)
            .arg("stdout")
            .args(["--psm", &self.settings.page_segmentation.to_string()])
            .args(["-l", languages]);
        if let Some(dpi) = dpi {
            command.args(["--dpi", &dpi.to_string()]);
        }
        if !self.settings.invert {
            command.args(["-c", "tessedit_do_invert=0"]);
        }
        command.arg("tsv").env("OMP_THREAD_LIMIT", "1");
        command
    }
}

/// The second pass when it is more confident than the first.
pub(super) fn better(first: OcrPage, second: Result<OcrPage, OcrError>) -> OcrPage {
    match second {
        Ok(second) if second.confidence > first.confidence => second,
        _ => first,
    }
}
