//! The demo cohort in `fixtures/demo` against the designed truth in
//! `fixtures/expected` (both written by `fixtures/generator/gen.py`).

use crate::support::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn expected(name: &str) -> Vec<Row> {
    read_report(&fixtures().join("expected"), name)
}

/// Runs the demo cohort once per test binary run.
fn demo_reports() -> &'static std::path::Path {
    static OUT: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    OUT.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("tempdir");
        let run = audit(&fixtures().join("demo"), &tmp.path().join("out"), &[]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        tmp
    })
    .path()
    .join("out")
    .leak()
}

#[test]
fn every_file_is_reported_with_its_sniffed_format_and_type() {
    let got: BTreeMap<String, Row> = read_report(demo_reports(), "documents.csv")
        .into_iter()
        .map(|r| (r["document"].clone(), r))
        .collect();
    let want = expected("documents.csv");
    assert_eq!(got.len(), want.len(), "one row per file");
    let mut wrong = Vec::new();
    for w in &want {
        let Some(g) = got.get(&w["document"]) else {
            wrong.push(format!("{}: missing", w["document"]));
            continue;
        };
        let keyword = g["error"].split([':', ' ']).next().unwrap_or("");
        if g["format"] != w["format"]
            || g["doc_type"] != w["doc_type"]
            || keyword != w["unreadable"]
        {
            wrong.push(format!(
                "{}: want {}/{}/{} got {}/{}/{}",
                w["document"],
                w["format"],
                w["doc_type"],
                w["unreadable"],
                g["format"],
                g["doc_type"],
                g["error"]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} documents differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// (candidate, code, document) of every finding: the designed defects are
/// compared exactly, every code of SPEC §3 included.
fn finding_set(rows: Vec<Row>) -> BTreeSet<(String, String, String)> {
    rows.into_iter()
        .map(|r| {
            (
                r["candidate_id"].clone(),
                r["code"].clone(),
                r["document"].clone(),
            )
        })
        .collect()
}

#[test]
fn findings_match_the_designed_defects() {
    let got = finding_set(read_report(demo_reports(), "findings.csv"));
    let want = finding_set(expected("findings.csv"));
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nextra: {extra:#?}"
    );
}

#[test]
fn unreadable_files_say_why() {
    let findings = read_report(demo_reports(), "findings.csv");
    for f in findings.iter().filter(|f| f["code"] == "DOC-UNREADABLE") {
        assert!(
            f["message"].len() > 10 && !f["evidence"].is_empty(),
            "{f:?}"
        );
    }
    let k13: Vec<&Row> = findings
        .iter()
        .filter(|f| f["candidate_id"] == "K13" && f["code"] == "DOC-UNREADABLE")
        .collect();
    assert!(
        k13.iter().any(|f| f["message"].contains("wachtwoord")),
        "encrypted"
    );
    assert!(
        k13.iter().any(|f| f["message"].contains("afgebroken")),
        "truncated"
    );
    assert!(
        k13.iter()
            .any(|f| f["message"].contains("buiten het dossier")),
        "symlink"
    );
}

#[test]
fn dossier_figures_and_outcomes_match() {
    let got: BTreeMap<String, Row> = read_report(demo_reports(), "dossiers.csv")
        .into_iter()
        .map(|r| (r["candidate_id"].clone(), r))
        .collect();
    let mut wrong = Vec::new();
    for want in expected("dossiers.csv") {
        let Some(g) = got.get(&want["candidate_id"]) else {
            wrong.push(format!("{} missing", want["candidate_id"]));
            continue;
        };
        for (column, value) in &want {
            if g.get(column) != Some(value) {
                wrong.push(format!(
                    "{} {column}: want {value:?} got {:?}",
                    want["candidate_id"],
                    g.get(column)
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn signatures_are_found_where_they_must_be() {
    const SIGNED: [&str; 4] = [
        "aanvraagformulier",
        "certificatieovereenkomst",
        "werkverklaring",
        "ervaringsverklaring",
    ];
    let got: BTreeMap<String, Row> = read_report(demo_reports(), "documents.csv")
        .into_iter()
        .map(|r| (r["document"].clone(), r))
        .collect();
    let mut checked = BTreeSet::new();
    for want in expected("documents.csv") {
        if !SIGNED.contains(&want["doc_type"].as_str())
            || want["signature"].is_empty()
            || !want["unreadable"].is_empty()
        {
            continue;
        }
        let g = &got[&want["document"]];
        assert_eq!(g["signature"], want["signature"], "{}", want["document"]);
        checked.insert(want["signature"].clone());
    }
    for kind in ["digital", "form", "visual", "none"] {
        assert!(checked.contains(kind), "the demo has a {kind} signature");
    }
}
