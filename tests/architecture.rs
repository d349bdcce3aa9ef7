//! The house has one direction: a module imports only the layers below it.
//! This test reads every `crate::` and `super::` path in `src/` (outside
//! `#[cfg(test)]` modules and comments) and fails on a path that points to
//! the same or a later layer, or on a top-level module that has no layer.
//!
//! The layers, bottom first (see also `src/lib.rs`):
//!
//! | layer | modules | what |
//! | --- | --- | --- |
//! | 0 | `text` | folding, constant regexes, the BSN detector, decoding, labels |
//! | 1 | `model` | the shared vocabulary: document types, findings, `Unreadable` |
//! | 2 | `scheme`, `ui` | the schemes; all human output on stderr |
//! | 3 | `discover` | the cohort's candidates and their files |
//! | 4 | `extract` | what a file says |
//! | 5 | `classify` | what type of document a file is |
//! | 6 | `dossier` | a candidate's read and classified documents |
//! | 7 | `interpret` | what a document states, one module per type |
//! | 8 | `assess` | the rules; `Assessed` is its output |
//! | 9 | `report` | the report rows, CSV and the assessor's pages |
//! | 10 | `state` | the state store (cache and run history) |
//! | 11 | `pipeline`, `stats` | the engine that runs the stages for a cohort; management statistics over report sets |
//! | 12 | `commands` | one module per subcommand: options, one call, a summary |
//!
//! Modules in one layer are independent of each other.

use std::path::{Path, PathBuf};

const LAYERS: &[&[&str]] = &[
    &["text"],
    &["model"],
    &["scheme", "ui"],
    &["discover"],
    &["extract"],
    &["classify"],
    &["dossier"],
    &["interpret"],
    &["assess"],
    &["report"],
    &["state"],
    &["pipeline", "stats"],
    &["commands"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("src/ is readable") // ok: test
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file below `src/`: `extract/mod.rs` is
/// `["extract"]`, `extract/pdf.rs` is `["extract", "pdf"]`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if stem != "mod" && stem != "lib" && stem != "main" {
            parts.push(stem.to_string());
        }
    }
    parts
}

/// The text of a file without its test modules and comments.
fn code_lines(text: &str) -> Vec<&str> {
    let code = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    code.lines()
        .filter(|l| {
            let t = l.trim_start();
            !t.starts_with("//") && !t.starts_with("#[cfg(test)]")
        })
        .collect()
}

/// The top-level modules a line's `crate::` and `super::` paths point to.
fn targets(line: &str, here: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = line[from..].find(start).map(|i| i + from) {
            from = at + start.len();
            let word_before =
                at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
            if word_before {
                continue;
            }
            let path: Vec<&str> = line[at..]
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|s| !s.is_empty())
                .collect();
            let (mut base, rest) = if path.first() == Some(&"crate") {
                (Vec::new(), &path[1..])
            } else {
                let mut base = here.to_vec();
                base.pop();
                let mut rest = &path[1..];
                while rest.first() == Some(&"super") {
                    base.pop();
                    rest = &rest[1..];
                }
                (base, rest)
            };
            base.extend(rest.iter().map(|s| s.to_string()));
            if let Some(top) = base.first() {
                found.push(top.clone());
            }
            // `use super::{x, y}` from a top-level file names modules in braces.
            if here.len() == 1 && start == "super::" && line[at + start.len()..].starts_with('{') {
                let inner = &line[at + start.len() + 1..];
                let inner = inner.split('}').next().unwrap_or("");
                found.extend(
                    inner
                        .split(',')
                        .map(|s| s.trim().split("::").next().unwrap_or("").to_string())
                        .filter(|s| !s.is_empty()),
                );
            }
        }
    }
    found
}

#[test]
fn imports_point_down_the_house() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "src/ read: {} files", files.len());
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).expect("below src/"); // ok: test
        let here = module_path(relative);
        let Some(top) = here.first() else {
            continue; // lib.rs and main.rs sit above the house
        };
        let Some(own) = layer(top) else {
            wrong.push(format!("{}: module {top} has no layer", relative.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("source is UTF-8"); // ok: test
        for line in code_lines(&text) {
            for target in targets(line, &here) {
                if &target == top {
                    continue;
                }
                match layer(&target) {
                    Some(l) if l < own => {}
                    _ => wrong.push(format!(
                        "{}: `{}` imports {target} (layer {:?}) from {top} (layer {own})",
                        relative.display(),
                        line.trim(),
                        layer(&target),
                    )),
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the direction of the house:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_checker_sees_a_wrong_import() {
    let here = vec!["extract".to_string(), "ocr".to_string()];
    assert_eq!(
        targets("    page.text = crate::report::x(&page.text);", &here),
        ["report"]
    );
    assert_eq!(
        targets("use super::page_image::{self, PagePlan};", &here),
        ["extract"]
    );
    let top = vec!["discover".to_string()];
    assert_eq!(
        targets("use super::{extract, model};", &top),
        ["extract", "model"]
    );
}
