//! The run history: the `runs` table that `hercert audit` keeps in its state
//! file (SQLite). Read-only and lenient: the file is opened read-only, never
//! created; a column that is missing or holds an odd type is an unknown
//! value; a missing, foreign or corrupt file is one warning, never an error.

use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// One audit run as the history recorded it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Run {
    pub run_id: i64,
    pub started: Option<String>,
    pub cohort: Option<String>,
    /// The report folder the run wrote.
    pub out_dir: Option<String>,
    pub candidates: Option<i64>,
    pub documents: Option<i64>,
    pub toekenning: Option<i64>,
    pub aanvulling: Option<i64>,
    pub afwijzing: Option<i64>,
    pub elapsed_ms: Option<i64>,
}

/// The runs in `run_id` order, or the warning that says why there are none.
pub(super) fn read(path: &Path) -> Result<Vec<Run>, String> {
    let shown = path.display();
    if !path.is_file() {
        return Err(format!(
            "no run history at {shown}; per-run figures left out"
        ));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| format!("cannot open run history {shown}: {e}; per-run figures left out"))?;
    // An audit may be writing the history right now.
    let _ = conn.busy_timeout(Duration::from_secs(5));
    let unusable = |e: rusqlite::Error| {
        format!("{shown} is not a usable run history ({e}); per-run figures left out")
    };
    let has_runs: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs')",
            [],
            |row| row.get(0),
        )
        .map_err(unusable)?;
    if !has_runs {
        return Err(format!(
            "{shown} has no `runs` table; per-run figures left out"
        ));
    }
    let mut statement = conn
        .prepare("SELECT * FROM runs ORDER BY run_id")
        .map_err(unusable)?;
    let names: Vec<String> = statement.column_names().map(|n| n.to_lowercase()).collect();
    if !names.iter().any(|n| n == "run_id") {
        return Err(format!(
            "{shown}: the `runs` table has no run_id column; per-run figures left out"
        ));
    }
    let mut rows = statement.query([]).map_err(unusable)?;
    let mut runs = Vec::new();
    while let Some(row) = rows.next().map_err(unusable)? {
        let mut values = std::collections::HashMap::new();
        for (i, name) in names.iter().enumerate() {
            if let Ok(v) = row.get::<_, Value>(i) {
                values.insert(name.as_str(), v);
            }
        }
        let int = |name: &str| values.get(name).and_then(as_int);
        let text = |name: &str| values.get(name).and_then(as_text);
        let Some(run_id) = int("run_id") else {
            continue;
        };
        runs.push(Run {
            run_id,
            started: text("started"),
            cohort: text("cohort"),
            out_dir: text("out_dir"),
            candidates: int("candidates"),
            documents: int("documents"),
            toekenning: int("toekenning"),
            aanvulling: int("aanvulling"),
            afwijzing: int("afwijzing"),
            elapsed_ms: int("elapsed_ms"),
        });
    }
    Ok(runs)
}

fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Integer(i) => Some(*i),
        Value::Real(f) if f.is_finite() => Some(f.round() as i64),
        Value::Text(t) => t.trim().parse().ok(),
        _ => None,
    }
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(f) => Some(f.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_read_leniently() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let path = tmp.path().join("state.sqlite");
        let conn = Connection::open(&path).expect("create"); // ok: test
        conn.execute_batch(
            "CREATE TABLE runs(run_id INTEGER PRIMARY KEY, started TEXT, cohort TEXT, documents INTEGER, elapsed_ms INTEGER, extra TEXT);
             INSERT INTO runs VALUES (2, '2026-10-02T02:00:00', 'b', 'veel', 1500, 'x');
             INSERT INTO runs VALUES (1, '2026-10-01T02:00:00', 'a', 10, NULL, NULL);",
        )
        .expect("fill"); // ok: test
        drop(conn);
        let runs = read(&path).expect("runs"); // ok: test
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].run_id, 1);
        assert_eq!(runs[0].documents, Some(10));
        assert_eq!(runs[0].elapsed_ms, None);
        assert_eq!(runs[1].documents, None, "text in an INTEGER column");
        assert_eq!(runs[1].candidates, None, "a missing column");
        assert_eq!(runs[1].cohort.as_deref(), Some("b"));
    }

    #[test]
    fn a_foreign_file_is_a_warning() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let path = tmp.path().join("state.sqlite");
        std::fs::write(&path, b"dit is geen database, maar een boodschappenlijst").expect("write"); // ok: test
        assert!(read(&path).is_err());
        assert!(read(&tmp.path().join("missing.sqlite")).is_err());
        assert!(!tmp.path().join("missing.sqlite").exists(), "never created");
        let other = tmp.path().join("other.sqlite");
        Connection::open(&other)
            .and_then(|c| c.execute_batch("CREATE TABLE t(x)"))
            .expect("other"); // ok: test
        assert!(read(&other).is_err_and(|w| w.contains("no `runs` table")));
    }
}
