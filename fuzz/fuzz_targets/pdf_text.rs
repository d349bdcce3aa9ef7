//! The PDF reader (lopdf + hercert's text layer) on arbitrary bytes: it
//! must return text or an `Unreadable`, never panic or run away.
#![no_main]
use hercert::extract::{pdf, FileLimits};
use libfuzzer_sys::fuzz_target;
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    let limits = FileLimits {
        timeout: Duration::from_secs(5),
        ocr: false,
        ..FileLimits::default()
    };
    let _ = pdf::parse(data, &limits);
});
