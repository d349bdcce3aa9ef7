//! A memory ceiling per file: workbooks, CSV and Word files are parsed in a
//! child process of hercert itself whose address space is capped with
//! `RLIMIT_AS`, in the spirit of Tika's forked parser.
//!
//! Why a child and not only accounting: the readers are crates (calamine,
//! zip, quick-xml) that allocate where they please — a dense sheet range, a
//! shared-string table, one huge string — and an allocation that fails in
//! the hercert process aborts the whole run. The readers do check a cell and
//! string budget before they start ([`super::sheet`]), which catches the
//! known bombs cheaply; the ceiling catches what the budgets do not know
//! about, and costs one process start per such file. PDFs stay in process:
//! their reader is hercert's own and bounded by its `Limits`.
//!
//! The child reads the file's bytes on stdin and writes its result as JSON
//! on stdout; its stderr goes nowhere (no pipe to fill). A child that runs
//! past the file's deadline is killed. A child that dies from a failed
//! allocation makes the file `too-large`; the run goes on.

use super::{Content, FileLimits};
use crate::model::Format;
use crate::model::Unreadable;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The first argument that makes `hercert` a reading child.
pub const CHILD_ARG: &str = "__hercert-read-one-file";

/// The executable to start children from; unset means parse in process
/// (library users, unit tests).
static EXE: OnceLock<PathBuf> = OnceLock::new();

/// Output of a child larger than this is refused: a sheet within the cell
/// budget serialises to far less.
const MAX_CHILD_OUTPUT: u64 = 256 * 1024 * 1024;

/// Parse files of the formats that go to a child in a child of this
/// executable. Called once by the `hercert` binary.
pub fn enable() {
    if let Ok(exe) = std::env::current_exe() {
        let _ = EXE.set(exe);
    }
}

/// Whether a format is parsed in a child when children are enabled.
pub fn in_child(format: Format) -> bool {
    format.is_workbook() || matches!(format, Format::Csv | Format::Docx)
}

/// Parses in a child when enabled, else in process.
pub fn parse(bytes: &[u8], format: Format, limits: &FileLimits) -> Result<Content, Unreadable> {
    match EXE.get() {
        Some(exe) if in_child(format) => run_child(exe, bytes, format, limits),
        _ => super::parse_in_process(bytes, format, limits),
    }
}

fn run_child(
    exe: &PathBuf,
    bytes: &[u8],
    format: Format,
    limits: &FileLimits,
) -> Result<Content, Unreadable> {
    use wait_timeout::ChildExt;
    let spawned = Command::new(exe)
        .arg(CHILD_ARG)
        .arg(serde_json::to_string(&format).unwrap_or_default())
        .arg(limits.max_cells_per_sheet.to_string())
        .arg(limits.max_pages.to_string())
        .arg(limits.max_memory_bytes.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        // No child possible (no processes left): read in process.
        Err(_) => return super::parse_in_process(bytes, format, limits),
    };
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return super::parse_in_process(bytes, format, limits);
    };
    let result = std::thread::scope(|scope| {
        // Writing and reading at once: neither pipe can fill up and block.
        scope.spawn(move || {
            let _ = stdin.write_all(bytes);
        });
        let reader = scope.spawn(move || {
            let mut out = Vec::new();
            let read = stdout.take(MAX_CHILD_OUTPUT + 1).read_to_end(&mut out);
            read.map(|_| out)
        });
        let status = match child.wait_timeout(limits.timeout) {
            Ok(Some(status)) => Some(status),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                None
            }
        };
        let output = reader.join().ok().and_then(Result::ok);
        (status, output)
    });
    decode(result.0, result.1, limits)
}

fn decode(
    status: Option<std::process::ExitStatus>,
    output: Option<Vec<u8>>,
    limits: &FileLimits,
) -> Result<Content, Unreadable> {
    use std::os::unix::process::ExitStatusExt;
    let Some(status) = status else {
        return Err(Unreadable::Timeout(limits.timeout.as_secs()));
    };
    let ceiling = Unreadable::MemoryCeiling {
        limit: limits.max_memory_bytes,
    };
    if let Some(signal) = status.signal() {
        // SIGABRT: an allocation failed under the ceiling; SIGSEGV/SIGBUS:
        // a stack or mapping that could not grow under it.
        return Err(match signal {
            6 | 7 | 11 => ceiling,
            other => Unreadable::Panic(format!("reader ended by signal {other}")),
        });
    }
    let output = output.unwrap_or_default();
    if output.len() as u64 > MAX_CHILD_OUTPUT {
        return Err(ceiling);
    }
    match serde_json::from_slice::<Result<Content, Unreadable>>(&output) {
        Ok(result) => result,
        Err(_) if !status.success() => Err(ceiling),
        Err(e) => Err(Unreadable::Panic(format!(
            "reader output does not decode: {e}"
        ))),
    }
}

/// The child: `hercert CHILD_ARG FORMAT MAX_CELLS MAX_PAGES MAX_MEMORY`,
/// the file's bytes on stdin. Returns the exit code.
pub fn child_main() -> u8 {
    let args: Vec<String> = std::env::args().skip(2).collect();
    let number = |i: usize| args.get(i).and_then(|a| a.parse::<u64>().ok());
    let (Some(format), Some(cells), Some(pages), Some(memory)) = (
        args.first()
            .and_then(|f| serde_json::from_str::<Format>(f).ok()),
        number(1),
        number(2),
        number(3),
    ) else {
        return 2;
    };
    let ceiling = rustix::process::Rlimit {
        current: Some(memory),
        maximum: Some(memory),
    };
    if rustix::process::setrlimit(rustix::process::Resource::As, ceiling).is_err() {
        return 2;
    }
    let limits = FileLimits {
        max_cells_per_sheet: cells as usize,
        max_pages: pages as usize,
        max_memory_bytes: memory,
        ocr: false,
        ..FileLimits::default()
    };
    let mut bytes = Vec::new();
    if std::io::stdin().lock().read_to_end(&mut bytes).is_err() {
        return 2;
    }
    let result = std::panic::catch_unwind(|| super::parse_in_process(&bytes, format, &limits))
        .unwrap_or_else(|payload| Err(Unreadable::Panic(super::panic_text(&payload))));
    drop(bytes);
    let mut stdout = std::io::stdout().lock();
    match serde_json::to_writer(&mut stdout, &result) {
        Ok(()) => stdout.flush().map_or(2, |()| 0),
        Err(_) => 2,
    }
}
