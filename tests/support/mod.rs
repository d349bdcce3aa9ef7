//! Helpers shared by the integration tests: running the binary, building
//! small cohorts, reading report CSVs.

pub mod bombs;
pub mod browser;

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::Path;

/// The hercert binary built by cargo for this test run.
pub fn hercert() -> Command {
    Command::cargo_bin("hercert").expect("hercert binary is built") // ok: test
}

/// Runs `hercert audit COHORT --out OUT` with extra flags; returns the output.
pub fn audit(cohort: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    hercert()
        .arg("audit")
        .arg(cohort)
        .arg("--out")
        .arg(out)
        .args(["--as-of", "2026-10-01", "--quiet"])
        .args(if extra.contains(&"--state") {
            &[][..]
        } else {
            &["--no-state"][..]
        })
        .args(extra)
        .env(
            "HERCERT_OCR_CACHE",
            std::env::temp_dir().join("hercert-test-ocr"),
        )
        .env(
            "HERCERT_PAGE_CACHE",
            std::env::temp_dir().join("hercert-test-pages"),
        )
        .output()
        .expect("hercert runs") // ok: test
}

pub type Row = BTreeMap<String, String>;

/// A report as header-keyed rows.
pub fn read_report(dir: &Path, name: &str) -> Vec<Row> {
    let path = dir.join(name);
    let mut reader =
        csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = reader.headers().expect("header row").clone(); // ok: test
    reader
        .records()
        .map(|r| {
            let r = r.expect("csv row"); // ok: test
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The header row of a report, as written.
pub fn header(dir: &Path, name: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_path(dir.join(name)).expect("report exists"); // ok: test
    reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect() // ok: test
}

/// A one-page PDF with the given lines of text (Helvetica, WinAnsi), made
/// with lopdf.
pub fn pdf_with_lines(lines: &[&str]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
        Operation::new("TL", vec![14.into()]),
        Operation::new("Td", vec![72.into(), 760.into()]),
    ];
    for line in lines {
        let (encoded, _, _) = encoding_rs::WINDOWS_1252.encode(line);
        ops.push(Operation::new(
            "Tj",
            vec![Object::string_literal(encoded.into_owned())],
        ));
        ops.push(Operation::new("T*", vec![]));
    }
    ops.push(Operation::new("ET", vec![]));
    let content = Content { operations: ops };
    let content_id = doc.add_object(Stream::new(
        dictionary! {},
        content.encode().expect("encode"),
    )); // ok: test
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("save pdf"); // ok: test
    bytes
}

/// Writes a file, creating its folder.
pub fn put(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir"); // ok: test
    }
    std::fs::write(path, bytes).expect("write"); // ok: test
}
