//! The workbook readers (xlsx, xlsb, xls, ods through calamine, with
//! hercert's budgets) on arbitrary bytes; the first byte picks the format.
//!
//! A panic inside calamine is contained, not a crash. hercert reads every
//! file under `catch_unwind` (and workbooks in a child process), so such a
//! file becomes an `internal-error` finding and the run goes on; the test
//! `broken_input::a_panic_in_the_workbook_reader_is_a_finding` holds that.
//! calamine 0.38's xlsb reader indexes its records unchecked
//! (`relationships[&relid]`, `&buf[8..len]`), and a fuzzer finds another
//! such place within a minute: failing on each would make every CI run a
//! draw over an upstream crate. So this target lets a panic raised in
//! calamine's source unwind to the `catch_unwind` below and names its place
//! once on stderr (`scripts/fuzz.sh` counts them). A panic anywhere else
//! (hercert, cfb, zip, quick-xml) still aborts and fails the target, and a
//! calamine panic that hercert can prevent is prevented (see `extract::ole`).
#![no_main]
use hercert::extract::{sheet, FileLimits};
use hercert::model::Format;
use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

/// The places in calamine that panicked so far, each reported once.
static CONTAINED: Mutex<Option<HashSet<String>>> = Mutex::new(None);

fn contain_calamine_panics() {
    let abort = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let place = info.location().and_then(|at| {
            let (_, within) = at.file().split_once("/calamine-")?;
            Some(format!("calamine-{within}:{}", at.line()))
        });
        let Some(place) = place else {
            return abort(info);
        };
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if let Ok(mut seen) = CONTAINED.lock() {
            if seen.get_or_insert_with(HashSet::new).insert(place.clone()) {
                eprintln!("hercert-fuzz: contained calamine panic at {place}: {message}");
            }
        }
    }));
}

fuzz_target!(init: contain_calamine_panics(), |data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = match pick % 4 {
        0 => Format::Xlsx,
        1 => Format::Xls,
        2 => Format::Ods,
        _ => Format::Xlsb,
    };
    let _ = panic::catch_unwind(AssertUnwindSafe(|| {
        sheet::parse(bytes, format, &FileLimits::default())
    }));
});
