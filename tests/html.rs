//! The assessor's pages (`html/`): built from the same assessment as the CSV
//! files, every finding on its dossier's page and nothing else, links that
//! lead to the documents, one language per run, no full BSN anywhere (not in
//! a page, a letter, a picture's file or the page a picture shows), and
//! pages that load in headless Chromium without a console message.

use crate::support::browser::*;
use crate::support::*;
use hercert::text::bsn::find_bsns;
use regex::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn demo_cohort() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo")
}

/// The demo cohort audited once per language, shared by the tests here.
fn demo(lang: &'static str) -> &'static Path {
    static NL: OnceLock<PathBuf> = OnceLock::new();
    static EN: OnceLock<PathBuf> = OnceLock::new();
    let cell = if lang == "en" { &EN } else { &NL };
    cell.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("html-demo-{lang}"));
        let _ = std::fs::remove_dir_all(&out);
        let run = audit(&demo_cohort(), &out, &["--lang", lang]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        out
    })
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// (code, severity, document, page, message) of each finding on a page.
fn page_findings(html: &str) -> Vec<[String; 5]> {
    let re = Regex::new(
        r#"<li class="finding sev-\w+" id="f\d+" data-code="([^"]*)" data-severity="([^"]*)" data-document="([^"]*)" data-page="([^"]*)">\n<div class="fh">.*?</div>\n<p class="msg">(.*?)</p>"#,
    )
    .expect("regex"); // ok: test
    re.captures_iter(html)
        .map(|c| [1, 2, 3, 4, 5].map(|i| unescape(&c[i])))
        .collect()
}

/// Every `href` and `src` of a page that is not an anchor, resolved.
fn local_targets(page: &Path, html: &str) -> Vec<PathBuf> {
    let re = Regex::new(r#"(?:href|src)="([^"]*)""#).expect("regex"); // ok: test
    let dir = page.parent().expect("page folder"); // ok: test
    re.captures_iter(html)
        .map(|c| unescape(&c[1]))
        .filter(|t| !t.starts_with('#'))
        .map(|t| {
            assert!(
                !t.contains("://") && !t.starts_with("//"),
                "{}: outside link {t}",
                page.display()
            );
            let path = t.split('#').next().unwrap_or_default().to_string();
            dir.join(percent_decode(&path))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("utf-8 path") // ok: test
}

/// Every file under a folder.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

/// The text of one page of a PDF, as poppler reads it.
fn pdftotext_page(pdf: &Path, page: &str) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-f", page, "-l", page])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs"); // ok: test
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// No output holds a valid BSN, and every picture shows a page without one.
fn assert_no_bsn_anywhere(out: &Path, cohort: &Path) {
    let source = Regex::new(r##"data-source="([^"#]*)#page=(\d+)""##).expect("regex"); // ok: test
    let sha256 = Regex::new(r"\b[0-9a-f]{64}\b").expect("regex"); // ok: test
    let mut pictures = 0;
    for file in files_under(out) {
        let bytes = std::fs::read(&file).expect("output"); // ok: test
        let name = file.to_string_lossy();
        assert!(find_bsns(&name).is_empty(), "BSN in a file name: {name}");
        let Ok(text) = String::from_utf8(bytes) else {
            continue; // a picture; its source page is checked below
        };
        // A file's SHA-256 is a hash, not text: its digit runs are no BSN.
        let without_hashes = sha256.replace_all(&text, "");
        assert_eq!(find_bsns(&without_hashes), Vec::new(), "{name}");
        for c in source.captures_iter(&text) {
            pictures += 1;
            let page_text = pdftotext_page(&cohort.join(unescape(&c[1])), &c[2]);
            assert!(
                !page_text.trim().is_empty(),
                "{name}: picture of a page without text"
            );
            assert_eq!(
                find_bsns(&page_text),
                Vec::new(),
                "{name}: picture of {} page {}",
                &c[1],
                &c[2]
            );
        }
    }
    eprintln!("{pictures} pictures checked in {}", out.display());
}

#[test]
fn every_finding_in_findings_csv_is_on_its_dossier_page_and_nothing_else() {
    for lang in ["nl", "en"] {
        let out = demo(lang);
        let mut expected: BTreeMap<String, Vec<[String; 5]>> = BTreeMap::new();
        for r in read_report(out, "findings.csv") {
            expected
                .entry(r["candidate_id"].clone())
                .or_default()
                .push([
                    r["code"].clone(),
                    r["severity"].clone(),
                    r["document"].clone(),
                    r["page"].clone(),
                    r["message"].clone(),
                ]);
        }
        let dossiers = read_report(out, "dossiers.csv");
        assert_eq!(dossiers.len(), 16);
        for d in &dossiers {
            let id = &d["candidate_id"];
            let html = read(&out.join(format!("html/{id}.html")));
            let mut on_page = page_findings(&html);
            assert_eq!(
                on_page.len(),
                html.matches("<li class=\"finding ").count(),
                "{lang} {id}: every finding item parsed"
            );
            let mut want = expected.get(id).cloned().unwrap_or_default();
            on_page.sort();
            want.sort();
            assert_eq!(on_page, want, "{lang} {id}");
            assert!(
                html.contains(&format!("<span class=\"badge o-{}\">", d["outcome"])),
                "{lang} {id}: outcome shown"
            );
            // The letter exactly for aanvulling, and the page carries it.
            let letter = out.join(format!("html/{id}.txt"));
            assert_eq!(letter.exists(), d["outcome"] == "aanvulling", "{lang} {id}");
            if letter.exists() {
                let text = read(&letter);
                let lines = text
                    .lines()
                    .filter(|l| {
                        l.split_once(". ")
                            .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
                    })
                    .count();
                let supplements = want.iter().filter(|f| f[1] == "supplement").count();
                assert_eq!(
                    lines, supplements,
                    "{lang} {id}: one letter line per supplement"
                );
                let first = text.lines().next().unwrap_or_default();
                assert!(html.contains(first), "{lang} {id}: letter on the page");
            }
        }
        let index = read(&out.join("html/index.html"));
        for d in &dossiers {
            assert!(
                index.contains(&format!("href=\"{}.html\"", d["candidate_id"])),
                "index links {}",
                d["candidate_id"]
            );
        }
    }
}

#[test]
fn the_index_lists_the_dossiers_that_need_action_first() {
    let out = demo("nl");
    let index = read(&out.join("html/index.html"));
    let row = Regex::new(r#"<tr class="o-(\w+)"><td class="t" data-k="([^"]+)">"#).expect("re"); // ok: test
    let rows: Vec<(String, String)> = row
        .captures_iter(&index)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect();
    assert_eq!(rows.len(), 16);
    let rank = |o: &str| match o {
        "afwijzing" => 0,
        "aanvulling" => 1,
        _ => 2,
    };
    let mut sorted = rows.clone();
    sorted.sort_by(|a, b| (rank(&a.0), &a.1).cmp(&(rank(&b.0), &b.1)));
    assert_eq!(rows, sorted);
    assert_eq!(rows[0].0, "afwijzing");
    assert_eq!(rows[15].0, "toekenning");
}

#[test]
fn one_language_per_run() {
    let (nl, en) = (demo("nl"), demo("en"));
    for id in ["index", "K09", "K10"] {
        let page_nl = read(&nl.join(format!("html/{id}.html")));
        let page_en = read(&en.join(format!("html/{id}.html")));
        assert!(page_nl.contains("<html lang=\"nl\">"));
        assert!(page_en.contains("<html lang=\"en\">"));
        for dutch in [
            "Alle dossiers",
            "Uitkomst",
            "pagina",
            "Bevindingen",
            "Telt mee",
        ] {
            assert!(
                !page_en.contains(dutch),
                "{id}: Dutch label '{dutch}' in English page"
            );
        }
        for english in ["All dossiers", "Outcome", "Findings", "Counted"] {
            assert!(
                !page_nl.contains(english),
                "{id}: English label '{english}' in Dutch page"
            );
        }
    }
    let letter_en = read(&en.join("html/K09.txt"));
    assert!(letter_en.starts_with("Subject: supplement to your recertification dossier (K09)"));
    // Numbers follow the language: decimal comma in Dutch.
    let k09_nl = read(&nl.join("html/K09.html"));
    let k09_en = read(&en.join("html/K09.html"));
    assert!(k09_nl.contains("<td>4,00</td>") && k09_en.contains("<td>4.00</td>"));
}

#[test]
fn document_links_and_pictures_resolve_and_no_bsn_is_written() {
    for lang in ["nl", "en"] {
        let out = demo(lang);
        let mut links = 0;
        for page in files_under(&out.join("html")) {
            if page.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let html = read(&page);
            for target in local_targets(&page, &html) {
                assert!(
                    target.exists(),
                    "{}: broken link to {}",
                    page.display(),
                    target.display()
                );
                links += 1;
            }
        }
        assert!(links > 500, "{lang}: {links} links");
        let k11 = read(&out.join("html/K11.html"));
        assert!(
            k11.contains("#page=1\">K11/Bijlage 1 werkverklaring/"),
            "findings link to their page"
        );
        let k09 = read(&out.join("html/K09.html"));
        assert!(
            k09.contains("<img src=\"img/"),
            "the form whose hours could not be read is pictured"
        );
        assert!(
            k11.contains("-signature.png"),
            "the unsigned werkverklaring is pictured"
        );
        // K07 and K15 hold a BSN: their pages are never pictured.
        for id in ["K07", "K15"] {
            let html = read(&out.join(format!("html/{id}.html")));
            assert!(!html.contains("<img"), "{id}");
            assert!(html.contains("******"), "{id}: the BSN is shown masked");
        }
        assert_no_bsn_anywhere(out, &demo_cohort());
    }
}

fn unsigned_werkverklaring(extra: &str) -> Vec<u8> {
    pdf_with_lines(&[
        "Werkgeversverklaring (bijlage 1)",
        "Naam werknemer: Test Kandidaat",
        extra,
        "Functie: re-integratiebegeleider",
        "In dienst sinds 1 januari 2018, 32 uur per week",
        "Handtekening leidinggevende: ..............................",
    ])
}

#[test]
fn a_planted_bsn_reaches_no_page_letter_or_picture() {
    let bsn = "123456782";
    let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
    let cohort = tmp.path().join("cohort");
    put(
        &cohort.join("cohort.csv"),
        b"candidate_id,name,scheme,application_date\nK01,Test Kandidaat,rib,2026-10-01\nK02,Test Kandidaat,rib,2026-10-01\n",
    );
    // K01: an unsigned werkverklaring with a BSN on the page that would be
    // pictured, and a file named after the BSN.
    put(
        &cohort.join("K01/werkverklaring.pdf"),
        &unsigned_werkverklaring(&format!("BSN: {bsn}")),
    );
    put(
        &cohort.join(format!("K01/kopie {bsn}.pdf")),
        &unsigned_werkverklaring("Kopie"),
    );
    // K02: the same without a BSN, which is pictured.
    put(
        &cohort.join("K02/werkverklaring.pdf"),
        &unsigned_werkverklaring("Personeelsnummer: 4471"),
    );
    let out = tmp.path().join("out");
    let run = audit(&cohort, &out, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let k02 = read(&out.join("html/K02.html"));
    assert!(k02.contains("<img src=\"img/"), "pictures are made: {k02}");
    let k01 = read(&out.join("html/K01.html"));
    assert!(!k01.contains("<img"), "no picture of a page with a BSN");
    assert!(k01.contains("******782"));
    assert!(
        !k01.contains("kopie%20"),
        "no link to a file whose name holds a BSN"
    );
    for file in files_under(&out) {
        let bytes = std::fs::read(&file).expect("output"); // ok: test
        assert!(
            !bytes.windows(bsn.len()).any(|w| w == bsn.as_bytes()),
            "{} holds the BSN",
            file.display()
        );
    }
    assert_no_bsn_anywhere(&out, &cohort);

    // The page check on its own, without the PRIVACY-BSN finding: a page
    // whose text holds a BSN, or no text at all, is never pictured.
    use hercert::report::html::picture::page_is_safe;
    let pdf = |name: &str, bytes: Vec<u8>| {
        let path = tmp.path().join(name);
        put(&path, &bytes);
        path
    };
    let with_bsn = pdf("a.pdf", unsigned_werkverklaring(&format!("bsn {bsn}")));
    let grouped = pdf("b.pdf", unsigned_werkverklaring("bsn 1234.56.782"));
    let without = pdf("c.pdf", unsigned_werkverklaring("geen nummer"));
    let empty = pdf("d.pdf", pdf_with_lines(&[]));
    assert!(!page_is_safe(&with_bsn, 1));
    assert!(!page_is_safe(&grouped, 1));
    assert!(page_is_safe(&without, 1));
    assert!(!page_is_safe(&empty, 1), "nothing to check: not pictured");
}

#[test]
fn the_pages_load_in_headless_chromium_without_console_messages() {
    let Some(browser) = chromium_or_skip("the_pages_load_in_headless_chromium") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
    let work = tmp.path().join("browser");
    std::fs::create_dir_all(&work).expect("work dir"); // ok: test
    assert_console_is_captured(&browser, &work);
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    for lang in ["nl", "en"] {
        let out = demo(lang);
        let dossiers = read_report(out, "dossiers.csv");
        let mut pages = vec!["index".to_string()];
        for outcome in ["toekenning", "aanvulling", "afwijzing"] {
            let first = dossiers
                .iter()
                .find(|d| d["outcome"] == outcome)
                .unwrap_or_else(|| panic!("a dossier with outcome {outcome}"));
            pages.push(first["candidate_id"].clone());
        }
        // The dossier with the pictures and the letter as well.
        pages.push("K11".to_string());
        for page in pages {
            let screenshot = shots.join(format!("html-{lang}-{page}.png"));
            let _ = std::fs::remove_file(&screenshot);
            let file = out.join(format!("html/{page}.html"));
            let logged = load_in_chromium(&browser, &file, &screenshot, &work);
            assert!(
                logged.is_empty(),
                "{lang} {page}: console messages: {logged:#?}"
            );
            let png = std::fs::read(&screenshot).expect("screenshot written"); // ok: test
            assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
            assert!(
                png.len() > 30_000,
                "{lang} {page}: a blank page ({} bytes)",
                png.len()
            );
        }
    }
    eprintln!("screenshots: {}/html-*.png", shots.display());
}
