//! Discover: turn a cohort folder into candidates and their files (SPEC §6).
//!
//! Nothing here reads a document. What cannot become a readable file (a link
//! out of the cohort, an unreadable folder) is kept as a file with a problem,
//! so that it is reported instead of silently dropped; what cannot become a
//! candidate or a file at all (a stray file at the cohort root, a hidden or
//! linked folder, a folder too deep) is a run-level warning with its reason.
//! Nothing under the cohort is lost without a word.
//!
//! Names that are not UTF-8 are shown lossily (`�`), as a file manager
//! does; where two names would become one that way, the bytes that are not
//! UTF-8 are written as `\xNN` instead, so that they never become one
//! candidate or one document.

use crate::model::Unreadable;
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
    /// `cohort.csv` is not something hercert reads (a link, a pipe, a
    /// device, too large).
    #[error("cohort.csv is not read: {0}")]
    CohortCsvFile(String),
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
    /// Whether `cohort.csv` gave the application date (else `--as-of`).
    pub dated: bool,
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

/// Walks no deeper than this below a candidate folder; deeper folders are
/// a run-level warning.
const MAX_DEPTH: usize = 32;

/// `cohort.csv` larger than this is refused: a cohort of 100,000 rows fits.
const MAX_COHORT_CSV_BYTES: u64 = 16 * 1024 * 1024;

/// Candidate folder names that are rather the sub-folders of one dossier:
/// a cohort with these was probably given one candidate's folder.
const DOSSIER_SUBFOLDERS: &[&str] = &[
    "aanvraag",
    "aanvraagformulier",
    "intervisie",
    "intervisies",
    "werkverklaring",
    "werkverklaringen",
    "ervaring",
    "bewijzen",
    "bewijs",
    "certificaten",
    "pe",
    "vakontwikkeling",
    "opgave",
    "opgaven",
];

/// The candidates of a cohort and what was found that is not a candidate's
/// file.
#[derive(Debug, Clone, Default)]
pub struct Discovered {
    pub candidates: Vec<Candidate>,
    /// Run-level warnings, each naming an entry and why it is not read.
    pub warnings: Vec<String>,
}

/// A name with bytes that are not UTF-8 as `\xNN`: lossless, for names
/// whose lossy forms collide.
pub fn display_name(name: &std::ffi::OsStr) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for chunk in name.as_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// Lists the candidates of a cohort, sorted by id, with their files sorted
/// by document path, and warns about every entry that is not read.
pub fn discover(root: &Path, defaults: &Defaults) -> Result<Discovered, DiscoverError> {
    if !root.is_dir() {
        return Err(DiscoverError::NotAFolder(root.to_path_buf()));
    }
    let root = root.canonicalize().map_err(|source| DiscoverError::List {
        path: root.to_path_buf(),
        source,
    })?;
    let rows = read_cohort_csv(&root.join("cohort.csv"))?;
    let mut warnings = Vec::new();
    let mut candidates: BTreeMap<String, Candidate> = BTreeMap::new();
    for row in rows {
        candidates.insert(
            row.id.clone(),
            Candidate {
                id: row.id,
                name: row.name,
                scheme: row.scheme.unwrap_or_else(|| defaults.scheme.clone()),
                dated: row.application_date.is_some(),
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
    let mut entries: Vec<std::fs::DirEntry> = entries
        .filter_map(|e| match e {
            Ok(e) => Some(e),
            Err(err) => {
                warnings.push(format!(
                    "an entry of the cohort folder cannot be listed: {err}"
                ));
                None
            }
        })
        .collect();
    entries.sort_by_key(|e| e.file_name());
    let mut suspicious = Vec::new();
    let lossy: Vec<String> = entries
        .iter()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    for (entry, lossy_name) in entries.iter().zip(&lossy) {
        let collides = lossy.iter().filter(|l| *l == lossy_name).count() > 1;
        let name = if collides {
            display_name(&entry.file_name())
        } else {
            lossy_name.clone()
        };
        let Ok(file_type) = entry.file_type() else {
            warnings.push(format!("{name}: cannot be examined; not read"));
            continue;
        };
        if name == "cohort.csv" && !file_type.is_dir() {
            continue;
        }
        if name.starts_with('.') {
            warnings.push(format!("{name}: hidden entry at the cohort root; not read"));
            continue;
        }
        if file_type.is_symlink() {
            warnings.push(format!(
                "{name}: a link at the cohort root; links to candidate folders are not followed"
            ));
            continue;
        }
        if !file_type.is_dir() {
            warnings.push(format!(
                "{name}: a file at the cohort root, not in a candidate folder; not read"
            ));
            continue;
        }
        if entry.path().join(crate::model::REPORTS_MARKER).exists() {
            warnings.push(format!(
                "{name}: a report folder hercert wrote, not a candidate; not read (write reports outside the cohort)"
            ));
            continue;
        }
        if DOSSIER_SUBFOLDERS.contains(&name.to_lowercase().as_str()) {
            suspicious.push(name.clone());
        }
        let candidate = candidates.entry(name.clone()).or_insert_with(|| Candidate {
            id: name.clone(),
            name: None,
            scheme: defaults.scheme.clone(),
            application_date: defaults.application_date,
            dated: false,
            files: Vec::new(),
            has_folder: false,
        });
        if candidate.has_folder {
            warnings.push(format!(
                "{name}: two candidate folders have this name; the second is not read"
            ));
            continue;
        }
        candidate.has_folder = true;
        candidate.files = walk_candidate(&name, &entry.path(), &mut warnings);
    }
    if !suspicious.is_empty() {
        warnings.push(format!(
            "{} does not look like a cohort: its folders {} look like the sub-folders of one dossier; give the folder that holds one folder per candidate",
            root.display(),
            suspicious.join(", ")
        ));
    }
    Ok(Discovered {
        candidates: candidates.into_values().collect(),
        warnings,
    })
}

/// Lists every file below a candidate folder without following links out of
/// the cohort; a folder deeper than [`MAX_DEPTH`] is a warning.
fn walk_candidate(name: &str, dir: &Path, warnings: &mut Vec<String>) -> Vec<SourceFile> {
    // Documents are named by the candidate's name as shown, then the path
    // below its folder.
    let root_of = |p: &Path, lossless: bool| {
        let rest = if lossless {
            lossless_document(dir, p)
        } else {
            relative_document(dir, p)
        };
        if rest.is_empty() {
            name.to_string()
        } else {
            format!("{name}/{rest}")
        }
    };
    let root = dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.to_path_buf());
    let root = root.as_path();
    let mut files = Vec::new();
    let mut walker = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walker.next() {
        match entry {
            Ok(entry) => {
                let file_type = entry.file_type();
                if file_type.is_dir() {
                    if entry.depth() >= MAX_DEPTH {
                        warnings.push(format!(
                            "{}: folder more than {MAX_DEPTH} levels deep; not read",
                            root_of(entry.path(), false)
                        ));
                        walker.skip_current_dir();
                    }
                    continue;
                }
                let document = root_of(entry.path(), false);
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
                    warnings.push(format!("{}: an entry cannot be read: {err}", name));
                    continue;
                };
                files.push(SourceFile {
                    document: root_of(&path, false),
                    problem: Some(Unreadable::Io(err.to_string())),
                    path,
                });
            }
        }
    }
    // Two names that became one lossily: show those with `\xNN` escapes.
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for f in &files {
        *count.entry(f.document.clone()).or_default() += 1;
    }
    for f in &mut files {
        if count.get(&f.document).is_some_and(|&n| n > 1) {
            f.document = root_of(&f.path, true);
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

/// The report form of a path: relative to the cohort, `/`-separated, lossy.
pub fn relative_document(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The report form of a path with `\xNN` escapes: lossless.
fn lossless_document(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| display_name(c.as_os_str()))
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
    use std::io::Read;
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(DiscoverError::CohortCsvFile(e.to_string())),
    };
    if meta.file_type().is_symlink() {
        return Err(DiscoverError::CohortCsvFile(
            "it is a symbolic link; give a regular file inside the cohort".into(),
        ));
    }
    if !meta.file_type().is_file() {
        return Err(DiscoverError::CohortCsvFile(
            "it is not a regular file (a pipe, device or folder)".into(),
        ));
    }
    if meta.len() > MAX_COHORT_CSV_BYTES {
        return Err(DiscoverError::CohortCsvFile(format!(
            "{} bytes is more than the limit of {MAX_COHORT_CSV_BYTES}",
            meta.len()
        )));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_COHORT_CSV_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| DiscoverError::CohortCsvFile(e.to_string()))?;
    if bytes.len() as u64 > MAX_COHORT_CSV_BYTES {
        return Err(DiscoverError::CohortCsvFile(
            "it grew while being read".into(),
        ));
    }
    parse_cohort_csv(&bytes)
}

/// Parses `cohort.csv`; every row must have as many fields as the header,
/// and a candidate id is listed once.
fn parse_cohort_csv(bytes: &[u8]) -> Result<Vec<CohortRow>, DiscoverError> {
    let text = crate::text::decode::decode_text(bytes);
    let delimiter = crate::text::decode::sniff_delimiter(&text);
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
        problem: format!(
            "no candidate_id column (header read as {:?} with separator '{}')",
            headers, delimiter as char
        ),
    })?;
    let (name_col, scheme_col, date_col) =
        (column("name"), column("scheme"), column("application_date"));
    let mut rows = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(DiscoverError::CohortCsv {
                    line,
                    problem: e.to_string(),
                })
            }
        }
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != headers.len() {
            return Err(DiscoverError::CohortCsv {
                line,
                problem: format!(
                    "{} fields where the header has {} (separator '{}'; an unclosed quote or another separator?)",
                    record.len(),
                    headers.len(),
                    delimiter as char
                ),
            });
        }
        let field = |col: Option<usize>| {
            col.and_then(|c| record.get(c))
                .map(str::to_string)
                .filter(|s| !s.is_empty())
        };
        let Some(id) = field(Some(id_col)) else {
            return Err(DiscoverError::CohortCsv {
                line,
                problem: "empty candidate_id".into(),
            });
        };
        if id.contains(['/', ';', ',', '\t', '"', '\n']) || id.starts_with('.') {
            return Err(DiscoverError::CohortCsv {
                line,
                problem: format!("candidate_id '{id}' is not a folder name"),
            });
        }
        if !seen.insert(id.clone()) {
            return Err(DiscoverError::CohortCsv {
                line,
                problem: format!("candidate_id '{id}' is listed twice"),
            });
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_row_is_an_error_naming_its_line() {
        let ok = b"candidate_id,name,scheme,application_date\nK01,Anna,rib,2024-09-16\n";
        assert_eq!(parse_cohort_csv(ok).map(|r| r.len()).ok(), Some(1));
        let semicolon =
            b"candidate_id,name,scheme,application_date\nK01,Anna,rib,2024-09-16\nK02;Bram;rib;2024-09-16\n";
        match parse_cohort_csv(semicolon) {
            Err(DiscoverError::CohortCsv { line: 3, .. }) => {}
            other => panic!("{:?}", other.map(|r| r.len())),
        }
        let quote = b"candidate_id,name,scheme,application_date\nK01,\"Anna,rib,2024-09-16\nK02,Bram,rib,2024-09-16\n";
        assert!(matches!(
            parse_cohort_csv(quote),
            Err(DiscoverError::CohortCsv { line: 2, .. })
        ));
    }

    #[test]
    fn names_that_are_not_utf8_stay_apart() {
        use std::os::unix::ffi::OsStrExt;
        let a = display_name(std::ffi::OsStr::from_bytes(b"doc\xff"));
        let b = display_name(std::ffi::OsStr::from_bytes(b"doc\xfe"));
        assert_eq!(a, "doc\\xff");
        assert_ne!(a, b);
    }
}
