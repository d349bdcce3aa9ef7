//! Reading the report sets that `hercert audit` wrote, in either CSV dialect
//! and whatever columns were added at the end (SPEC §8).

use super::StatsError;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What stats needs from one report set.
#[derive(Debug, Default)]
pub(super) struct ReportSet {
    pub dossiers: Vec<Dossier>,
    /// `None` when the set has no (readable) `findings.csv`.
    pub findings: Option<Vec<Finding>>,
    /// `None` when the set has no `documents.csv` with an `error` column.
    pub documents: Option<Vec<Document>>,
}

/// A `dossiers.csv` larger than this is not a report hercert wrote.
const MAX_REPORT_BYTES: u64 = 1024 * 1024 * 1024;

/// One row of `dossiers.csv`.
#[derive(Debug, Clone)]
pub(super) struct Dossier {
    pub cohort: String,
    pub candidate: String,
    /// Lower case; empty when the cell was.
    pub outcome: String,
    pub pe_counted: Option<f64>,
    pub pe_vakoverleg_counted: Option<f64>,
    pub intervisions_submitted: Option<f64>,
    pub intervisions_casuistiek: Option<f64>,
    pub documents: Option<f64>,
    /// The dossier's page (`html/<candidate_id>.html`) when the set has one.
    pub page: Option<PathBuf>,
}

/// One row of `findings.csv`.
#[derive(Debug, Clone)]
pub(super) struct Finding {
    pub cohort: String,
    pub candidate: String,
    pub code: String,
    /// Lower case, as written (`reject`, `supplement`, `warning`, `info`).
    pub severity: String,
}

/// One row of `documents.csv`.
#[derive(Debug, Clone)]
pub(super) struct Document {
    pub cohort: String,
    pub unreadable: bool,
}

/// Reads every report set; a folder without `dossiers.csv` stops the run (it
/// is a wrong argument), anything wrong inside a set becomes a warning.
/// `cohort_names` names a set's cohort by its canonical folder (from the run
/// history); other sets are named after their folder.
pub(super) fn read_all(
    dirs: &[PathBuf],
    cohort_names: &HashMap<PathBuf, String>,
    warnings: &mut Vec<String>,
) -> Result<Vec<ReportSet>, StatsError> {
    let mut seen = HashSet::new();
    let mut unique = Vec::new();
    for dir in dirs {
        if !dir.join("dossiers.csv").is_file() {
            return Err(StatsError::NotAReportSet(dir.clone()));
        }
        let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        if seen.insert(canonical.clone()) {
            unique.push((dir.clone(), canonical));
        } else {
            warnings.push(format!("{} was given twice; read once", dir.display()));
        }
    }
    let canonicals: Vec<PathBuf> = unique.iter().map(|(_, c)| c.clone()).collect();
    let names = folder_scopes(&canonicals);
    unique
        .iter()
        .zip(names)
        .map(|((dir, canonical), name)| {
            let name = cohort_names.get(canonical).cloned().unwrap_or(name);
            read_set(dir, &name, warnings)
        })
        .collect()
}

/// The scope of each report set: its folder name, with as many parent
/// folders as it takes to tell sets with the same name apart.
pub(super) fn folder_scopes(dirs: &[PathBuf]) -> Vec<String> {
    let parts: Vec<Vec<String>> = dirs
        .iter()
        .map(|d| {
            d.components()
                .filter_map(|c| match c {
                    std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let name = |p: &Vec<String>, k: usize| -> String {
        let k = k.clamp(1, p.len().max(1));
        let tail = p.get(p.len().saturating_sub(k)..).unwrap_or_default();
        let joined = tail.join("/");
        if joined.is_empty() {
            "/".to_string()
        } else {
            joined
        }
    };
    let mut depth = vec![1usize; dirs.len()];
    loop {
        let names: Vec<String> = parts.iter().zip(&depth).map(|(p, &k)| name(p, k)).collect();
        let mut count: HashMap<&str, usize> = HashMap::new();
        for n in &names {
            *count.entry(n.as_str()).or_default() += 1;
        }
        let mut grew = false;
        for (i, n) in names.iter().enumerate() {
            if count[n.as_str()] > 1 && depth[i] < parts[i].len() {
                depth[i] += 1;
                grew = true;
            }
        }
        if !grew {
            return names;
        }
    }
}

fn read_set(dir: &Path, scope: &str, warnings: &mut Vec<String>) -> Result<ReportSet, StatsError> {
    let path = dir.join("dossiers.csv");
    // Only a regular file of a sane size, whose header is hercert's, is a
    // report set: /dev/urandom or any other CSV is refused, not counted.
    match std::fs::metadata(&path) {
        Ok(m) if m.is_file() && m.len() <= MAX_REPORT_BYTES => {}
        Ok(_) => return Err(StatsError::NotAReportSet(dir.to_path_buf())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StatsError::NotAReportSet(dir.to_path_buf()))
        }
        Err(source) => return Err(StatsError::Read { path, source }),
    }
    let sheet = match Sheet::read(&path) {
        Ok(Some(sheet)) => sheet,
        Ok(None) => return Err(StatsError::NotAReportSet(dir.to_path_buf())),
        Err(source) => return Err(StatsError::Read { path, source }),
    };
    if !["candidate_id", "scheme", "outcome"]
        .iter()
        .all(|c| sheet.columns.contains_key(*c))
    {
        return Err(StatsError::NotAReportSet(dir.to_path_buf()));
    }
    let mut set = ReportSet {
        dossiers: dossiers(&sheet, scope, &path, warnings),
        ..ReportSet::default()
    };
    let cohort_of: HashMap<&str, &str> = set
        .dossiers
        .iter()
        .map(|d| (d.candidate.as_str(), d.cohort.as_str()))
        .collect();
    let cohort = |sheet: &Sheet, row: &csv::StringRecord| -> String {
        let own = sheet.text(row, "cohort");
        if !own.is_empty() {
            return own.to_string();
        }
        let candidate = sheet.text(row, "candidate_id");
        cohort_of.get(candidate).unwrap_or(&scope).to_string()
    };

    let path = dir.join("findings.csv");
    match Sheet::read(&path) {
        Ok(Some(sheet)) if sheet.has("code") => {
            let mut blank = 0;
            let mut rows = Vec::with_capacity(sheet.rows.len());
            for row in &sheet.rows {
                let code = sheet.text(row, "code");
                if code.is_empty() {
                    blank += 1;
                    continue;
                }
                rows.push(Finding {
                    cohort: cohort(&sheet, row),
                    candidate: sheet.text(row, "candidate_id").to_string(),
                    code: code.to_string(),
                    severity: sheet.text(row, "severity").to_lowercase(),
                });
            }
            if blank > 0 {
                warnings.push(format!(
                    "{}: {blank} rows without a code left out",
                    path.display()
                ));
            }
            set.findings = Some(rows);
        }
        Ok(Some(_)) => warnings.push(format!(
            "{}: no `code` column; finding figures left empty",
            path.display()
        )),
        Ok(None) => warnings.push(format!(
            "{} is missing; finding figures left empty",
            path.display()
        )),
        Err(e) => warnings.push(format!(
            "cannot read {}: {e}; finding figures left empty",
            path.display()
        )),
    }

    let path = dir.join("documents.csv");
    match Sheet::read(&path) {
        Ok(Some(sheet)) if sheet.has("error") => {
            set.documents = Some(
                sheet
                    .rows
                    .iter()
                    .map(|row| Document {
                        cohort: cohort(&sheet, row),
                        unreadable: !sheet.text(row, "error").is_empty(),
                    })
                    .collect(),
            );
        }
        Ok(Some(_)) => warnings.push(format!(
            "{}: no `error` column; unreadable documents not counted",
            path.display()
        )),
        Ok(None) => warnings.push(format!(
            "{} is missing; unreadable documents not counted",
            path.display()
        )),
        Err(e) => warnings.push(format!(
            "cannot read {}: {e}; unreadable documents not counted",
            path.display()
        )),
    }
    Ok(set)
}

fn dossiers(sheet: &Sheet, scope: &str, path: &Path, warnings: &mut Vec<String>) -> Vec<Dossier> {
    const NUMBERS: [&str; 5] = [
        "pe_counted",
        "pe_vakoverleg_counted",
        "intervisions_submitted",
        "intervisions_casuistiek",
        "documents",
    ];
    for column in ["outcome"].iter().chain(&NUMBERS) {
        if !sheet.has(column) {
            warnings.push(format!(
                "{}: no `{column}` column; its figures are left empty",
                path.display()
            ));
        }
    }
    let mut not_numbers: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unknown_outcomes = 0;
    let mut rows = Vec::with_capacity(sheet.rows.len());
    for row in &sheet.rows {
        let mut number = |column: &'static str| match parse_number(sheet.text(row, column)) {
            Ok(v) => v,
            Err(()) => {
                *not_numbers.entry(column).or_default() += 1;
                None
            }
        };
        let pe_counted = number("pe_counted");
        let pe_vakoverleg_counted = number("pe_vakoverleg_counted");
        let intervisions_submitted = number("intervisions_submitted");
        let intervisions_casuistiek = number("intervisions_casuistiek");
        let documents = number("documents");
        let outcome = sheet.text(row, "outcome").to_lowercase();
        if !matches!(outcome.as_str(), "toekenning" | "aanvulling" | "afwijzing")
            && sheet.has("outcome")
        {
            unknown_outcomes += 1;
        }
        let own = sheet.text(row, "cohort");
        let candidate = sheet.text(row, "candidate_id");
        let page = path
            .parent()
            .map(|dir| dir.join("html").join(format!("{candidate}.html")))
            .filter(|p| !candidate.is_empty() && p.is_file());
        rows.push(Dossier {
            cohort: if own.is_empty() { scope } else { own }.to_string(),
            candidate: candidate.to_string(),
            outcome,
            pe_counted,
            pe_vakoverleg_counted,
            intervisions_submitted,
            intervisions_casuistiek,
            documents,
            page,
        });
    }
    for (column, n) in not_numbers {
        warnings.push(format!(
            "{}: {n} `{column}` cells are not numbers; left out",
            path.display()
        ));
    }
    if unknown_outcomes > 0 {
        warnings.push(format!(
            "{}: {unknown_outcomes} dossiers without a known outcome (counted as dossiers only)",
            path.display()
        ));
    }
    rows
}

/// A report file as a header and rows, whatever dialect wrote it.
struct Sheet {
    columns: HashMap<String, usize>,
    rows: Vec<csv::StringRecord>,
}

impl Sheet {
    /// `Ok(None)` when the file does not exist.
    fn read(path: &Path) -> std::io::Result<Option<Sheet>> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        Ok(Some(Sheet::parse(&bytes)))
    }

    fn parse(bytes: &[u8]) -> Sheet {
        let text = decode(bytes);
        let first = text.lines().next().unwrap_or("");
        // The excel-nl dialect separates with `;`; a header never holds either
        // inside a name, so counting them in the first line tells them apart.
        let delimiter = if first.matches(';').count() > first.matches(',').count() {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(true)
            .from_reader(text.as_bytes());
        let columns = reader
            .headers()
            .map(|h| {
                h.iter()
                    .enumerate()
                    .map(|(i, name)| (name.trim().to_lowercase(), i))
                    .collect()
            })
            .unwrap_or_default();
        let rows = reader.records().filter_map(Result::ok).collect();
        Sheet { columns, rows }
    }

    fn has(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// A text cell, trimmed, without the apostrophe the formula guard adds.
    fn text<'a>(&self, row: &'a csv::StringRecord, column: &str) -> &'a str {
        let cell = self
            .columns
            .get(column)
            .and_then(|&i| row.get(i))
            .unwrap_or("")
            .trim();
        match cell.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
            _ => cell,
        }
    }
}

/// UTF-8 without a BOM; a file some program re-saved as Windows-1252 is
/// decoded as such rather than refused.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// A number with either decimal mark (reports never group thousands);
/// `Ok(None)` for an empty cell, `Err` for text that is not a number.
pub(super) fn parse_number(cell: &str) -> Result<Option<f64>, ()> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    match cell.replace(',', ".").parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_dialects_read_the_same() {
        let standard = Sheet::parse(b"candidate_id,pe_counted\r\nK01,33.50\r\n");
        let nl = Sheet::parse("\u{feff}candidate_id;pe_counted\r\nK01;33,50\r\n".as_bytes());
        for sheet in [standard, nl] {
            let row = &sheet.rows[0];
            assert_eq!(sheet.text(row, "candidate_id"), "K01");
            assert_eq!(parse_number(sheet.text(row, "pe_counted")), Ok(Some(33.5)));
        }
    }

    #[test]
    fn windows_1252_and_formula_guard_are_undone() {
        let sheet = Sheet::parse(b"code,cohort\n'-X,voorjaar \xe9\n");
        let row = &sheet.rows[0];
        assert_eq!(sheet.text(row, "code"), "-X");
        assert_eq!(sheet.text(row, "cohort"), "voorjaar é");
        assert_eq!(sheet.text(row, "missing"), "");
    }

    #[test]
    fn numbers_take_either_mark_and_refuse_text() {
        assert_eq!(parse_number(" 2,50 "), Ok(Some(2.5)));
        assert_eq!(parse_number("-1"), Ok(Some(-1.0)));
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number("veel"), Err(()));
        assert_eq!(parse_number("NaN"), Err(()));
    }

    #[test]
    fn sets_with_the_same_folder_name_get_their_parents() {
        let dirs = [
            PathBuf::from("/r/2024/out"),
            PathBuf::from("/r/2025/out"),
            PathBuf::from("/r/voorjaar"),
        ];
        assert_eq!(folder_scopes(&dirs), ["2024/out", "2025/out", "voorjaar"]);
    }
}
