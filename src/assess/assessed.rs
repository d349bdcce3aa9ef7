//! What the assessment makes of a dossier: its outcome, findings, figures
//! and the rows of the reports. Everything the reports need of one dossier,
//! and nothing more; this is what the state store caches and a shard record
//! holds.

use crate::dossier::DocumentRecord;
use crate::model::{DocType, Finding, Severity, Unreadable};
use serde::{Deserialize, Serialize};

/// The decision a dossier gets (SPEC §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Outcome {
    Toekenning,
    Aanvulling,
    Afwijzing,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Toekenning => "toekenning",
            Outcome::Aanvulling => "aanvulling",
            Outcome::Afwijzing => "afwijzing",
        }
    }

    /// `afwijzing` if any finding rejects, else `aanvulling` if any asks for
    /// a supplement, else `toekenning`.
    pub fn from_severities(severities: impl IntoIterator<Item = Severity>) -> Outcome {
        match severities.into_iter().max() {
            Some(Severity::Reject) => Outcome::Afwijzing,
            Some(Severity::Supplement) => Outcome::Aanvulling,
            _ => Outcome::Toekenning,
        }
    }
}

/// A finding with the severity the candidate's scheme gives it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RatedFinding {
    pub finding: Finding,
    pub severity: Severity,
}

/// The figures of `dossiers.csv`. `None` is a figure this version of
/// hercert does not compute yet: an empty cell, never a made-up zero.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Figures {
    pub pe_counted: Option<f64>,
    pub pe_claimed: Option<f64>,
    pub pe_vakoverleg_counted: Option<f64>,
    pub activities: Option<usize>,
    pub activities_counted: Option<usize>,
    pub intervisions_submitted: usize,
    pub intervisions_valid: Option<usize>,
    pub intervisions_casuistiek: Option<usize>,
    pub work_years: Option<f64>,
    pub avg_fte: Option<f64>,
    pub currently_employed: Option<bool>,
}

/// What identifies an attendance proof across the cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProofKey {
    pub document: String,
    pub sha256: String,
    pub certificate: Option<String>,
}

/// A document as `documents.csv` shows it: what was read, without the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    pub document: String,
    pub sha256: String,
    pub format: String,
    pub doc_type: DocType,
    pub confidence: f64,
    pub pages: usize,
    pub text_chars: usize,
    pub ocr: bool,
    pub signature: String,
    pub language: String,
    /// `keyword: reason` when unreadable.
    pub error: String,
}

impl DocumentSummary {
    pub fn of(doc: &DocumentRecord) -> DocumentSummary {
        let e = &doc.extracted;
        let error = e
            .error
            .as_ref()
            .map(Unreadable::describe)
            .unwrap_or_default();
        DocumentSummary {
            document: doc.document.clone(),
            sha256: e.sha256.clone(),
            format: e.format.as_str().to_string(),
            doc_type: doc.doc_type(),
            confidence: doc.classification.confidence,
            pages: e.pages.len(),
            text_chars: e.text_chars(),
            ocr: e.ocr,
            signature: e.signature.as_str().to_string(),
            language: e.language.clone(),
            error,
        }
    }

    pub fn is_readable(&self) -> bool {
        self.error.is_empty()
    }
}

/// Everything the reports need of one dossier, and nothing more: the texts
/// are dropped once assessed, so memory does not grow with what was read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Assessed {
    pub candidate_id: String,
    /// Name from cohort.csv, else from the aanvraagformulier.
    pub candidate_name: Option<String>,
    pub scheme_id: String,
    pub documents: Vec<DocumentSummary>,
    pub findings: Vec<RatedFinding>,
    pub outcome: Outcome,
    pub figures: Figures,
    pub ledger: Vec<super::pe::LedgerRow>,
    pub intervisions: Vec<super::intervision::IntervisionRow>,
    /// For the cohort-wide check of proofs shared between candidates.
    pub proofs: Vec<ProofKey>,
    /// The employment periods read and the reference window, for the
    /// timeline on the dossier page; empty until the assessment fills it
    /// (and in assessments cached before it existed).
    #[serde(default)]
    pub employment: Employment,
}

/// The employment periods of a dossier's werkverklaringen and the reference
/// window they are judged in (SPEC §3, `WORK-YEARS`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Employment {
    /// `[application date − period_years, application date]`.
    pub window: Option<(jiff::civil::Date, jiff::civil::Date)>,
    pub periods: Vec<EmploymentPeriod>,
}

/// One employment period as the werkverklaring states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmploymentPeriod {
    pub role: String,
    pub start: jiff::civil::Date,
    /// `None`: ongoing.
    pub end: Option<jiff::civil::Date>,
    /// The appointment in FTE, when the statement gives hours or FTE.
    pub fte: Option<f64>,
    /// Whether the role counts for the scheme.
    pub in_role: bool,
}

impl Assessed {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_follows_the_worst_severity() {
        use Severity::*;
        assert_eq!(Outcome::from_severities([]), Outcome::Toekenning);
        assert_eq!(
            Outcome::from_severities([Info, Warning]),
            Outcome::Toekenning
        );
        assert_eq!(
            Outcome::from_severities([Warning, Supplement]),
            Outcome::Aanvulling
        );
        assert_eq!(
            Outcome::from_severities([Supplement, Reject, Info]),
            Outcome::Afwijzing
        );
    }
}
