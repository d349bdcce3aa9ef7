//! Certification schemes: every number and list the rules apply, read from
//! TOML. The shipped schemes (`rib`, `rccm`, `crov`) are embedded in the
//! binary; `--scheme FILE` replaces them with a file of the same shape.

use crate::model::{DocType, Severity};
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Why a scheme could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SchemeError {
    /// The name is neither a shipped scheme nor a readable file.
    #[error("unknown scheme '{0}': use rib, rccm, crov or the path of a scheme file")]
    Unknown(String),
    /// The scheme file could not be read from disk.
    #[error("cannot read scheme file {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The TOML does not have the shape of a scheme.
    #[error("scheme {name} is not valid")]
    Parse {
        name: String,
        #[source]
        source: toml::de::Error,
    },
    /// A value parsed but makes no sense (a bad date, an unknown doc type).
    #[error("scheme {name}: {problem}")]
    Invalid { name: String, problem: String },
}

const SHIPPED: [(&str, &str); 3] = [
    ("rib", include_str!("../schemes/rib.toml")),
    ("rccm", include_str!("../schemes/rccm.toml")),
    ("crov", include_str!("../schemes/crov.toml")),
];

/// One version of a certification scheme.
#[derive(Debug, Clone, Deserialize)]
pub struct Scheme {
    pub id: String,
    pub name: String,
    effective_from: String,
    pub version: String,
    pub reference: Reference,
    pub work: Work,
    pub pe: Pe,
    pub intervision: Intervision,
    pub experience: Experience,
    pub documents: Documents,
    severity: BTreeMap<String, Severity>,
    /// SHA-256 of the scheme's TOML text: part of a dossier's fingerprint.
    #[serde(skip)]
    pub source_hash: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Reference {
    pub period_years: i16,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Work {
    pub roles: Vec<String>,
    pub min_years: f64,
    pub min_avg_fte: f64,
    pub full_time_hours_per_week: f64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Pe {
    pub min_total: f64,
    pub hours_per_pe: f64,
    pub per_activity_cap: f64,
    pub vakoverleg_cap: f64,
    pub vakoverleg_kinds: Vec<String>,
    pub long_course_min_days: u32,
    pub long_course_words: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Intervision {
    pub min_count: usize,
    pub max_pages: u32,
    pub casuistiek_counts: bool,
    pub sections: Vec<Section>,
    /// Two reports sharing at least this share (Jaccard) of their word
    /// 5-grams are one report submitted twice.
    #[serde(default = "default_duplicate_similarity")]
    pub duplicate_similarity: f64,
    /// Or: at least this share of the shorter report's word pairs
    /// (2-grams) stands in the other, which survives OCR's misreadings and
    /// reading order (a PDF and a photo of its printout).
    #[serde(default = "default_duplicate_containment")]
    pub duplicate_containment: f64,
    /// The shorter report must hold this many word pairs for containment
    /// to count: a stub is contained in anything.
    #[serde(default = "default_duplicate_min_pairs")]
    pub duplicate_min_pairs: usize,
}

fn default_duplicate_similarity() -> f64 {
    0.8
}

fn default_duplicate_containment() -> f64 {
    0.85
}

fn default_duplicate_min_pairs() -> usize {
    40
}

#[derive(Debug, Clone, Deserialize)]
pub struct Section {
    pub key: String,
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Experience {
    pub competencies: Vec<String>,
    pub starr_examples: usize,
    pub strong_points: usize,
    pub development_points: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Documents {
    required: Vec<String>,
    must_be_signed: Vec<String>,
    pub language: String,
}

impl Scheme {
    /// Loads a shipped scheme by id, or a scheme file by path.
    pub fn load(name_or_path: &str) -> Result<Scheme, SchemeError> {
        if let Some((_, text)) = SHIPPED.iter().find(|(id, _)| *id == name_or_path) {
            return Scheme::parse(name_or_path, text);
        }
        let path = Path::new(name_or_path);
        if !path.is_file() {
            return Err(SchemeError::Unknown(name_or_path.to_string()));
        }
        let text = std::fs::read_to_string(path).map_err(|source| SchemeError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Scheme::parse(name_or_path, &text)
    }

    /// Parses and validates scheme TOML.
    pub fn parse(name: &str, text: &str) -> Result<Scheme, SchemeError> {
        let mut scheme: Scheme = toml::from_str(text).map_err(|source| SchemeError::Parse {
            name: name.to_string(),
            source,
        })?;
        scheme.source_hash = {
            use sha2::Digest;
            format!("{:x}", sha2::Sha256::digest(text.as_bytes()))
        };
        let invalid = |problem: String| SchemeError::Invalid {
            name: name.to_string(),
            problem,
        };
        scheme
            .effective_from
            .parse::<Date>()
            .map_err(|e| invalid(format!("effective_from: {e}")))?;
        for t in scheme
            .documents
            .required
            .iter()
            .chain(&scheme.documents.must_be_signed)
        {
            if DocType::parse(t).is_none() {
                return Err(invalid(format!("unknown document type '{t}'")));
            }
        }
        if scheme.pe.hours_per_pe <= 0.0 || scheme.work.full_time_hours_per_week <= 0.0 {
            return Err(invalid(
                "hours_per_pe and full_time_hours_per_week must be positive".into(),
            ));
        }
        Ok(scheme)
    }

    /// The date from which this version is in force.
    pub fn effective_from(&self) -> Date {
        // ok: validated in `parse`
        self.effective_from.parse().unwrap_or(Date::MIN)
    }

    /// The severity the scheme gives a finding code; codes the scheme does not
    /// name are warnings, so that a new rule never silently rejects.
    pub fn severity(&self, code: &str) -> Severity {
        self.severity
            .get(code)
            .copied()
            .unwrap_or(Severity::Warning)
    }

    /// Document types every dossier must hold once.
    pub fn required_documents(&self) -> Vec<DocType> {
        self.documents
            .required
            .iter()
            .filter_map(|s| DocType::parse(s))
            .collect()
    }

    /// Document types that must carry a signature.
    pub fn signed_documents(&self) -> Vec<DocType> {
        self.documents
            .must_be_signed
            .iter()
            .filter_map(|s| DocType::parse(s))
            .collect()
    }
}

/// The schemes a run may need, keyed by id, each with its versions: the
/// shipped ones, versions added from files, or the one given with
/// `--scheme FILE` (which then serves every candidate).
#[derive(Debug, Clone)]
pub struct SchemeSet {
    /// Versions per id, oldest first.
    schemes: BTreeMap<String, Vec<Scheme>>,
    /// Set when `--scheme FILE` replaced the shipped schemes.
    forced: Option<String>,
}

impl SchemeSet {
    /// The shipped schemes, with `default` (a shipped id or a file) for
    /// candidates that `cohort.csv` does not give a scheme.
    pub fn new(default: &str) -> Result<(SchemeSet, String), SchemeError> {
        let mut set = SchemeSet {
            schemes: BTreeMap::new(),
            forced: None,
        };
        for (id, text) in SHIPPED {
            set.add(Scheme::parse(id, text)?);
        }
        if set.schemes.contains_key(default) {
            return Ok((set, default.to_string()));
        }
        let scheme = Scheme::load(default)?;
        let id = scheme.id.clone();
        set.add(scheme);
        set.forced = Some(id.clone());
        Ok((set, id))
    }

    /// Adds a version of a scheme (`review --scheme-version FILE`).
    pub fn add(&mut self, scheme: Scheme) {
        let versions = self.schemes.entry(scheme.id.clone()).or_default();
        versions.retain(|v| v.version != scheme.version);
        versions.push(scheme);
        versions.sort_by_key(Scheme::effective_from);
    }

    /// The newest version of a scheme; a scheme file given with `--scheme`
    /// wins.
    pub fn get(&self, id: &str) -> Option<&Scheme> {
        let id = self.forced.as_deref().unwrap_or(id);
        self.schemes.get(id)?.last()
    }

    /// The version in force on a date: the newest whose `effective_from` is
    /// on or before it (the oldest one for dates before every version).
    pub fn in_force(&self, id: &str, date: jiff::civil::Date) -> Option<&Scheme> {
        let id = self.forced.as_deref().unwrap_or(id);
        let versions = self.schemes.get(id)?;
        versions
            .iter()
            .rev()
            .find(|v| v.effective_from() <= date)
            .or_else(|| versions.first())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_schemes_parse_and_carry_the_rib_numbers() {
        for id in ["rib", "rccm", "crov"] {
            let s = Scheme::load(id).expect("shipped scheme parses"); // ok: test
            assert_eq!(s.id, id);
            assert_eq!(s.pe.min_total, 32.0);
            assert_eq!(s.pe.per_activity_cap, 4.0);
            assert_eq!(s.pe.vakoverleg_cap, 10.0);
            assert_eq!(s.intervision.min_count, 12);
            assert_eq!(s.work.min_years, 3.0);
            assert_eq!(s.required_documents().len(), 5);
        }
        assert_eq!(
            Scheme::load("rib")
                .map(|s| s.experience.competencies.len())
                .ok(),
            Some(8)
        );
        assert_eq!(
            Scheme::load("rccm")
                .map(|s| s.experience.competencies.len())
                .ok(),
            Some(8)
        );
    }

    #[test]
    fn severity_comes_from_the_scheme() {
        let s = Scheme::load("rib").expect("rib"); // ok: test
        assert_eq!(s.severity("WORK-CURRENT"), Severity::Reject);
        assert_eq!(s.severity("DOC-MISSING"), Severity::Supplement);
        assert_eq!(s.severity("PE-ACTIVITY-CAP"), Severity::Info);
        assert_eq!(s.severity("NOT-A-CODE"), Severity::Warning);
    }

    #[test]
    fn the_version_in_force_is_chosen_by_date() {
        let (mut set, _) = SchemeSet::new("rib").expect("shipped"); // ok: test
        let older = include_str!("../schemes/rib.toml")
            .replace(
                "effective_from = \"2020-01-01\"",
                "effective_from = \"2016-01-01\"",
            )
            .replace("version = \"2020.1\"", "version = \"2016.1\"");
        set.add(Scheme::parse("old", &older).expect("older version")); // ok: test
        let at = |d: &str| {
            set.in_force("rib", d.parse().expect("date")) // ok: test
                .map(|s| s.version.clone())
        }; // ok: test
        assert_eq!(at("2018-06-01").as_deref(), Some("2016.1"));
        assert_eq!(at("2021-06-01").as_deref(), Some("2020.1"));
        assert_eq!(at("2010-01-01").as_deref(), Some("2016.1"));
        assert_eq!(set.get("rib").map(|s| s.version.as_str()), Some("2020.1"));
    }

    #[test]
    fn unknown_scheme_is_an_error() {
        assert!(matches!(Scheme::load("nope"), Err(SchemeError::Unknown(_))));
    }
}
