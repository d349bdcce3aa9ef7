//! Bad input never stops a run: each broken file becomes a `DOC-UNREADABLE`
//! row with its reason, and the rest of the cohort is read.

use crate::support::*;
use std::os::unix::ffi::OsStrExt;

fn werkverklaring() -> Vec<u8> {
    pdf_with_lines(&[
        "Werkgeversverklaring (bijlage 1)",
        "Naam werknemer: Test Kandidaat",
        "Functie: re-integratiebegeleider",
        "In dienst sinds 1 januari 2018, 32 uur per week",
        "Handtekening leidinggevende",
    ])
}

/// Audits `cohort` into `out`, which must succeed; its documents.csv rows.
fn audited_documents(cohort: &std::path::Path, out: &std::path::Path) -> Vec<Row> {
    let run = audit(cohort, out, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    read_report(out, "documents.csv")
}

/// The row of `document` in documents.csv.
fn document<'a>(docs: &'a [Row], document: &str) -> &'a Row {
    docs.iter()
        .find(|r| r["document"] == document)
        .unwrap_or_else(|| panic!("{document} missing: {docs:?}"))
}

#[test]
fn every_kind_of_broken_file_is_a_finding_and_the_run_completes() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cohort = tmp.path().join("cohort");
    let good = werkverklaring();
    put(&cohort.join("K01/werkverklaring.pdf"), &good);
    put(&cohort.join("K01/leeg.pdf"), b"");
    put(
        &cohort.join("K01/afgebroken.pdf"),
        &good[..good.len() * 2 / 5],
    );
    put(
        &cohort.join("K01/onzin.xlsx"),
        &[0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0],
    );
    // An xls upload cut short, before its directory.
    let xls = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/demo/K03/PE/overzicht.xls"
    ))
    .expect("fixture");
    put(&cohort.join("K01/overzicht.xls"), &xls[..xls.len() * 3 / 5]);
    // An xlsx upload cut short: a zip without its directory.
    let xlsx = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/demo/K15/vakontwikkeling/Overzicht vakontwikkeling.xlsx"
    ))
    .expect("fixture");
    put(
        &cohort.join("K01/overzicht.xlsx"),
        &xlsx[..xlsx.len() * 3 / 5],
    );
    // An xlsx named .pdf: the content decides.
    put(&cohort.join("K01/sub/map/werkverklaring kopie.PDF"), &good);
    // A name that is not UTF-8.
    let latin1 = std::ffi::OsStr::from_bytes(b"verslag_\xe9t\xe9.pdf");
    put(&cohort.join("K01").join(latin1), &good);
    // A link out of the cohort must not be followed.
    put(&tmp.path().join("secret.pdf"), &good);
    std::os::unix::fs::symlink(tmp.path().join("secret.pdf"), cohort.join("K01/link.pdf"))
        .expect("symlink");
    put(&cohort.join("K02/werkverklaring.pdf"), &good);

    let out = tmp.path().join("out");
    let docs = audited_documents(&cohort, &out);
    let by_doc = |d: &str| document(&docs, d);
    assert_eq!(docs.len(), 10, "every file has a row");
    assert!(by_doc("K01/leeg.pdf")["error"].starts_with("empty"));
    assert_eq!(by_doc("K01/leeg.pdf")["format"], "empty");
    assert!(
        by_doc("K01/afgebroken.pdf")["error"].starts_with("truncated"),
        "{:?}",
        by_doc("K01/afgebroken.pdf")
    );
    assert!(by_doc("K01/onzin.xlsx")["error"].starts_with("unsupported"));
    assert!(
        by_doc("K01/overzicht.xls")["error"].starts_with("truncated: OLE container"),
        "{:?}",
        by_doc("K01/overzicht.xls")
    );
    assert!(
        by_doc("K01/overzicht.xlsx")["error"].starts_with("truncated: xlsx"),
        "{:?}",
        by_doc("K01/overzicht.xlsx")
    );
    assert!(by_doc("K01/link.pdf")["error"].starts_with("symlink"));
    assert_eq!(
        by_doc("K01/link.pdf")["sha256"],
        "",
        "the target was never read"
    );
    assert_eq!(
        by_doc("K01/sub/map/werkverklaring kopie.PDF")["doc_type"],
        "werkverklaring"
    );
    assert_eq!(
        by_doc("K01/verslag_\u{fffd}t\u{fffd}.pdf")["doc_type"],
        "werkverklaring"
    );
    assert_eq!(by_doc("K02/werkverklaring.pdf")["error"], "");

    let findings = read_report(&out, "findings.csv");
    let unreadable: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == "DOC-UNREADABLE")
        .map(|f| f["document"].as_str())
        .collect();
    assert_eq!(
        unreadable,
        [
            "K01/afgebroken.pdf",
            "K01/leeg.pdf",
            "K01/link.pdf",
            "K01/onzin.xlsx",
            "K01/overzicht.xls",
            "K01/overzicht.xlsx"
        ]
    );
    for f in findings.iter().filter(|f| f["code"] == "DOC-UNREADABLE") {
        assert!(
            !f["message"].is_empty() && f["severity"] == "supplement",
            "{f:?}"
        );
    }
}

/// An xlsb whose workbook names a sheet by a relationship its package does
/// not hold. calamine 0.38 looks the relationship up unchecked and panics
/// (`xlsb/mod.rs`, `read_workbook`), as `make fuzz-smoke` found.
fn xlsb_naming_a_missing_relationship() -> Vec<u8> {
    use std::io::Write;
    let wide = |s: &str| {
        let mut bytes = (s.encode_utf16().count() as u32).to_le_bytes().to_vec();
        bytes.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    };
    // BrtBundleSh: visible, tab 1, relationship "rId1", name "Blad1".
    let mut payload = [0u32.to_le_bytes(), 1u32.to_le_bytes()].concat();
    payload.extend(wide("rId1"));
    payload.extend(wide("Blad1"));
    let mut record = vec![0x9C, 0x01, payload.len() as u8];
    record.extend(payload);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).expect("zip");
    zip.write_all(b"<Types/>").expect("zip");
    zip.start_file("xl/workbook.bin", options).expect("zip");
    zip.write_all(&record).expect("zip");
    zip.finish().expect("zip").into_inner()
}

/// A reader crate that panics costs one file, reported as an internal
/// error, never the run: the workbook is read in a child process under
/// `catch_unwind`. The fuzz target `sheet` relies on this to let calamine's
/// panics pass.
#[test]
fn a_panic_in_the_workbook_reader_is_a_finding() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cohort = tmp.path().join("cohort");
    put(
        &cohort.join("K01/overzicht.xlsb"),
        &xlsb_naming_a_missing_relationship(),
    );
    put(&cohort.join("K01/werkverklaring.pdf"), &werkverklaring());
    let out = tmp.path().join("out");
    let docs = audited_documents(&cohort, &out);
    let by_doc = |d: &str| document(&docs, d);
    let xlsb = by_doc("K01/overzicht.xlsb");
    assert_eq!(xlsb["format"], "xlsb");
    assert!(
        xlsb["error"].starts_with("internal-error") && xlsb["error"].contains("panic"),
        "calamine no longer panics here? then find another input that does: {xlsb:?}"
    );
    assert_eq!(by_doc("K01/werkverklaring.pdf")["error"], "");
    let findings = read_report(&out, "findings.csv");
    assert!(findings
        .iter()
        .any(|f| f["code"] == "DOC-UNREADABLE" && f["document"] == "K01/overzicht.xlsb"));
}

#[test]
fn a_missing_cohort_is_a_failed_run_with_exit_code_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let run = audit(&tmp.path().join("nope"), &tmp.path().join("out"), &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("does not exist"));
}
