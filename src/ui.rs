//! Everything hercert says to people: the progress bar and the summary line
//! on stderr. Reports are files; stderr is for the operator.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// A progress bar that stays hidden when stderr is not a terminal (a cron
/// job, CI) or when `--quiet` asks for silence.
pub fn progress(len: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos}/{len} files [{bar:40}] {per_sec} eta {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Prints one line to stderr unless quiet, BSNs masked (a line may name a
/// file or a candidate folder).
pub fn say(quiet: bool, line: &str) {
    if !quiet {
        eprintln!("{}", crate::text::bsn::mask_bsn(line));
    }
}

/// Prints a warning to stderr, quiet or not, BSNs masked: a warning is
/// something the operator must see, also from cron.
pub fn warn(line: &str) {
    eprintln!("hercert: warning: {}", crate::text::bsn::mask_bsn(line));
}
