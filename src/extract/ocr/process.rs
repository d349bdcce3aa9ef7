//! A tool run as a child process with a time limit, its output and errors
//! read while it runs: pdftoppm and tesseract both go through here.
//!
//! Separate because it is about pipes and processes, not OCR: a tool that
//! writes more than a pipe holds must not stall until its limit.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

use wait_timeout::ChildExt;

use super::OcrError;

/// Standard error kept of a tool, for the message when it fails; the rest
/// is read and dropped so a chatty tool never blocks on a full pipe.
const STDERR_KEPT: u64 = 16 * 1024;

/// Runs a tool with a time limit and returns its standard output. Both
/// output pipes are read on threads while the tool runs: a tool that writes
/// more than a pipe holds (64 KiB) would otherwise stall until the limit.
pub(super) fn run(command: &mut Command, timeout: Duration) -> Result<String, OcrError> {
    let name = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| OcrError::Unavailable(format!("{name}: {e}")))?;
    let stdout = child.stdout.take();
    let out_reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        if let Some(s) = stdout {
            let mut s = s.take(64 * 1024 * 1024);
            let _ = s.read_to_end(&mut out);
            // Past the cap: keep draining so the tool can finish.
            let _ = std::io::copy(&mut s.into_inner(), &mut std::io::sink());
        }
        String::from_utf8_lossy(&out).into_owned()
    });
    let stderr = child.stderr.take();
    let err_reader = std::thread::spawn(move || {
        let mut kept = Vec::new();
        if let Some(s) = stderr {
            let mut s = s.take(STDERR_KEPT);
            let _ = s.read_to_end(&mut kept);
            let _ = std::io::copy(&mut s.into_inner(), &mut std::io::sink());
        }
        String::from_utf8_lossy(&kept).into_owned()
    });
    let status = match child.wait_timeout(timeout) {
        Ok(Some(status)) => status,
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(OcrError::Timeout(timeout.as_secs()));
        }
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(OcrError::Failed(format!("{name}: {e}")));
        }
    };
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if !status.success() {
        return Err(OcrError::Failed(format!(
            "{name}: {}",
            err.lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("exit status not zero")
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tool_that_fills_its_error_pipe_still_finishes() {
        // 1 MiB on stderr, far past a pipe's 64 KiB, then output.
        let started = std::time::Instant::now();
        let out = run(
            Command::new("sh").args(["-c", "head -c 1048576 /dev/zero >&2; echo done"]),
            Duration::from_secs(20),
        );
        assert_eq!(out, Ok("done\n".to_string()));
        assert!(started.elapsed() < Duration::from_secs(10));
        let failed = run(
            Command::new("sh").args(["-c", "echo 'no such page' >&2; exit 3"]),
            Duration::from_secs(20),
        );
        assert_eq!(failed, Err(OcrError::Failed("sh: no such page".into())));
    }
}
