//! Discover: turn a cohort folder into candidates and their files (SPEC §6).
//!
//! Nothing here reads a document. What cannot become a readable file (a link
//! out of the cohort, an unreadable folder) is kept as a file with a problem,
//! so that it is reported instead of silently dropped.

use crate::extract::Unreadable;
use jiff::civil::Date;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Why the cohort itself cannot be read: these stop the run.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// The cohort path does not exist or is not a folder.
    #[error("cohort folder {0} does not exist or is not a folder")]
    NotAFolder(PathBuf),
    /// Listing the cohort folder failed (permissions, I/O).
    #[error("cannot list cohort folder {path}")]
    List {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// `cohort.csv` exists but a row cannot be understood.
    #[error("cohort.csv line {line}: {problem}")]
    CohortCsv { line: u64, problem: String },
}

/// A file found in a candidate's folder.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the cohort folder, `/`-separated, lossily decoded
    /// when the name is not UTF-8: what the reports show.
    pub document: String,
    /// Where to read it.
    pub path: PathBuf,
    /// Set when the file must not or cannot be read at all.
    pub problem: Option<Unreadable>,
}

/// One candidate's dossier before any document is read.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: String,
    /// From `cohort.csv`; otherwise read later from the aanvraagformulier.
    pub name: Option<String>,
    pub scheme: String,
    pub application_date: Date,
    pub files: Vec<SourceFile>,
    /// False when `cohort.csv` lists a candidate who has no folder.
    pub has_folder: bool,
}

/// What the defaults are for candidates `cohort.csv` does not describe.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub scheme: String,
    pub application_date: Date,
}

/// Walks no deeper than this below a candidate folder.
const MAX_DEPTH: usize = 32;

/// Lists the candidates of a cohort, sorted by id, with their files sorted
/// by document path.
pub fn discover(root: &Path, defaults: &Defaults) -> Result<Vec<Candidate>, DiscoverError> {
    if !root.is_dir() {
        return Err(DiscoverError::NotAFolder(root.to_path_buf()));
    }
    let root = root.canonicalize().map_err(|source| DiscoverError::List {
        path: root.to_path_buf(),
        source,
    })?;
    let rows = read_cohort_csv(&root.join("cohort.csv"))?;
    let mut candidates: BTreeMap<String, Candidate> = BTreeMap::new();
    for row in rows {
        candidates.insert(
            row.id.clone(),
            Candidate {
                id: row.id,
                name: row.name,
                scheme: row.scheme.unwrap_or_else(|| defaults.scheme.clone()),
                application_date: row.application_date.unwrap_or(defaults.application_date),
                files: Vec::new(),
                has_folder: false,
            },
        );
    }
    let entries = std::fs::read_dir(&root).map_err(|source| DiscoverError::List {
        path: root.clone(),
        source,
    })?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if !is_dir || name.starts_with('.') {
            continue;
        }
        let candidate = candidates.entry(name.clone()).or_insert_with(|| Candidate {
            id: name.clone(),
            name: None,
            scheme: defaults.scheme.clone(),
            application_date: defaults.application_date,
            files: Vec::new(),
            has_folder: false,
        });
        candidate.has_folder = true;
        candidate.files = walk_candidate(&root, &entry.path());
    }
    Ok(candidates.into_values().collect())
}

/// Lists every file below a candidate folder without following links out of
/// the cohort.
fn walk_candidate(root: &Path, dir: &Path) -> Vec<SourceFile> {
    let mut files = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .max_depth(MAX_DEPTH)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let file_type = entry.file_type();
                if file_type.is_dir() {
                    continue;
                }
                let document = relative_document(root, entry.path());
                let problem = if file_type.is_symlink() {
                    check_link(root, entry.path())
                } else if file_type.is_file() {
                    None
                } else {
                    Some(Unreadable::NotAFile)
                };
                files.push(SourceFile {
                    document,
                    path: entry.path().to_path_buf(),
                    problem,
                });
            }
            Err(err) => {
                let Some(path) = err.path().map(Path::to_path_buf) else {
                    continue;
                };
                files.push(SourceFile {
                    document: relative_document(root, &path),
                    problem: Some(Unreadable::Io(err.to_string())),
                    path,
                });
            }
        }
    }
    files.sort_by(|a, b| a.document.cmp(&b.document));
    files
}

/// A link is read only when it resolves to a regular file inside the cohort.
fn check_link(root: &Path, link: &Path) -> Option<Unreadable> {
    match link.canonicalize() {
        Ok(target) if !target.starts_with(root) => Some(Unreadable::LinkOutsideCohort),
        Ok(target) if target.is_file() => None,
        Ok(_) => Some(Unreadable::NotAFile),
        Err(_) => Some(Unreadable::DanglingLink),
    }
}

/// The report form of a path: relative to the cohort, `/`-separated.
pub fn relative_document(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

struct CohortRow {
    id: String,
    name: Option<String>,
    scheme: Option<String>,
    application_date: Option<Date>,
}

/// Reads `cohort.csv` (`candidate_id,name,scheme,application_date`); a
/// missing file means no rows. `,` or `;`, with or without a BOM.
fn read_cohort_csv(path: &Path) -> Result<Vec<CohortRow>, DiscoverError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(DiscoverError::CohortCsv {
                line: 0,
                problem: e.to_string(),
            })
        }
    };
    let text = crate::extract::csv_text::decode_text(&bytes);
    let delimiter = crate::extract::csv_text::sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| DiscoverError::CohortCsv {
            line: 1,
            problem: e.to_string(),
        })?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let id_col = column("candidate_id").ok_or(DiscoverError::CohortCsv {
        line: 1,
        problem: "no candidate_id column".into(),
    })?;
    let (name_col, scheme_col, date_col) =
        (column("name"), column("scheme"), column("application_date"));
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record = record.map_err(|e| DiscoverError::CohortCsv {
            line,
            problem: e.to_string(),
        })?;
        let field = |col: Option<usize>| {
            col.and_then(|c| record.get(c))
                .map(str::to_string)
                .filter(|s| !s.is_empty())
        };
        let Some(id) = field(Some(id_col)) else {
            continue;
        };
        let application_date = match field(date_col) {
            Some(d) => Some(d.parse::<Date>().map_err(|_| DiscoverError::CohortCsv {
                line,
                problem: format!("application_date '{d}' is not a date (YYYY-MM-DD)"),
            })?),
            None => None,
        };
        rows.push(CohortRow {
            id,
            name: field(name_col),
            scheme: field(scheme_col),
            application_date,
        });
    }
    Ok(rows)
}
