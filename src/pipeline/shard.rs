//! Shards: which shard a candidate belongs to (`hercert audit --shard
//! K/N`), and merging the report sets of shards (`hercert merge`) into
//! exactly the reports of one full run.
//!
//! Each shard's report set holds `shard.jsonl`: its dossiers' assessments
//! before the cohort-wide checks. Merge reads them all, runs the cohort-wide
//! checks (proofs shared between candidates) over the whole cohort, and
//! writes the report set with the same code a full run uses.

use super::{report_files, PipelineError};
use crate::assess::{self, Assessed};
use crate::report::{publish, ReportOptions};
use crate::scheme::SchemeSet;
use crate::ui;
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// The file in a shard's report set that merge reads.
pub const SHARD_FILE: &str = "shard.jsonl";
/// Which shard of how many a report set is: `{"shard":K,"of":N}`.
pub const SHARD_META: &str = "shard.json";

#[derive(serde::Serialize, serde::Deserialize)]
struct ShardMeta {
    shard: usize,
    of: usize,
}

/// The content of [`SHARD_META`] for shard `k` of `n`.
pub fn shard_meta(k: usize, n: usize) -> Vec<u8> {
    serde_json::to_vec(&ShardMeta { shard: k, of: n }).unwrap_or_default()
}

/// A validated merge.
#[derive(Debug, Clone)]
pub struct MergeConfig {
    pub shards: Vec<PathBuf>,
    pub out: PathBuf,
    /// The scheme the shards were run with (`--scheme`), for severities.
    pub scheme: String,
    pub report: ReportOptions,
    pub quiet: bool,
    /// Merge what is there even when shards of the set are missing.
    pub allow_partial: bool,
}

/// Why a merge could not be done (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The schemes, the report folder or the reports failed as in an audit.
    #[error(transparent)]
    Pipeline(#[from] PipelineError),
    /// A folder is not a shard's report set.
    #[error("{path} has no readable {SHARD_FILE}: was it written by hercert audit --shard?")]
    NotAShard {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A shard record does not decode (another hercert version?).
    #[error("{path}: line {line} of {SHARD_FILE} does not decode")]
    Decode {
        path: PathBuf,
        line: usize,
        #[source]
        source: serde_json::Error,
    },
    /// Two shards hold the same candidate.
    #[error("candidate {0} is in more than one shard")]
    Overlap(String),
    /// The shards given are not one complete set K/N for K = 1..N.
    #[error(
        "incomplete shard set: {0}; give every shard, or --allow-partial to merge what is there"
    )]
    Incomplete(String),
}

/// The shard (1-based) a candidate belongs to out of `n`: a hash of its
/// id, so that shards stay put when candidates come and go.
pub fn shard_of(candidate_id: &str, n: usize) -> usize {
    let digest = Sha256::digest(candidate_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) % n.max(1) as u64) as usize + 1
}

/// One line per dossier: its assessment as JSON, every string BSN-masked
/// (the reports merge writes are masked anyway).
pub fn shard_record(assessed: &[Assessed]) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Vec::new();
    for a in assessed {
        out.extend_from_slice(crate::text::bsn::to_masked_json(a)?.as_bytes());
        out.push(b'\n');
    }
    Ok(out)
}

/// Checks that the shards form one set 1..N of one N.
fn check_complete(shards: &[PathBuf]) -> Result<(), String> {
    let mut of = None;
    let mut seen = std::collections::BTreeSet::new();
    for dir in shards {
        let meta: ShardMeta = std::fs::read(dir.join(SHARD_META))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or_else(|| format!("{} has no readable {SHARD_META}", dir.display()))?;
        match of {
            Some(n) if n != meta.of => {
                return Err(format!("shards of {n} and of {} mixed", meta.of));
            }
            _ => of = Some(meta.of),
        }
        if !seen.insert(meta.shard) {
            return Err(format!("shard {}/{} given twice", meta.shard, meta.of));
        }
    }
    let n = of.unwrap_or(0);
    let missing: Vec<String> = (1..=n)
        .filter(|k| !seen.contains(k))
        .map(|k| format!("{k}/{n}"))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("missing shard {}", missing.join(", ")))
    }
}

/// Merges the shards' report sets into one; returns the dossiers merged.
pub fn merge(config: &MergeConfig) -> Result<usize, MergeError> {
    let (schemes, _) = SchemeSet::new(&config.scheme).map_err(PipelineError::from)?;
    if let Err(problem) = check_complete(&config.shards) {
        if !config.allow_partial {
            return Err(MergeError::Incomplete(problem));
        }
        ui::warn(&format!("partial merge: {problem}"));
    }
    publish::preflight(&config.out, None).map_err(PipelineError::from)?;
    let mut assessed: Vec<Assessed> = Vec::new();
    for dir in &config.shards {
        let path = dir.join(SHARD_FILE);
        let text = std::fs::read_to_string(&path).map_err(|source| MergeError::NotAShard {
            path: dir.clone(),
            source,
        })?;
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let a: Assessed = serde_json::from_str(line).map_err(|source| MergeError::Decode {
                path: path.clone(),
                line: i + 1,
                source,
            })?;
            assessed.push(a);
        }
    }
    assessed.sort_by(|a, b| a.candidate_id.cmp(&b.candidate_id));
    if let Some(pair) = assessed
        .windows(2)
        .find(|w| w[0].candidate_id == w[1].candidate_id)
    {
        return Err(MergeError::Overlap(pair[0].candidate_id.clone()));
    }
    assess::cohort::check_shared_proofs(&mut assessed, &schemes);
    let files = report_files(&assessed, &config.report)?;
    publish::publish(&config.out, &files).map_err(PipelineError::from)?;
    Ok(assessed.len())
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
