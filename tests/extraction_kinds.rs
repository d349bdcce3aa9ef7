//! `hercert extract` on each kind of document people upload: a word
//! processor's PDF, a filled form, a digitally signed PDF, a scan, a Word
//! file, a drawn signature and an empty signature line.

use crate::support::hercert;
use serde_json::Value;
use std::path::PathBuf;

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(path)
}

fn extract_json(path: &str) -> Value {
    let out = hercert()
        .args(["extract", "--json"])
        .arg(fixture(path))
        .env(
            "HERCERT_OCR_CACHE",
            std::env::temp_dir().join("hercert-test-ocr"),
        )
        .output()
        .expect("hercert runs");
    // 1: the file is unreadable (encrypted, damaged); the JSON says why.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn text(v: &Value) -> String {
    v["text"]
        .as_array()
        .map(|pages| {
            pages
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\u{c}")
        })
        .unwrap_or_default()
}

#[test]
fn a_word_processor_pdf_keeps_table_rows_words_and_diacritics() {
    let v = extract_json("demo/K01/werk/werkgeversverklaring.pdf");
    assert_eq!(v["format"], "pdf");
    assert_eq!(v["doc_type"], "werkverklaring");
    assert_eq!(v["ocr"], false);
    let t = text(&v);
    assert!(
        t.contains("Klantmanager re-integratie 1 september 2016 heden 36 uur per week"),
        "a table row stays one line:\n{t}"
    );
    let v = extract_json("demo/K11/Bijlage 2 ervaringsverklaring/ervaringsverklaring Zoë.pdf");
    assert!(text(&v).contains("één ontwikkelpunt"), "diacritics");
}

#[test]
fn plain_output_separates_pages_with_form_feeds() {
    let out = hercert()
        .arg("extract")
        .arg(fixture("demo/K03/intervisie/verslag 4.pdf"))
        .output()
        .expect("runs");
    let plain = String::from_utf8(out.stdout).expect("utf8");
    assert!(
        plain.matches('\u{c}').count() >= 3,
        "a three-page report has three form feeds"
    );
}

#[test]
fn a_filled_form_gives_its_field_values_and_a_form_signature() {
    let v = extract_json("demo/K02/01 aanvraagformulier.pdf");
    assert_eq!(v["signature"], "form");
    let fields = v["form_fields"].as_array().expect("fields");
    assert!(
        fields.iter().any(|f| f["name"]
            .as_str()
            .is_some_and(|n| n.contains("handtekening"))
            && f["value"] == "Bram Hoekstra"),
        "{fields:?}"
    );
}

#[test]
fn a_digitally_signed_pdf_is_digital() {
    assert_eq!(
        extract_json("demo/K03/AANVRAAGFORMULIER.PDF")["signature"],
        "digital"
    );
}

#[test]
fn a_drawn_signature_is_visual_and_a_dotted_line_is_none() {
    assert_eq!(
        extract_json("demo/K01/aanvraag/Aanvraagformulier Verbeek.pdf")["signature"],
        "visual"
    );
    assert_eq!(
        extract_json("demo/K11/Bijlage 1 werkverklaring/werkverklaring Zoë.pdf")["signature"],
        "none"
    );
}

#[test]
fn a_scan_is_read_by_ocr() {
    let v = extract_json("demo/K03/PE/SCAN0003.PDF");
    assert_eq!(v["ocr"], true, "{v}");
    assert!(
        v["ocr_confidence"].as_f64().is_some_and(|c| c > 60.0),
        "{}",
        v["ocr_confidence"]
    );
    assert_eq!(v["doc_type"], "bewijs_deelname");
    let t = text(&v).to_lowercase();
    assert!(t.contains("deelname") && t.contains("dijkstra"), "{t}");
}

#[test]
fn a_word_file_is_read() {
    let v = extract_json("documents/intervisieverslag.docx");
    assert_eq!(v["format"], "docx");
    assert_eq!(v["doc_type"], "intervisieverslag");
    assert_eq!(v["language"], "nl");
    let t = text(&v);
    assert!(
        t.contains("Zoë van den Heuvel") && t.contains("Officiële afspraken"),
        "{t}"
    );
}

#[test]
fn an_encrypted_pdf_says_so() {
    let v = extract_json("demo/K13/werkgeversverklaring_beveiligd.pdf");
    let errors = v["errors"].to_string();
    assert!(errors.contains("encrypted"), "{v}");
}
