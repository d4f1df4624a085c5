//! Fuzz `evaluate_json`: any byte string must give `Ok` or `Err`, never a panic, and an
//! accepted input must give an outcome that parses back as JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(out) = iin_precheck::evaluate_json(text) {
            assert!(out.starts_with('{') && out.ends_with('}'));
        }
    }
});
