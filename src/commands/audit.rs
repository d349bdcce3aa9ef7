//! `hercert audit`: discover → extract → classify → interpret → assess →
//! report for a whole cohort, files read in parallel.

use crate::assess;
use crate::classify::{Classifier, ClassifyError};
use crate::discover::{self, Candidate, Defaults, DiscoverError};
use crate::dossier::{Assessed, DocumentRecord, Dossier, Outcome};
use crate::extract::{self, FileLimits};
use crate::report::{self, publish, ReportOptions};
use crate::scheme::{SchemeError, SchemeSet};
use crate::ui;
use jiff::civil::Date;
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A validated audit run: everything the command line decided.
#[derive(Debug, Clone)]
pub struct AuditConfig {
    pub cohort: PathBuf,
    pub out: PathBuf,
    /// Application date for candidates `cohort.csv` does not date.
    pub as_of: Date,
    /// Scheme id or scheme file for candidates without one in `cohort.csv`.
    pub scheme: String,
    /// Files read at once; 0 means one per core.
    pub jobs: usize,
    pub report: ReportOptions,
    pub limits: FileLimits,
    pub quiet: bool,
}

/// Why an audit run could not be done (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error(transparent)]
    Discover(#[from] DiscoverError),
    #[error(transparent)]
    Scheme(#[from] SchemeError),
    #[error(transparent)]
    Classify(#[from] ClassifyError),
    /// `cohort.csv` names a scheme that is neither shipped nor given.
    #[error("candidate {candidate}: unknown scheme '{scheme}' in cohort.csv")]
    UnknownScheme { candidate: String, scheme: String },
    /// The worker threads could not be started.
    #[error("cannot start {jobs} worker threads")]
    Threads {
        jobs: usize,
        #[source]
        source: rayon::ThreadPoolBuildError,
    },
    /// A report could not be serialised.
    #[error("cannot write report {file}")]
    Csv {
        file: &'static str,
        #[source]
        source: csv::Error,
    },
    #[error(transparent)]
    Publish(#[from] publish::PublishError),
}

/// What a finished run did, for the summary line and the tests.
#[derive(Debug, Clone)]
pub struct AuditSummary {
    pub candidates: usize,
    pub documents: usize,
    pub unreadable: usize,
    pub toekenning: usize,
    pub aanvulling: usize,
    pub afwijzing: usize,
    pub elapsed: Duration,
}

/// Runs an audit and publishes the report set.
pub fn run(config: &AuditConfig) -> Result<AuditSummary, AuditError> {
    let started = Instant::now();
    let (schemes, default_scheme) = SchemeSet::new(&config.scheme)?;
    let defaults = Defaults {
        scheme: default_scheme,
        application_date: config.as_of,
    };
    let candidates = discover::discover(&config.cohort, &defaults)?;
    let candidate_schemes = candidates
        .iter()
        .map(|c| {
            schemes
                .get(&c.scheme)
                .ok_or_else(|| AuditError::UnknownScheme {
                    candidate: c.id.clone(),
                    scheme: c.scheme.clone(),
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let classifier = Classifier::shipped()?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs)
        .build()
        .map_err(|source| AuditError::Threads {
            jobs: config.jobs,
            source,
        })?;
    let total_files: usize = candidates.iter().map(|c| c.files.len()).sum();
    let bar = ui::progress(total_files as u64, config.quiet);
    let mut assessed: Vec<Assessed> = pool.install(|| {
        let documents = read_documents(&candidates, &classifier, &config.limits, &bar);
        candidates
            .into_par_iter()
            .zip(documents)
            .zip(candidate_schemes)
            .map(|((candidate, documents), scheme)| {
                assess::assess(
                    Dossier {
                        candidate,
                        documents,
                    },
                    scheme,
                )
            })
            .collect()
    });
    bar.finish_and_clear();
    assess::cohort::check_shared_proofs(&mut assessed, &schemes);
    let tables = report::build(&assessed, &config.report);
    let mut files = Vec::with_capacity(tables.len());
    for (name, table) in &tables {
        let bytes = table
            .to_csv(config.report.dialect)
            .map_err(|source| AuditError::Csv { file: name, source })?;
        files.push((*name, bytes));
    }
    publish::publish(&config.out, &files)?;
    let summary = summarize(&assessed, started.elapsed());
    ui::say(
        config.quiet,
        &format!(
            "hercert: {} dossiers, {} documents ({} unreadable): {} toekenning, {} aanvulling, {} afwijzing; reports in {} ({:.1} s)",
            summary.candidates,
            summary.documents,
            summary.unreadable,
            summary.toekenning,
            summary.aanvulling,
            summary.afwijzing,
            config.out.display(),
            summary.elapsed.as_secs_f64()
        ),
    );
    Ok(summary)
}

/// Reads and classifies every file of every candidate in parallel, keeping
/// each candidate's files in order.
fn read_documents(
    candidates: &[Candidate],
    classifier: &Classifier,
    limits: &FileLimits,
    bar: &indicatif::ProgressBar,
) -> Vec<Vec<DocumentRecord>> {
    let jobs: Vec<(usize, usize)> = candidates
        .iter()
        .enumerate()
        .flat_map(|(ci, c)| (0..c.files.len()).map(move |fi| (ci, fi)))
        .collect();
    let records: Vec<(usize, DocumentRecord)> = jobs
        .into_par_iter()
        .map(|(ci, fi)| {
            let file = &candidates[ci].files[fi];
            let extracted = extract::extract_file(file, limits);
            let file_name = file.document.rsplit('/').next().unwrap_or("");
            let classification = if extracted.error.is_none() {
                classifier.classify(&extracted.full_text(), file_name)
            } else {
                crate::classify::Classification {
                    doc_type: crate::model::DocType::Onbekend,
                    confidence: 0.0,
                }
            };
            bar.inc(1);
            (
                ci,
                DocumentRecord {
                    document: file.document.clone(),
                    extracted,
                    classification,
                },
            )
        })
        .collect();
    let mut grouped: Vec<Vec<DocumentRecord>> = candidates.iter().map(|_| Vec::new()).collect();
    for (ci, record) in records {
        if let Some(group) = grouped.get_mut(ci) {
            group.push(record);
        }
    }
    grouped
}

fn summarize(assessed: &[Assessed], elapsed: Duration) -> AuditSummary {
    let outcome_count = |o: Outcome| assessed.iter().filter(|a| a.outcome == o).count();
    AuditSummary {
        candidates: assessed.len(),
        documents: assessed.iter().map(|a| a.documents.len()).sum(),
        unreadable: assessed
            .iter()
            .flat_map(|a| &a.documents)
            .filter(|d| !d.is_readable())
            .count(),
        toekenning: outcome_count(Outcome::Toekenning),
        aanvulling: outcome_count(Outcome::Aanvulling),
        afwijzing: outcome_count(Outcome::Afwijzing),
        elapsed,
    }
}
