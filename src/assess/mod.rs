//! Assess: apply the scheme's rules to an interpreted dossier. One module
//! per rule family; this module rates the findings and decides the outcome.

mod assessed;
pub mod cohort;
pub mod documents;
pub mod experience;
pub mod intervision;
pub mod pe;
pub mod period;
pub mod work;

use crate::dossier::DocumentRecord;
use crate::interpret::interpreted::Interpreted;
use crate::interpret::werkverklaring::{self, WorkStatement};
use crate::scheme::Scheme;
pub use assessed::{
    Assessed, DocumentSummary, Employment, EmploymentPeriod, Figures, Outcome, ProofKey,
    RatedFinding,
};
use period::ReferencePeriod;

/// Assesses one interpreted dossier under its scheme: every rule family
/// in turn, on what `interpret` read.
pub fn assess(read: Interpreted, scheme: &Scheme) -> Assessed {
    let period = ReferencePeriod::before(
        read.dossier.candidate.application_date,
        scheme.reference.period_years,
    );
    let mut findings = documents::check(&read.dossier, scheme);
    let mut figures = Figures::default();

    let mut employment = Employment {
        window: Some((period.start, period.end)),
        periods: Vec::new(),
    };
    if let Some(statement) = merge_statements(read.work_statements) {
        let full_time = statement
            .full_time_week
            .unwrap_or(scheme.work.full_time_hours_per_week);
        employment.periods = statement
            .periods
            .iter()
            .map(|p| EmploymentPeriod {
                role: p.role.clone(),
                start: p.start,
                end: p.end,
                fte: p.appointment.map(|a| a.fte(full_time)),
                in_role: werkverklaring::is_scheme_role(&p.role, &scheme.work.roles),
            })
            .collect();
        if let Some(w) = work::check(&statement, &period, scheme, &mut findings) {
            figures.work_years = Some(w.work_years);
            figures.avg_fte = Some(w.avg_fte);
            figures.currently_employed = Some(w.currently_employed);
        }
    }

    let (ledger, pe) = pe::ledger(
        &pe::LedgerInput {
            overview: read.overview.as_ref(),
            forms: &read.forms,
            proofs: &read.proofs,
            unplaced: &read.unplaced_proofs,
            candidate_name: read.candidate_name.as_deref(),
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

    let (intervisions, iv) =
        intervision::check(&read.intervision_reports, &period, scheme, &mut findings);
    figures.intervisions_submitted = iv.submitted;
    figures.intervisions_valid = Some(iv.valid);
    figures.intervisions_casuistiek = Some(iv.casuistiek);

    for statement in &read.experience_statements {
        experience::check(statement, scheme, &mut findings);
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
        candidate_id: read.dossier.candidate.id.clone(),
        documents: read
            .dossier
            .documents
            .iter()
            .map(DocumentSummary::of)
            .collect(),
        candidate_name: read.candidate_name,
        scheme_id: scheme.id.clone(),
        findings: rated,
        outcome,
        figures,
        ledger,
        intervisions,
        proofs: read
            .proofs
            .into_iter()
            .map(|p| ProofKey {
                document: p.document,
                sha256: p.sha256,
                certificate: p.certificate,
            })
            .collect(),
        employment,
    }
}

/// Several werkverklaringen (two employers) give one list of periods. The
/// same period stated twice (a statement uploaded twice, or a scan and its
/// original) counts once: periods are combined, never summed.
fn merge_statements(statements: Vec<WorkStatement>) -> Option<WorkStatement> {
    let mut iter = statements.into_iter();
    let mut first = iter.next()?;
    for more in iter {
        for p in more.periods {
            let same = |q: &werkverklaring::Employment| {
                q.start == p.start
                    && q.end == p.end
                    && crate::text::fold::normalize(&q.role)
                        == crate::text::fold::normalize(&p.role)
            };
            if !first.periods.iter().any(same) {
                first.periods.push(p);
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interpret::notation::fte::Appointment;
    use crate::interpret::werkverklaring::Employment as Period;
    use jiff::civil::date;

    fn statement(document: &str, periods: Vec<Period>) -> WorkStatement {
        WorkStatement {
            document: document.to_string(),
            periods,
            full_time_week: None,
            still_employed: Some(true),
        }
    }

    fn period(role: &str, start: jiff::civil::Date) -> Period {
        Period {
            role: role.to_string(),
            start,
            end: None,
            appointment: Some(Appointment::Fte(0.44)),
            page: 1,
        }
    }

    #[test]
    fn a_werkverklaring_uploaded_twice_is_combined_not_summed() {
        let merged = merge_statements(vec![
            statement(
                "K01/wgv.pdf",
                vec![period("Re-integratiebegeleider", date(2018, 1, 1))],
            ),
            statement(
                "K01/wgv (1).pdf",
                vec![period("re-integratiebegeleider", date(2018, 1, 1))],
            ),
            statement(
                "K01/tweede.pdf",
                vec![period("klantmanager", date(2020, 5, 1))],
            ),
        ])
        .expect("three statements merge"); // ok: test
        assert_eq!(merged.periods.len(), 2, "{:?}", merged.periods);
    }
}
