//! The state store: an SQLite file (`--state PATH`) that makes nightly
//! reruns cheap and keeps the run history.
//!
//! - `files`: a key of the path's raw bytes and inode, size and
//!   modification time → content hash, so an unchanged file is not even
//!   read again;
//! - `dossiers`: a fingerprint of a dossier's inputs (its files' hashes,
//!   scheme version, application date) → its assessment, so an unchanged
//!   dossier is not re-assessed;
//! - `runs` and `run_outcomes`: the history `stats` and `review` read.
//!
//! # Personal data
//!
//! The file holds assessments of people, so it is created `0600` in a
//! folder hercert creates `0700`. It holds no document text (what a file
//! read as is not cached; a changed dossier's files are read again), and
//! every string of a stored record, history row and path is BSN-masked
//! before it is written: no full BSN is ever at rest here.
//!
//! # Safety of the path
//!
//! `--state` only ever creates a new file, opens a file hercert made
//! (SQLite's `application_id` in the file header is hercert's), or moves
//! aside a file hercert made that is damaged or of another schema. Any
//! other path — a folder, a link, a document, someone else's database, an
//! empty file — is an error and is left untouched.

use crate::assess::Assessed;
use crate::text::bsn::{mask_bsn, to_masked_json};
use rusqlite::{params, Connection, OptionalExtension};
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Why the state store could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// SQLite refused to open or create the file.
    #[error("cannot open state file {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// The path is not a state file hercert made; it was left untouched.
    #[error("--state {path} is not a hercert state file ({reason}); it was left untouched: give the path of a new file or of hercert's own state file")]
    Foreign { path: PathBuf, reason: String },
    /// Creating the file or its folder failed.
    #[error("cannot create state file {path}")]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A query failed.
    #[error("state file query failed")]
    Query(#[from] rusqlite::Error),
    /// A cached record does not (de)serialise.
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

impl StateError {
    /// Whether the run must stop (the path is not ours) rather than go on
    /// without a state file.
    pub fn is_fatal(&self) -> bool {
        matches!(self, StateError::Foreign { .. })
    }
}

const APP: &str = "hercert-state";
/// 2: no document text, masked records, path keys by raw bytes and inode.
const SCHEMA_VERSION: &str = "2";
/// SQLite's `application_id` header field for hercert's state file: "HRCT".
const APPLICATION_ID: u32 = 0x4852_4354;
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

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

/// What is at the state path.
enum Found {
    Nothing,
    /// hercert's own file, by its header.
    Ours,
    /// An empty 0600 file: hercert's own, cut short before its first write.
    Empty,
    /// A schema-1 file of an older hercert (no application id yet): it may
    /// hold document text, so it is emptied of everything but the history.
    Legacy,
}

fn foreign(path: &Path, reason: impl Into<String>) -> StateError {
    StateError::Foreign {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// Looks at the path without following a link or changing anything.
fn inspect(path: &Path) -> Result<Found, StateError> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Nothing),
        Err(e) => return Err(foreign(path, e.to_string())),
    };
    let kind = meta.file_type();
    if kind.is_symlink() {
        return Err(foreign(path, "a symbolic link"));
    }
    if kind.is_dir() {
        return Err(foreign(path, "a folder"));
    }
    if !kind.is_file() {
        return Err(foreign(path, "not a regular file"));
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path)
        .and_then(|f| {
            let mut n = 0;
            let mut f = f.take(100);
            loop {
                let k = f.read(&mut header[n..])?;
                if k == 0 {
                    break Ok(n);
                }
                n += k;
            }
        })
        .map_err(|e| foreign(path, e.to_string()))?;
    // An empty file with the mode hercert creates is one whose creation was
    // cut short (a kill between create and first write): nothing to lose.
    if read == 0 && meta.permissions().mode() & 0o777 == 0o600 {
        return Ok(Found::Empty);
    }
    if read < 100 || &header[..16] != SQLITE_MAGIC {
        return Err(foreign(path, "not an SQLite database"));
    }
    let app_id = u32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if app_id == APPLICATION_ID {
        return Ok(Found::Ours);
    }
    if app_id == 0 && legacy_meta(path) {
        return Ok(Found::Legacy);
    }
    Err(foreign(path, "an SQLite database hercert did not write"))
}

/// Whether an SQLite file without application id is a schema-1 hercert state.
fn legacy_meta(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return false;
    };
    conn.query_row("SELECT value FROM meta WHERE key = 'app'", [], |r| {
        r.get::<_, String>(0)
    })
    .is_ok_and(|app| app == APP)
}

/// Creates the folder (0700 where hercert creates it) and an empty 0600 file
/// that did not exist before.
fn create_new(path: &Path) -> Result<(), StateError> {
    let create = |source| StateError::Create {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(create)?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(create)?;
    Ok(())
}

fn move_aside(path: &Path) -> Result<PathBuf, StateError> {
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
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(side));
    }
    Ok(aside)
}

impl Store {
    /// Opens hercert's state file or creates a new one; a damaged file of
    /// hercert's own is moved aside and rebuilt, and the returned message
    /// says so. Any other path is [`StateError::Foreign`], untouched.
    pub fn open(path: &Path) -> Result<(Store, Option<String>), StateError> {
        let mut warning = None;
        match inspect(path)? {
            Found::Nothing => create_new(path)?,
            Found::Empty => {}
            Found::Ours => {
                if let Err(problem) = Store::check(path) {
                    let aside = move_aside(path)?;
                    warning = Some(format!(
                        "state file {} was not usable ({problem}); moved to {} and rebuilt",
                        path.display(),
                        aside.display()
                    ));
                    create_new(path)?;
                }
            }
            Found::Legacy => {
                Store::migrate_legacy(path)?;
                warning = Some(format!(
                    "state file {} was written by an older hercert and held document text; its caches were emptied (the run history is kept)",
                    path.display()
                ));
            }
        }
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        let conn = Connection::open(path).map_err(|source| StateError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID};
             PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA secure_delete = ON;
             CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS files (path_key TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS dossiers (fingerprint TEXT PRIMARY KEY, record TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS runs (run_id INTEGER PRIMARY KEY, started TEXT, finished TEXT, cohort TEXT, out_dir TEXT,
                 scheme_versions TEXT, candidates INTEGER, documents INTEGER, toekenning INTEGER, aanvulling INTEGER,
                 afwijzing INTEGER, elapsed_ms INTEGER, reassessed INTEGER);
             CREATE TABLE IF NOT EXISTS run_outcomes (run_id INTEGER NOT NULL, candidate_id TEXT NOT NULL, scheme TEXT,
                 outcome TEXT, pe_counted REAL, intervisions_valid INTEGER, findings INTEGER, PRIMARY KEY (run_id, candidate_id));"
        ))?;
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('app', ?1)",
            params![APP],
        )?;
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?1)",
            params![SCHEMA_VERSION],
        )?;
        Ok((Store { conn }, warning))
    }

    /// A schema-1 file: drop the caches (document text, lossy path keys)
    /// and keep the history, then vacuum so that no page keeps old text.
    fn migrate_legacy(path: &Path) -> Result<(), StateError> {
        let conn = Connection::open(path).map_err(|source| StateError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.execute_batch(&format!(
            "PRAGMA secure_delete = ON;
             DROP TABLE IF EXISTS extractions;
             DROP TABLE IF EXISTS files;
             DELETE FROM dossiers;
             PRAGMA application_id = {APPLICATION_ID};
             VACUUM;"
        ))?;
        Ok(())
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
            _ => Err("no hercert meta table".into()),
        }
    }

    /// The content hash recorded for a file with this path, inode, size
    /// and modification time.
    pub fn known_hash(&self, path: &Path, inode: u64, size: u64, mtime_ns: i64) -> Option<String> {
        self.conn
            .query_row(
                "SELECT sha256 FROM files WHERE path_key = ?1 AND size = ?2 AND mtime_ns = ?3",
                params![path_key(path, inode), size as i64, mtime_ns],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()
    }

    /// Remembers content hashes: (path, inode, size, mtime, sha256).
    pub fn remember_hashes(
        &mut self,
        rows: &[(PathBuf, u64, u64, i64, String)],
    ) -> Result<(), StateError> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached("INSERT OR REPLACE INTO files (path_key, size, mtime_ns, sha256) VALUES (?1, ?2, ?3, ?4)")?;
            for (path, inode, size, mtime, sha) in rows {
                stmt.execute(params![path_key(path, *inode), *size as i64, mtime, sha])?;
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
                stmt.execute(params![fingerprint, to_masked_json(a)?])?;
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
                mask_bsn(&run.cohort),
                mask_bsn(&run.out_dir),
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
                    mask_bsn(&a.candidate_id),
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

/// The key of a file in the `files` table: a hash of its path's raw bytes
/// and its inode. Two names that differ only in bytes that are not UTF-8
/// never share an entry, and no file name is stored.
fn path_key(path: &Path, inode: u64) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(path.as_os_str().as_bytes());
    h.update([0]);
    h.update(inode.to_le_bytes());
    format!("{:x}", h.finalize())
}

/// Size, modification time (ns) and inode of a file, for the hash cache.
pub fn file_stamp(path: &Path) -> Option<(u64, i64, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta.mtime().saturating_mul(1_000_000_000) + meta.mtime_nsec();
    Some((meta.len(), mtime, meta.ino()))
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
    fn a_path_hercert_did_not_make_is_left_untouched() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let text = tmp.path().join("state.sqlite");
        std::fs::write(&text, b"this is not a database at all, just text").expect("write"); // ok: test
        let other = tmp.path().join("other.sqlite");
        Connection::open(&other)
            .and_then(|c| c.execute_batch("CREATE TABLE x (y TEXT);"))
            .expect("foreign db"); // ok: test
        let dir = tmp.path().join("cohort");
        std::fs::create_dir(&dir).expect("dir"); // ok: test
        let empty = tmp.path().join("empty");
        std::fs::write(&empty, b"").expect("write"); // ok: test
        for path in [&text, &other, &dir, &empty] {
            let before = std::fs::symlink_metadata(path)
                .map(|m| (m.len(), m.ino()))
                .ok();
            let err = Store::open(path).err().expect("refused"); // ok: test
            assert!(err.is_fatal(), "{err}");
            let after = std::fs::symlink_metadata(path)
                .map(|m| (m.len(), m.ino()))
                .ok();
            assert_eq!(before, after, "{} untouched", path.display());
        }
        assert_eq!(
            std::fs::read_dir(tmp.path()).expect("ls").count(), // ok: test
            4,
            "nothing moved aside"
        ); // ok: test
    }

    #[test]
    fn a_new_state_is_private_and_reopens_without_a_warning() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let path = tmp.path().join("new/hercert/state.sqlite");
        let (store, warning) = Store::open(&path).expect("created"); // ok: test
        assert_eq!(warning, None);
        assert_eq!(store.runs().ok(), Some(0));
        drop(store);
        let mode = |p: &Path| {
            std::fs::metadata(p)
                .map(|m| m.permissions().mode() & 0o777)
                .ok()
        };
        assert_eq!(mode(&path), Some(0o600));
        assert_eq!(mode(path.parent().expect("dir")), Some(0o700)); // ok: test
        let (_, warning) = Store::open(&path).expect("reopened"); // ok: test
        assert_eq!(warning, None);
    }

    #[test]
    fn a_damaged_state_of_our_own_is_moved_aside() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let path = tmp.path().join("s.sqlite");
        drop(Store::open(&path).expect("created")); // ok: test
                                                    // Keep the header (ours), break the rest.
        let mut bytes = std::fs::read(&path).expect("read"); // ok: test
        bytes.truncate(100);
        bytes.extend(std::iter::repeat_n(0xAAu8, 4096));
        std::fs::write(&path, &bytes).expect("write"); // ok: test
        let (_, warning) = Store::open(&path).expect("rebuilt"); // ok: test
        assert!(warning.is_some_and(|w| w.contains("moved to")));
    }

    #[test]
    fn path_keys_use_raw_bytes_and_inode() {
        use std::ffi::OsStr;
        let a = Path::new(OsStr::from_bytes(b"doc\xff.pdf"));
        let b = Path::new(OsStr::from_bytes(b"doc\xfe.pdf"));
        assert_ne!(path_key(a, 1), path_key(b, 1));
        assert_ne!(path_key(a, 1), path_key(a, 2));
    }
}
