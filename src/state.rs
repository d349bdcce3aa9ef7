//! The state store: an SQLite file (`--state PATH`) that makes nightly
//! reruns cheap and keeps the run history.
//!
//! - `files`: path, size and modification time → content hash, so an
//!   unchanged file is not even read again;
//! - `extractions`: content hash and extractor version → what was read, so a
//!   file is never parsed twice;
//! - `dossiers`: a fingerprint of a dossier's inputs (its files' hashes,
//!   scheme version, application date) → its assessment, so an unchanged
//!   dossier is not re-assessed;
//! - `runs` and `run_outcomes`: the history `stats` and `review` read.
//!
//! A file that is not SQLite, fails SQLite's quick check, or was not written
//! by hercert is moved aside and rebuilt: the state is a cache and a log,
//! never trusted over the documents themselves.

use crate::dossier::Assessed;
use crate::extract::Extracted;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// Why the state store could not be used. The run goes on without it.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// SQLite refused to open or create the file.
    #[error("cannot open state file {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// A query failed.
    #[error("state file query failed")]
    Query(#[from] rusqlite::Error),
    /// A cached record does not deserialise.
    #[error("state record does not decode")]
    Decode(#[from] serde_json::Error),
    /// Moving a bad state file aside failed.
    #[error("cannot move bad state file {path} aside")]
    MoveAside {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

const APP: &str = "hercert-state";
const SCHEMA_VERSION: &str = "1";

/// The open store.
pub struct Store {
    conn: Connection,
}

/// A finished run, for the history.
#[derive(Debug, Clone)]
pub struct RunRecord {
    pub started: String,
    pub finished: String,
    pub cohort: String,
    pub out_dir: String,
    pub scheme_versions: String,
    pub candidates: usize,
    pub documents: usize,
    pub toekenning: usize,
    pub aanvulling: usize,
    pub afwijzing: usize,
    pub elapsed_ms: u64,
    /// Dossiers assessed in this run (the rest came from the store).
    pub reassessed: usize,
}

impl Store {
    /// Opens (or creates) the store; a bad file is moved aside and rebuilt,
    /// and the returned message says so.
    pub fn open(path: &Path) -> Result<(Store, Option<String>), StateError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(dir);
        }
        let mut warning = None;
        if path.exists() {
            if let Err(problem) = Store::check(path) {
                let aside = path.with_extension(format!(
                    "bad-{}",
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.as_secs())
                        .unwrap_or(0)
                ));
                std::fs::rename(path, &aside).map_err(|source| StateError::MoveAside {
                    path: path.to_path_buf(),
                    source,
                })?;
                for suffix in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
                warning = Some(format!(
                    "state file {} was not usable ({problem}); moved to {} and rebuilt",
                    path.display(),
                    aside.display()
                ));
            }
        }
        let conn = Connection::open(path).map_err(|source| StateError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS extractions (sha256 TEXT NOT NULL, version TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (sha256, version));
             CREATE TABLE IF NOT EXISTS dossiers (fingerprint TEXT PRIMARY KEY, record TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS runs (run_id INTEGER PRIMARY KEY, started TEXT, finished TEXT, cohort TEXT, out_dir TEXT,
                 scheme_versions TEXT, candidates INTEGER, documents INTEGER, toekenning INTEGER, aanvulling INTEGER,
                 afwijzing INTEGER, elapsed_ms INTEGER, reassessed INTEGER);
             CREATE TABLE IF NOT EXISTS run_outcomes (run_id INTEGER NOT NULL, candidate_id TEXT NOT NULL, scheme TEXT,
                 outcome TEXT, pe_counted REAL, intervisions_valid INTEGER, findings INTEGER, PRIMARY KEY (run_id, candidate_id));",
        )?;
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('app', ?1)",
            params![APP],
        )?;
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?1)",
            params![SCHEMA_VERSION],
        )?;
        Ok((Store { conn }, warning))
    }

    /// A file is usable when SQLite's quick check passes and its meta table
    /// says hercert wrote it with this schema.
    fn check(path: &Path) -> Result<(), String> {
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| e.to_string())?;
        let quick: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| format!("not an SQLite database: {e}"))?;
        if quick != "ok" {
            return Err(format!("damaged: {quick}"));
        }
        let meta = |key: &str| -> Option<String> {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get(0)
            })
            .ok()
        };
        match (meta("app").as_deref(), meta("schema").as_deref()) {
            (Some(APP), Some(SCHEMA_VERSION)) => Ok(()),
            (Some(APP), other) => Err(format!(
                "schema {other:?}, this hercert writes {SCHEMA_VERSION}"
            )),
            _ => Err("not written by hercert".into()),
        }
    }

    /// The content hash recorded for a path with this size and mtime.
    pub fn known_hash(&self, path: &str, size: u64, mtime_ns: i64) -> Option<String> {
        self.conn
            .query_row(
                "SELECT sha256 FROM files WHERE path = ?1 AND size = ?2 AND mtime_ns = ?3",
                params![path, size as i64, mtime_ns],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()
    }

    pub fn remember_hashes(
        &mut self,
        rows: &[(String, u64, i64, String)],
    ) -> Result<(), StateError> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached("INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256) VALUES (?1, ?2, ?3, ?4)")?;
            for (path, size, mtime, sha) in rows {
                stmt.execute(params![path, *size as i64, mtime, sha])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// What was read from a file with this content, by this extractor.
    pub fn extraction(&self, sha256: &str, version: &str) -> Option<Extracted> {
        let record: String = self
            .conn
            .query_row(
                "SELECT record FROM extractions WHERE sha256 = ?1 AND version = ?2",
                params![sha256, version],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()?;
        serde_json::from_str(&record).ok()
    }

    pub fn save_extractions(
        &mut self,
        version: &str,
        items: &[&Extracted],
    ) -> Result<(), StateError> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR REPLACE INTO extractions (sha256, version, record) VALUES (?1, ?2, ?3)",
            )?;
            for e in items {
                stmt.execute(params![e.sha256, version, serde_json::to_string(e)?])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// A dossier assessed before from exactly these inputs.
    pub fn dossier(&self, fingerprint: &str) -> Option<Assessed> {
        let record: String = self
            .conn
            .query_row(
                "SELECT record FROM dossiers WHERE fingerprint = ?1",
                params![fingerprint],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()?;
        serde_json::from_str(&record).ok()
    }

    pub fn save_dossiers(&mut self, items: &[(String, &Assessed)]) -> Result<(), StateError> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR REPLACE INTO dossiers (fingerprint, record) VALUES (?1, ?2)",
            )?;
            for (fingerprint, a) in items {
                stmt.execute(params![fingerprint, serde_json::to_string(a)?])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Appends a run and the outcome of each of its dossiers to the history.
    pub fn record_run(
        &mut self,
        run: &RunRecord,
        dossiers: &[Assessed],
    ) -> Result<i64, StateError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO runs (started, finished, cohort, out_dir, scheme_versions, candidates, documents, toekenning,
                 aanvulling, afwijzing, elapsed_ms, reassessed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                run.started,
                run.finished,
                run.cohort,
                run.out_dir,
                run.scheme_versions,
                run.candidates as i64,
                run.documents as i64,
                run.toekenning as i64,
                run.aanvulling as i64,
                run.afwijzing as i64,
                run.elapsed_ms as i64,
                run.reassessed as i64
            ],
        )?;
        let run_id = tx.last_insert_rowid();
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO run_outcomes (run_id, candidate_id, scheme, outcome, pe_counted, intervisions_valid, findings)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for a in dossiers {
                stmt.execute(params![
                    run_id,
                    a.candidate_id,
                    a.scheme_id,
                    a.outcome.as_str(),
                    a.figures.pe_counted,
                    a.figures.intervisions_valid.map(|v| v as i64),
                    a.findings.len() as i64
                ])?;
            }
        }
        tx.commit()?;
        Ok(run_id)
    }

    /// How many runs the history holds.
    pub fn runs(&self) -> Result<i64, StateError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM runs", [], |r| r.get(0))?)
    }
}

/// The default state file: `$XDG_STATE_HOME/hercert/state.sqlite`, else
/// `~/.local/state/hercert/state.sqlite`.
pub fn default_path() -> Option<PathBuf> {
    std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
        .map(|d| d.join("hercert/state.sqlite"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_foreign_or_damaged_file_is_moved_aside_and_rebuilt() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let path = tmp.path().join("state.sqlite");
        std::fs::write(&path, b"this is not a database at all, just text").expect("write"); // ok: test
        let (store, warning) = Store::open(&path).expect("rebuilt"); // ok: test
        assert!(warning.is_some_and(|w| w.contains("rebuilt")));
        assert_eq!(store.runs().ok(), Some(0));
        drop(store);
        // An SQLite file that hercert did not write.
        let other = tmp.path().join("other.sqlite");
        Connection::open(&other)
            .and_then(|c| c.execute_batch("CREATE TABLE x (y TEXT);"))
            .expect("foreign db"); // ok: test
        let (_, warning) = Store::open(&other).expect("rebuilt"); // ok: test
        assert!(warning.is_some_and(|w| w.contains("not written by hercert")));
        // Our own file opens without a warning.
        let (_, warning) = Store::open(&other).expect("reopened"); // ok: test
        assert_eq!(warning, None);
    }

    #[test]
    fn extractions_round_trip_by_hash_and_version() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let (mut store, _) = Store::open(&tmp.path().join("s.sqlite")).expect("open"); // ok: test
        let e = Extracted::from_text("Werkgeversverklaring\\nNaam: X");
        store.save_extractions("v1", &[&e]).expect("save"); // ok: test
        let back = store.extraction(&e.sha256, "v1").expect("hit"); // ok: test
        assert_eq!(back.pages, e.pages);
        assert!(
            store.extraction(&e.sha256, "v2").is_none(),
            "another extractor version misses"
        );
    }
}
