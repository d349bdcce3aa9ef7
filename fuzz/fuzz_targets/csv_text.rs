//! The CSV reader (encoding and separator sniffing) on arbitrary bytes.
#![no_main]
use hercert::extract::{csv_text, FileLimits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = csv_text::parse(data, &FileLimits::default());
});
