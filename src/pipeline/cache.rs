//! The state store as a cache: content hashes of files, and the
//! fingerprint that says whether a dossier's inputs changed.

use super::PipelineError;
use crate::discover::{Candidate, SourceFile};
use crate::extract;
use crate::scheme::Scheme;
use crate::state::Store;
use crate::ui;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

/// Opens the state store. A path that is not hercert's state file stops
/// the run (it is left untouched); a state file that cannot be opened for
/// another reason is a warning, and the run goes on without it.
pub fn open_store(state: Option<&PathBuf>) -> Result<Option<Store>, PipelineError> {
    let Some(path) = state else {
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

/// Size, modification time (ns) and inode of a file.
type Stamp = (u64, i64, u64);

/// The content hash of every readable file: from the store when path, size
/// and modification time are unchanged, else by reading the file. New
/// hashes are remembered.
pub fn content_hashes(
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
pub fn lock(store: &Mutex<Store>) -> MutexGuard<'_, Store> {
    store
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What identifies a dossier's inputs: its files' contents, its scheme
/// version, its dates and names, and the hercert build that judges them.
pub fn fingerprint(
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
