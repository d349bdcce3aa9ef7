//! Links from a page in `OUT/html/` to a document in the cohort folder:
//! relative, so that the report set and the cohort can be opened from a
//! share or copied together, with `#page=N` for PDF viewers.

use crate::text::bsn::find_bsns;
use std::path::{Component, Path, PathBuf};

/// Makes document links for one report set.
pub(crate) struct Links {
    /// The cohort folder as seen from `OUT/html/`, `/`-separated and
    /// percent-encoded, ending in `/`; `None` when no relative way exists.
    prefix: Option<String>,
    cohort: PathBuf,
}

impl Links {
    pub fn new(cohort: &Path, out: &Path) -> Links {
        let cohort = resolved(cohort);
        let from = resolved(out).join(super::DIR);
        let prefix = relative(&from, &cohort).map(|rel| {
            let mut s: String = rel
                .components()
                .map(|c| encode(&c.as_os_str().to_string_lossy()))
                .collect::<Vec<_>>()
                .join("/");
            if !s.is_empty() {
                s.push('/');
            }
            s
        });
        Links { prefix, cohort }
    }

    /// The link to a document (relative to the cohort folder), at a page if
    /// given. `None` when the file is not there (no broken links) or its
    /// path holds a BSN (a link cannot be masked).
    pub fn document(&self, document: &str, page: Option<u32>) -> Option<String> {
        if !find_bsns(document).is_empty() || !self.cohort.join(document).is_file() {
            return None;
        }
        let prefix = self.prefix.as_ref()?;
        let path: Vec<String> = document.split('/').map(encode).collect();
        let mut href = format!("{prefix}{}", path.join("/"));
        if let Some(p) = page {
            href.push_str(&format!("#page={p}"));
        }
        Some(href)
    }
}

/// A relative link from a page in folder `from` to the file `to`, each path
/// segment percent-encoded; `None` when there is no relative way.
pub(crate) fn href(from: &Path, to: &Path) -> Option<String> {
    let rel = relative(&resolved(from), &resolved(to))?;
    Some(
        rel.components()
            .map(|c| encode(&c.as_os_str().to_string_lossy()))
            .collect::<Vec<_>>()
            .join("/"),
    )
}

/// An absolute path with `.` and `..` resolved; a folder that does not
/// exist yet (a new `--out`) is resolved through its nearest existing parent.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return out;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

/// `to` as seen from `from`; both absolute and resolved.
fn relative(from: &Path, to: &Path) -> Option<PathBuf> {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    if from.first() != to.first() {
        return None;
    }
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c.as_os_str());
    }
    Some(out)
}

/// Percent-encodes a path segment: everything but unreserved characters.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_climb_out_of_the_report_folder_into_the_cohort() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let cohort = tmp.path().join("fixtures/demo");
        std::fs::create_dir_all(cohort.join("K11/Bijlage 1")).expect("mkdir"); // ok: test
        std::fs::write(cohort.join("K11/Bijlage 1/werkverklaring Zoë.pdf"), b"x").expect("w"); // ok: test
        let links = Links::new(&cohort, &tmp.path().join("reports/demo"));
        assert_eq!(
            links.document("K11/Bijlage 1/werkverklaring Zoë.pdf", Some(2)),
            Some(
                "../../../fixtures/demo/K11/Bijlage%201/werkverklaring%20Zo%C3%AB.pdf#page=2"
                    .into()
            )
        );
        assert_eq!(
            links.document("K11/missing.pdf", None),
            None,
            "no broken link"
        );
    }

    #[test]
    fn a_path_with_a_bsn_gets_no_link() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        std::fs::write(tmp.path().join("bsn 123456782.pdf"), b"x").expect("w"); // ok: test
        let links = Links::new(tmp.path(), &tmp.path().join("out"));
        assert_eq!(links.document("bsn 123456782.pdf", None), None);
    }
}
