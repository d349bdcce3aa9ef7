//! The workbook readers (xlsx, xlsb, xls, ods through calamine, with
//! hercert's budgets) on arbitrary bytes; the first byte picks the format.
#![no_main]
use hercert::extract::{sheet, FileLimits};
use hercert::model::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = match pick % 4 {
        0 => Format::Xlsx,
        1 => Format::Xls,
        2 => Format::Ods,
        _ => Format::Xlsb,
    };
    let _ = sheet::parse(bytes, format, &FileLimits::default());
});
