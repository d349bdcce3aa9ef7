//! Writes the bomb cohort of `make bench` (issue 11): every decompression,
//! allocation and recursion bomb of the attack suite, one candidate folder
//! each. The builders are the attack suite's own (`tests/support/bombs.rs`),
//! so the benchmark measures what the tests assert on.
//!
//! `cargo run --release --example bombs -- OUT_DIR`

#[path = "../tests/support/bombs.rs"]
mod bombs;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: bombs OUT_DIR");
        return ExitCode::from(2);
    };
    match bombs::write_cohort(&out) {
        Ok(files) => {
            for f in files {
                println!("{}", out.join(f).display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("bombs: writing {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
