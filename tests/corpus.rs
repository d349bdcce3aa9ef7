//! `make corpus`: hercert over the real-world files in
//! `../shared/corpus/wild` (each sub-folder a candidate). Ignored in a plain
//! `cargo test`; `make corpus` runs it with `HERCERT_CORPUS` set.

use crate::support::*;
use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

/// Every regular file and link below the corpus's sub-folders, as report
/// paths (where a name holds a valid BSN, the report masks it too).
fn corpus_files(root: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(root)
        .min_depth(2)
        .follow_links(false)
        .into_iter()
        .flatten()
        .filter(|e| !e.file_type().is_dir())
        .map(|e| hercert::discover::relative_document(root, e.path()))
        .map(|d| hercert::text::bsn::mask_bsn(&d))
        .collect()
}

#[test]
#[ignore = "needs the shared corpus; run with make corpus"]
fn the_wild_corpus_runs_without_panic_hang_or_lost_file() {
    let Some(root) = std::env::var_os("HERCERT_CORPUS") else {
        panic!("set HERCERT_CORPUS to the corpus folder (make corpus does)");
    };
    let root = Path::new(&root).canonicalize().expect("corpus folder");
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    let started = std::time::Instant::now();
    let run = hercert()
        .arg("audit")
        .arg(&root)
        .arg("--out")
        .arg(&out)
        // OCR runs, but two pages a document keep the corpus run short: most
        // of its image-only PDFs are fuzzed files whose pages are blank.
        .args([
            "--as-of",
            "2026-10-01",
            "--file-timeout",
            "60",
            "--ocr-max-pages",
            "2",
        ])
        .timeout(Duration::from_secs(600))
        .output()
        .expect("hercert runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    eprintln!("{stderr}");
    eprintln!("corpus run: {:.1} s", started.elapsed().as_secs_f64());
    assert_eq!(
        run.status.code(),
        Some(0),
        "exit status (a timeout kills the run): {stderr}"
    );
    assert!(!stderr.contains("panicked"), "a panic was printed");

    let documents = read_report(&out, "documents.csv");
    let reported: BTreeSet<String> = documents.iter().map(|d| d["document"].clone()).collect();
    let expected = corpus_files(&root);
    let missing: Vec<&String> = expected.difference(&reported).collect();
    assert!(
        missing.is_empty(),
        "files missing from documents.csv: {missing:?}"
    );
    assert_eq!(documents.len(), expected.len());

    let internal: Vec<&String> = documents
        .iter()
        .filter(|d| d["error"].starts_with("internal-error"))
        .map(|d| &d["document"])
        .collect();
    assert!(internal.is_empty(), "parsers panicked on: {internal:?}");

    let findings = read_report(&out, "findings.csv");
    let unreadable_findings: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["code"] == "DOC-UNREADABLE" && !f["message"].is_empty())
        .map(|f| f["document"].as_str())
        .collect();
    for d in documents.iter().filter(|d| !d["error"].is_empty()) {
        assert!(
            unreadable_findings.contains(d["document"].as_str()),
            "{} is unreadable ({}) without a DOC-UNREADABLE finding",
            d["document"],
            d["error"]
        );
    }
    let unreadable = documents.iter().filter(|d| !d["error"].is_empty()).count();
    eprintln!(
        "corpus: {} files, {} unreadable with a reason",
        documents.len(),
        unreadable
    );
}
