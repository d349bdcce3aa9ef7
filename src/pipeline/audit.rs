//! An audit: discover → extract → classify → interpret → assess → report
//! for a whole cohort (or one shard of it), and the run recorded in the
//! state store.

use super::cache::{lock, open_store};
use super::engine::{engine_version, Engine};
use super::shard::{shard_meta, shard_of, shard_record, SHARD_FILE, SHARD_META};
use super::{report_files, worker_pool, Pipeline, PipelineError};
use crate::assess::{self, Assessed, Outcome};
use crate::discover::{self, Candidate, Defaults};
use crate::extract::FileLimits;
use crate::report::{self, publish, ReportOptions};
use crate::scheme::{Scheme, SchemeSet};
use crate::state::RunRecord;
use crate::ui;
use jiff::civil::Date;
use std::path::PathBuf;
use std::sync::Mutex;
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
    /// The state store; `None` runs without cache and history.
    pub state: Option<PathBuf>,
    /// `Some((k, n))`: only the candidates of shard k of n (1-based).
    pub shard: Option<(usize, usize)>,
    pub quiet: bool,
    /// Also write the assessor's pages (`html/`) beside the CSV files.
    pub html: bool,
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
    /// Dossiers assessed in this run; the others came from the state store.
    pub reassessed: usize,
    /// Files parsed in this run; the others came from the state store.
    pub parsed: usize,
    pub elapsed: Duration,
}

/// Runs an audit and publishes the report set.
pub fn run(config: &AuditConfig) -> Result<AuditSummary, PipelineError> {
    let started = Instant::now();
    let started_at = jiff::Zoned::now();
    // Fail early: everything that can stop the run is checked before any
    // document is read.
    publish::preflight(&config.out, Some(&config.cohort))?;
    let (schemes, default_scheme) = SchemeSet::new(&config.scheme)?;
    let defaults = Defaults {
        scheme: default_scheme,
        application_date: config.as_of,
    };
    let discovery = discover::discover(&config.cohort, &defaults)?;
    for warning in &discovery.warnings {
        ui::warn(warning);
    }
    let mut candidates = discovery.candidates;
    if let Some((k, n)) = config.shard {
        candidates.retain(|c| shard_of(&c.id, n) == k);
    }
    let candidate_schemes = candidates
        .iter()
        .map(|c| {
            schemes
                .get(&c.scheme)
                .ok_or_else(|| PipelineError::UnknownScheme {
                    candidate: c.id.clone(),
                    scheme: c.scheme.clone(),
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let classifier = super::load_shipped()?;
    let pool = worker_pool(config.jobs)?;
    // Worker threads look things up under the lock; writes happen between
    // chunks, on this thread.
    let store = open_store(config.state.as_ref())?.map(Mutex::new);
    let engine = Engine::new(&classifier, &config.limits, engine_version(&config.limits));
    let total_files: usize = candidates.iter().map(|c| c.files.len()).sum();
    let bar = ui::progress(total_files as u64, config.quiet);

    let work: Vec<(Candidate, &Scheme)> = candidates.into_iter().zip(candidate_schemes).collect();
    let pipeline = Pipeline {
        pool: &pool,
        engine: &engine,
        store: store.as_ref(),
    };
    let (mut assessed, reassessed, parsed) = pipeline.assess(work, &bar);
    bar.finish_and_clear();
    assessed.sort_by(|a, b| a.candidate_id.cmp(&b.candidate_id));
    // A shard also keeps its assessments before the cohort-wide checks, so
    // that `hercert merge` can make exactly the reports of one full run.
    let shard_record = match config.shard {
        Some(_) => Some(shard_record(&assessed).map_err(PipelineError::ShardRecord)?),
        None => None,
    };
    assess::cohort::check_shared_proofs(&mut assessed, &schemes);
    let mut files = report_files(&assessed, &config.report)?;
    if let (Some(record), Some((k, n))) = (shard_record, config.shard) {
        files.push((SHARD_FILE, record));
        files.push((SHARD_META, shard_meta(k, n)));
    }
    let mut files: Vec<(String, Vec<u8>)> =
        files.into_iter().map(|(n, b)| (n.to_string(), b)).collect();
    if config.html {
        files.extend(report::html::build(
            &assessed,
            &schemes,
            &html_options(config),
        ));
    }
    publish::publish(&config.out, &files)?;
    let summary = summarize(&assessed, reassessed, parsed, started.elapsed());
    if let Some(store) = store.as_ref() {
        let record = RunRecord {
            started: started_at.timestamp().to_string(),
            finished: jiff::Timestamp::now().to_string(),
            cohort: config.cohort.display().to_string(),
            out_dir: config.out.display().to_string(),
            scheme_versions: scheme_versions(&assessed, &schemes),
            candidates: summary.candidates,
            documents: summary.documents,
            toekenning: summary.toekenning,
            aanvulling: summary.aanvulling,
            afwijzing: summary.afwijzing,
            elapsed_ms: summary.elapsed.as_millis() as u64,
            reassessed,
        };
        if let Err(e) = lock(store).record_run(&record, &assessed) {
            ui::warn(&format!("run not recorded in the state file: {e}"));
        }
    }
    Ok(summary)
}

/// The assessor's pages of an audit: links and pictures from the cohort.
fn html_options(config: &AuditConfig) -> report::html::HtmlOptions {
    report::html::HtmlOptions {
        lang: config.report.lang,
        cohort: config.cohort.clone(),
        out: config.out.clone(),
        pictures: Some(report::html::picture::PictureMaker::default()),
    }
}

fn scheme_versions(assessed: &[Assessed], schemes: &SchemeSet) -> String {
    let mut ids: Vec<String> = assessed
        .iter()
        .filter_map(|a| {
            schemes
                .get(&a.scheme_id)
                .map(|s| format!("{} {}", s.id, s.version))
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids.join("; ")
}

fn summarize(
    assessed: &[Assessed],
    reassessed: usize,
    parsed: usize,
    elapsed: Duration,
) -> AuditSummary {
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
        reassessed,
        parsed,
        elapsed,
    }
}
