//! Headless Chromium for the page tests: find it, load a page, collect the
//! console messages it logs and save a screenshot.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Chromium, from `HERCERT_CHROMIUM` or the PATH.
pub fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("HERCERT_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["chromium", "chromium-browser", "google-chrome"].map(|name| dir.join(name))
        })
        .find(|p| p.is_file())
}

/// Loads a page headless, writes a screenshot, returns the console lines
/// Chromium logged (`[...:INFO:CONSOLE:7] "message", source: ...`, or
/// `CONSOLE(7)` in older versions).
pub fn load_in_chromium(
    browser: &Path,
    page: &Path,
    screenshot: &Path,
    work: &Path,
) -> Vec<String> {
    use wait_timeout::ChildExt;
    let log = work.join("chromium.log");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1280,1800",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.join("profile").display()
        ))
        .arg(format!("--screenshot={}", screenshot.display()))
        .arg(format!("file://{}", page.display()))
        .env("HOME", work)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("chromium starts");
    match child.wait_timeout(Duration::from_secs(60)).expect("wait") {
        Some(status) => assert!(status.success(), "chromium exited with {status}"),
        None => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 60 s");
        }
    }
    std::fs::read_to_string(&log)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("CONSOLE("))
        .map(str::to_string)
        .collect()
}

/// Chromium, or `None` after saying why the test is skipped; with
/// `HERCERT_REQUIRE_BROWSER` set (as `make test` does) a missing browser
/// fails the test instead.
pub fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var_os("HERCERT_REQUIRE_BROWSER").is_none(),
            "HERCERT_REQUIRE_BROWSER is set but no chromium was found (install Debian's `chromium` or set HERCERT_CHROMIUM)"
        );
        eprintln!("SKIPPED {test}: chromium is not installed (`make test` installs it)");
    }
    found
}

/// Makes sure this Chromium reports console messages the way the checks
/// expect, so that a silent log means a clean page.
pub fn assert_console_is_captured(browser: &Path, work: &Path) {
    let canary = work.join("canary.html");
    std::fs::write(
        &canary,
        b"<!DOCTYPE html><meta charset=utf-8><title>c</title><script>console.error('hercert-canary')</script>",
    )
    .expect("canary"); // ok: test
    let logged = load_in_chromium(browser, &canary, &work.join("canary.png"), work);
    assert!(
        logged.iter().any(|l| l.contains("hercert-canary")),
        "this Chromium does not log console messages as expected: {logged:?}"
    );
}
