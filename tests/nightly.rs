//! Nightly operation: reruns from the state store, a kill at any moment,
//! shards, and a damaged state file.

use crate::support::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn demo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo")
}

/// (runs recorded, dossiers re-assessed in the last run).
fn history(state: &Path) -> (i64, i64) {
    let conn = rusqlite::Connection::open(state).expect("state opens");
    let runs: i64 = conn
        .query_row("SELECT COUNT(*) FROM runs", [], |r| r.get(0))
        .expect("runs");
    let last: i64 = conn
        .query_row(
            "SELECT reassessed FROM runs ORDER BY run_id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("last run");
    (runs, last)
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).follow_links(false) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else if entry.file_type().is_symlink() {
            let link = std::fs::read_link(entry.path()).expect("readlink");
            std::os::unix::fs::symlink(link, &target).expect("symlink");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn a_rerun_reads_nothing_again_and_one_new_file_reassesses_one_dossier() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cohort = tmp.path().join("cohort");
    copy_dir(&demo(), &cohort);
    let state = tmp.path().join("state.sqlite");
    let state_arg = state.to_str().expect("utf8 path");
    let out = tmp.path().join("out");
    assert!(audit(&cohort, &out, &["--state", state_arg])
        .status
        .success());
    let first = std::fs::read(out.join("findings.csv")).expect("findings");
    assert_eq!(history(&state), (1, 16));

    assert!(audit(&cohort, &out, &["--state", state_arg])
        .status
        .success());
    assert_eq!(
        history(&state),
        (2, 0),
        "nothing changed: nothing re-assessed"
    );
    assert_eq!(
        std::fs::read(out.join("findings.csv")).expect("findings"),
        first,
        "same reports"
    );

    std::fs::copy(
        cohort.join("K01/intervisie/intervisie 1.pdf"),
        cohort.join("K01/intervisie/intervisie 1 (kopie).pdf"),
    )
    .expect("copy");
    assert!(audit(&cohort, &out, &["--state", state_arg])
        .status
        .success());
    assert_eq!(history(&state), (3, 1), "only K01 is re-assessed");
    // The copy sorts before the original ("1 (" < "1."), but its name
    // says it is the copy: the copy is reported, and the report counts
    // once.
    let findings = read_report(&out, "findings.csv");
    assert!(findings.iter().any(|f| f["candidate_id"] == "K01"
        && f["code"] == "INT-DUPLICATE"
        && f["document"] == "K01/intervisie/intervisie 1 (kopie).pdf"));
}

#[test]
fn a_damaged_state_file_is_rebuilt_not_trusted() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cohort = tmp.path().join("c");
    put(
        &cohort.join("K01/a.pdf"),
        &pdf_with_lines(&["Werkgeversverklaring", "Functie: re-integratiebegeleider"]),
    );
    let state = tmp.path().join("state.sqlite");
    let out = tmp.path().join("out");
    assert!(
        audit(&cohort, &out, &["--state", state.to_str().expect("utf8")])
            .status
            .success()
    );
    // Damage hercert's own file: its header stays, its pages are garbage.
    let mut bytes = std::fs::read(&state).expect("state");
    let _ = std::fs::remove_file(tmp.path().join("state.sqlite-wal"));
    let _ = std::fs::remove_file(tmp.path().join("state.sqlite-shm"));
    bytes.truncate(100);
    bytes.extend(std::iter::repeat_n(0x5Au8, 8192));
    std::fs::write(&state, &bytes).expect("write");
    let run = audit(&cohort, &out, &["--state", state.to_str().expect("utf8")]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(history(&state).0, 1);
    let aside = std::fs::read_dir(tmp.path())
        .expect("ls")
        .flatten()
        .any(|e| e.file_name().to_string_lossy().contains("state.bad-"));
    assert!(aside, "the bad file is kept aside for inspection");
    // A file hercert did not write is never moved: the run stops instead.
    let foreign = tmp.path().join("foreign.sqlite");
    std::fs::write(&foreign, b"SQLite format 3\0 but then garbage").expect("write");
    let run = audit(&cohort, &out, &["--state", foreign.to_str().expect("utf8")]);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&foreign).expect("foreign"),
        b"SQLite format 3\0 but then garbage"
    );
}

#[test]
fn killed_at_any_moment_the_output_holds_a_complete_set() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    assert!(audit(&demo(), &out, &["--no-ocr"]).status.success());
    let complete = |dir: &Path| {
        [
            "dossiers.csv",
            "findings.csv",
            "activities.csv",
            "intervisions.csv",
            "documents.csv",
        ]
        .iter()
        .all(|f| std::fs::read_to_string(dir.join(f)).is_ok_and(|t| t.lines().count() > 1))
    };
    let reference = std::fs::read(out.join("documents.csv")).expect("documents");
    for delay_ms in [0u64, 30, 120, 300, 700, 1500, 3000] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_hercert"))
            .arg("audit")
            .arg(demo())
            .arg("--out")
            .arg(&out)
            .args(["--as-of", "2026-10-01", "--quiet", "--no-state", "--no-ocr"])
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        assert!(
            complete(&out),
            "after a kill at {delay_ms} ms the set is complete"
        );
        assert_eq!(
            std::fs::read(out.join("documents.csv")).expect("documents"),
            reference
        );
    }
    assert!(
        audit(&demo(), &out, &["--no-ocr"]).status.success(),
        "the next run completes"
    );
    let leftovers: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "out")
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders are cleaned up: {leftovers:?}"
    );
}

#[test]
fn shards_split_the_cohort_without_overlap() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut seen = Vec::new();
    for k in 1..=3 {
        let out = tmp.path().join(format!("shard{k}"));
        let shard = format!("{k}/3");
        assert!(audit(&demo(), &out, &["--shard", &shard, "--no-ocr"])
            .status
            .success());
        seen.extend(
            read_report(&out, "dossiers.csv")
                .into_iter()
                .map(|r| r["candidate_id"].clone()),
        );
    }
    seen.sort();
    let all: Vec<String> = (1..=16).map(|i| format!("K{i:02}")).collect();
    assert_eq!(seen, all);

    // Merged, the shards give exactly the reports of one full run, the
    // proof K02 and K14 share across shards included.
    let merged = tmp.path().join("merged");
    let run = hercert()
        .arg("merge")
        .args((1..=3).map(|k| tmp.path().join(format!("shard{k}"))))
        .arg("--out")
        .arg(&merged)
        .arg("--quiet")
        .output()
        .expect("merge runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let full = tmp.path().join("full");
    assert!(audit(&demo(), &full, &["--no-ocr"]).status.success());
    for file in [
        "dossiers.csv",
        "findings.csv",
        "activities.csv",
        "intervisions.csv",
        "documents.csv",
    ] {
        assert_eq!(
            std::fs::read(merged.join(file)).ok(),
            std::fs::read(full.join(file)).ok(),
            "{file} of the merge equals the full run's"
        );
    }
    let findings = read_report(&merged, "findings.csv");
    assert!(findings
        .iter()
        .any(|f| f["candidate_id"] == "K14" && f["code"] == "PROOF-REUSED"));
    let bad = hercert()
        .args(["audit", "x", "--out", "y", "--shard", "4/3"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
}
