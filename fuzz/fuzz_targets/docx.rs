//! The Word reader on arbitrary bytes.
#![no_main]
use hercert::extract::docx;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = docx::parse(data);
});
