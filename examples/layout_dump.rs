//! Prints the positioned lines hercert reads from a file: one line per
//! visual line, each segment with its x range, `*` when bold. For looking
//! at why a field was or was not read.
//!
//! `cargo run --release --example layout_dump -- [--fields DOC_TYPE] FILE...`
//! With `--fields`, also what the field stage reads for that type, and how;
//! with `--fields overzicht_vakontwikkeling`, also the activity table.
//! With `--read [--scheme ID]`, also the classification and what the reader of the
//! document's type makes of it (periods, hours, parts, proof facts).

use hercert::extract::{extract_bytes, FileLimits};
use hercert::interpret::fields::{FieldReader, SHIPPED_FIELDS};
use hercert::interpret::overzicht::activity_table;
use hercert::model::DocType;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let doc_type = match args.iter().position(|a| a == "--fields") {
        Some(i) if i + 1 < args.len() => {
            let t = args.remove(i + 1);
            args.remove(i);
            Some(t)
        }
        _ => None,
    };
    let scheme = match args.iter().position(|a| a == "--scheme") {
        Some(i) if i + 1 < args.len() => {
            let s = args.remove(i + 1);
            args.remove(i);
            s
        }
        _ => "rib".to_string(),
    };
    let read = match args.iter().position(|a| a == "--read") {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    for path in args {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let extracted = extract_bytes(bytes, &path, &FileLimits::default());
        println!("== {path} ({:?})", extracted.format);
        for f in &extracted.form_fields {
            println!("  field {:?} = {:?}", f.name, f.value);
        }
        for line in extracted.layout() {
            let parts: Vec<String> = line
                .segments
                .iter()
                .map(|s| {
                    format!(
                        "[{:.0}-{:.0}{} {:.0}pt] {}",
                        s.x0,
                        s.x1,
                        if s.bold { "*" } else { "" },
                        s.size,
                        s.text
                    )
                })
                .collect();
            println!("p{} y{:>5.0} {}", line.page, line.top(), parts.join("  "));
        }
        if read {
            print_reading(extracted.clone(), &path, &scheme);
        }
        let Some(doc_type) = &doc_type else { continue };
        let (Some(reader), Some(spec)) = (
            FieldReader::new(&extracted, doc_type),
            SHIPPED_FIELDS.document(doc_type),
        ) else {
            println!("  no fields for {doc_type}");
            continue;
        };
        for key in spec.fields.keys() {
            println!("  {key:<12} {:?}", reader.read(key));
        }
        if doc_type == "overzicht_vakontwikkeling" {
            print_table(&extracted);
        }
    }
}

fn print_table(extracted: &hercert::extract::Extracted) {
    let Some((table, _)) = activity_table(extracted) else {
        println!("  no activity table");
        return;
    };
    let columns: Vec<String> = table
        .columns
        .iter()
        .map(|c| format!("{}@{:.0}-{:.0}", c.key, c.x0, c.x1))
        .collect();
    println!(
        "  table header line {}: {}",
        table.header_line,
        columns.join(" ")
    );
    for row in &table.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|(k, s)| format!("{k}={:?}", s.text))
            .collect();
        println!("  row p{} line {}: {}", row.page, row.line, cells.join(" "));
    }
}

/// The classification and what the reader of that type reads.
fn print_reading(extracted: hercert::extract::Extracted, path: &str, scheme: &str) {
    use hercert::interpret::{bewijs, experience, intervision, opgave, werkverklaring};
    let Ok(classifier) = hercert::classify::Classifier::shipped() else {
        println!("  classification rules do not load");
        return;
    };
    let text = extracted.full_text();
    let found = classifier.classify(&text, path);
    let classification = hercert::interpret::refine_classification(&extracted, &text, found);
    println!(
        "  type {} ({:.2})",
        classification.doc_type.as_str(),
        classification.confidence
    );
    let doc = hercert::dossier::DocumentRecord {
        document: path.to_string(),
        extracted,
        classification,
    };
    let Ok(scheme) = hercert::scheme::Scheme::load(scheme) else {
        return;
    };
    match doc.doc_type() {
        DocType::Werkverklaring => println!("  {:#?}", werkverklaring::read(&doc)),
        DocType::OpgaveformulierActiviteit => {
            let rule = hercert::interpret::arithmetic::PeRule {
                hours_per_pe: scheme.pe.hours_per_pe,
                cap: scheme.pe.per_activity_cap,
            };
            println!("  {:#?}", opgave::read(&doc, &rule))
        }
        DocType::BewijsDeelname => println!("  {:#?}", bewijs::read(&doc)),
        DocType::Intervisieverslag => {
            let spec = intervision::parts_spec(&scheme.intervision.sections);
            let accept = hercert::interpret::sections::SHIPPED_SECTIONS.accept;
            let blocks =
                hercert::interpret::sections::split(&doc.extracted.layout(), &spec, accept);
            let naming = hercert::interpret::sections::assign_parts(&blocks, &spec, accept);
            for (i, b) in blocks.iter().enumerate() {
                let part = naming
                    .named
                    .iter()
                    .find(|(_, &j)| j == i)
                    .map(|(k, _)| k.as_str());
                let opening: String = b.content().chars().take(60).collect();
                println!(
                    "  block {i} {:<22} {:?} | {opening}",
                    part.unwrap_or("-"),
                    b.heading
                );
            }
            println!(
                "  unnamed {:?} absent {:?} unsure {:?}",
                naming.unnamed, naming.absent, naming.unsure
            );
            let r = intervision::read(&doc, &scheme.intervision.sections);
            println!(
                "  date {:?} parts {:?} missing {:?}",
                r.date, r.sections, r.missing
            );
        }
        DocType::Ervaringsverklaring => println!(
            "  {:#?}",
            experience::read(&doc, &scheme.experience.competencies)
        ),
        _ => {}
    }
}
