//! Tables on positioned lines: a header row recognised by its column
//! labels, and the rows under it with each cell in the column it sits
//! under. Works alike on a spreadsheet (one line per row, one segment per
//! cell) and on a table in a PDF or a Word file (segments under headers).
//!
//! A header cell names a column when it matches one of a field's synonyms
//! (`schemes/fields.toml`), the way labels match: "Datum", "Wanneer?",
//! "A: aanwezig (uren, excl. pauze)", "PE (C/2, max 4)". Each field takes
//! the header cell it matches best.

use super::fields::DocumentFields;
use crate::extract::positioned::{Line, Segment};
use crate::text::label::{label_words, match_label};
use std::collections::BTreeMap;

/// A recognised column: the field it holds and where its header sits.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub key: String,
    pub x0: f32,
    pub x1: f32,
}

/// A row of a table: the cells by field key.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index of the row's line in the document's lines.
    pub line: usize,
    pub page: u32,
    pub cells: BTreeMap<String, Segment>,
}

/// A table under a recognised header.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header_line: usize,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// The columns a header line names, each field at most once.
pub fn header_columns(line: &Line, spec: &DocumentFields, accept: f64) -> Vec<Column> {
    let mut best: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    let mut used: BTreeMap<usize, f64> = BTreeMap::new();
    let mut scored: Vec<(f64, String, usize)> = Vec::new();
    for (si, seg) in line.segments.iter().enumerate() {
        for (key, field) in &spec.fields {
            let score = field
                .labels
                .iter()
                .filter_map(|l| match_label(&seg.text, &label_words(l), true))
                .map(|m| m.score)
                .fold(0.0, f64::max);
            if score >= accept {
                scored.push((score, key.clone(), si));
            }
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)));
    for (score, key, si) in scored {
        if best.contains_key(&key) || used.contains_key(&si) {
            continue;
        }
        best.insert(key, (score, si));
        used.insert(si, score);
    }
    let mut columns: Vec<Column> = best
        .into_iter()
        .filter_map(|(key, (_, si))| {
            line.segments.get(si).map(|s| Column {
                key,
                x0: s.x0,
                x1: s.x1,
            })
        })
        .collect();
    // A header cell that names no field is still a column: what stands
    // under it belongs to it, not to its neighbour. Its key is empty.
    if !columns.is_empty() {
        for (si, s) in line.segments.iter().enumerate() {
            if !used.contains_key(&si) {
                columns.push(Column {
                    key: String::new(),
                    x0: s.x0,
                    x1: s.x1,
                });
            }
        }
    }
    columns.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    columns
}

/// The first table whose header names every field of one of `required`'s
/// groups at least once (e.g. date, title and hours or PE), with its rows.
pub fn find_table(
    lines: &[Line],
    spec: &DocumentFields,
    accept: f64,
    required: &[&[&str]],
) -> Option<Table> {
    for (i, line) in lines.iter().enumerate().take(MAX_HEADER_SEARCH) {
        if line.segments.len() < 3 {
            continue;
        }
        // A header in narrow columns wraps over several lines: grow it
        // line by line until it names the required columns.
        let mut header = line.clone();
        for extra in 0..MAX_HEADER_LINES {
            if extra > 0 {
                let Some(next) = lines.get(i + extra) else {
                    break;
                };
                if next.page != line.page || looks_like_data(next) {
                    break;
                }
                header = merge_under(&header, next);
            }
            let columns = header_columns(&header, spec, accept);
            let has = |key: &str| !key.is_empty() && columns.iter().any(|c| c.key == key);
            if !required.iter().all(|group| group.iter().any(|k| has(k))) {
                continue;
            }
            let rows = rows_under(lines, i + extra, &columns);
            if !rows.is_empty() {
                return Some(Table {
                    header_line: i,
                    columns,
                    rows,
                });
            }
            break;
        }
    }
    None
}

/// A header is looked for among the first lines only, and rows are read up
/// to a bound: the work per document is bounded, whatever was uploaded.
const MAX_HEADER_SEARCH: usize = 300;
const MAX_ROWS: usize = 5_000;

/// Lines a wrapped header may span.
const MAX_HEADER_LINES: usize = 8;

/// A line of values, not of headers: it holds a date or a number cell.
fn looks_like_data(line: &Line) -> bool {
    line.segments.iter().any(|s| {
        let t = s.text.trim();
        t.chars().next().is_some_and(|c| c.is_ascii_digit())
            && t.chars().filter(|c| c.is_ascii_digit()).count() >= 2
    })
}

/// The header line with the next line's segments added to the cells they
/// stand under.
fn merge_under(header: &Line, next: &Line) -> Line {
    let mut merged = header.clone();
    for seg in &next.segments {
        let target = merged
            .segments
            .iter_mut()
            .filter(|h| seg.x1.min(h.x1) - seg.x0.max(h.x0) > 0.0 || (seg.x0 - h.x0).abs() < 4.0)
            .max_by(|a, b| {
                let o = |h: &Segment| seg.x1.min(h.x1) - seg.x0.max(h.x0);
                o(a).total_cmp(&o(b))
            });
        match target {
            Some(h) => {
                join_wrapped(&mut h.text, &seg.text);
                h.x1 = h.x1.max(seg.x1);
            }
            None => merged.segments.push(seg.clone()),
        }
    }
    merged.segments.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    merged
}

/// Joins a cell's next line to it: without a space after a hyphen or when
/// digits continue digits (a date broken in a narrow column), else with one.
pub fn join_wrapped(text: &mut String, more: &str) {
    let more = more.trim();
    let prev = text.chars().last();
    let next = more.chars().next();
    let glue = match (prev, next) {
        (Some('-'), Some(n)) if n.is_lowercase() => true,
        (Some(p), Some(n)) => (p.is_ascii_digit() || p == '.') && n.is_ascii_digit(),
        _ => false,
    };
    if !glue && !text.is_empty() {
        text.push(' ');
    }
    text.push_str(more);
}

/// The lines under a header on the same page, each segment placed in the
/// column it overlaps most (or the nearest column to its left). A line
/// that only continues the cells of the row above (a wrapped title) is
/// joined to that row.
fn rows_under(lines: &[Line], header: usize, columns: &[Column]) -> Vec<Row> {
    let Some(page) = lines.get(header).map(|l| l.page) else {
        return Vec::new();
    };
    let mut rows: Vec<Row> = Vec::new();
    for (li, line) in lines.iter().enumerate().skip(header + 1).take(MAX_ROWS) {
        if line.page != page {
            break;
        }
        let mut cells: BTreeMap<String, Segment> = BTreeMap::new();
        for seg in &line.segments {
            let Some(col) = column_of(seg, columns).filter(|c| !c.key.is_empty()) else {
                continue;
            };
            cells
                .entry(col.key.clone())
                .and_modify(|c| {
                    c.text.push(' ');
                    c.text.push_str(&seg.text);
                    c.x1 = seg.x1;
                })
                .or_insert_with(|| seg.clone());
        }
        if cells.is_empty() {
            continue;
        }
        let continues = rows.last().is_some_and(|prev| {
            let close = lines
                .get(prev.line)
                .is_some_and(|p| line.top() - p.bottom() < (p.bottom() - p.top()).max(6.0));
            // A continuation line has no cell in the row's first column
            // and only cells the row above already has.
            let first = columns.first().map(|c| c.key.as_str());
            close
                && cells.len() * 2 <= prev.cells.len()
                && !first.is_some_and(|f| cells.contains_key(f))
                && cells.keys().all(|k| prev.cells.contains_key(k))
        });
        match rows.last_mut() {
            Some(prev) if continues => {
                for (k, seg) in cells {
                    if let Some(c) = prev.cells.get_mut(&k) {
                        join_wrapped(&mut c.text, &seg.text);
                    }
                }
            }
            _ => rows.push(Row {
                line: li,
                page,
                cells,
            }),
        }
    }
    rows
}

fn column_of<'c>(seg: &Segment, columns: &'c [Column]) -> Option<&'c Column> {
    let overlap = |c: &Column| seg.x1.min(c.x1) - seg.x0.max(c.x0);
    columns
        .iter()
        .filter(|c| overlap(c) > 0.0)
        .max_by(|a, b| overlap(a).total_cmp(&overlap(b)))
        .or_else(|| columns.iter().rev().find(|c| c.x0 <= seg.x0 + 1.0))
}
