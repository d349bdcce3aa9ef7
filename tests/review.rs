//! `hercert review`: past decisions recomputed under the scheme version in
//! force at their date.

use crate::support::*;
use std::path::{Path, PathBuf};

fn demo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo")
}

/// Runs `hercert review` on the demo cohort and asserts that it succeeds.
fn review(decisions: &Path, out: &Path, extra: &[&std::ffi::OsStr]) {
    let run = hercert()
        .arg("review")
        .arg(demo())
        .arg("--decisions")
        .arg(decisions)
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        .args(extra)
        .env(
            "HERCERT_OCR_CACHE",
            std::env::temp_dir().join("hercert-test-ocr"),
        )
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn decisions_are_compared_with_the_recomputed_outcome() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let decisions = tmp.path().join("decisions.csv");
    // K16 has 11 valid intervision reports. Under the 2020 rib rules that is
    // aanvulling (INT-COUNT); under an older version asking 10 (a test
    // scheme, not a real one) it is toekenning.
    std::fs::write(
        &decisions,
        "candidate_id;decision;decision_date;assessor\n\
         K01;Toekenning;01-10-2024;J. de Boer\n\
         K04;toekenning;2024-10-02;J. de Boer\n\
         K05;afwijzing;2024-10-03;M. Smit\n\
         K16;toekenning;2019-06-01;M. Smit\n\
         K99;toekenning;2024-10-04;M. Smit\n",
    )
    .expect("write decisions");
    let older = include_str!("../schemes/crov.toml")
        .replace(
            "effective_from = \"2020-01-01\"",
            "effective_from = \"2015-01-01\"",
        )
        .replace("version = \"2020.1\"", "version = \"2015.test\"")
        .replace("min_count = 12", "min_count = 10");
    let older_path = tmp.path().join("crov-2015.toml");
    std::fs::write(&older_path, older).expect("write scheme");
    let out = tmp.path().join("out");
    review(
        &decisions,
        &out,
        &["--scheme-version".as_ref(), older_path.as_os_str()],
    );
    assert_eq!(
        header(&out, "decision_review.csv").join(","),
        "candidate_id,recorded_decision,decision_date,assessor,outcome,agrees,reasons"
    );
    let rows = read_report(&out, "decision_review.csv");
    let row = |id: &str| {
        rows.iter()
            .find(|r| r["candidate_id"] == id)
            .unwrap_or_else(|| panic!("{id} row"))
    };
    assert_eq!(
        (
            row("K01")["outcome"].as_str(),
            row("K01")["agrees"].as_str()
        ),
        ("toekenning", "true")
    );
    assert_eq!(row("K01")["decision_date"], "2024-10-01");
    assert_eq!(
        (
            row("K04")["outcome"].as_str(),
            row("K04")["agrees"].as_str()
        ),
        ("aanvulling", "false")
    );
    assert_eq!(row("K04")["reasons"], "DOC-MISSING");
    assert_eq!(row("K05")["agrees"], "true");
    assert_eq!(
        (
            row("K16")["outcome"].as_str(),
            row("K16")["agrees"].as_str()
        ),
        ("toekenning", "true"),
        "older version in force"
    );
    assert_eq!(
        (
            row("K99")["agrees"].as_str(),
            row("K99")["reasons"].as_str()
        ),
        ("false", "NO-DOSSIER")
    );

    let rates = read_report(&out, "assessor_agreement.csv");
    assert_eq!(rates.len(), 2);
    let boer = rates
        .iter()
        .find(|r| r["assessor"] == "J. de Boer")
        .expect("assessor");
    assert_eq!(
        (
            boer["decisions"].as_str(),
            boer["agreeing"].as_str(),
            boer["agreement_rate"].as_str()
        ),
        ("2", "1", "0.50")
    );
}

#[test]
fn decisions_are_read_from_a_workbook_with_date_cells() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    let decisions =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/documents/decisions.xlsx");
    review(
        &decisions,
        &out,
        &["--csv-dialect".as_ref(), "excel-nl".as_ref()],
    );
    let text = std::fs::read_to_string(out.join("decision_review.csv")).expect("review");
    assert!(
        text.starts_with("\u{feff}candidate_id;recorded_decision;"),
        "excel-nl dialect"
    );
    let lines: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with("K01;Toekenning;2024-10-01;J. de Boer;toekenning;true;"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("K04;toekenning;2024-10-02;J. de Boer;aanvulling;false;DOC-MISSING"),
        "{}",
        lines[1]
    );
    assert!(lines[3].ends_with(";false;NO-DOSSIER"), "{}", lines[3]);
}
