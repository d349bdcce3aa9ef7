//! The notation parsers (dates, hours, FTE) on arbitrary text.
#![no_main]
use hercert::interpret::notation::{dates, fte, hours};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = dates::find_dates(text);
    let _ = dates::parse_date(text);
    let _ = hours::parse_hours(text);
    let _ = fte::find_appointment(text);
    let _ = fte::find_full_time_week(text);
});
