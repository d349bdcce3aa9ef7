//! The attack suite of issue 11: hostile and careless input, each case built
//! at test time (the large files too), run through the real binary.
//!
//! `HERCERT_BIN=/path/to/hercert cargo test --test main hostile` runs the
//! suite against another build (the "before" column of the table).

use crate::support::bombs;
use crate::support::*;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary under test: `HERCERT_BIN`, else the one cargo built.
fn bin() -> PathBuf {
    std::env::var_os("HERCERT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_hercert")))
}

/// Runs hercert with the OCR cache in `home` and a time limit.
fn run_in(home: &Path, args: &[&std::ffi::OsStr]) -> Output {
    let mut child = Command::new(bin())
        .args(args)
        .env("HERCERT_OCR_CACHE", home.join("ocr-cache"))
        .env("XDG_STATE_HOME", home.join("xdg-state"))
        .env("HOME", home)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("hercert starts");
    // A hang is a failure, not a stuck test run.
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(240) {
            let _ = child.kill();
            panic!("hercert {args:?} hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `audit COHORT --out OUT --as-of … --no-ocr` plus extra flags.
fn audit_in(home: &Path, cohort: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args: Vec<&std::ffi::OsStr> = vec![
        os("audit"),
        cohort.as_os_str(),
        os("--out"),
        out.as_os_str(),
        os("--as-of"),
        os("2026-10-01"),
    ];
    if !extra.contains(&"--state") {
        args.push(os("--no-state"));
    }
    args.extend(extra.iter().map(|s| os(s)));
    run_in(home, &args)
}

/// A nine-digit number that passes the 11-proef, made from a seed.
fn bsn(seed: u64) -> String {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    loop {
        let mut digits: Vec<u64> = Vec::new();
        for _ in 0..8 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            digits.push((x >> 33) % 10);
        }
        digits[0] = digits[0].max(1);
        let sum: u64 = digits.iter().zip((2..=9).rev()).map(|(d, w)| d * w).sum();
        let check = sum % 11;
        if check < 10 {
            digits.push(check);
            return digits.iter().map(|d| d.to_string()).collect();
        }
    }
}

fn grouped(b: &str, sep: &str) -> String {
    format!("{}{sep}{}{sep}{}", &b[..3], &b[3..6], &b[6..])
}

fn fullwidth(b: &str) -> String {
    b.chars()
        .map(|c| char::from_u32(0xff10 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect()
}

/// Every planted BSN that occurs in bytes, in any grouping hercert's own
/// detector knows, or as the plain nine digits anywhere (also inside a
/// longer number or a hash: a stricter scan than the detector).
fn leaks(bytes: &[u8], planted: &[String]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut found: Vec<String> = hercert::text::bsn::find_bsns(&text)
        .into_iter()
        .map(|(_, d)| d)
        .filter(|d| planted.contains(d))
        .collect();
    for p in planted {
        if text.contains(p.as_str()) || text.contains(&fullwidth(p)) {
            found.push(p.clone());
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Every file below a folder (links not followed).
fn files_below(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn no_planted_bsn_reaches_any_file_hercert_writes_nor_its_output() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let planted: Vec<String> = (1..=16).map(bsn).collect();
    let p = |i: usize| planted[i].clone();
    let doc = |lines: &[&str]| pdf_with_lines(lines);
    // File and folder names in every grouping the attack used.
    let names = [
        format!("K01/{}.pdf", grouped(&p(0), ".")),
        format!("K01/{}.pdf", grouped(&p(1), " ")),
        format!("K01/{}.pdf", grouped(&p(2), "-")),
        format!("K01/BSN{}.pdf", p(3)),
        format!("K01/bsn.{}.pdf", p(4)),
        format!("K01/{}a.pdf", p(5)),
        format!("kandidaat {}/werkverklaring.pdf", grouped(&p(6), ".")),
        format!("K01/scan_{}.pdf", grouped(&p(13), "_")),
        // A phone's and a scanner's names hold digit runs that are no BSN
        // (issue 21): they keep naming their file.
        "K01/IMG_20250314_101512.pdf".to_string(),
        "K01/PXL_20231015_123456789.pdf".to_string(),
    ];
    let body = doc(&[
        "Werkgeversverklaring (bijlage 1)",
        "Naam werknemer: Test Kandidaat",
        "In dienst sinds 1 januari 2018, 32 uur per week",
    ]);
    for name in &names {
        put(&cohort.join(name), &body);
    }
    // Evidence: 3-3-3, dashed, two adjacent numbers, in a PDF.
    let evidence = format!(
        "BSN {} en {} of {} {}",
        grouped(&p(7), " "),
        grouped(&p(8), "-"),
        p(9),
        p(10)
    );
    put(
        &cohort.join("K02/verklaring.pdf"),
        &doc(&["Werkgeversverklaring", &evidence, "Handtekening"]),
    );
    // Fullwidth digits and a BSN in a CSV cell.
    put(
        &cohort.join("K02/overzicht.csv"),
        format!(
            "Datum;Activiteit;Uren\n12-03-2024;BSN {};2,5\n13-03-2024;nummer {};1\n",
            fullwidth(&p(11)),
            p(12)
        )
        .as_bytes(),
    );
    let out = tmp.path().join("out");
    let state = tmp.path().join("state/state.sqlite");
    let state_arg = state.to_str().expect("utf8");
    // A full run (not quiet: progress and summary go to stderr), a warm one,
    // and a shard run whose shard record is a file too.
    let mut outputs = Vec::new();
    for extra in [&["--state", state_arg][..], &["--state", state_arg][..]] {
        let o = audit_in(&home, &cohort, &out, extra);
        assert!(o.status.success(), "{}", stderr(&o));
        outputs.push(o);
    }
    let shard_out = tmp.path().join("shard");
    let o = audit_in(
        &home,
        &cohort,
        &shard_out,
        &["--shard", "1/1", "--state", state_arg],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    outputs.push(o);
    let docs = read_report(&out, "documents.csv");
    assert_eq!(docs.len(), names.len() + 2, "{docs:?}");
    // extract, plain and --json, on the files with BSNs.
    for file in [
        cohort.join("K02/verklaring.pdf"),
        cohort.join("K02/overzicht.csv"),
    ] {
        for json in [false, true] {
            let mut args = vec![os("extract"), file.as_os_str(), os("--no-ocr")];
            if json {
                args.push(os("--json"));
            }
            let o = run_in(&home, &args);
            assert!(o.status.success(), "{}", stderr(&o));
            assert!(!o.stdout.is_empty());
            outputs.push(o);
        }
    }
    let mut leaked = Vec::new();
    for o in &outputs {
        for (what, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
            let l = leaks(bytes, &planted);
            if !l.is_empty() {
                leaked.push(format!("{what}: {l:?}"));
            }
        }
    }
    // Every file written: reports, shard record, state (with -wal/-shm),
    // OCR cache, anything under home.
    let mut written = files_below(&out);
    written.extend(files_below(&shard_out));
    written.extend(files_below(state.parent().expect("state dir")));
    written.extend(files_below(&home));
    assert!(written.iter().any(|f| f.ends_with("state.sqlite")));
    assert!(written.iter().any(|f| f.ends_with("shard.jsonl")));
    for file in &written {
        let l = leaks(&std::fs::read(file).expect("read"), &planted);
        if !l.is_empty() {
            leaked.push(format!("{}: {l:?}", file.display()));
        }
    }
    assert!(leaked.is_empty(), "full BSNs written: {leaked:#?}");
    // The masked forms are there: the reports still name each document.
    let documents = std::fs::read_to_string(out.join("documents.csv")).expect("documents");
    assert!(
        documents.contains(&format!("******{}", &p(0)[6..])),
        "{documents}"
    );
    for name in [
        "K01/IMG_20250314_101512.pdf",
        "K01/PXL_20231015_123456789.pdf",
    ] {
        assert!(documents.contains(name), "{name} masked: {documents}");
    }
    // --unmasked is the one way to see a BSN, on explicit request.
    let o = run_in(
        &home,
        &[
            os("extract"),
            cohort.join("K02/verklaring.pdf").as_os_str(),
            os("--no-ocr"),
            os("--unmasked"),
        ],
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains(&grouped(&p(7), " ")));
}

#[test]
fn the_state_file_is_private_and_a_foreign_path_is_never_touched() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let doc = cohort.join("K01/werkverklaring.pdf");
    put(
        &doc,
        &pdf_with_lines(&["Werkgeversverklaring", "Handtekening"]),
    );
    let before = std::fs::read(&doc).expect("doc");
    let foreign_db = tmp.path().join("other.sqlite");
    rusqlite::Connection::open(&foreign_db)
        .and_then(|c| {
            c.execute_batch("CREATE TABLE mine (x TEXT); INSERT INTO mine VALUES ('keep');")
        })
        .expect("foreign db");
    let foreign_before = std::fs::read(&foreign_db).expect("db");
    let text = tmp.path().join("notes.txt");
    std::fs::write(&text, b"my notes").expect("write");
    for (state, what) in [
        (cohort.clone(), "the cohort folder"),
        (doc.clone(), "a document in the cohort"),
        (foreign_db.clone(), "another program's database"),
        (text.clone(), "a text file"),
    ] {
        let out = tmp.path().join("out");
        let o = audit_in(
            &home,
            &cohort,
            &out,
            &["--state", state.to_str().expect("utf8")],
        );
        assert_eq!(o.status.code(), Some(2), "--state {what}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("not a hercert state file"),
            "{}",
            stderr(&o)
        );
        assert!(!out.exists(), "stopped before any report: {what}");
    }
    assert_eq!(std::fs::read(&doc).expect("doc"), before);
    assert_eq!(std::fs::read(&foreign_db).expect("db"), foreign_before);
    assert_eq!(std::fs::read(&text).expect("text"), b"my notes");
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("ls")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains(".bad-")),
        "nothing moved aside: {names:?}"
    );
    assert_eq!(
        std::fs::read_dir(cohort.join("K01")).expect("ls").count(),
        1,
        "nothing renamed in the cohort"
    );
    // A new state: 0600 in a 0700 folder hercert made.
    let state = tmp.path().join("new/hercert/state.sqlite");
    let o = audit_in(
        &home,
        &cohort,
        &tmp.path().join("out"),
        &["--state", state.to_str().expect("utf8")],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&state), 0o600);
    assert_eq!(mode(state.parent().expect("dir")), 0o700);
}

/// Peak RSS in KiB of the biggest child this test process has waited for.
fn children_peak_rss_kib() -> u64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a rusage struct.
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) } == 0;
    assert!(ok, "getrusage");
    usage.ru_maxrss as u64
}

#[test]
fn spreadsheet_bombs_are_too_large_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    put(&cohort.join("K01/overzicht.ods"), &bombs::ods_bomb());
    put(&cohort.join("K01/uren.xlsx"), &bombs::xlsx_huge_string());
    put(&cohort.join("K01/veel.xlsx"), &bombs::xlsx_many_strings());
    put(
        &cohort.join("K02/werkverklaring.pdf"),
        &pdf_with_lines(&["Werkgeversverklaring", "Handtekening"]),
    );
    let out = tmp.path().join("out");
    let started = Instant::now();
    let o = audit_in(&home, &cohort, &out, &["--no-ocr"]);
    let elapsed = started.elapsed();
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = read_report(&out, "documents.csv");
    for name in ["K01/overzicht.ods", "K01/uren.xlsx", "K01/veel.xlsx"] {
        let row = docs
            .iter()
            .find(|r| r["document"] == name)
            .unwrap_or_else(|| panic!("{name} missing: {docs:?}"));
        assert!(row["error"].starts_with("too-large"), "{name}: {row:?}");
    }
    let good = docs
        .iter()
        .find(|r| r["document"] == "K02/werkverklaring.pdf")
        .expect("K02 read");
    assert_eq!(good["error"], "");
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
    let peak_mib = children_peak_rss_kib() / 1024;
    eprintln!("bombs: {elapsed:?}, peak RSS of any hercert process so far {peak_mib} MiB");
    assert!(peak_mib < 500, "peak RSS of a hercert run: {peak_mib} MiB");
}

#[test]
fn a_pdf_of_deeply_nested_arrays_neither_stalls_nor_stops_the_run() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    put(&cohort.join("K01/genest.pdf"), &bombs::nested_arrays_pdf());
    put(
        &cohort.join("K02/werkverklaring.pdf"),
        &pdf_with_lines(&["Werkgeversverklaring", "Handtekening"]),
    );
    let out = tmp.path().join("out");
    let started = Instant::now();
    let o = audit_in(&home, &cohort, &out, &["--file-timeout", "20"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        started.elapsed() < Duration::from_secs(45),
        "{:?}",
        started.elapsed()
    );
    let docs = read_report(&out, "documents.csv");
    assert_eq!(docs.len(), 2, "{docs:?}");
}

/// The PDF bombs of `make bench`'s bomb cohort (Flate, image, 100,000
/// pages, cycles), OCR on: each file gets its row, the run ends, and no
/// hercert process (nor its pdftoppm or tesseract) grows past 500 MiB.
#[test]
fn pdf_bombs_are_bounded_in_memory_and_every_file_gets_its_row() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let bombs = [
        ("K01/flate.pdf", bombs::flate_bomb_pdf()),
        ("K02/plaatje.pdf", bombs::image_bomb_pdf()),
        ("K03/honderdduizend.pdf", bombs::many_pages_pdf(100_000)),
        ("K04/kringloop.pdf", bombs::cyclic_pdf()),
    ];
    for (name, bytes) in &bombs {
        put(&cohort.join(name), bytes);
    }
    put(
        &cohort.join("K05/werkverklaring.pdf"),
        &pdf_with_lines(&["Werkgeversverklaring", "Handtekening"]),
    );
    let out = tmp.path().join("out");
    let o = audit_in(&home, &cohort, &out, &["--file-timeout", "20"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = read_report(&out, "documents.csv");
    for (name, _) in &bombs {
        assert!(
            docs.iter().any(|r| r["document"] == *name),
            "{name} missing: {docs:?}"
        );
    }
    let good = docs
        .iter()
        .find(|r| r["document"] == "K05/werkverklaring.pdf")
        .expect("K05 read");
    assert_eq!(good["error"], "");
    let peak_mib = children_peak_rss_kib() / 1024;
    assert!(peak_mib < 500, "peak RSS of a hercert run: {peak_mib} MiB");
}

#[test]
fn every_entry_under_the_cohort_is_a_document_or_a_warning() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let pdf = pdf_with_lines(&["Werkgeversverklaring", "Handtekening"]);
    // Folder names that are not UTF-8 and collide after lossy decoding.
    for raw in [&b"K\xff"[..], &b"K\xfe"[..]] {
        let dir = cohort.join(std::ffi::OsStr::from_bytes(raw));
        put(&dir.join("werkverklaring.pdf"), &pdf);
    }
    // A file at depth 40.
    let mut deep = cohort.join("K03");
    for i in 0..40 {
        deep = deep.join(format!("d{i}"));
    }
    put(&deep.join("diep.pdf"), &pdf);
    put(&cohort.join("K03/werkverklaring.pdf"), &pdf);
    put(&cohort.join("los.pdf"), &pdf);
    put(&cohort.join(".verborgen/werkverklaring.pdf"), &pdf);
    put(&tmp.path().join("elders/K09/werkverklaring.pdf"), &pdf);
    std::os::unix::fs::symlink(tmp.path().join("elders/K09"), cohort.join("K09")).expect("link");
    let out = tmp.path().join("out");
    let o = audit_in(&home, &cohort, &out, &["--quiet"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = read_report(&out, "documents.csv");
    let listed: Vec<&str> = docs.iter().map(|r| r["document"].as_str()).collect();
    assert!(listed.contains(&"K\\xff/werkverklaring.pdf"), "{listed:?}");
    assert!(listed.contains(&"K\\xfe/werkverklaring.pdf"), "{listed:?}");
    assert!(listed.contains(&"K03/werkverklaring.pdf"), "{listed:?}");
    let warnings = stderr(&o);
    for (what, needle) in [
        ("too deep", "levels deep"),
        ("stray file", "los.pdf: a file at the cohort root"),
        ("hidden folder", ".verborgen: hidden"),
        ("linked folder", "K09: a link"),
    ] {
        assert!(warnings.contains(needle), "{what} not reported: {warnings}");
    }
}

#[test]
fn two_names_that_differ_only_in_bytes_keep_their_own_content_when_warm() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let a = pdf_with_lines(&["Werkgeversverklaring", "Handtekening AAAA"]);
    let b = pdf_with_lines(&["Werkgeversverklaring", "Handtekening BBBB"]);
    assert_eq!(a.len(), b.len());
    let pa = cohort
        .join("K01")
        .join(std::ffi::OsStr::from_bytes(b"doc\xff.pdf"));
    let pb = cohort
        .join("K01")
        .join(std::ffi::OsStr::from_bytes(b"doc\xfe.pdf"));
    put(&pa, &a);
    put(&pb, &b);
    let when = std::fs::metadata(&pa)
        .expect("meta")
        .modified()
        .expect("mtime");
    for p in [&pa, &pb] {
        std::fs::File::options()
            .write(true)
            .open(p)
            .and_then(|f| f.set_modified(when))
            .expect("mtime");
    }
    let state = tmp.path().join("state.sqlite");
    let out = tmp.path().join("out");
    let mut hashes = Vec::new();
    for _ in 0..2 {
        // A new file each time defeats the dossier cache, so that the
        // warm run looks up content hashes by path.
        let o = audit_in(
            &home,
            &cohort,
            &out,
            &["--state", state.to_str().expect("utf8"), "--quiet"],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let docs = read_report(&out, "documents.csv");
        let mut shas: Vec<String> = docs
            .iter()
            .filter(|r| r["document"].starts_with("K01/doc"))
            .map(|r| r["sha256"].clone())
            .collect();
        shas.sort();
        hashes.push(shas);
        put(&cohort.join(format!("K01/extra{}.pdf", hashes.len())), &a);
    }
    assert_eq!(hashes[0].len(), 2);
    assert_ne!(hashes[0][0], hashes[0][1]);
    assert_eq!(hashes[0], hashes[1], "warm run keeps each file's own hash");
}

#[test]
fn cohort_csv_must_be_a_regular_file_inside_the_cohort() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    put(
        &cohort.join("K01/werkverklaring.pdf"),
        &pdf_with_lines(&["Werkgeversverklaring"]),
    );
    let outside = tmp.path().join("secret.csv");
    std::fs::write(&outside, "candidate_id,name\nK01,Geheim\n").expect("write");
    let csv = cohort.join("cohort.csv");
    let fifo = tmp.path().join("fifo");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .map(|s| s.success());
    for (target, what) in [
        (outside.clone(), "a link out of the cohort"),
        (PathBuf::from("/dev/zero"), "a link to /dev/zero"),
    ] {
        let _ = std::fs::remove_file(&csv);
        std::os::unix::fs::symlink(&target, &csv).expect("link");
        let o = audit_in(&home, &cohort, &tmp.path().join("out"), &["--quiet"]);
        assert_eq!(o.status.code(), Some(2), "{what}: {}", stderr(&o));
        assert!(stderr(&o).contains("cohort.csv"), "{}", stderr(&o));
    }
    if made.unwrap_or(false) {
        let _ = std::fs::remove_file(&csv);
        std::fs::rename(&fifo, &csv).expect("fifo");
        let o = audit_in(&home, &cohort, &tmp.path().join("out"), &["--quiet"]);
        assert_eq!(o.status.code(), Some(2), "a FIFO: {}", stderr(&o));
    }
}

#[test]
fn mistakes_are_stopped_before_any_document_is_read() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    put(
        &cohort.join("K01/werkverklaring.pdf"),
        &pdf_with_lines(&["Werkgeversverklaring"]),
    );
    let file = tmp.path().join("a-file");
    std::fs::write(&file, b"x").expect("write");
    let cases: Vec<(Vec<String>, &str, &str)> = vec![
        (
            vec!["--out".into(), cohort.join("reports").display().to_string()],
            "inside the cohort",
            "--out inside the cohort",
        ),
        (
            vec!["--out".into(), file.join("reports").display().to_string()],
            "cannot write reports",
            "--out below a file",
        ),
        (
            vec!["--max-file-size".into(), "0".into()],
            "--max-file-size",
            "--max-file-size 0",
        ),
        (vec!["--jobs".into(), "999".into()], "--jobs", "--jobs 999"),
    ];
    for (args, needle, what) in cases {
        let out = tmp.path().join("out");
        let mut all: Vec<&std::ffi::OsStr> =
            vec![os("audit"), cohort.as_os_str(), os("--no-state")];
        if !args.contains(&"--out".to_string()) {
            all.extend([os("--out"), out.as_os_str()]);
        }
        all.extend(args.iter().map(|a| os(a)));
        let started = Instant::now();
        let o = run_in(&home, &all);
        assert_eq!(o.status.code(), Some(2), "{what}: {}", stderr(&o));
        assert!(stderr(&o).contains(needle), "{what}: {}", stderr(&o));
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{what} found late"
        );
    }
    assert!(!cohort.join("reports").exists());
    // Malformed cohort.csv rows: an error that names the line.
    for (csv, line) in [
        ("candidate_id,name,scheme,application_date\nK01,Anna,rib,2024-09-16\nK02;Bram;rib;2024-09-16\n", "line 3"),
        ("candidate_id,name,scheme,application_date\nK01,\"Anna,rib,2024-09-16\nK02,Bram,rib,2024-09-16\n", "line 2"),
    ] {
        std::fs::write(cohort.join("cohort.csv"), csv).expect("write");
        let o = audit_in(&home, &cohort, &tmp.path().join("out"), &["--quiet"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains(line), "{}", stderr(&o));
    }
}

#[test]
fn honest_mistakes_get_a_warning_a_finding_or_an_exit_code() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let pdf = pdf_with_lines(&["Werkgeversverklaring", "Handtekening"]);
    put(&cohort.join("K01/werkverklaring.pdf"), &pdf);
    put(&cohort.join("K01/intervisie/verslag.pdf"), &pdf);
    std::fs::write(
        cohort.join("cohort.csv"),
        "candidate_id,name,scheme,application_date\nK01,Anna,rib,2024-09-16\n",
    )
    .expect("write");
    put(&cohort.join("K02/werkverklaring.pdf"), &pdf);
    let out = tmp.path().join("out");
    // Not quiet: the summary line must add up.
    let o = audit_in(&home, &cohort, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    let summary = err
        .lines()
        .find(|l| l.contains("documents ("))
        .expect("summary line");
    let numbers: Vec<usize> = summary
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    // dossiers, assessed, unchanged, documents, readable, unreadable, …
    assert_eq!(numbers[0], numbers[1] + numbers[2], "{summary}");
    assert_eq!(numbers[3], numbers[4] + numbers[5], "{summary}");
    // K02 has no row in cohort.csv: a warning finding says so.
    let findings = read_report(&out, "findings.csv");
    assert!(findings
        .iter()
        .any(|f| f["candidate_id"] == "K02" && f["code"] == "APPLICATION-DATE-MISSING"));
    assert!(!findings
        .iter()
        .any(|f| f["candidate_id"] == "K01" && f["code"] == "APPLICATION-DATE-MISSING"));
    // --fail-on: these dossiers need a supplement.
    let o = audit_in(
        &home,
        &cohort,
        &out,
        &["--quiet", "--fail-on", "supplement"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // One candidate's folder given as the cohort: a warning names the folders.
    let o = audit_in(
        &home,
        &cohort.join("K01"),
        &tmp.path().join("out2"),
        &["--quiet"],
    );
    assert!(
        stderr(&o).contains("does not look like a cohort"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("intervisie"), "{}", stderr(&o));
    // extract on a missing file or a folder: a message and exit 1.
    for path in [tmp.path().join("missing.pdf"), cohort.clone()] {
        let o = run_in(&home, &[os("extract"), path.as_os_str()]);
        assert_eq!(
            o.status.code(),
            Some(1),
            "{}: {}",
            path.display(),
            stderr(&o)
        );
        assert!(stderr(&o).contains("io"), "{}", stderr(&o));
    }
    // stats on something that is not a report set.
    let junk = tmp.path().join("junk");
    let noise: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    put(&junk.join("dossiers.csv"), &noise);
    let o = run_in(
        &home,
        &[
            os("stats"),
            junk.as_os_str(),
            os("--out"),
            tmp.path().join("st").as_os_str(),
            os("--no-state"),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn merge_refuses_an_incomplete_shard_set() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let pdf = pdf_with_lines(&["Werkgeversverklaring", "Handtekening"]);
    for k in ["K01", "K02", "K03", "K04"] {
        put(&cohort.join(k).join("werkverklaring.pdf"), &pdf);
    }
    let mut shards = Vec::new();
    for k in 1..=3 {
        let out = tmp.path().join(format!("s{k}"));
        let o = audit_in(
            &home,
            &cohort,
            &out,
            &["--quiet", "--shard", &format!("{k}/3")],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        shards.push(out);
    }
    let merged = tmp.path().join("merged");
    let mut args: Vec<&std::ffi::OsStr> = vec![os("merge")];
    args.extend(shards[..2].iter().map(|s| s.as_os_str()));
    args.extend([os("--out"), merged.as_os_str(), os("--quiet")]);
    let o = run_in(&home, &args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("missing shard 3/3"), "{}", stderr(&o));
    args.push(os("--allow-partial"));
    let o = run_in(&home, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut all: Vec<&std::ffi::OsStr> = vec![os("merge")];
    all.extend(shards.iter().map(|s| s.as_os_str()));
    all.extend([os("--out"), merged.as_os_str(), os("--quiet")]);
    let o = run_in(&home, &all);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(read_report(&merged, "dossiers.csv").len(), 4);
}

#[test]
fn cells_that_excel_would_run_are_guarded_in_both_dialects() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tmp.path().join("home");
    let cohort = tmp.path().join("cohort");
    let pdf = pdf_with_lines(&["Werkgeversverklaring"]);
    let ids = [
        "-inf",
        "+NaN",
        "-Infinity",
        "=1+1",
        "-1e5",
        "+3",
        "@SUM(A1)",
        "-2.5",
        "-2,5",
    ];
    for id in ids {
        put(&cohort.join(id).join("werkverklaring.pdf"), &pdf);
    }
    for (dialect, plain) in [("standard", "-2.5"), ("excel-nl", "-2,5")] {
        let out = tmp.path().join(dialect);
        let o = audit_in(&home, &cohort, &out, &["--quiet", "--csv-dialect", dialect]);
        assert!(o.status.success(), "{}", stderr(&o));
        let text = std::fs::read_to_string(out.join("dossiers.csv")).expect("dossiers");
        let sep = if dialect == "standard" { ',' } else { ';' };
        let firsts: Vec<String> = text
            .lines()
            .skip(1)
            .map(|l| {
                let l = l.trim_start_matches('\u{feff}');
                let mut reader = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .delimiter(sep as u8)
                    .from_reader(l.as_bytes());
                reader
                    .records()
                    .next()
                    .and_then(Result::ok)
                    .and_then(|r| r.get(0).map(str::to_string))
                    .unwrap_or_default()
            })
            .collect();
        for id in ids {
            let want = if id == plain {
                id.to_string()
            } else {
                format!("'{id}")
            };
            assert!(
                firsts.contains(&want),
                "{dialect}: {want} not in {firsts:?}"
            );
        }
    }
}

#[test]
fn fuzz_regressions_stay_fixed() {
    use hercert::extract::{csv_text, docx, pdf, sheet, FileLimits};
    use hercert::model::Format;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let limits = FileLimits {
        timeout: Duration::from_secs(5),
        ocr: false,
        ..FileLimits::default()
    };
    let mut replayed = 0;
    for entry in walkdir::WalkDir::new(&root).min_depth(2).max_depth(2) {
        let entry = entry.expect("walk");
        if !entry.file_type().is_file() {
            continue;
        }
        let target = entry
            .path()
            .parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        let data = std::fs::read(entry.path()).expect("read");
        let started = Instant::now();
        match target.as_str() {
            "pdf_text" => drop(pdf::parse(&data, &limits)),
            "sheet" => {
                if let Some((&pick, bytes)) = data.split_first() {
                    let format =
                        [Format::Xlsx, Format::Xls, Format::Ods, Format::Xlsb][pick as usize % 4];
                    drop(sheet::parse(bytes, format, &limits));
                }
            }
            "csv_text" => drop(csv_text::parse(&data, &limits)),
            "docx" => drop(docx::parse(&data)),
            "bsn" | "notation" => {
                let text = String::from_utf8_lossy(&data);
                let _ = hercert::text::bsn::mask_bsn(&text);
                let _ = hercert::interpret::notation::dates::find_dates(&text);
                let _ = hercert::interpret::notation::hours::parse_hours(&text);
            }
            other => panic!("unknown fuzz target folder {other}"),
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{} is slow again",
            entry.path().display()
        );
        replayed += 1;
    }
    eprintln!("{replayed} fuzz regressions replayed");
}
