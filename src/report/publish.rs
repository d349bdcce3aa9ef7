//! Publishing a report set atomically: after any run, killed or not, the
//! output folder holds either the complete previous set or the complete new
//! one.
//!
//! The new set is written and synced in a sibling staging folder, which then
//! trades places with the output folder in one `renameat2(RENAME_EXCHANGE)`
//! call; where the file system cannot exchange, two renames are used and a
//! left-over staging folder is recovered by the next run.

use crate::model::REPORTS_MARKER as MARKER;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Why a report set could not be published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// `--out` holds files hercert did not write; replacing it would lose them.
    #[error("{0} is not empty and was not written by hercert; choose an empty or new folder")]
    Foreign(PathBuf),
    /// `--out` lies inside the cohort: the next run would audit its own reports.
    #[error("--out {out} lies inside the cohort {cohort}; choose a folder outside it")]
    InsideCohort { out: PathBuf, cohort: PathBuf },
    /// `--out` exists and is not a folder.
    #[error("--out {0} exists and is not a folder")]
    NotAFolder(PathBuf),
    /// A file system operation failed.
    #[error("cannot write reports to {path}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> PublishError + '_ {
    move |source| PublishError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `files` (name, bytes) as the complete content of `out`. A name may
/// hold `/` (`html/index.html`): its folders are made in the new set.
pub fn publish<N: AsRef<str>>(out: &Path, files: &[(N, Vec<u8>)]) -> Result<(), PublishError> {
    let out = absolute(out);
    let parent = out
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reports".into());
    fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    remove_stale_staging(&parent, &name);
    if out.exists() && !is_ours(&out) {
        return Err(PublishError::Foreign(out));
    }
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io_err(&staging))?;
    }
    fs::create_dir(&staging).map_err(io_err(&staging))?;
    let mut folders = std::collections::BTreeSet::new();
    let mut written = Vec::with_capacity(files.len());
    for (file, bytes) in files {
        let path = staging.join(file.as_ref());
        if let Some(folder) = path.parent().filter(|p| *p != staging) {
            if folders.insert(folder.to_path_buf()) {
                fs::create_dir_all(folder).map_err(io_err(folder))?;
            }
        }
        fs::write(&path, bytes).map_err(io_err(&path))?;
        written.push(path);
    }
    sync_all(&written)?;
    // Deepest first, so that each folder's entries are on disk before it.
    for folder in folders.iter().rev() {
        sync_dir(folder)?;
    }
    write_synced(
        &staging.join(MARKER),
        b"written by hercert; replaced whole on every run\n",
    )?;
    sync_dir(&staging)?;
    if out.exists() {
        exchange(&staging, &out)?;
        fs::remove_dir_all(&staging).map_err(io_err(&staging))?;
    } else {
        fs::rename(&staging, &out).map_err(io_err(&out))?;
    }
    sync_dir(&parent)
}

/// Checks before any document is read that a report set can be published
/// at `out`: not inside `cohort`, a folder hercert may replace, and its
/// parent (and the folder itself, when it exists) writable. Creates the
/// parent folders; writes nothing else.
pub fn preflight(out: &Path, cohort: Option<&Path>) -> Result<(), PublishError> {
    let out = absolute(out);
    if let Some(cohort) = cohort.and_then(|c| c.canonicalize().ok()) {
        let resolved = resolve_existing_prefix(&out);
        if resolved.starts_with(&cohort) {
            return Err(PublishError::InsideCohort {
                out: out.clone(),
                cohort,
            });
        }
    }
    if let Ok(meta) = fs::metadata(&out) {
        if !meta.is_dir() {
            return Err(PublishError::NotAFolder(out));
        }
        if !is_ours(&out) {
            return Err(PublishError::Foreign(out));
        }
        probe_writable(&out)?;
    }
    let parent = out
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    probe_writable(&parent)
}

/// Creates and removes a file in `dir`: the one sure test of writability
/// (permissions, read-only mounts, a full quota all show here).
fn probe_writable(dir: &Path) -> Result<(), PublishError> {
    tempfile::Builder::new()
        .prefix(".hercert-probe")
        .tempfile_in(dir)
        .map(drop)
        .map_err(io_err(dir))
}

/// The path with its longest existing prefix resolved (links followed), so
/// that a not yet existing `--out` is compared with the cohort correctly.
fn resolve_existing_prefix(path: &Path) -> PathBuf {
    let mut existing = path.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Empty, or marked as written by hercert.
fn is_ours(dir: &Path) -> bool {
    if dir.join(MARKER).is_file() {
        return true;
    }
    fs::read_dir(dir)
        .map(|mut entries| entries.next().is_none())
        .unwrap_or(false)
}

/// Swaps two folders in one step where the kernel and file system allow it.
fn exchange(staging: &Path, out: &Path) -> Result<(), PublishError> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    match renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        Err(_) => {
            // No exchange here (an old kernel, a network file system): move the
            // old set aside first. A crash between the renames leaves the old
            // set in `.NAME.previous`, which `remove_stale_staging` restores.
            let previous = out.with_file_name(format!(
                ".{}.previous",
                out.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ));
            if previous.exists() {
                fs::remove_dir_all(&previous).map_err(io_err(&previous))?;
            }
            fs::rename(out, &previous).map_err(io_err(out))?;
            fs::rename(staging, out).map_err(io_err(out))?;
            fs::rename(&previous, staging).map_err(io_err(staging))
        }
    }
}

/// Removes staging folders left by runs that were killed, and puts back an
/// old set that a crash left moved aside.
fn remove_stale_staging(parent: &Path, name: &str) {
    let out = parent.join(name);
    let previous = parent.join(format!(".{name}.previous"));
    if !out.exists() && previous.is_dir() {
        let _ = fs::rename(&previous, &out);
    }
    let prefix = format!(".{name}.staging-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        // A staging folder of a run that is still going is not stale.
        let running =
            Path::new("/proc").join(pid).exists() && pid != std::process::id().to_string();
        if !running && is_ours(&entry.path()) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Flushes written files to disk, several at once: a file system journal
/// commits concurrent flushes together, so a set of pages costs a few
/// commits rather than one per page.
fn sync_all(paths: &[PathBuf]) -> Result<(), PublishError> {
    const THREADS: usize = 8;
    let per_thread = paths.len().div_ceil(THREADS).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(per_thread)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk.iter().try_for_each(|path| {
                        fs::File::open(path)
                            .and_then(|f| f.sync_all())
                            .map_err(io_err(path))
                    })
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| {
            h.join().unwrap_or_else(|_| {
                Err(PublishError::Io {
                    path: PathBuf::from("."),
                    source: io::Error::other("a sync thread panicked"),
                })
            })
        })
    })
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    use std::io::Write;
    let mut file = fs::File::create(path).map_err(io_err(path))?;
    file.write_all(bytes).map_err(io_err(path))?;
    file.sync_all().map_err(io_err(path))
}

fn sync_dir(dir: &Path) -> Result<(), PublishError> {
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preflight_refuses_out_inside_the_cohort_and_a_file() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let cohort = tmp.path().join("cohort");
        fs::create_dir_all(cohort.join("K01")).expect("mkdir"); // ok: test
        assert!(matches!(
            preflight(&cohort.join("reports"), Some(&cohort)),
            Err(PublishError::InsideCohort { .. })
        ));
        assert!(matches!(
            preflight(&cohort.join("K01/a/b"), Some(&cohort)),
            Err(PublishError::InsideCohort { .. })
        ));
        let file = tmp.path().join("file");
        fs::write(&file, b"x").expect("write"); // ok: test
        assert!(preflight(&file, Some(&cohort)).is_err());
        assert!(preflight(&file.join("sub"), Some(&cohort)).is_err());
        assert!(preflight(&tmp.path().join("out"), Some(&cohort)).is_ok());
        assert!(!tmp.path().join("out").exists(), "preflight writes nothing");
    }

    #[test]
    fn a_second_run_replaces_the_whole_set() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let out = tmp.path().join("reports");
        publish(&out, &[("a.csv", b"1".to_vec()), ("b.csv", b"1".to_vec())]).expect("first"); // ok: test
        publish(
            &out,
            &[("a.csv", b"2".to_vec()), ("html/img/p.png", b"3".to_vec())],
        )
        .expect("second"); // ok: test
        assert_eq!(fs::read(out.join("a.csv")).ok(), Some(b"2".to_vec()));
        assert_eq!(
            fs::read(out.join("html/img/p.png")).ok(),
            Some(b"3".to_vec())
        );
        assert!(!out.join("b.csv").exists());
        let leftovers: Vec<_> = fs::read_dir(tmp.path()).expect("list").flatten().collect(); // ok: test
        assert_eq!(leftovers.len(), 1, "no staging folder left behind");
    }

    #[test]
    fn a_folder_with_someone_elses_files_is_not_replaced() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        fs::write(tmp.path().join("thesis.docx"), b"precious").expect("write"); // ok: test
        let err = publish(tmp.path(), &[("a.csv", Vec::new())]);
        assert!(matches!(err, Err(PublishError::Foreign(_))));
        assert!(tmp.path().join("thesis.docx").exists());
    }
}
