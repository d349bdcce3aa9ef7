//! `hercert audit`: discover → extract → classify → interpret → assess →
//! report for a whole cohort, files read in parallel.
//!
//! With a state store, a file whose path, size and modification time are
//! unchanged is not read, a file whose content was read before is not
//! parsed, and a dossier whose inputs are unchanged is not re-assessed; the
//! cohort-wide checks and the reports are always made anew. Dossiers are
//! worked through in chunks, and only their slim assessments are kept, so
//! memory does not grow with the texts of the cohort.

use crate::assess;
use crate::assess::{Assessed, Outcome};
use crate::classify::{Classification, Classifier, ClassifyError};
use crate::discover::{self, Candidate, Defaults, DiscoverError, SourceFile};
use crate::dossier::{DocumentRecord, Dossier};
use crate::extract::{self, Extracted, FileLimits};
use crate::model::DocType;
use crate::report::{self, publish, ReportOptions};
use crate::scheme::{Scheme, SchemeError, SchemeSet};
use crate::state::{RunRecord, Store};
use crate::ui;
use jiff::civil::Date;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
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

/// `--fail-on`: which outcomes make the run exit non-zero, so that cron
/// notices dossiers that need action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Any afwijzing.
    Reject,
    /// Any afwijzing or aanvulling.
    Supplement,
}

impl AuditSummary {
    /// Whether the outcomes trip `--fail-on`.
    pub fn fails(&self, fail_on: Option<FailOn>) -> bool {
        match fail_on {
            None => false,
            Some(FailOn::Reject) => self.afwijzing > 0,
            Some(FailOn::Supplement) => self.afwijzing + self.aanvulling > 0,
        }
    }
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
    /// `--state` is not hercert's state file (left untouched).
    #[error(transparent)]
    State(#[from] crate::state::StateError),
    /// The shard's assessments could not be serialised.
    #[error("cannot write the shard record")]
    ShardRecord(#[source] serde_json::Error),
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

/// Dossiers worked through at once: bounds the texts held in memory.
const CHUNK: usize = 64;

/// Runs an audit and publishes the report set.
pub fn run(config: &AuditConfig) -> Result<AuditSummary, AuditError> {
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
                .ok_or_else(|| AuditError::UnknownScheme {
                    candidate: c.id.clone(),
                    scheme: c.scheme.clone(),
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let classifier = Classifier::shipped()?;
    let pool = worker_pool(config.jobs)?;
    // Worker threads look things up under the lock; writes happen between
    // chunks, on this thread.
    let store = open_store(config)?.map(Mutex::new);
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
        Some(_) => Some(super::merge::shard_record(&assessed).map_err(AuditError::ShardRecord)?),
        None => None,
    };
    assess::cohort::check_shared_proofs(&mut assessed, &schemes);
    let mut files = report_files(&assessed, &config.report)?;
    if let (Some(record), Some((k, n))) = (shard_record, config.shard) {
        files.push((super::merge::SHARD_FILE, record));
        files.push((super::merge::SHARD_META, super::merge::shard_meta(k, n)));
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
    ui::say(
        config.quiet,
        &format!(
            "hercert: {} dossiers ({} assessed, {} unchanged), {} documents ({} readable, {} unreadable; {} parsed in this run): {} toekenning, {} aanvulling, {} afwijzing; reports in {} ({:.1} s)",
            summary.candidates,
            summary.reassessed,
            summary.candidates - summary.reassessed,
            summary.documents,
            summary.documents - summary.unreadable,
            summary.unreadable,
            summary.parsed,
            summary.toekenning,
            summary.aanvulling,
            summary.afwijzing,
            config.out.display(),
            summary.elapsed.as_secs_f64()
        ),
    );
    Ok(summary)
}

/// Reads and assesses candidates: the shared core of `audit` and `review`.
pub(crate) struct Pipeline<'a> {
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
                            assess::assess(dossier, scheme),
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

/// The threads files are read on; 0 means one per core.
pub(crate) fn worker_pool(jobs: usize) -> Result<rayon::ThreadPool, AuditError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|source| AuditError::Threads { jobs, source })
}

/// The report set as (file name, CSV bytes).
pub(crate) fn report_files(
    assessed: &[Assessed],
    options: &ReportOptions,
) -> Result<Vec<(&'static str, Vec<u8>)>, AuditError> {
    report::build(assessed, options)
        .into_iter()
        .map(|(name, table)| {
            table
                .to_csv(options.dialect)
                .map(|bytes| (name, bytes))
                .map_err(|source| AuditError::Csv { file: name, source })
        })
        .collect()
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

/// The shard (1-based) a candidate belongs to out of `n`: a hash of its
/// id, so that shards stay put when candidates come and go.
pub fn shard_of(candidate_id: &str, n: usize) -> usize {
    let digest = Sha256::digest(candidate_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) % n.max(1) as u64) as usize + 1
}

/// Opens the state store. A path that is not hercert's state file stops
/// the run (it is left untouched); a state file that cannot be opened for
/// another reason is a warning, and the run goes on without it.
fn open_store(config: &AuditConfig) -> Result<Option<Store>, AuditError> {
    let Some(path) = config.state.as_ref() else {
        return Ok(None);
    };
    match Store::open(path) {
        Ok((store, warning)) => {
            if let Some(w) = warning {
                ui::warn(&w);
            }
            Ok(Some(store))
        }
        Err(e) if e.is_fatal() => Err(e.into()),
        Err(e) => {
            ui::warn(&format!("running without state: {e}"));
            Ok(None)
        }
    }
}

/// The content hash of every readable file: from the store when path, size
/// and modification time are unchanged, else by reading the file. New
/// hashes are remembered.
/// Size, modification time (ns) and inode of a file.
type Stamp = (u64, i64, u64);

fn content_hashes(
    candidates: &[Candidate],
    store: Option<&Mutex<Store>>,
) -> HashMap<PathBuf, String> {
    let files: Vec<(&SourceFile, Option<Stamp>)> = candidates
        .iter()
        .flat_map(|c| &c.files)
        .filter(|f| f.problem.is_none())
        .map(|f| (f, crate::state::file_stamp(&f.path)))
        .collect();
    let known: Vec<Option<String>> = files
        .iter()
        .map(|(f, meta)| {
            let (size, mtime, inode) = (*meta)?;
            lock(store?).known_hash(&f.path, inode, size, mtime)
        })
        .collect();
    let computed: Vec<Option<String>> = files
        .par_iter()
        .zip(&known)
        .map(|((f, _), k)| match k {
            Some(_) => None,
            None => extract::hash_file(&f.path).ok(),
        })
        .collect();
    let mut new_rows = Vec::new();
    let mut out = HashMap::new();
    for (((f, meta), k), c) in files.iter().zip(known).zip(computed) {
        if let Some(sha) = k.or(c.clone()) {
            if let (Some(sha), Some((size, mtime, inode))) = (&c, meta) {
                new_rows.push((f.path.clone(), *inode, *size, *mtime, sha.clone()));
            }
            out.insert(f.path.clone(), sha);
        }
    }
    if let Some(store) = store {
        let _ = lock(store).remember_hashes(&new_rows);
    }
    out
}

/// The store's lock; a worker that panicked while holding it cannot have
/// left it half-written (SQLite transactions), so a poisoned lock is used.
fn lock(store: &Mutex<Store>) -> MutexGuard<'_, Store> {
    store
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What identifies a dossier's inputs: its files' contents, its scheme
/// version, its dates and names, and the hercert build that judges them.
fn fingerprint(
    candidate: &Candidate,
    scheme: &Scheme,
    hashes: &HashMap<PathBuf, String>,
    engine: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        engine,
        &candidate.id,
        candidate.name.as_deref().unwrap_or(""),
        &candidate.application_date.to_string(),
        &scheme.id,
        &scheme.source_hash,
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    for f in &candidate.files {
        h.update(f.document.as_bytes());
        h.update([0]);
        let content = match &f.problem {
            Some(p) => p.keyword().to_string(),
            None => hashes
                .get(&f.path)
                .cloned()
                .unwrap_or_else(|| "unhashed".into()),
        };
        h.update(content.as_bytes());
        h.update([0]);
    }
    format!("{:x}", h.finalize())
}

/// The build and settings that decide what a file reads as: any rebuild of
/// hercert, or other OCR settings, start cold.
pub(crate) fn engine_version(limits: &FileLimits) -> String {
    static EXE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        std::env::current_exe()
            .ok()
            .and_then(|p| extract::hash_file(&p).ok())
            .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_string())
    });
    format!(
        "{}+{}+ocr={}/{}",
        env!("CARGO_PKG_VERSION"),
        &EXE[..EXE.len().min(16)],
        limits.ocr,
        limits.ocr_max_pages
    )
}

/// Reads and classifies documents, with the state store as a cache.
pub(crate) struct Engine<'a> {
    classifier: &'a Classifier,
    limits: &'a FileLimits,
    version: String,
}

impl<'a> Engine<'a> {
    pub fn new(classifier: &'a Classifier, limits: &'a FileLimits, version: String) -> Engine<'a> {
        Engine {
            classifier,
            limits,
            version,
        }
    }

    /// Reads a candidate's files. What a file read as is not cached (the
    /// state file holds no document text); a dossier that did not change is
    /// not read at all. Returns the documents and how many were parsed.
    fn read(
        &self,
        candidate: &Candidate,
        bar: &indicatif::ProgressBar,
    ) -> (Vec<DocumentRecord>, usize) {
        let mut documents = Vec::with_capacity(candidate.files.len());
        let mut parsed = 0;
        for file in &candidate.files {
            let extracted = extract::extract_file(file, self.limits);
            if extracted.error.is_none() {
                parsed += 1;
            }
            let classification = self.classify(file, &extracted);
            bar.inc(1);
            documents.push(DocumentRecord {
                document: file.document.clone(),
                extracted,
                classification,
            });
        }
        (documents, parsed)
    }

    fn classify(&self, file: &SourceFile, extracted: &Extracted) -> Classification {
        if extracted.error.is_some() {
            return Classification {
                doc_type: DocType::Onbekend,
                confidence: 0.0,
            };
        }
        let file_name = file.document.rsplit('/').next().unwrap_or("");
        let by_text = self.classifier.classify(&extracted.full_text(), file_name);
        crate::interpret::refine_classification(extracted, by_text)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_partition_the_candidates() {
        let ids: Vec<String> = (0..200).map(|i| format!("K{i:03}")).collect();
        let mut seen = vec![0usize; 4];
        for id in &ids {
            let k = shard_of(id, 4);
            assert!((1..=4).contains(&k));
            seen[k - 1] += 1;
            assert_eq!(shard_of(id, 4), k, "stable");
        }
        assert!(seen.iter().all(|&n| n > 20), "{seen:?}");
    }
}
