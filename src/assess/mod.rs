//! Assess: apply the scheme's rules to an interpreted dossier. One module
//! per rule family; this module rates the findings and decides the outcome.

pub mod documents;

use crate::dossier::{Assessed, DocumentRecord, Dossier, Figures, Outcome, RatedFinding};
use crate::interpret;
use crate::model::DocType;
use crate::scheme::Scheme;

/// Assesses one dossier under its scheme.
pub fn assess(dossier: Dossier, scheme: &Scheme) -> Assessed {
    let mut findings = documents::check(&dossier, scheme);
    findings.sort_by(|a, b| {
        (a.document.as_deref().unwrap_or(""), a.page, a.code).cmp(&(
            b.document.as_deref().unwrap_or(""),
            b.page,
            b.code,
        ))
    });
    let rated: Vec<RatedFinding> = findings
        .into_iter()
        .map(|finding| RatedFinding {
            severity: scheme.severity(finding.code),
            finding,
        })
        .collect();
    let outcome = Outcome::from_severities(rated.iter().map(|f| f.severity));
    let candidate_name = dossier.candidate.name.clone().or_else(|| {
        dossier
            .of_type(DocType::Aanvraagformulier)
            .find_map(interpret::aanvraag::candidate_name)
    });
    let figures = Figures {
        intervisions_submitted: dossier.of_type(DocType::Intervisieverslag).count(),
        ..Figures::default()
    };
    Assessed {
        candidate_name,
        scheme_id: scheme.id.clone(),
        findings: rated,
        outcome,
        figures,
        dossier,
    }
}

/// The first page with text on it, for findings about a whole document.
pub fn first_text_page(doc: &DocumentRecord) -> Option<u32> {
    doc.extracted
        .pages
        .iter()
        .position(|p| !p.trim().is_empty())
        .map(|i| i as u32 + 1)
}
