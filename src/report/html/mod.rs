//! The assessor's view: `html/index.html` (every dossier, those needing
//! action first), `html/<candidate_id>.html` per dossier and, for an
//! `aanvulling`, the letter to the candidate as `html/<candidate_id>.txt`.
//!
//! Built from the same [`Assessed`] dossiers as the CSV files, in one
//! language (`--lang`), with every text from the catalogue. Pages are plain
//! HTML with inline CSS; the index has a small optional sort script whose
//! hash is the only script the Content-Security-Policy allows. Every text
//! goes through [`esc`], which masks a BSN before escaping.

mod index;
mod letter;
pub(crate) mod links;
mod page;
pub mod picture;

use crate::assess::{Assessed, Outcome};
use crate::model::catalogue::{catalogue, Catalogue};
use crate::model::{Lang, Severity};
use crate::scheme::SchemeSet;
use crate::text::bsn::mask_bsn;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Where the pages are written inside the report set.
pub const DIR: &str = "html";

/// How the pages are made.
#[derive(Debug, Clone)]
pub struct HtmlOptions {
    pub lang: Lang,
    /// The cohort folder: documents are linked from the pages and pictures
    /// are rendered from them.
    pub cohort: PathBuf,
    /// The report folder; links to documents are relative to `out/html/`.
    pub out: PathBuf,
    /// Pictures of page regions (pdftoppm); off when `None`.
    pub pictures: Option<picture::PictureMaker>,
}

/// What a page needs besides the dossier.
pub(crate) struct Ctx<'a> {
    pub lang: Lang,
    pub cat: &'a Catalogue,
    pub links: links::Links,
    pub schemes: &'a SchemeSet,
}

impl Ctx<'_> {
    /// A page label in the run's language.
    pub fn l(&self, key: &str) -> &str {
        self.cat.label(key, self.lang)
    }

    /// A number in the run's language: decimal comma in Dutch.
    pub fn num(&self, v: f64, places: usize) -> String {
        let s = format!("{v:.places$}");
        match self.lang {
            Lang::Nl => s.replace('.', ","),
            Lang::En => s,
        }
    }

    pub fn opt_num(&self, v: Option<f64>, places: usize) -> String {
        v.map_or_else(|| self.l("unknown").to_string(), |v| self.num(v, places))
    }

    pub fn yes_no(&self, v: bool) -> &str {
        self.l(if v { "yes" } else { "no" })
    }

    pub fn outcome(&self, o: Outcome) -> &str {
        self.l(match o {
            Outcome::Toekenning => "outcome_toekenning",
            Outcome::Aanvulling => "outcome_aanvulling",
            Outcome::Afwijzing => "outcome_afwijzing",
        })
    }

    pub fn severity(&self, s: Severity) -> &str {
        self.l(match s {
            Severity::Reject => "severity_reject",
            Severity::Supplement => "severity_supplement",
            Severity::Warning => "severity_warning",
            Severity::Info => "severity_info",
        })
    }
}

/// The files of the assessor's view, as (path inside the report set,
/// bytes): the index, a page per dossier, letters and pictures.
pub fn build(
    dossiers: &[Assessed],
    schemes: &SchemeSet,
    options: &HtmlOptions,
) -> Vec<(String, Vec<u8>)> {
    let ctx = Ctx {
        lang: options.lang,
        cat: catalogue(),
        links: links::Links::new(&options.cohort, &options.out),
        schemes,
    };
    let stems = file_stems(dossiers);
    let mut files = Vec::with_capacity(dossiers.len() * 2 + 1);
    let mut pictures: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    files.push((
        format!("{DIR}/index.html"),
        index::render(dossiers, &stems, &ctx).into_bytes(),
    ));
    // Pictures cost a process or two each: made in parallel, before the pages.
    let all_shots: Vec<Vec<picture::Shot>> = match &options.pictures {
        Some(maker) => dossiers
            .par_iter()
            .map(|a| maker.for_dossier(a, &options.cohort))
            .collect(),
        None => vec![Vec::new(); dossiers.len()],
    };
    for ((a, stem), shots) in dossiers.iter().zip(&stems).zip(all_shots) {
        let letter = (a.outcome == Outcome::Aanvulling).then(|| letter::render(a, &ctx));
        let html = page::render(a, stem, letter.as_deref(), &shots, &ctx);
        files.push((format!("{DIR}/{stem}.html"), html.into_bytes()));
        if let Some(text) = letter {
            files.push((format!("{DIR}/{stem}.txt"), text.into_bytes()));
        }
        for shot in shots {
            pictures.entry(shot.file).or_insert(shot.png);
        }
    }
    files.extend(
        pictures
            .into_iter()
            .map(|(name, png)| (format!("{DIR}/{name}"), png)),
    );
    files
}

/// A safe file name per dossier: the candidate id with any BSN masked and
/// anything but letters, digits, `-`, `_` and `.` replaced; a clash gets a
/// number.
fn file_stems(dossiers: &[Assessed]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    dossiers
        .iter()
        .map(|a| {
            let masked = mask_bsn(&a.candidate_id);
            let mut stem: String = masked
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            if stem.is_empty() || stem.starts_with('.') || stem == "index" {
                stem.insert(0, '_');
            }
            let base = stem.clone();
            let mut n = 1;
            while !seen.insert(stem.to_lowercase()) {
                n += 1;
                stem = format!("{base}-{n}");
            }
            stem
        })
        .collect()
}

/// Text for HTML: any BSN masked, then escaped. Control characters become
/// spaces.
pub fn esc(text: &str) -> String {
    let masked = mask_bsn(text);
    let mut out = String::with_capacity(masked.len() + 8);
    for c in masked.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push('\n'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The shared style of the pages.
const STYLE: &str = include_str!("style.css");

/// The head of every page: charset, the policy, the title and the style.
fn head(html: &mut String, lang: Lang, title: &str, script_hash: Option<&str>) {
    use std::fmt::Write;
    let script = script_hash.map_or_else(String::new, |h| format!(" script-src '{h}';"));
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;{script}\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"color-scheme\" content=\"light\">\n<meta name=\"referrer\" content=\"no-referrer\">\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n",
        match lang {
            Lang::Nl => "nl",
            Lang::En => "en",
        },
        esc(title)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_masks_a_bsn_first() {
        assert_eq!(
            esc("<b>BSN 123456782</b> & 'x'"),
            "&lt;b&gt;BSN ******782&lt;/b&gt; &amp; &#39;x&#39;"
        );
    }
}
