//! The BSN detector on arbitrary text: masking never panics, and no BSN
//! found in the text can be found again in the masked text.
#![no_main]
use hercert::text::bsn::{find_bsns, mask_bsn};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let masked = mask_bsn(text);
    let before: Vec<String> = find_bsns(text).into_iter().map(|(_, d)| d).collect();
    for (_, digits) in find_bsns(&masked) {
        assert!(!before.contains(&digits), "{text:?} -> {masked:?}");
    }
});
