//! `hercert stats`: statistics over report sets written in both dialects,
//! with and without a run history, checked against figures computed by
//! hand; and the dashboard loaded in headless Chromium, which must log no
//! console message at all (the page has no script, and its
//! Content-Security-Policy turns any outside load into a console error).

use crate::support::browser::*;
use crate::support::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

/// Cohort `2025-voorjaar`, standard dialect. Five dossiers:
/// pe_counted 10, 20, 30, 40, 50 (p10 14, median 30, p90 46);
/// vakoverleg 20 of 150 PE; 4 casuïstiek of 50 intervision reports;
/// 200 documents, one unreadable.
fn voorjaar(dir: &Path) {
    put(
        &dir.join("dossiers.csv"),
        b"candidate_id,scheme,outcome,pe_counted,pe_claimed,pe_vakoverleg_counted,activities,activities_counted,intervisions_submitted,intervisions_valid,intervisions_casuistiek,work_years,avg_fte,currently_employed,findings_reject,findings_supplement,findings_warning,documents\r\n\
K01,rib,toekenning,10.00,10.00,2.00,5,5,10,10,0,4.00,1.00,true,0,0,0,40\r\n\
K02,rib,toekenning,20.00,20.00,4.00,5,5,10,9,1,4.00,1.00,true,0,0,0,42\r\n\
K03,rib,aanvulling,30.00,30.00,6.00,5,5,12,10,2,4.00,1.00,true,0,2,0,38\r\n\
K04,rib,afwijzing,40.00,40.00,0.00,5,5,8,8,0,4.00,1.00,true,1,0,0,30\r\n\
K05,rib,aanvulling,50.00,50.00,8.00,5,5,10,9,1,4.00,1.00,true,0,1,0,50\r\n",
    );
    put(
        &dir.join("findings.csv"),
        b"candidate_id,code,severity,document,page,message,evidence\r\n\
K01,SIG-MISSING,warning,K01/a.pdf,1,Handtekening ontbreekt,\r\n\
K03,DOC-MISSING,supplement,,,Werkverklaring ontbreekt,\r\n\
K03,DOC-MISSING,supplement,,,Bewijs ontbreekt,\r\n\
K04,PE-TOTAL,reject,,,Te weinig PE,\r\n\
K05,DOC-MISSING,supplement,,,Werkverklaring ontbreekt,\r\n",
    );
    put(
        &dir.join("documents.csv"),
        b"candidate_id,document,sha256,format,doc_type,confidence,pages,text_chars,ocr,signature,language,error\r\n\
K01,K01/a.pdf,ab,pdf,aanvraagformulier,0.90,1,100,false,visual,nl,\r\n\
K02,K02/b.pdf,cd,pdf,werkverklaring,0.90,1,100,false,none,nl,corrupt: xref\r\n\
K03,K03/c.pdf,ef,pdf,werkverklaring,0.90,1,100,false,none,nl,\r\n",
    );
}

/// Cohort `2025-najaar`, excel-nl dialect (BOM, `;`, decimal comma). Three
/// dossiers, one without PE or casuïstiek figures.
fn najaar(dir: &Path) {
    put(
        &dir.join("dossiers.csv"),
        "\u{feff}candidate_id;scheme;outcome;pe_counted;pe_claimed;pe_vakoverleg_counted;activities;activities_counted;intervisions_submitted;intervisions_valid;intervisions_casuistiek;work_years;avg_fte;currently_employed;findings_reject;findings_supplement;findings_warning;documents\r\n\
K01;rib;toekenning;36,50;36,50;4,00;5;5;10;10;0;4,00;0,80;true;0;0;0;45\r\n\
K02;rib;afwijzing;12,25;20,00;0,00;5;3;6;3;3;2,50;0,50;false;2;0;0;20\r\n\
K03;rib;toekenning;;;;;;10;;;;;;0;0;0;41\r\n"
            .as_bytes(),
    );
    put(
        &dir.join("findings.csv"),
        "\u{feff}candidate_id;code;severity;document;page;message;evidence\r\n\
K01;DOC-MISSING;supplement;;;Werkverklaring ontbreekt;\r\n\
K02;PE-TOTAL;reject;;;Te weinig PE: 12,25;\r\n"
            .as_bytes(),
    );
    put(
        &dir.join("documents.csv"),
        "\u{feff}candidate_id;document;sha256;format;doc_type;confidence;pages;text_chars;ocr;signature;language;error\r\n\
K01;K01/a.pdf;ab;pdf;werkverklaring;0,90;1;100;false;none;nl;\r\n"
            .as_bytes(),
    );
}

/// Both cohorts under `root`; returns their folders.
fn two_cohorts(root: &Path) -> (PathBuf, PathBuf) {
    let (a, b) = (root.join("2025-voorjaar"), root.join("2025-najaar"));
    voorjaar(&a);
    najaar(&b);
    (a, b)
}

/// A run history: run 1 finished (12 345 ms over 100 documents), run 2 never
/// finished, run 3 read no documents.
fn history(path: &Path) {
    let conn = rusqlite::Connection::open(path).expect("state"); // ok: test
    conn.execute_batch(
        "CREATE TABLE runs(run_id INTEGER PRIMARY KEY, started TEXT, finished TEXT, cohort TEXT, out_dir TEXT, scheme_versions TEXT, candidates INTEGER, documents INTEGER, toekenning INTEGER, aanvulling INTEGER, afwijzing INTEGER, elapsed_ms INTEGER);
         INSERT INTO runs VALUES (1, '2026-09-01T02:00:00', '2026-09-01T02:00:12', '2025-voorjaar', '/r/2025-voorjaar', 'rib=2024-1', 5, 100, 2, 2, 1, 12345);
         INSERT INTO runs VALUES (2, '2026-09-02T02:00:00', NULL, '2025-najaar', '/r/2025-najaar', 'rib=2024-1', 3, 80, NULL, NULL, NULL, NULL);
         INSERT INTO runs VALUES (3, '2026-09-03T02:00:00', '2026-09-03T02:00:01', 'leeg', '/r/leeg', 'rib=2024-1', 0, 0, 0, 0, 0, 900);",
    )
    .expect("fill"); // ok: test
}

/// Runs `hercert stats`; the default state file is pointed at a folder that
/// holds none, so only `--state` brings in a history.
fn stats(dirs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    let no_default_state = out.with_file_name("no-default-state");
    hercert()
        .env("XDG_STATE_HOME", &no_default_state)
        .arg("stats")
        .args(dirs)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .expect("hercert runs") // ok: test
}

/// `stats.csv` as (metric, scope) → value.
fn figures(out: &Path) -> BTreeMap<(String, String), String> {
    read_report(out, "stats.csv")
        .into_iter()
        .map(|r| {
            (
                (r["metric"].clone(), r["scope"].clone()),
                r["value"].clone(),
            )
        })
        .collect()
}

fn rows_of(out: &Path, scope: &str) -> Vec<String> {
    read_report(out, "stats.csv")
        .into_iter()
        .filter(|r| r["scope"] == scope)
        .map(|r| format!("{}={}", r["metric"], r["value"]))
        .collect()
}

#[test]
fn stats_csv_holds_the_hand_computed_figures() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = two_cohorts(tmp.path());
    let out = tmp.path().join("stats");
    let run = stats(&[&a, &b], &out, &["--quiet"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        run.stderr.is_empty(),
        "complete report sets give no warning: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(header(&out, "stats.csv"), ["metric", "scope", "value"]);
    // pe_counted over both: 10, 12.25, 20, 30, 36.5, 40, 50 → p10 at rank
    // 0.6 = 11.35, median 30, p90 at rank 5.4 = 44. Vakoverleg 24 / 198.75;
    // casuïstiek 7 / 66 (najaar K03 has no casuïstiek figure); 306 documents.
    assert_eq!(
        rows_of(&out, "all"),
        [
            "dossiers=8",
            "outcome.toekenning=4",
            "outcome.aanvulling=2",
            "outcome.afwijzing=2",
            "outcome.rate.toekenning=0.5000",
            "outcome.rate.aanvulling=0.2500",
            "outcome.rate.afwijzing=0.2500",
            "findings.total=7",
            "finding.count.DOC-MISSING=4",
            "finding.dossiers.DOC-MISSING=3",
            "finding.count.PE-TOTAL=2",
            "finding.dossiers.PE-TOTAL=2",
            "finding.count.SIG-MISSING=1",
            "finding.dossiers.SIG-MISSING=1",
            "pe_counted.dossiers=7",
            "pe_counted.p10=11.35",
            "pe_counted.median=30.00",
            "pe_counted.p90=44.00",
            "vakoverleg.share=0.1208",
            "casuistiek.misfiling_rate=0.1061",
            "documents.total=306",
            "documents.per_dossier.mean=38.25",
            "documents.unreadable=1",
        ]
    );
    let f = figures(&out);
    let get = |metric: &str, scope: &str| {
        f.get(&(metric.to_string(), scope.to_string()))
            .cloned()
            .unwrap_or_else(|| panic!("no {metric} for {scope}"))
    };
    let voorjaar = "cohort:2025-voorjaar";
    assert_eq!(get("dossiers", voorjaar), "5");
    assert_eq!(get("outcome.rate.toekenning", voorjaar), "0.4000");
    assert_eq!(get("pe_counted.p10", voorjaar), "14.00");
    assert_eq!(get("pe_counted.median", voorjaar), "30.00");
    assert_eq!(get("pe_counted.p90", voorjaar), "46.00");
    assert_eq!(get("vakoverleg.share", voorjaar), "0.1333");
    assert_eq!(get("casuistiek.misfiling_rate", voorjaar), "0.0800");
    assert_eq!(get("documents.per_dossier.mean", voorjaar), "40.00");
    assert_eq!(get("finding.dossiers.DOC-MISSING", voorjaar), "2");
    let najaar = "cohort:2025-najaar";
    assert_eq!(get("pe_counted.dossiers", najaar), "2");
    assert_eq!(
        get("pe_counted.median", najaar),
        "24.38",
        "(12.25 + 36.5) / 2"
    );
    assert_eq!(get("casuistiek.misfiling_rate", najaar), "0.1875");
    assert_eq!(get("documents.unreadable", najaar), "0");
    let scopes: Vec<String> = read_report(&out, "stats.csv")
        .into_iter()
        .map(|r| r["scope"].clone())
        .fold(Vec::new(), |mut v, s| {
            if v.last() != Some(&s) {
                v.push(s);
            }
            v
        });
    assert_eq!(
        scopes,
        ["all", "cohort:2025-najaar", "cohort:2025-voorjaar"]
    );
    assert!(
        !f.keys().any(|(m, _)| m == "runs"),
        "no history, no runs row"
    );
}

#[test]
fn run_history_adds_per_run_figures_and_a_trend() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = two_cohorts(tmp.path());
    let state = tmp.path().join("state.sqlite");
    history(&state);
    let out = tmp.path().join("stats");
    let state_arg = state.to_string_lossy().into_owned();
    let run = stats(&[&a, &b], &out, &["--state", &state_arg]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(figures(&out)[&("runs".into(), "all".into())], "3");
    assert_eq!(
        rows_of(&out, "run:1"),
        [
            "run.cohort=2025-voorjaar",
            "run.started=2026-09-01T02:00:00",
            "dossiers=5",
            "outcome.toekenning=2",
            "outcome.aanvulling=2",
            "outcome.afwijzing=1",
            "outcome.rate.toekenning=0.4000",
            "outcome.rate.aanvulling=0.4000",
            "outcome.rate.afwijzing=0.2000",
            "documents.total=100",
            "processing.seconds=12.345",
            "processing.ms_per_document=123.45",
        ]
    );
    let unfinished = rows_of(&out, "run:2");
    assert!(
        unfinished.contains(&"processing.seconds=".to_string()),
        "{unfinished:?}"
    );
    assert!(unfinished.contains(&"outcome.rate.afwijzing=".to_string()));
    let empty = rows_of(&out, "run:3");
    assert!(empty.contains(&"processing.seconds=0.900".to_string()));
    assert!(
        empty.contains(&"processing.ms_per_document=".to_string()),
        "no documents: no rate"
    );
    let html = std::fs::read_to_string(out.join("dashboard.html")).expect("dashboard");
    assert!(html.contains("Verwerkingstijd per run"));
    assert!(
        html.contains("run 1 · 2026-09-01 02:00 · 2025-voorjaar · 12,3 s · 123,5 ms per document")
    );
    // Management first: the outcome trend; processing time in the operator part.
    let trend = html.find("Uitkomsten per run").expect("outcome trend"); // ok: test
    let ops = html.find("Voor de beheerder").expect("operator section"); // ok: test
    assert!(trend < ops && ops < html.find("Verwerkingstijd per run").unwrap_or(0));
    assert!(!html.contains("T02:00:00"), "times to the minute");
}

#[test]
fn excel_nl_in_and_out() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = two_cohorts(tmp.path());
    let out = tmp.path().join("stats");
    let run = stats(&[&a, &b], &out, &["--csv-dialect", "excel-nl", "--quiet"]);
    assert!(run.status.success());
    let text = String::from_utf8(std::fs::read(out.join("stats.csv")).expect("csv")).expect("utf8");
    assert!(text.starts_with("\u{feff}metric;scope;value\r\n"), "{text}");
    assert!(text.contains("pe_counted.p10;all;11,35\r\n"));
    assert!(text.contains("outcome.rate.toekenning;cohort:2025-voorjaar;0,4000\r\n"));
}

#[test]
fn a_missing_foreign_or_corrupt_state_file_is_a_warning() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, _) = two_cohorts(tmp.path());
    let garbage = tmp.path().join("garbage.sqlite");
    put(&garbage, &[0x5a; 4096]);
    let foreign = tmp.path().join("foreign.sqlite");
    rusqlite::Connection::open(&foreign)
        .and_then(|c| c.execute_batch("CREATE TABLE klanten(naam TEXT)"))
        .expect("foreign db");
    let missing = tmp.path().join("nowhere/state.sqlite");
    for state in [&garbage, &foreign, &missing] {
        let out = tmp.path().join("stats");
        let run = stats(
            &[&a],
            &out,
            &["--state", &state.to_string_lossy(), "--quiet"],
        );
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(run.status.success(), "{}: {stderr}", state.display());
        assert!(stderr.contains("warning"), "{}: {stderr}", state.display());
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(rows_of(&out, "run:1").is_empty());
        assert_eq!(figures(&out)[&("dossiers".into(), "all".into())], "5");
    }
    assert!(!missing.exists(), "stats never creates a state file");
}

#[test]
fn a_folder_that_is_no_report_set_or_the_output_itself_stops_the_run() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, _) = two_cohorts(tmp.path());
    let run = stats(
        &[&tmp.path().join("bestaat-niet")],
        &tmp.path().join("out"),
        &[],
    );
    assert_eq!(run.status.code(), Some(2));
    let before = std::fs::read(a.join("dossiers.csv")).expect("dossiers");
    let run = stats(&[&a], &a, &[]);
    assert_eq!(run.status.code(), Some(2), "--out is an input");
    assert_eq!(std::fs::read(a.join("dossiers.csv")).ok(), Some(before));
}

#[test]
fn output_is_identical_between_runs() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = two_cohorts(tmp.path());
    let state = tmp.path().join("state.sqlite");
    history(&state);
    let state = state.to_string_lossy().into_owned();
    let (x, y) = (tmp.path().join("x"), tmp.path().join("y"));
    assert!(stats(&[&a, &b], &x, &["--state", &state]).status.success());
    assert!(stats(&[&b, &a], &y, &["--state", &state]).status.success());
    for file in ["stats.csv", "dashboard.html"] {
        assert_eq!(
            std::fs::read(x.join(file)).ok(),
            std::fs::read(y.join(file)).ok(),
            "{file}"
        );
    }
}

#[test]
fn the_dashboard_is_self_contained_escaped_and_holds_no_bsn() {
    let tmp = tempfile::tempdir().expect("tempdir");
    // A folder named after a BSN and a finding code with markup in it.
    let dir = tmp.path().join("cohort 123456782");
    voorjaar(&dir);
    put(
        &dir.join("findings.csv"),
        b"candidate_id,code,severity,document,page,message,evidence\r\nK01,<script>alert(1)</script>,warning,,,x,\r\nK01,'=HYPERLINK(\"x\"),warning,,,x,\r\n",
    );
    let out = tmp.path().join("stats");
    assert!(stats(&[&dir], &out, &["--quiet"]).status.success());
    let html = std::fs::read_to_string(out.join("dashboard.html")).expect("dashboard");
    let csv = std::fs::read_to_string(out.join("stats.csv")).expect("csv");
    for text in [&html, &csv] {
        assert!(!text.contains("123456782"), "full BSN");
        assert!(text.contains("******782"));
    }
    assert!(
        !html.contains("<script"),
        "no script, not even an injected one"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for outside in ["src=\"http", "href=\"http", "<link", "@import", "url("] {
        assert!(!html.contains(outside), "outside resource: {outside}");
    }
    assert!(html.contains("Content-Security-Policy"));
    assert!(
        html.contains("@page") && html.contains("A4"),
        "print stylesheet"
    );
    assert!(html.matches("<svg").count() >= 4, "charts are inline SVG");
    assert!(csv.contains("finding.count.=HYPERLINK"), "{csv}");
}

#[test]
fn stats_reads_the_report_set_and_history_that_audit_writes() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cohort = tmp.path().join("2026-najaar");
    put(
        &cohort.join("cohort.csv"),
        b"candidate_id,name,scheme,application_date\nK01,Test Kandidaat,rib,2026-10-01\nK02,Zonder Map,rib,2026-09-01\n",
    );
    put(
        &cohort.join("K01/aanvraag.pdf"),
        &pdf_with_lines(&["Aanvraagformulier hercertificering", "Naam: Test Kandidaat"]),
    );
    // The reports go to a folder named otherwise: the cohort is named
    // after the cohort folder the history recorded.
    let reports = tmp.path().join("rapporten");
    let state = tmp.path().join("state.sqlite");
    let state_arg = state.to_string_lossy().into_owned();
    for _ in 0..2 {
        let run = audit(&cohort, &reports, &["--state", &state_arg]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let out = tmp.path().join("stats");
    let run = stats(&[&reports], &out, &["--state", &state_arg, "--quiet"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        run.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let f = figures(&out);
    let get = |metric: &str, scope: &str| f[&(metric.to_string(), scope.to_string())].clone();
    assert_eq!(get("dossiers", "cohort:2026-najaar"), "2");
    assert_eq!(get("runs", "all"), "2");
    for run in ["run:1", "run:2"] {
        assert_eq!(get("dossiers", run), "2");
        assert_eq!(get("documents.total", run), "1");
        assert!(!get("processing.seconds", run).is_empty());
        assert!(!get("run.started", run).is_empty());
    }
    let by_outcome: usize = ["toekenning", "aanvulling", "afwijzing"]
        .iter()
        .map(|o| {
            get(&format!("outcome.{o}"), "run:2")
                .parse::<usize>()
                .expect("count")
        })
        .sum();
    assert_eq!(by_outcome, 2);
}

#[test]
fn the_dashboard_renders_in_headless_chromium_without_console_errors() {
    let Some(browser) = chromium_or_skip("the_dashboard_renders_in_headless_chromium") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = two_cohorts(tmp.path());
    let state = tmp.path().join("state.sqlite");
    history(&state);
    let out = tmp.path().join("stats");
    let run = stats(
        &[&a, &b],
        &out,
        &["--state", &state.to_string_lossy(), "--quiet"],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let work = tmp.path().join("browser");
    std::fs::create_dir_all(&work).expect("work dir");
    assert_console_is_captured(&browser, &work);

    let screenshot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("stats-dashboard.png");
    let _ = std::fs::remove_file(&screenshot);
    let logged = load_in_chromium(&browser, &out.join("dashboard.html"), &screenshot, &work);
    assert!(logged.is_empty(), "console messages: {logged:#?}");
    let png = std::fs::read(&screenshot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(
        png.len() > 50_000,
        "a blank page compresses to a few KB: {} bytes",
        png.len()
    );
    eprintln!("dashboard screenshot: {}", screenshot.display());
}

#[test]
fn stats_over_the_demo_cohort_match_its_designed_outcomes() {
    let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
    let demo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo");
    let reports = tmp.path().join("demo");
    assert!(audit(&demo, &reports, &[]).status.success());
    let out = tmp.path().join("stats");
    let run = stats(&[&reports], &out, &["--no-state"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let got = figures(&out);
    let value = |metric: &str| {
        got.get(&(metric.to_string(), "all".to_string()))
            .cloned()
            .unwrap_or_default()
    };

    let expected = read_report(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/expected"),
        "dossiers.csv",
    );
    let count = |o: &str| {
        expected
            .iter()
            .filter(|r| r["outcome"] == o)
            .count()
            .to_string()
    };
    assert_eq!(value("dossiers"), "16");
    assert_eq!(value("outcome.toekenning"), count("toekenning"));
    assert_eq!(value("outcome.aanvulling"), count("aanvulling"));
    assert_eq!(value("outcome.afwijzing"), count("afwijzing"));
    // The median of the designed PE figures (16 dossiers: mean of the 8th and 9th).
    let mut pe: Vec<f64> = expected
        .iter()
        .map(|r| r["pe_counted"].parse().expect("pe"))
        .collect(); // ok: test
    pe.sort_by(f64::total_cmp);
    let median = (pe[7] + pe[8]) / 2.0;
    let got_median: f64 = value("pe_counted.median").parse().expect("median"); // ok: test
                                                                               // stats.csv prints two decimals.
    assert!(
        (got_median - median).abs() <= 0.0051,
        "{got_median} vs {median}"
    );
    let submitted: usize = expected
        .iter()
        .map(|r| r["intervisions_submitted"].parse::<usize>().expect("n"))
        .sum(); // ok: test
    let casuistiek: usize = expected
        .iter()
        .map(|r| r["intervisions_casuistiek"].parse::<usize>().expect("n"))
        .sum(); // ok: test
    let rate: f64 = value("casuistiek.misfiling_rate").parse().expect("rate"); // ok: test
    assert!(
        (rate - casuistiek as f64 / submitted as f64).abs() < 0.0001,
        "{rate}"
    );
    let dashboard = std::fs::read_to_string(out.join("dashboard.html")).expect("dashboard"); // ok: test
    assert!(dashboard.contains("<svg") && !dashboard.contains("<script"));
    // The dossiers that need action, with their pages and reasons in words.
    assert!(
        dashboard.contains(&format!(
            "Dossiers die actie vragen: {} afgewezen, {} wachten op aanvulling",
            count("afwijzing"),
            count("aanvulling")
        )),
        "action list heading"
    );
    assert!(dashboard.contains("<a href=\"../demo/html/K05.html\">K05</a>"));
    assert!(dashboard.contains("Te weinig werkervaring in de referentieperiode"));
    assert!(
        !dashboard.contains("<a href=\"../demo/html/K01.html\">"),
        "K01 is toegekend"
    );
    // Finding names in words, coloured by severity.
    assert!(
        dashboard.contains(">Bestand niet te openen</text>"),
        "names in words"
    );
    assert!(dashboard.contains("fill=\"#c98a00\""), "supplement colour");
}
