//! The engine of hercert: discover → extract → classify → interpret →
//! assess → report for a whole cohort, files read in parallel, the state
//! store as a cache. The commands (`src/commands/`) only validate options,
//! call one function here and print a summary.
//!
//! - [`audit`]: a whole cohort, or one shard of it;
//! - [`review`]: decisions taken in the past, recomputed;
//! - [`shard`]: shards of a cohort, and merging their report sets;
//! - [`engine`]: reading and classifying one candidate's files;
//! - [`cache`]: content hashes and dossier fingerprints in the state store;
//! - this module: the chunks and worker threads, and the run's errors.
//!
//! With a state store, a file whose path, size and modification time are
//! unchanged is not read, a file whose content was read before is not
//! parsed, and a dossier whose inputs are unchanged is not re-assessed; the
//! cohort-wide checks and the reports are always made anew. Dossiers are
//! worked through in chunks, and only their slim assessments are kept, so
//! memory does not grow with the texts of the cohort.

pub mod audit;
pub mod cache;
pub mod engine;
pub mod review;
pub mod shard;

use crate::assess::{self, Assessed};
use crate::classify::{Classifier, ClassifyError};
use crate::discover::{Candidate, DiscoverError};
use crate::dossier::Dossier;
use crate::extract;
use crate::interpret;
use crate::report::{self, publish, ReportOptions};
use crate::scheme::{Scheme, SchemeError};
use crate::state::Store;
use crate::ui;
use cache::{content_hashes, fingerprint, lock};
use engine::Engine;
use rayon::prelude::*;
use std::sync::Mutex;

/// Why a run (audit, review or merge) could not be done (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The cohort folder or its `cohort.csv` cannot be read.
    #[error(transparent)]
    Discover(#[from] DiscoverError),
    /// A scheme file cannot be read or does not parse.
    #[error(transparent)]
    Scheme(#[from] SchemeError),
    /// The shipped classification rules do not parse.
    #[error(transparent)]
    Classify(#[from] ClassifyError),
    /// A file compiled into hercert (lexicon, model, reading settings) does
    /// not load.
    #[error(transparent)]
    Load(#[from] crate::model::LoadError),
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
    /// The report folder cannot be prepared or written.
    #[error(transparent)]
    Publish(#[from] publish::PublishError),
    /// `--state` is not hercert's state file (left untouched).
    #[error(transparent)]
    State(#[from] crate::state::StateError),
    /// The shard's assessments could not be serialised.
    #[error("cannot write the shard record")]
    ShardRecord(#[source] serde_json::Error),
}

/// Dossiers worked through at once: bounds the texts held in memory.
const CHUNK: usize = 64;

/// Reads and assesses candidates: the shared core of `audit` and `review`:
/// chunks of dossiers, each read on the worker threads, with the state
/// store as a cache.
pub struct Pipeline<'a> {
    pub pool: &'a rayon::ThreadPool,
    pub engine: &'a Engine<'a>,
    pub store: Option<&'a Mutex<Store>>,
}

impl Pipeline<'_> {
    /// Assesses each candidate under its scheme, a chunk at a time, from the
    /// state store where nothing changed. Returns the assessments (in no
    /// particular order), how many were assessed anew and how many files
    /// were parsed.
    pub fn assess(
        &self,
        work: Vec<(Candidate, &Scheme)>,
        bar: &indicatif::ProgressBar,
    ) -> (Vec<Assessed>, usize, usize) {
        let candidates: Vec<Candidate> = work.iter().map(|(c, _)| c.clone()).collect();
        let hashes = self
            .pool
            .install(|| content_hashes(&candidates, self.store));
        let mut assessed: Vec<Assessed> = Vec::with_capacity(candidates.len());
        let (mut reassessed, mut parsed) = (0, 0);
        for chunk in work.chunks(CHUNK) {
            let mut todo = Vec::new();
            for (candidate, scheme) in chunk {
                let fingerprint = fingerprint(candidate, scheme, &hashes, &self.engine.version);
                match self.store.and_then(|s| lock(s).dossier(&fingerprint)) {
                    Some(cached) => {
                        bar.inc(candidate.files.len() as u64);
                        assessed.push(cached);
                    }
                    None => todo.push((candidate, *scheme, fingerprint)),
                }
            }
            if self.engine.limits.ocr {
                // OCR is the long pole: start the chunk's scans first (issue 14).
                let files = todo.iter().flat_map(|(c, _, _)| &c.files);
                let files = files
                    .filter(|f| f.problem.is_none())
                    .map(|f| f.path.clone());
                let ocr = extract::ocr::Ocr {
                    timeout: self.engine.limits.timeout,
                    ..extract::ocr::Ocr::default()
                };
                ocr.prefetch(files.collect(), self.engine.limits.ocr_max_pages);
            }
            let fresh: Vec<(Assessed, String, usize, bool)> = self.pool.install(|| {
                todo.par_iter()
                    .map(|(candidate, scheme, fingerprint)| {
                        let (documents, parsed) = self.engine.read(candidate, bar);
                        let cacheable = documents
                            .iter()
                            .all(|d| !d.extracted.error.as_ref().is_some_and(|e| e.is_transient()));
                        let dossier = Dossier {
                            candidate: (*candidate).clone(),
                            documents,
                        };
                        (
                            assess::assess(
                                interpret::interpreted::interpret(dossier, scheme),
                                scheme,
                            ),
                            fingerprint.clone(),
                            parsed,
                            cacheable,
                        )
                    })
                    .collect()
            });
            reassessed += fresh.len();
            parsed += fresh.iter().map(|f| f.2).sum::<usize>();
            if let Some(store) = self.store {
                let mut store = lock(store);
                let dossiers: Vec<(String, &Assessed)> = fresh
                    .iter()
                    .filter(|f| f.3)
                    .map(|f| (f.1.clone(), &f.0))
                    .collect();
                if let Err(e) = store.save_dossiers(&dossiers) {
                    ui::warn(&format!("state not updated: {e}"));
                }
            }
            assessed.extend(fresh.into_iter().map(|f| f.0));
        }
        (assessed, reassessed, parsed)
    }
}

/// Checks the files compiled into hercert that reading and judging need
/// (classification rules, OCR settings, labels, headings, the casuïstiek
/// lexicon and model), before any document is read: a broken one stops the
/// run naming the file. Returns the classifier.
pub fn load_shipped() -> Result<Classifier, PipelineError> {
    let classifier = Classifier::shipped()?;
    extract::check_shipped()?;
    interpret::check_shipped()?;
    Ok(classifier)
}

/// The threads files are read on; 0 means one per core.
pub fn worker_pool(jobs: usize) -> Result<rayon::ThreadPool, PipelineError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|source| PipelineError::Threads { jobs, source })
}

/// The report set as (file name, CSV bytes).
pub fn report_files(
    assessed: &[Assessed],
    options: &ReportOptions,
) -> Result<Vec<(&'static str, Vec<u8>)>, PipelineError> {
    report::build(assessed, options)
        .into_iter()
        .map(|(name, table)| {
            table
                .to_csv(options.dialect)
                .map(|bytes| (name, bytes))
                .map_err(|source| PipelineError::Csv { file: name, source })
        })
        .collect()
}
