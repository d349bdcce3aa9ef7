//! The interpreted dossier: everything the documents of one dossier say,
//! read once, in the terms of the rules. `assess` reads only this; it
//! never goes back to a document's text.

pub use super::activity::{Activity, ActivitySource};
use super::arithmetic::PeRule;
use super::bewijs::{self, AttendanceProof};
use super::experience::{self, ExperienceStatement};
use super::intervision::{self, IntervisionReport};
use super::opgave;
use super::overzicht::{self, Overview};
use super::werkverklaring::{self, WorkStatement};
use crate::dossier::Dossier;
use crate::model::DocType;
use crate::scheme::Scheme;

/// A dossier with what each of its documents says.
pub struct Interpreted {
    /// The candidate and the documents as extracted and classified (for
    /// the checks on presence, signatures and language).
    pub dossier: Dossier,
    /// The name from `cohort.csv`, else from the aanvraagformulier.
    pub candidate_name: Option<String>,
    pub work_statements: Vec<WorkStatement>,
    /// The overview with the most activities, when there are several.
    pub overview: Option<Overview>,
    /// One activity per opgaveformulier.
    pub forms: Vec<Activity>,
    pub proofs: Vec<AttendanceProof>,
    /// The documents no type took, read as a proof would be: evidence for
    /// an activity they name by title and date, whatever their heading.
    pub unplaced_proofs: Vec<AttendanceProof>,
    pub intervision_reports: Vec<IntervisionReport>,
    pub experience_statements: Vec<ExperienceStatement>,
}

/// Reads every document of a dossier by its type. The scheme names the
/// intervision report's parts and the competencies.
pub fn interpret(dossier: Dossier, scheme: &Scheme) -> Interpreted {
    let candidate_name = dossier.candidate.name.clone().or_else(|| {
        dossier
            .of_type(DocType::Aanvraagformulier)
            .find_map(super::aanvraag::candidate_name)
    });
    let work_statements = dossier
        .of_type(DocType::Werkverklaring)
        .map(werkverklaring::read)
        .collect();
    let overview = dossier
        .of_type(DocType::OverzichtVakontwikkeling)
        .map(overzicht::read)
        .max_by_key(|o| o.activities.len());
    let rule = PeRule {
        hours_per_pe: scheme.pe.hours_per_pe,
        cap: scheme.pe.per_activity_cap,
    };
    let forms = dossier
        .of_type(DocType::OpgaveformulierActiviteit)
        .map(|d| opgave::read(d, &rule))
        .collect();
    let proofs = dossier
        .of_type(DocType::BewijsDeelname)
        .map(bewijs::read)
        .collect();
    let unplaced_proofs = dossier
        .of_type(DocType::Onbekend)
        .filter(|d| d.is_readable())
        .map(bewijs::read)
        .collect();
    let intervision_reports = dossier
        .of_type(DocType::Intervisieverslag)
        .map(|d| intervision::read(d, &scheme.intervision.sections))
        .collect();
    let experience_statements = dossier
        .of_type(DocType::Ervaringsverklaring)
        .map(|d| experience::read(d, &scheme.experience.competencies))
        .collect();
    Interpreted {
        dossier,
        candidate_name,
        work_statements,
        overview,
        forms,
        proofs,
        unplaced_proofs,
        intervision_reports,
        experience_statements,
    }
}
