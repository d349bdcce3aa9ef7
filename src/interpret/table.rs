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
use crate::text::label::LabelText;
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
        let cell = LabelText::new(&seg.text);
        for (key, field) in &spec.fields {
            let score = field
                .labels
                .iter()
                .filter_map(|l| cell.matches(l, true))
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
/// A table goes on over the next pages (or sheets): under a header of its
/// own when the page repeats one, else in the columns it had.
pub fn find_table(
    lines: &[Line],
    spec: &DocumentFields,
    accept: f64,
    required: &[&[&str]],
) -> Option<Table> {
    for i in 0..lines.len().min(MAX_HEADER_SEARCH) {
        let Some((last, columns)) = header_at(lines, i, spec, accept, required) else {
            continue;
        };
        let mut rows = Vec::new();
        let mut next_page = rows_under(lines, last + 1, &columns, &mut rows);
        if rows.is_empty() {
            continue;
        }
        let mut page_columns = columns.clone();
        let mut pages = 0;
        while let Some(start) = next_page.filter(|_| rows.len() < MAX_ROWS && pages < MAX_PAGES) {
            pages += 1;
            let page = lines.get(start).map_or(0, |l| l.page);
            let repeated = (start..lines.len())
                .take_while(|&j| lines.get(j).is_some_and(|l| l.page == page))
                .take(MAX_REPEATED_HEADER_SEARCH)
                .find_map(|j| header_at(lines, j, spec, accept, required));
            let first = match repeated {
                Some((last, repeated_columns)) => {
                    page_columns = repeated_columns;
                    last + 1
                }
                None => start,
            };
            next_page = rows_under(lines, first, &page_columns, &mut rows);
        }
        return Some(Table {
            header_line: i,
            columns,
            rows,
        });
    }
    None
}

/// A header starting at line `i` that names the required columns. A header
/// in narrow columns wraps ("Tijd aanwezi / gheid / (A)"): it is grown by
/// every line under it down to the first line of values, and the growth
/// that names the required columns and most others gives the columns.
/// Its last line and its columns.
fn header_at(
    lines: &[Line],
    i: usize,
    spec: &DocumentFields,
    accept: f64,
    required: &[&[&str]],
) -> Option<(usize, Vec<Column>)> {
    let line = lines.get(i)?;
    if line.segments.len() < 3 {
        return None;
    }
    let named = |cs: &[Column]| cs.iter().filter(|c| !c.key.is_empty()).count();
    let names_required = |cs: &[Column]| {
        required
            .iter()
            .all(|group| group.iter().any(|k| cs.iter().any(|c| c.key == *k)))
    };
    let mut header = line.clone();
    let mut last = i;
    let mut best: Option<Vec<Column>> = None;
    loop {
        let columns = header_columns(&header, spec, accept);
        if names_required(&columns) && best.as_ref().is_none_or(|b| named(&columns) >= named(b)) {
            best = Some(columns);
        }
        let next = lines.get(last + 1).filter(|next| {
            last + 1 - i < MAX_HEADER_LINES && next.page == line.page && !looks_like_data(next)
        });
        let Some(next) = next else { break };
        header = merge_under(&header, next, spec);
        last += 1;
    }
    best.map(|columns| (last, columns))
}

/// A header is looked for among the first lines only, and rows are read up
/// to a bound: the work per document is bounded, whatever was uploaded.
const MAX_HEADER_SEARCH: usize = 300;
const MAX_ROWS: usize = 5_000;
const MAX_PAGES: usize = 200;

/// Lines at the top of a continuation page where a repeated header is looked for.
const MAX_REPEATED_HEADER_SEARCH: usize = 12;

/// How well a header cell names any field.
fn best_label_score(text: &str, spec: &DocumentFields) -> f64 {
    let cell = LabelText::new(text);
    spec.fields
        .values()
        .flat_map(|f| f.labels.iter())
        .filter_map(|l| cell.matches(l, true))
        .map(|m| m.score)
        .fold(0.0, f64::max)
}

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
/// stand under. A word broken in a narrow column ("Aanbied / er") is glued
/// when the glued cell names a field better than the spaced one.
fn merge_under(header: &Line, next: &Line, spec: &DocumentFields) -> Line {
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
                let mut spaced = h.text.clone();
                join_wrapped(&mut spaced, &seg.text);
                let glued = format!("{}{}", h.text.trim_end(), seg.text.trim());
                h.text = if best_label_score(&glued, spec) > best_label_score(&spaced, spec) {
                    glued
                } else {
                    spaced
                };
                h.x1 = h.x1.max(seg.x1);
            }
            None => merged.segments.push(seg.clone()),
        }
    }
    merged.segments.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    merged
}

/// Joins a cell's next line to it: without a space after a hyphen (a word
/// or a range broken at it) or when digits continue digits (a date broken
/// in a narrow column), else with one.
pub fn join_wrapped(text: &mut String, more: &str) {
    let more = more.trim();
    let prev = text.chars().last();
    let next = more.chars().next();
    let glue = match (prev, next) {
        (Some('-'), Some(n)) if n.is_lowercase() || n.is_ascii_digit() => true,
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
/// joined to that row. Reads to the end of the page: the rows, and the
/// first line of the next page if there is one.
fn rows_under(
    lines: &[Line],
    first: usize,
    columns: &[Column],
    rows: &mut Vec<Row>,
) -> Option<usize> {
    let page = lines.get(first)?.page;
    // The last line of the row being read: a wrapped cell continues below
    // it. At the top of a continuation page, the row at the bottom of the
    // page before may go on.
    let mut row_bottom: Option<usize> = None;
    let mut at_page_top = !rows.is_empty();
    let first_column = columns.first();
    for (li, line) in lines.iter().enumerate().skip(first).take(MAX_ROWS) {
        if line.page != page {
            return Some(li);
        }
        let mut cells: BTreeMap<String, Segment> = BTreeMap::new();
        let mut in_first_column = false;
        for seg in &line.segments {
            let column = column_of(seg, columns);
            // Digits alone under a date or number column continue it; under
            // a row-number column they start a row.
            in_first_column |= column.is_some_and(|c| {
                Some(c) == first_column && (c.key.is_empty() || !broken_number_tail(&seg.text))
            });
            let Some(col) = column.filter(|c| !c.key.is_empty()) else {
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
            let close = at_page_top
                || row_bottom
                    .and_then(|b| lines.get(b))
                    .is_some_and(|p| line.top() - p.bottom() < (p.bottom() - p.top()).max(6.0));
            // A continuation line has no cell in the table's first column
            // (a row number, or the date) and only cells the row above has:
            // few of them, or one that the row above left open ("09:00-").
            let left_open = cells.keys().any(|k| {
                prev.cells
                    .get(k)
                    .is_some_and(|c| c.text.trim_end().ends_with(['-', '–']))
            });
            // A number under a cell that already holds one is a row of
            // its own (a totals row), unless it is the tail of a broken one.
            let second_value = cells.iter().any(|(k, seg)| {
                let new = seg.text.trim();
                prev.cells.get(k).is_some_and(|c| {
                    c.text.trim_end().ends_with(|ch: char| ch.is_ascii_digit())
                        && new.starts_with(|ch: char| ch.is_ascii_digit())
                        && !broken_number_tail(new)
                })
            });
            close
                && !second_value
                && (cells.len() * 2 <= prev.cells.len() || left_open)
                && !in_first_column
                && cells.keys().all(|k| prev.cells.contains_key(k))
        });
        row_bottom = Some(li);
        at_page_top = false;
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
    None
}

/// A few digits alone ("22"), as a date or number broken in a narrow
/// column leaves on the next line: they continue a cell, they start no row.
fn broken_number_tail(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit())
}

fn column_of<'c>(seg: &Segment, columns: &'c [Column]) -> Option<&'c Column> {
    let overlap = |c: &Column| seg.x1.min(c.x1) - seg.x0.max(c.x0);
    columns
        .iter()
        .filter(|c| overlap(c) > 0.0)
        .max_by(|a, b| overlap(a).total_cmp(&overlap(b)))
        .or_else(|| columns.iter().rev().find(|c| c.x0 <= seg.x0 + 1.0))
}
