//! Assess: apply the scheme's rules to an interpreted dossier. One module
//! per rule family; this module rates the findings and decides the outcome.

pub mod cohort;
pub mod documents;
pub mod experience;
pub mod intervision;
pub mod pe;
pub mod period;
pub mod work;

use crate::dossier::{
    Assessed, DocumentRecord, DocumentSummary, Dossier, Figures, Outcome, ProofKey, RatedFinding,
};
use crate::interpret::werkverklaring::{self, WorkStatement};
use crate::interpret::{self, bewijs, ervaring, intervisie, opgave, overzicht};
use crate::model::DocType;
use crate::scheme::Scheme;
use period::ReferencePeriod;

/// Assesses one dossier under its scheme: every rule family in turn.
pub fn assess(dossier: Dossier, scheme: &Scheme) -> Assessed {
    let period = ReferencePeriod::before(
        dossier.candidate.application_date,
        scheme.reference.period_years,
    );
    let mut findings = documents::check(&dossier, scheme);
    let candidate_name = dossier.candidate.name.clone().or_else(|| {
        dossier
            .of_type(DocType::Aanvraagformulier)
            .find_map(interpret::aanvraag::candidate_name)
    });
    let mut figures = Figures::default();

    let statements: Vec<_> = dossier
        .of_type(DocType::Werkverklaring)
        .map(werkverklaring::read)
        .collect();
    if let Some(statement) = merge_statements(statements) {
        if let Some(w) = work::check(&statement, &period, scheme, &mut findings) {
            figures.work_years = Some(w.work_years);
            figures.avg_fte = Some(w.avg_fte);
            figures.currently_employed = Some(w.currently_employed);
        }
    }

    let overview = dossier
        .of_type(DocType::OverzichtVakontwikkeling)
        .map(overzicht::read)
        .max_by_key(|o| o.activities.len());
    let forms: Vec<_> = dossier
        .of_type(DocType::OpgaveformulierActiviteit)
        .map(opgave::read)
        .collect();
    let proofs: Vec<_> = dossier
        .of_type(DocType::BewijsDeelname)
        .map(bewijs::read)
        .collect();
    let (ledger, pe) = pe::ledger(
        &pe::LedgerInput {
            overview: overview.as_ref(),
            forms: &forms,
            proofs: &proofs,
            candidate_name: candidate_name.as_deref(),
            period,
            scheme,
        },
        &mut findings,
    );
    figures.pe_counted = Some(pe.pe_counted);
    figures.pe_claimed = Some(pe.pe_claimed);
    figures.pe_vakoverleg_counted = Some(pe.pe_vakoverleg_counted);
    figures.activities = Some(pe.activities);
    figures.activities_counted = Some(pe.activities_counted);

    let reports: Vec<_> = dossier
        .of_type(DocType::Intervisieverslag)
        .map(|d| intervisie::read(d, &scheme.intervision.sections))
        .collect();
    let (intervisions, iv) = intervision::check(&reports, &period, scheme, &mut findings);
    figures.intervisions_submitted = iv.submitted;
    figures.intervisions_valid = Some(iv.valid);
    figures.intervisions_casuistiek = Some(iv.casuistiek);

    for doc in dossier.of_type(DocType::Ervaringsverklaring) {
        experience::check(
            &ervaring::read(doc, &scheme.experience.competencies),
            scheme,
            &mut findings,
        );
    }

    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let rated: Vec<RatedFinding> = findings
        .into_iter()
        .map(|finding| RatedFinding {
            severity: scheme.severity(&finding.code),
            finding,
        })
        .collect();
    let outcome = Outcome::from_severities(rated.iter().map(|f| f.severity));
    Assessed {
        candidate_id: dossier.candidate.id.clone(),
        documents: dossier.documents.iter().map(DocumentSummary::of).collect(),
        candidate_name,
        scheme_id: scheme.id.clone(),
        findings: rated,
        outcome,
        figures,
        ledger,
        intervisions,
        proofs: proofs
            .into_iter()
            .map(|p| ProofKey {
                document: p.document,
                sha256: p.sha256,
                certificate: p.certificate,
            })
            .collect(),
        employment: Default::default(),
    }
}

/// Several werkverklaringen (two employers) give one list of periods.
fn merge_statements(statements: Vec<WorkStatement>) -> Option<WorkStatement> {
    let mut iter = statements.into_iter();
    let mut first = iter.next()?;
    for more in iter {
        first.periods.extend(more.periods);
        first.full_time_week = first.full_time_week.or(more.full_time_week);
        first.still_employed = match (first.still_employed, more.still_employed) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (a, b) => a.or(b),
        };
    }
    Some(first)
}

/// The first page with text on it, for findings about a whole document.
pub fn first_text_page(doc: &DocumentRecord) -> Option<u32> {
    doc.extracted
        .pages
        .iter()
        .position(|p| !p.trim().is_empty())
        .map(|i| i as u32 + 1)
}
