//! Prints the positioned lines hercert reads from a file: one line per
//! visual line, each segment with its x range, `*` when bold. For looking
//! at why a field was or was not read.
//!
//! `cargo run --release --example layout_dump -- [--fields DOC_TYPE] FILE...`
//! With `--fields`, also what the field stage reads for that type, and how;
//! with `--fields overzicht_vakontwikkeling`, also the activity table.

use hercert::extract::{extract_bytes, FileLimits};
use hercert::interpret::fields::{FieldReader, SHIPPED_FIELDS};
use hercert::interpret::overzicht::activity_table;

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
