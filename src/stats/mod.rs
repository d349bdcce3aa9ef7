//! Management statistics over report sets written by `hercert audit` and,
//! when given, the run history (`hercert stats DIR... --out DIR [--state
//! PATH]`, whose command is [`crate::commands::stats`]). Two files, which
//! the command publishes to `--out` as one set:
//!
//! - `stats.csv`, columns `metric,scope,value`, in the `--csv-dialect` of
//!   `audit` and through the same writer (formula guard, BSN masking);
//! - `dashboard.html`, one self-contained page for management: inline CSS and
//!   inline SVG, no script, no outside resource (a Content-Security-Policy
//!   forbids any), Dutch labels, a print stylesheet for A4.
//!
//! Each `DIR` is read in either dialect (`,` or `;`, `.` or decimal comma,
//! with or without a BOM; Windows-1252 if it is not UTF-8). Only
//! `dossiers.csv` is required; `findings.csv` and `documents.csv` add the
//! finding and unreadable-document figures. A bad row or cell, a missing
//! optional file, or a missing, foreign or corrupt state file is a warning on
//! stderr; the run goes on.
//!
//! # Scopes
//!
//! | scope | what it covers |
//! | --- | --- |
//! | `all` | every dossier of every report set read |
//! | `cohort:NAME` | the dossiers of one cohort: the value of a `cohort` column in `dossiers.csv` where there is one, else the name of the cohort folder the run history records for the report set's folder (its latest run), else the report set's folder name (with parent folders added when two sets share a name) |
//! | `run:ID` | one row of the run history (`runs` table of `--state`) |
//!
//! Rows are ordered by scope (`all`, cohorts by name, runs by `run_id`), then
//! in the order of the table below. The files hold no timestamp except the
//! `run.started` values that come from the history, so the same input gives
//! the same bytes.
//!
//! # Metrics
//!
//! For `all` and every `cohort:` scope; an undefined figure (a rate over
//! nothing, a percentile of no values) is an empty value, never a zero.
//!
//! | metric | value |
//! | --- | --- |
//! | `dossiers` | rows of `dossiers.csv` |
//! | `outcome.toekenning`, `outcome.aanvulling`, `outcome.afwijzing` | dossiers with that outcome |
//! | `outcome.rate.toekenning`, `.aanvulling`, `.afwijzing` | that count / `dossiers`, a fraction (4 decimals) |
//! | `findings.total` | rows of `findings.csv`, every severity |
//! | `finding.count.CODE` | findings with that code, for the 10 most frequent codes of the scope (by count, then code) |
//! | `finding.dossiers.CODE` | dossiers with at least one finding of that code (same 10 codes) |
//! | `pe_counted.dossiers` | dossiers with a `pe_counted` value |
//! | `pe_counted.p10`, `.median`, `.p90` | percentiles of `pe_counted` over those dossiers, linear interpolation between closest ranks (Excel `PERCENTILE.INC`, R type 7): the value at rank `h = (n − 1)·p` |
//! | `vakoverleg.share` | Σ `pe_vakoverleg_counted` / Σ `pe_counted`, over dossiers that have both (4 decimals) |
//! | `casuistiek.misfiling_rate` | Σ `intervisions_casuistiek` / Σ `intervisions_submitted`, over dossiers that have both: the share of submitted intervision reports that are casuïstiek (4 decimals) |
//! | `documents.total` | Σ `documents` of `dossiers.csv` |
//! | `documents.per_dossier.mean` | `documents.total` / dossiers with a `documents` value (2 decimals) |
//! | `documents.unreadable` | rows of `documents.csv` with a non-empty `error` |
//!
//! With a run history, `all` gets `runs` (rows of the history) and every run
//! its own `run:ID` scope:
//!
//! | metric | value |
//! | --- | --- |
//! | `run.cohort`, `run.started` | text from the history |
//! | `dossiers`, `documents.total` | `candidates`, `documents` of the run |
//! | `outcome.*`, `outcome.rate.*` | as above, from the run's counts |
//! | `processing.seconds` | `elapsed_ms` / 1000 (3 decimals) |
//! | `processing.ms_per_document` | `elapsed_ms` / `documents` (2 decimals) |

mod dashboard;
mod history;
mod input;
mod metrics;
mod svg;

use crate::report::publish::PublishError;
use crate::report::table::{CsvDialect, Table};
use std::path::{Path, PathBuf};

/// A validated `stats` run: everything the command line decided.
#[derive(Debug, Clone)]
pub struct StatsConfig {
    /// Report sets written by `hercert audit`.
    pub report_sets: Vec<PathBuf>,
    /// Where `stats.csv` and `dashboard.html` go; replaced as a whole set.
    pub out: PathBuf,
    /// The run history (SQLite) to add per-run figures from.
    pub state: Option<PathBuf>,
    pub dialect: CsvDialect,
    /// No summary line (warnings are still printed).
    pub quiet: bool,
}

/// Why a stats run could not be done (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    /// No report set was named.
    #[error("no report set given")]
    NoInput,
    /// A `DIR` argument is not a folder holding `dossiers.csv`.
    #[error("{0} is not a hercert report set (no dossiers.csv)")]
    NotAReportSet(PathBuf),
    /// `dossiers.csv` of a report set exists but cannot be read.
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// `--out` is one of the report sets read: publishing would replace it.
    #[error("--out {0} is one of the report sets being read; choose another folder")]
    OutIsInput(PathBuf),
    /// `stats.csv` could not be serialised.
    #[error("cannot write stats.csv")]
    Csv(#[source] csv::Error),
    /// The output folder cannot be prepared or written.
    #[error(transparent)]
    Publish(#[from] PublishError),
}

/// What a finished run did, for the summary line and the tests.
#[derive(Debug, Clone)]
pub struct StatsSummary {
    pub report_sets: usize,
    pub cohorts: usize,
    pub dossiers: usize,
    pub runs: usize,
    /// Rows of `stats.csv`.
    pub rows: usize,
    /// Bytes of `dashboard.html`.
    pub dashboard_bytes: usize,
    /// Everything that was skipped or could not be read, one line each.
    pub warnings: Vec<String>,
}

/// The two files of a stats run, built in memory.
pub struct Output {
    pub stats_csv: Table,
    pub dashboard_html: String,
    pub summary: StatsSummary,
}

/// Reads the report sets and the history and builds both files, without
/// writing anything.
pub fn build(config: &StatsConfig) -> Result<Output, StatsError> {
    if config.report_sets.is_empty() {
        return Err(StatsError::NoInput);
    }
    let mut warnings = Vec::new();
    let runs = match &config.state {
        Some(path) => match history::read(path) {
            Ok(runs) => Some(runs),
            Err(warning) => {
                warnings.push(warning);
                None
            }
        },
        None => None,
    };
    let names = cohort_names(runs.as_deref().unwrap_or_default());
    let sets = input::read_all(&config.report_sets, &names, &mut warnings)?;
    let stats = metrics::compute(&sets, runs.as_deref());
    let table = metrics::table(&stats);
    let html = dashboard::render(&stats, &config.out);
    let summary = StatsSummary {
        report_sets: sets.len(),
        cohorts: stats.cohorts.len(),
        dossiers: stats.all.dossiers,
        runs: stats.runs.as_ref().map_or(0, Vec::len),
        rows: table.rows.len(),
        dashboard_bytes: html.len(),
        warnings,
    };
    Ok(Output {
        stats_csv: table,
        dashboard_html: html,
        summary,
    })
}

/// The cohort of each report folder the history knows: the name of the
/// cohort folder its latest run read, so that a cohort is named after what
/// was audited rather than where its reports were put.
fn cohort_names(runs: &[history::Run]) -> std::collections::HashMap<PathBuf, String> {
    runs.iter()
        .filter_map(|r| {
            let name = Path::new(r.cohort.as_deref()?).file_name()?;
            Some((
                canonical(Path::new(r.out_dir.as_deref()?)),
                name.to_string_lossy().into_owned(),
            ))
        })
        .collect()
}

/// The canonical path where it exists, else the absolute one.
pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}
