//! Regular expressions written in the source.

use regex::Regex;

/// Compiles a pattern written in the source. Every such pattern is
/// exercised by the unit tests of its module, so a typo fails `make test`,
/// never a run.
pub fn constant_regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a constant pattern compiles") // ok: source constant, pinned by tests
}

/// [`constant_regex`] for patterns over bytes (file contents that need not
/// be text, such as a PDF's object headers).
pub fn constant_bytes_regex(pattern: &str) -> regex::bytes::Regex {
    regex::bytes::Regex::new(pattern).expect("a constant pattern compiles") // ok: source constant, pinned by tests
}
