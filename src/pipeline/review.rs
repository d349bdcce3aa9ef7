//! A review (`hercert review`): re-checks decisions
//! taken in the past. Each recorded decision (`candidate_id, decision,
//! decision_date, assessor`, as CSV or a workbook) is recomputed under the
//! scheme version in force at its decision date, and compared.
//!
//! `decision_review.csv`: candidate_id, recorded_decision, decision_date,
//! assessor, outcome, agrees, reasons (the finding codes that explain a
//! disagreement). `assessor_agreement.csv`: per assessor the decisions
//! reviewed, those agreeing, and the rate. A decision whose candidate has no
//! dossier is reported (`NO-DOSSIER`), never dropped.

use super::engine::{engine_version, Engine};
use super::{worker_pool, Pipeline, PipelineError};
use crate::assess::{self, Assessed, Outcome};
use crate::discover::{self, Defaults};
use crate::extract::{self, Cell, FileLimits};
use crate::interpret::notation::dates::date_from_cell;
use crate::model::Severity;
use crate::report::table::{Field, Table};
use crate::report::{publish, ReportOptions};
use crate::scheme::{Scheme, SchemeSet};
use crate::ui;
use jiff::civil::Date;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A validated review run.
#[derive(Debug, Clone)]
pub struct ReviewConfig {
    pub cohort: PathBuf,
    pub decisions: PathBuf,
    pub out: PathBuf,
    /// Scheme for candidates `cohort.csv` does not give one.
    pub scheme: String,
    /// Older (or newer) versions of schemes, as files.
    pub scheme_versions: Vec<PathBuf>,
    pub jobs: usize,
    pub report: ReportOptions,
    pub limits: FileLimits,
    pub quiet: bool,
}

/// Why a review could not be done (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// The schemes, the cohort, the report folder or the reports failed as
    /// in an audit.
    #[error(transparent)]
    Pipeline(#[from] PipelineError),
    /// The decisions file cannot be read or has no usable header.
    #[error("decisions file {path}: {problem}")]
    Decisions { path: PathBuf, problem: String },
}

pub const DECISION_REVIEW: &[&str] = &[
    "candidate_id",
    "recorded_decision",
    "decision_date",
    "assessor",
    "outcome",
    "agrees",
    "reasons",
];

pub const ASSESSOR_AGREEMENT: &[&str] = &["assessor", "decisions", "agreeing", "agreement_rate"];

/// One recorded decision.
#[derive(Debug, Clone)]
struct Decision {
    candidate_id: String,
    recorded: String,
    date: Option<Date>,
    assessor: String,
}

/// What a review found, for the summary line and the tests.
#[derive(Debug, Clone)]
pub struct ReviewSummary {
    pub decisions: usize,
    pub agreeing: usize,
}

/// Recomputes every recorded decision and publishes the review reports.
pub fn review(config: &ReviewConfig) -> Result<ReviewSummary, ReviewError> {
    let decisions = read_decisions(config)?;
    let (mut schemes, default_scheme) =
        SchemeSet::new(&config.scheme).map_err(PipelineError::from)?;
    for path in &config.scheme_versions {
        schemes.add(Scheme::load(&path.to_string_lossy()).map_err(PipelineError::from)?);
    }
    // Date::MIN marks "no application date in cohort.csv": the decision
    // date stands in for it below.
    let defaults = Defaults {
        scheme: default_scheme,
        application_date: Date::MIN,
    };
    // Fail early: the reports can be written, and not into the cohort.
    crate::report::publish::preflight(&config.out, Some(&config.cohort))
        .map_err(PipelineError::from)?;
    let discovery = discover::discover(&config.cohort, &defaults).map_err(PipelineError::from)?;
    for warning in &discovery.warnings {
        crate::ui::warn(warning);
    }
    let candidates = discovery.candidates;
    let by_id: BTreeMap<&str, &discover::Candidate> =
        candidates.iter().map(|c| (c.id.as_str(), c)).collect();

    let mut work = Vec::new();
    for d in &decisions {
        let (Some(candidate), Some(date)) = (by_id.get(d.candidate_id.as_str()), d.date) else {
            continue;
        };
        if !candidate.has_folder
            || work
                .iter()
                .any(|(c, _): &(discover::Candidate, &Scheme)| c.id == candidate.id)
        {
            continue;
        }
        let Some(scheme) = schemes.in_force(&candidate.scheme, date) else {
            return Err(PipelineError::UnknownScheme {
                candidate: candidate.id.clone(),
                scheme: candidate.scheme.clone(),
            }
            .into());
        };
        let mut candidate = (*candidate).clone();
        if candidate.application_date == Date::MIN {
            candidate.application_date = date;
            candidate.dated = true;
        }
        work.push((candidate, scheme));
    }
    let classifier = super::load_shipped()?;
    let pool = worker_pool(config.jobs)?;
    let engine = Engine::new(&classifier, &config.limits, engine_version(&config.limits));
    let pipeline = Pipeline {
        pool: &pool,
        engine: &engine,
        store: None,
    };
    let bar = ui::progress(
        work.iter().map(|(c, _)| c.files.len() as u64).sum(),
        config.quiet,
    );
    let (mut assessed, _, _) = pipeline.assess(work, &bar);
    bar.finish_and_clear();
    assess::cohort::check_shared_proofs(&mut assessed, &schemes);
    let by_candidate: BTreeMap<&str, &Assessed> = assessed
        .iter()
        .map(|a| (a.candidate_id.as_str(), a))
        .collect();

    let mut review = Table::new(DECISION_REVIEW);
    let mut per_assessor: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut agreeing_total = 0;
    let mut sorted = decisions.clone();
    sorted.sort_by(|a, b| (&a.candidate_id, a.date).cmp(&(&b.candidate_id, b.date)));
    for d in &sorted {
        let (outcome, agrees, reasons) = match (d.date, by_candidate.get(d.candidate_id.as_str())) {
            (None, _) => (String::new(), false, "DECISION-DATE-UNREADABLE".to_string()),
            (_, None) => (String::new(), false, "NO-DOSSIER".to_string()),
            (Some(_), Some(a)) => compare(&d.recorded, a),
        };
        let entry = per_assessor.entry(d.assessor.clone()).or_default();
        entry.0 += 1;
        if agrees {
            entry.1 += 1;
            agreeing_total += 1;
        }
        review.push(vec![
            Field::text(&d.candidate_id),
            Field::text(&d.recorded),
            d.date.map_or(Field::Empty, |x| Field::text(x.to_string())),
            Field::text(&d.assessor),
            Field::text(outcome),
            Field::Bool(agrees),
            Field::text(reasons),
        ]);
    }
    let mut agreement = Table::new(ASSESSOR_AGREEMENT);
    for (assessor, (n, ok)) in &per_assessor {
        agreement.push(vec![
            Field::text(assessor),
            Field::count(*n),
            Field::count(*ok),
            Field::Decimal(*ok as f64 / (*n).max(1) as f64, 2),
        ]);
    }
    let mut files = Vec::new();
    for (name, table) in [
        ("decision_review.csv", &review),
        ("assessor_agreement.csv", &agreement),
    ] {
        let bytes = table
            .to_csv(config.report.dialect)
            .map_err(|source| PipelineError::Csv { file: name, source })?;
        files.push((name, bytes));
    }
    publish::publish(&config.out, &files).map_err(PipelineError::from)?;
    Ok(ReviewSummary {
        decisions: sorted.len(),
        agreeing: agreeing_total,
    })
}

/// The recomputed outcome, whether it agrees with the recorded decision,
/// and the codes that explain a disagreement: the findings at the
/// recomputed outcome's severity when it is stricter, or, when it is
/// milder, the codes the recorded decision would have needed (none found).
fn compare(recorded: &str, a: &Assessed) -> (String, bool, String) {
    let outcome = a.outcome;
    let recorded_outcome = parse_decision(recorded);
    let agrees = recorded_outcome == Some(outcome);
    if agrees {
        return (outcome.as_str().to_string(), true, String::new());
    }
    let floor = match outcome {
        Outcome::Afwijzing => Severity::Reject,
        Outcome::Aanvulling => Severity::Supplement,
        Outcome::Toekenning => Severity::Warning,
    };
    let mut codes: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.severity >= floor)
        .map(|f| f.finding.code.as_str())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let reasons = match (recorded_outcome, codes.is_empty()) {
        (None, _) => format!("DECISION-UNKNOWN {}", codes.join(" "))
            .trim()
            .to_string(),
        (Some(_), true) => "NO-FINDINGS".to_string(),
        (Some(_), false) => codes.join(" "),
    };
    (outcome.as_str().to_string(), false, reasons)
}

/// `toekenning`, `toegekend`, `aanvulling`, `afwijzing`, `afgewezen`, …
fn parse_decision(text: &str) -> Option<Outcome> {
    let t = crate::text::fold::normalize(text);
    if t.starts_with("toeken") || t.starts_with("toegekend") || t == "granted" {
        Some(Outcome::Toekenning)
    } else if t.starts_with("aanvul") || t == "supplement" {
        Some(Outcome::Aanvulling)
    } else if t.starts_with("afwij") || t.starts_with("afgewezen") || t == "rejected" {
        Some(Outcome::Afwijzing)
    } else {
        None
    }
}

/// Reads the decisions from CSV or a workbook, by their header names.
fn read_decisions(config: &ReviewConfig) -> Result<Vec<Decision>, ReviewError> {
    let source = discover::SourceFile {
        document: config.decisions.display().to_string(),
        path: config.decisions.clone(),
        problem: None,
    };
    let extracted = extract::extract_file(
        &source,
        &FileLimits {
            ocr: false,
            ..config.limits
        },
    );
    let fail = |problem: String| ReviewError::Decisions {
        path: config.decisions.clone(),
        problem,
    };
    if let Some(e) = extracted.error {
        return Err(fail(e.to_string()));
    }
    let sheet = extracted
        .sheets
        .first()
        .ok_or_else(|| fail("no table found".into()))?;
    let header_at = sheet
        .rows
        .iter()
        .position(|r| r.iter().any(|c| header_name(c) == "candidate_id"))
        .ok_or_else(|| fail("no candidate_id column".into()))?;
    let header: Vec<String> = sheet.rows[header_at].iter().map(header_name).collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(id), Some(decision), Some(date)) =
        (col("candidate_id"), col("decision"), col("decision_date"))
    else {
        return Err(fail(
            "the columns candidate_id, decision and decision_date are needed".into(),
        ));
    };
    let assessor = col("assessor");
    let cell =
        |row: &[Cell], i: Option<usize>| i.and_then(|i| row.get(i)).cloned().unwrap_or(Cell::Empty);
    Ok(sheet.rows[header_at + 1..]
        .iter()
        .filter(|row| cell(row, Some(id)) != Cell::Empty)
        .map(|row| Decision {
            candidate_id: cell(row, Some(id)).display().trim().to_string(),
            recorded: cell(row, Some(decision)).display().trim().to_string(),
            date: date_from_cell(&cell(row, Some(date))).map(|d| d.date),
            assessor: cell(row, assessor).display().trim().to_string(),
        })
        .collect())
}

/// A header cell as a column name: trimmed, lower case, BOM removed.
fn header_name(cell: &Cell) -> String {
    cell.display()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_are_read_in_dutch_and_english() {
        assert_eq!(parse_decision("Toekenning"), Some(Outcome::Toekenning));
        assert_eq!(parse_decision("toegekend"), Some(Outcome::Toekenning));
        assert_eq!(parse_decision("verzoek om aanvulling"), None);
        assert_eq!(parse_decision("aanvulling"), Some(Outcome::Aanvulling));
        assert_eq!(parse_decision("Afgewezen"), Some(Outcome::Afwijzing));
        assert_eq!(parse_decision("rejected"), Some(Outcome::Afwijzing));
    }
}
