//! The report contract of SPEC §8: file names, headers, dialects, privacy,
//! and a report set that is replaced whole or not at all.

use crate::support::*;

fn small_cohort(root: &std::path::Path) {
    put(
        &root.join("cohort.csv"),
        b"candidate_id,name,scheme,application_date\nK01,Test Kandidaat,rib,2026-10-01\nK09,Zonder Map,crov,2026-09-01\n",
    );
    put(
        &root.join("K01/aanvraag.pdf"),
        &pdf_with_lines(&[
            "Aanvraagformulier hercertificering",
            "Naam: Test Kandidaat",
            "BSN: 123456782",
            "Datum: 1 oktober 2026",
            "=HYPERLINK(\"http://x\")",
        ]),
    );
}

#[test]
fn the_five_reports_have_exactly_the_spec_headers() {
    let tmp = tempfile::tempdir().expect("tempdir");
    small_cohort(&tmp.path().join("c"));
    let out = tmp.path().join("out");
    let run = audit(&tmp.path().join("c"), &out, &[]);
    assert!(run.status.success());
    let expected: [(&str, &str); 5] = [
        ("dossiers.csv", "candidate_id,scheme,outcome,pe_counted,pe_claimed,pe_vakoverleg_counted,activities,activities_counted,intervisions_submitted,intervisions_valid,intervisions_casuistiek,work_years,avg_fte,currently_employed,findings_reject,findings_supplement,findings_warning,documents"),
        ("findings.csv", "candidate_id,code,severity,document,page,message,evidence,certainty"),
        ("activities.csv", "candidate_id,activity,document,date,title,kind,hours_attendance,hours_preparation,hours_total,pe_computed,pe_counted,proof_document,counted"),
        ("intervisions.csv", "candidate_id,document,date,pages,verdict,casuistiek_score,missing_sections,counted"),
        ("documents.csv", "candidate_id,document,sha256,format,doc_type,confidence,pages,text_chars,ocr,signature,language,error"),
    ];
    for (file, cols) in expected {
        assert_eq!(header(&out, file).join(","), cols, "{file}");
    }
    let dossiers = read_report(&out, "dossiers.csv");
    let ids: Vec<&str> = dossiers
        .iter()
        .map(|d| d["candidate_id"].as_str())
        .collect();
    assert_eq!(
        ids,
        ["K01", "K09"],
        "a candidate in cohort.csv without a folder is reported"
    );
    assert_eq!(dossiers[1]["scheme"], "crov");
    assert_eq!(dossiers[1]["outcome"], "aanvulling");
    let k09_missing = read_report(&out, "findings.csv")
        .into_iter()
        .filter(|f| f["candidate_id"] == "K09" && f["code"] == "DOC-MISSING")
        .count();
    assert_eq!(k09_missing, 5);
    for f in read_report(&out, "findings.csv") {
        assert!(
            ["sure", "unsure"].contains(&f["certainty"].as_str()),
            "certainty of {f:?}"
        );
    }
}

#[test]
fn no_report_holds_a_full_bsn_or_a_live_formula() {
    let tmp = tempfile::tempdir().expect("tempdir");
    small_cohort(&tmp.path().join("c"));
    let out = tmp.path().join("out");
    assert!(audit(&tmp.path().join("c"), &out, &[]).status.success());
    // Every file, the pages in html/ included; the formula guard is for CSV.
    for entry in walkdir::WalkDir::new(&out).into_iter().flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let bytes = std::fs::read(entry.path()).expect("report");
        assert!(
            !bytes.windows(9).any(|w| w == b"123456782"),
            "full BSN in {}",
            entry.path().display()
        );
        if entry.path().extension().is_none_or(|e| e != "csv") {
            continue;
        }
        let text = String::from_utf8(bytes).expect("utf8");
        for line in text.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_matches('"');
                let risky = cell.starts_with(['=', '+', '@'])
                    || (cell.starts_with('-') && cell.parse::<f64>().is_err() && cell.len() > 1);
                assert!(!risky, "formula-like cell {cell:?}");
            }
        }
    }
}

#[test]
fn excel_nl_dialect_writes_a_bom_and_semicolons() {
    let tmp = tempfile::tempdir().expect("tempdir");
    small_cohort(&tmp.path().join("c"));
    let out = tmp.path().join("out");
    assert!(audit(
        &tmp.path().join("c"),
        &out,
        &["--csv-dialect", "excel-nl", "--lang", "en"]
    )
    .status
    .success());
    let bytes = std::fs::read(out.join("documents.csv")).expect("documents");
    assert!(bytes.starts_with("\u{feff}candidate_id;document;".as_bytes()));
    let text = String::from_utf8(bytes).expect("utf8");
    assert!(
        text.lines().nth(1).is_some_and(|l| l.contains(";pdf;")),
        "{text}"
    );
    let findings = std::fs::read_to_string(out.join("findings.csv")).expect("findings");
    assert!(
        findings.contains("Required document missing"),
        "--lang en messages: {findings}"
    );
}

#[test]
fn reports_are_identical_between_runs_and_job_counts() {
    let tmp = tempfile::tempdir().expect("tempdir");
    small_cohort(&tmp.path().join("c"));
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert!(audit(&tmp.path().join("c"), &a, &["--jobs", "1"])
        .status
        .success());
    assert!(audit(&tmp.path().join("c"), &b, &["--jobs", "4"])
        .status
        .success());
    for file in [
        "dossiers.csv",
        "findings.csv",
        "documents.csv",
        "intervisions.csv",
        "activities.csv",
    ] {
        assert_eq!(
            std::fs::read(a.join(file)).ok(),
            std::fs::read(b.join(file)).ok(),
            "{file}"
        );
    }
}

#[test]
fn an_output_folder_with_foreign_files_is_left_alone() {
    let tmp = tempfile::tempdir().expect("tempdir");
    small_cohort(&tmp.path().join("c"));
    let out = tmp.path().join("out");
    put(&out.join("scriptie.docx"), b"precious");
    let run = audit(&tmp.path().join("c"), &out, &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(out.join("scriptie.docx").exists());
    assert!(!out.join("dossiers.csv").exists());
}

#[test]
fn a_rerun_replaces_the_previous_set_whole() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cohort = tmp.path().join("c");
    small_cohort(&cohort);
    let out = tmp.path().join("out");
    assert!(audit(&cohort, &out, &[]).status.success());
    std::fs::remove_dir_all(cohort.join("K01")).expect("rm");
    assert!(audit(&cohort, &out, &[]).status.success());
    let docs = read_report(&out, "documents.csv");
    assert!(docs.is_empty(), "the old rows are gone: {docs:?}");
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains("staging")), "{names:?}");
}
